// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Job.h"
#include "core/Result.h"
#include "records/ProtocolSource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

namespace kopii {

class AccessGuard;
class SqlSession;
class TrustStore;

// A submission's package for the office's document-management system (СЕД): the files as they
// came, what each signature covers, the verification protocol (PDF and ETSI XML) and the register
// card (JSON and XML, docs/formats/register-card.md).
struct HandOffPackage
{
    QString name;                            // the registration number made a file name: "Ц-2026-000123"
    QList<QPair<QString, QByteArray>> files; // relative path ("originals/Паспорт.pdf") and bytes
};

// Where a branch's or service's packages go, and when (the manager's setting).
struct HandOffFolder
{
    QString folder;                             // empty: no hand-off
    QString when = QStringLiteral("processed"); // "processed", or "arrival": as soon as its signatures are checked
};

class HandOff
{
    Q_DECLARE_TR_FUNCTIONS(HandOff)

public:
    explicit HandOff(AccessGuard &guard);

    // The package of a submission: its documents opened for a logged look and checked again (as
    // the protocol does), the hand-off itself in the audit log. A clerk's or manager's.
    Result<HandOffPackage> build(const TrustStore &trust, RecordId submissionId, const QDateTime &now);
    // The package of documents checked already (ProtocolSource), with their protocol.
    Result<HandOffPackage> assemble(const ProtocolSource::Prepared &made, const QByteArray &protocolPdf,
                                    const QByteArray &protocolXml);

    // Writes the package as a folder (or, with `zip`, one .zip) in `folder`, never over anything:
    // a name taken gets " (2)". Returns the path written. Nothing is left of a failed write.
    static Result<QString> write(const HandOffPackage &package, const QString &folder, bool zip = false);
    // The same into a hot folder a СЕД polls, so that it never reads half a package: written under
    // a hidden temporary name, each file flushed to disk, renamed to its name when complete, and
    // then "<name>.done" written beside it.
    static Result<QString> writeHot(const HandOffPackage &package, const QString &folder, bool zip = false);

    // The hand-off folder for a submission: its service's, else its branch's.
    Result<HandOffFolder> folderFor(RecordId submissionId);
    Result<HandOffFolder> folder(const QString &table, RecordId id);
    // Sets a branch's or service's hot folder ("branch" / "service"); an empty folder: none. The
    // manager's, audited; the folder must exist and be writable.
    Status setFolder(const QString &table, RecordId id, const HandOffFolder &folder);
    // After a submission's state changed (or it arrived: `state` "arrival"): its package written
    // to its hot folder when one is set for that moment. The path written, or empty when none.
    Result<QString> afterChange(const TrustStore &trust, RecordId submissionId, const QString &state, const QDateTime &now);
    // The same for a window: the check off its thread (ProtocolSource::start), the package then
    // written on `owner`'s thread; `done` gets the path, empty when no hot folder is set for it.
    static CancelToken startAfterChange(QObject *owner, AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                                        const QString &state, std::function<void(Result<QString>)> done);

    // The hand-off on arrival (carried out by Arrival): the submissions due at `now`, with their
    // hot folder. One is claimed before its package is written, so that two runners never both
    // write it (false: another has it), then settled: handed on, or released to be tried again. A
    // claim whose runner stopped before settling is taken over after ten minutes.
    static Result<QList<QPair<RecordId, QString>>> dueOnArrival(SqlSession &session, const QDateTime &now, int limit);
    static Result<bool> claimArrival(SqlSession &session, RecordId id, const QDateTime &now);
    static Status settleArrival(SqlSession &session, RecordId id, const QDateTime &claimedAt, bool written);

private:
    AccessGuard &m_guard;
};

} // namespace kopii
