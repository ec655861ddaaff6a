// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace kopii {

class Ingestor;
namespace platform {
struct UntrustedFile;
}

// A folder where .eml files and loose PDF/P7S files are left (by hand, or by a mail program's
// rule). Each file is ingested once and then moved to "done" (stored, or already stored) or
// "failed" (stored as a failed submission); nothing is deleted unread. Files changed in the last
// two seconds are left for the next scan (they may still be being written). Anyone who can write
// to the folder is a stranger: a symbolic link, a pipe or device, or a file over kMaxFileBytes is
// never read, but stored as a failed submission with the reason and moved to "failed".
class DropFolder
{
    Q_DECLARE_TR_FUNCTIONS(DropFolder)

public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024; // as an e-mail from a mailbox

    struct Report
    {
        int stored = 0;
        int duplicates = 0;
        int failed = 0;
        int postponed = 0;  // still being written
        QStringList errors; // files that could not be read or moved (left in place)
    };

    DropFolder(QString path, Ingestor &ingestor);
    Result<Report> scan(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Reads without moving anything (kopii-cli ingest DIR).
    Result<Report> ingestWithoutMoving();

    QString path() const { return m_path; }

private:
    Result<Report> run(bool move, const QDateTime &now);
    bool moveTo(const QString &file, const QString &subfolder, QStringList *errors);
    bool storeRefused(const QStringList &paths, const QString &reason, bool move, Report *report);
    static QString problemText(const QString &fileName, const platform::UntrustedFile &file);

    QString m_path;
    Ingestor &m_ingestor;
};

} // namespace kopii
