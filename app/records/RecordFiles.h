// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace kopii {

// Writes the office's records (protocols, reports) to files the clerk names: whole or not at all.
class RecordFiles
{
    Q_DECLARE_TR_FUNCTIONS(RecordFiles)

public:
    // Each file is written under a temporary name and renamed when complete (QSaveFile), private
    // to the user (they name citizens). When one of them fails, those written already in this
    // call are removed again and the error says which file and why (a full disk, no right).
    static Status write(const QList<QPair<QString, QByteArray>> &files);
    // `folder`/`base` when no file of it with any of `extensions` (".pdf", ".xml") exists, else
    // `base (2)`, `base (3)`…: a record written before is never replaced.
    static QString unusedPath(const QString &folder, const QString &base, const QStringList &extensions);
};

} // namespace kopii
