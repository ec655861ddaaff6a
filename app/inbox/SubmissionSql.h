// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "inbox/RawMessage.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kopii {

class SqlSession;

// The submissions aggregate: received submissions with their document copies, raw messages and
// verifications, and the inbox's summary columns (worst verdict, signer, search text) kept with
// them.
class SubmissionSql
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionSql)

public:
    explicit SubmissionSql(SqlSession &session) : m_session(session) {}

    // Stores a submission with its documents and the raw message in one transaction. A
    // submission whose content hash is already stored is refused with Conflict (nothing written).
    // `rawMessage` as it is to be stored (RawMessage::strip leaves the documents' encoded bodies
    // out); `documentIds`, when given, gets the ids of the submission's documents, in their order.
    Result<RecordId> insertSubmission(const Submission &submission, const RawMessage &rawMessage,
                                      QList<RecordId> *documentIds = nullptr);
    Result<bool> hasSubmission(const QByteArray &contentHash);
    // Newest first, without the documents' bytes (names, kinds and sizes only).
    Result<QList<Submission>> submissions(int limit);
    // The inbox's view: submissions matching `query` in its order, `offset` and `limit` for paging,
    // with their documents' names and verdicts (no bytes).
    Result<QList<Submission>> querySubmissions(const SubmissionQuery &query, int offset, int limit);
    // The ids of the submissions matching `query`, in its order (one pass over the table; the
    // inbox then reads the rows it shows by id), and those submissions, in the order given.
    Result<QList<RecordId>> submissionIds(const SubmissionQuery &query);
    Result<QList<Submission>> submissionsByIds(const QList<RecordId> &ids);
    // One submission with its documents' bytes, or only their names, sizes and verdicts (what
    // a person's desk reads: the bytes come through openDocument).
    enum class Bytes { Included, Left };
    Result<Submission> submission(RecordId id, Bytes bytes = Bytes::Included);
    Result<QByteArray> rawMessage(RecordId submissionId);
    Status saveVerification(const StoredVerification &verification);
    Status saveVerifications(const QList<StoredVerification> &verifications);
    // Documents without a verification, or with one made against another trust store version.
    Result<QList<RecordId>> documentsToVerify(const QString &trustVersion, int limit);
    Result<DocumentCopy> document(RecordId documentId);
    // A document's bytes for a person's look at it (`how`: view, save, print, open, verify), with
    // the audit entry `action` written first in the same transaction. On an office server a desk
    // has no right to the bytes themselves: the server's kopii_open_document writes the entry
    // (numbered, named and sealed by the server) and only then returns them.
    Result<DocumentCopy> openDocument(RecordId documentId, const QString &how, const std::function<Status()> &audit);
    // Whether this connection reads documents' bytes directly (a workspace file, the watcher, the
    // database's owner) rather than through the server's function.
    Result<bool> readsBytesDirectly();
    // With `expectedVersion` (>= 0), only if nobody changed it since it was read at that version
    // (Submission::rowVersion); else Conflict, and nothing changes.
    Status setSubmissionState(RecordId id, const QString &state, const QDateTime &when, qint64 expectedVersion = -1);
    // Submissions whose time is up at `now`: processed longer ago, or received longer ago, than
    // their service keeps them (serviceRetention), else `workspace` says. Never one on legal hold.
    Result<QList<RecordId>> submissionsToPurge(const QDateTime &now, const RetentionPolicy &workspace);
    // A service's own retention; nullopt: the workspace's.
    Result<std::optional<RetentionPolicy>> serviceRetention(RecordId serviceId);
    Status setServiceRetention(RecordId serviceId, const std::optional<RetentionPolicy> &policy);
    // A legal hold keeps a submission from any deletion until lifted: its reason (empty: lift it).
    Status setLegalHold(RecordId id, const QString &reason);
    // An office server's retention job (kopii_retention_purge: the manager's policy, the server's
    // clock, the watcher's role alone): the ids it deleted, each deletion audited by the server.
    Result<QList<RecordId>> purgeOnServer();
    // Removes a submission with its documents, verdicts and raw message (SqlSession::scrubDeleted
    // then makes them unrecoverable). Refused (Denied) while it is on legal hold.
    Status deleteSubmission(RecordId id, qint64 expectedVersion = -1);

private:
    Error notChanged(RecordId id);
    // The inbox's summary columns of a submission, recomputed whenever it or a verification of
    // its documents is written; the stale ones are filled before the first query of a session.
    Status refreshSummary(RecordId id);
    Status refreshStaleSummaries();
    Status ensureSummaries();
    // ORDER BY for the query's sort; the ids of a table's rows ordered by their names' SortKey.
    Result<QString> submissionOrder(const SubmissionQuery &query);
    Result<QList<RecordId>> namesInOrder(const QString &table);

    SqlSession &m_session;
};

} // namespace kopii
