// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kopii {

// Writes a submission's copies (each PDF and its P7S) into a folder of their own below the folder
// the clerk chose, "Submission 12 of 2026-12-02" (" (2)" added when that exists). Nothing already
// on disk is ever replaced: every file is created new, and two copies of one name in a submission
// become "Паспорт.pdf" and "Паспорт (2).pdf", each P7S following its PDF. The names come from the
// sender, so they are made safe first (see safeFileName). Shared by the Inbox area and
// `kopii-cli inbox export`.
class CopyExport
{
    Q_DECLARE_TR_FUNCTIONS(CopyExport)

public:
    struct Written
    {
        QString folder;    // the folder made for this submission
        QStringList files; // the paths written, in order
    };

    // On failure nothing of this export is left behind (the files written so far and the folder
    // are removed). From a demo workspace every name starts with "DEMO-": sample copies never pass
    // for real ones.
    static Result<Written> write(const Submission &submission, const QString &folder, bool demo = false);

    // A file name a stranger chose, made safe to create on Linux, macOS and Windows: the last path
    // component only; control and bidirectional-override characters removed; characters Windows
    // forbids (<>:"/\|?*) replaced by "_"; no leading dots or spaces (no hidden files), no trailing
    // dots or spaces; a Windows device name (CON, NUL, COM1…) prefixed with "_"; at most 200 bytes
    // of UTF-8 with the extension kept. `fallback` when nothing is left.
    static QString safeFileName(const QString &name, const QString &fallback);
};

} // namespace kopii
