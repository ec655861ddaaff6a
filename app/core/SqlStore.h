#pragma once

#include "core/SqlDialect.h"
#include "core/Store.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace kopii {

// The Store on Qt SQL. Portable SQL only; what differs between databases is in SqlDialect.
// One instance owns one connection and is used from the thread that opened it.
class SqlStore final : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SqlStore)

public:
    ~SqlStore() override;

    // Opens an SQLite database file, creating the schema in an empty one and migrating an older
    // one (after a backup copy beside it). A database from a newer Kopii, a damaged one, or one
    // that another program holds is refused and left exactly as it was.
    static Result<std::unique_ptr<SqlStore>> openSqlite(const QString &path);

    int schemaVersion() const override { return m_version; }
    Status writeTransaction(const std::function<Status()> &work) override;

    Result<std::optional<Organization>> organization() override;
    Status saveOrganization(const Organization &org) override;

    Result<QList<Branch>> branches() override;
    Result<Branch> branch(RecordId id) override;
    Result<RecordId> insertBranch(const Branch &branch) override;
    Status updateBranch(const Branch &branch) override;
    Status deleteBranch(RecordId id) override;

    Result<QList<Service>> services() override;
    Result<Service> service(RecordId id) override;
    Result<RecordId> insertService(const Service &service) override;
    Status updateService(const Service &service) override;
    Status deleteService(RecordId id) override;
    Result<QList<Service>> servicesAtBranch(RecordId branchId) override;

    Result<QString> meta(const QString &key) override;
    Status setMeta(const QString &key, const QString &value) override;

    Result<QList<Employee>> employees() override;
    Result<std::optional<Employee>> employee(const QString &rnokpp) override;
    Status saveEmployee(const Employee &employee) override;
    Status deleteEmployee(const QString &rnokpp) override;

    Result<QList<TrustEntry>> trustEntries() override;
    Status insertTrustEntry(const TrustEntry &entry) override;
    Status deleteTrustEntry(const QString &sha256) override;
    Result<QList<Submission>> querySubmissions(const SubmissionQuery &query, int offset, int limit) override;
    Result<QList<RecordId>> submissionIds(const SubmissionQuery &query) override;
    Result<QList<Submission>> submissionsByIds(const QList<RecordId> &ids) override;
    Result<QList<OcspAnswer>> ocspAnswers() override;
    Status saveOcspAnswers(const QList<OcspAnswer> &answers, const QDateTime &now) override;

    Result<QList<SignedDocument>> signedDocuments(const QString &kind) override;
    Result<RecordId> insertSignedDocument(const SignedDocument &document) override;

    Result<QList<PosterCode>> posterCodes() override;
    Status savePosterCode(const PosterCode &code) override;
    Status deletePosterCode(RecordId serviceId, RecordId branchId) override;

    Result<RecordId> insertSubmission(const Submission &submission, const QByteArray &rawMessage) override;
    Result<bool> hasSubmission(const QByteArray &contentHash) override;
    Result<QList<Submission>> submissions(int limit) override;
    Result<Submission> submission(RecordId id) override;
    Result<QByteArray> rawMessage(RecordId submissionId) override;
    Status saveVerification(const StoredVerification &verification) override;
    Result<QList<RecordId>> documentsToVerify(const QString &trustVersion, int limit) override;
    Result<DocumentCopy> document(RecordId documentId) override;
    Status setSubmissionState(RecordId id, const QString &state, const QDateTime &when) override;
    Result<QList<RecordId>> submissionsToPurge(const QDateTime &processedBefore, const QDateTime &receivedBefore) override;
    Status deleteSubmission(RecordId id) override;
    Status scrubDeleted() override;
    // The copies saved before schema upgrades (kopii.db.vN.bak), removed once the upgrade is
    // proven (the next start) and at every deletion.
    QStringList upgradeBackups() const;

    Result<QList<Mailbox>> mailboxes() override;
    Result<RecordId> insertMailbox(const Mailbox &mailbox) override;
    Status updateMailbox(const Mailbox &mailbox) override;
    Status deleteMailbox(RecordId id) override;
    Result<int> noteMailboxAttempt(RecordId id, qint64 uid) override;
    Status saveMailboxState(RecordId id, qint64 uidValidity, qint64 lastUid, const QDateTime &lastSync,
                            const QString &lastError) override;

    Status appendAudit(const AuditEntry &entry) override;
    Result<QList<AuditEntry>> auditLog(int limit) override;
    Result<AuditCheck> verifyAuditChain() override;
    Status sealUnsealedAudit(); // once, on the upgrade to the chained log
    // The inbox's summary columns of a submission (worst verdict, signer, search text), recomputed
    // whenever it or a verification of its documents is written.
    Status refreshSummary(RecordId id);
    Status refreshStaleSummaries();

private:
    Status removeUpgradeBackups();
    SqlStore(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString path);

    static Result<std::unique_ptr<SqlStore>> open(std::unique_ptr<SqlDialect> dialect, const QString &path);
    Status probe();
    Status connect();

    Error sqlError(const QSqlQuery &query, const QString &what) const;
    // The first column of a query's rows as record ids (the statement bound to `values`).
    Result<QList<RecordId>> readIds(const QString &sql, const QVariantList &values, const QString &what);
    Error describe(Error::Code code, const QString &detail, const QString &what) const;
    Error dbError(const QSqlError &error, const QString &what) const;
    Result<QList<Service>> loadServices(const QString &where, const QVariantList &binds);
    Status writeServiceLinks(const Service &service);

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_version = 0;
    int m_transactionDepth = 0;
};

} // namespace kopii
