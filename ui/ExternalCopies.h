// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kopii::ui {

// Copies of documents written for another program to show ("Open PDF"). They live in a private
// folder of this run, kopii-open-XXXXXX in the system's temporary folder, and are wiped (see
// FileWipe.h) when the session locks, when its submission is deleted or purged, when Kopii
// quits, and, after a crash, at the next start (review finding M4). The external program keeps
// what it already read, and may keep a thumbnail or a "recent files" entry: that is outside
// Kopii's reach, and the preview inside Kopii is the safer choice.
class ExternalCopies
{
    Q_DECLARE_TR_FUNCTIONS(ExternalCopies)

public:
    // Writes `bytes` under a safe form of `name` into this run's folder; the path written.
    static Result<QString> write(const QString &name, const QByteArray &bytes);
    // Wipes this run's folder and everything in it.
    static void clear();
    // Wipes the folders of runs that are gone (their lock is stale); those of a running Kopii
    // stay. Returns how many. (The kopii-XXXXXX folders of versions before this one are left:
    // that name is also Qt's default for any scratch folder of a running Kopii.)
    static int removeStale();
    // The folder of this run (empty while none is made).
    static QString folder();
};

} // namespace kopii::ui
