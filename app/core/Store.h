#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kopii {

// Persistence of one workspace's records. The SQL store implements it for SQLite now and
// PostgreSQL later; both must pass the same store tests. Rules (validation, duplicates, what
// removal means) live in Registry, not here; the store only keeps its constraints as a backstop.
class Store
{
public:
    virtual ~Store() = default;

    // Schema version of the open database, and the newest this build knows.
    virtual int schemaVersion() const = 0;

    // Runs `work` in one write transaction: all of it is committed, or none of it.
    virtual Status writeTransaction(const std::function<Status()> &work) = 0;

    virtual Result<std::optional<Organization>> organization() = 0;
    virtual Status saveOrganization(const Organization &org) = 0;

    virtual Result<QList<Branch>> branches() = 0;
    virtual Result<Branch> branch(RecordId id) = 0;
    virtual Result<RecordId> insertBranch(const Branch &branch) = 0;
    virtual Status updateBranch(const Branch &branch) = 0;
    virtual Status deleteBranch(RecordId id) = 0;

    virtual Result<QList<Service>> services() = 0;
    virtual Result<Service> service(RecordId id) = 0;
    virtual Result<RecordId> insertService(const Service &service) = 0;
    virtual Status updateService(const Service &service) = 0;
    virtual Status deleteService(RecordId id) = 0;
    // Services offered at the branch.
    virtual Result<QList<Service>> servicesAtBranch(RecordId branchId) = 0;

    // Workspace settings kept in the database (e.g. "demo" = "1"); empty when unset.
    virtual Result<QString> meta(const QString &key) = 0;
    virtual Status setMeta(const QString &key, const QString &value) = 0;

    virtual Result<QList<Employee>> employees() = 0;
    virtual Result<std::optional<Employee>> employee(const QString &rnokpp) = 0;
    // Inserts or replaces the employee with that РНОКПП.
    virtual Status saveEmployee(const Employee &employee) = 0;
    virtual Status deleteEmployee(const QString &rnokpp) = 0;

    virtual Result<QList<TrustEntry>> trustEntries() = 0;
    // Adds the entry; an entry with the same sha256 is kept as it is (no error).
    virtual Status insertTrustEntry(const TrustEntry &entry) = 0;
    virtual Status deleteTrustEntry(const QString &sha256) = 0;
    // Cached OCSP answers; saving replaces the answer for the same key and drops answers that went
    // out of date more than a week before `now`.
    virtual Result<QList<OcspAnswer>> ocspAnswers() = 0;
    virtual Status saveOcspAnswers(const QList<OcspAnswer> &answers, const QDateTime &now) = 0;

    // Signed documents of one kind, newest first (the newest is the one in force).
    virtual Result<QList<SignedDocument>> signedDocuments(const QString &kind) = 0;
    virtual Result<RecordId> insertSignedDocument(const SignedDocument &document) = 0;

    virtual Result<QList<PosterCode>> posterCodes() = 0;
    // Inserts or replaces the code of that service at that branch.
    virtual Status savePosterCode(const PosterCode &code) = 0;
    virtual Status deletePosterCode(RecordId serviceId, RecordId branchId) = 0;

    // Stores a submission with its documents and the raw message in one transaction. A
    // submission whose content hash is already stored is refused with Conflict (nothing written).
    virtual Result<RecordId> insertSubmission(const Submission &submission, const QByteArray &rawMessage) = 0;
    virtual Result<bool> hasSubmission(const QByteArray &contentHash) = 0;
    // Newest first, without the documents' bytes (names, kinds and sizes only).
    virtual Result<QList<Submission>> submissions(int limit) = 0;
    // The inbox's view: submissions matching `query` in its order, `offset` and `limit` for paging,
    // with their documents' names and verdicts (no bytes).
    virtual Result<QList<Submission>> querySubmissions(const SubmissionQuery &query, int offset, int limit) = 0;
    // The ids of the submissions matching `query`, in its order (one pass over the table; the
    // inbox then reads the rows it shows by id), and those submissions, in the order given.
    virtual Result<QList<RecordId>> submissionIds(const SubmissionQuery &query) = 0;
    virtual Result<QList<Submission>> submissionsByIds(const QList<RecordId> &ids) = 0;
    // One submission with its documents' bytes.
    virtual Result<Submission> submission(RecordId id) = 0;
    virtual Result<QByteArray> rawMessage(RecordId submissionId) = 0;
    virtual Status saveVerification(const StoredVerification &verification) = 0;
    // Documents without a verification, or with one made against another trust store version.
    virtual Result<QList<RecordId>> documentsToVerify(const QString &trustVersion, int limit) = 0;
    virtual Result<DocumentCopy> document(RecordId documentId) = 0;
    virtual Status setSubmissionState(RecordId id, const QString &state, const QDateTime &when) = 0;
    // Submissions processed before `processedBefore`, or received before `receivedBefore`.
    virtual Result<QList<RecordId>> submissionsToPurge(const QDateTime &processedBefore, const QDateTime &receivedBefore) = 0;
    // Removes a submission with its documents, verdicts and raw message.
    virtual Status deleteSubmission(RecordId id) = 0;
    // Makes deleted data unrecoverable from the database files (WAL checkpoint; pages are zeroed).
    virtual Status scrubDeleted() = 0;

    virtual Result<QList<Mailbox>> mailboxes() = 0;
    virtual Result<RecordId> insertMailbox(const Mailbox &mailbox) = 0;
    virtual Status updateMailbox(const Mailbox &mailbox) = 0;      // settings and state
    virtual Status deleteMailbox(RecordId id) = 0;
    // The sync state alone (after each stored message).
    // (It also forgets the attempt below: what was being read is stored.)
    virtual Status saveMailboxState(RecordId id, qint64 uidValidity, qint64 lastUid, const QDateTime &lastSync,
                                    const QString &lastError) = 0;
    // Notes, durably and before reading them, that the messages from `uid` on are being read;
    // returns how many times in a row reading from `uid` has begun, this time included. A count
    // above one means an earlier attempt never finished (Kopii stopped or failed while reading).
    virtual Result<int> noteMailboxAttempt(RecordId id, qint64 uid) = 0;

    virtual Status appendAudit(const AuditEntry &entry) = 0;
    // Newest first.
    virtual Result<QList<AuditEntry>> auditLog(int limit) = 0;
    // Recomputes the hash chain over the whole audit log (see AuditChain).
    virtual Result<AuditCheck> verifyAuditChain() = 0;
};

} // namespace kopii
