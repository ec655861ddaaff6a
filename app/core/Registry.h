#pragma once

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Domain.h"
#include "core/MailboxSql.h"
#include "core/OrganizationSql.h"
#include "core/Result.h"
#include "core/SettingsSql.h"
#include "core/StaffSql.h"
#include "core/SubmissionSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

class SqlSession;

// The workspace's organisation, branches and services with their rules: validation, no
// duplicate names or e-mails, nothing removed silently, every change in the audit log. The GUI
// and the CLI both go through it.
class Registry
{
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    Registry(SqlSession &session, QString actor, const Clock &clock = Clock::system());

    // The role of the person logged in. Without one, a workspace that has employees (one that a
    // login has claimed) refuses every change; an unclaimed one accepts them.
    void setSession(std::optional<Role> role, const QString &actor);
    std::optional<Role> sessionRole() const { return m_role; }
    // Whether the session may do what `role` may do; the error (Denied) says why not.
    Status requireRole(Role role);
    static QString roleName(Role role); // translated

    // Employees (people who may log in) and their roles; only a manager may change them.
    // A demo workspace (meta "demo" = "1", DemoWorkspace): marked DEMO wherever it shows.
    bool isDemo();
    Result<QList<Employee>> employees();
    Status addEmployee(const Employee &employee);      // also changes the role of an existing one
    Status removeEmployee(const QString &rnokpp);
    // The first login: sets the organisation and makes the person its manager, in one step. Only
    // while the workspace has no employees.
    Status claimWorkspace(const Organization &org, const Employee &manager);

    Result<std::optional<Organization>> organization();
    Status setOrganization(const Organization &org);

    Result<QList<Branch>> branches();
    Result<Branch> branch(RecordId id);
    // Finds a branch by its number or its exact (case-insensitive) name.
    Result<Branch> findBranch(const QString &idOrName);
    Result<RecordId> addBranch(const Branch &branch);
    Status editBranch(const Branch &branch);
    // Services that would be affected by removing the branch.
    Result<QList<Service>> servicesAtBranch(RecordId id);
    // Removes a branch. With RefuseIfUsed a branch that services use is kept and the error
    // (Conflict) names those services; with DetachFromServices the branch is taken off them.
    Status removeBranch(RecordId id, BranchRemoval policy);

    Result<QList<Service>> services();
    Result<Service> service(RecordId id);
    Result<Service> findService(const QString &idOrName);
    Result<RecordId> addService(const Service &service);
    Status editService(const Service &service);
    Status removeService(RecordId id);

    // Signed documents of the organisation (the accession application): only a manager signs and
    // keeps one; the newest of a kind is the one in force, earlier ones stay as history.
    Result<QList<SignedDocument>> signedDocuments(const QString &kind);
    Result<std::optional<SignedDocument>> latestSignedDocument(const QString &kind);
    Result<RecordId> addSignedDocument(const SignedDocument &document);

    // QR codes of services at branches. Printing is for everyone; only a manager imports or
    // issues a code. A portal code must be a Diia link; the service must be offered at the branch.
    Result<QList<PosterCode>> posterCodes();
    Result<std::optional<PosterCode>> posterCode(RecordId serviceId, RecordId branchId);
    Status setPosterCode(const PosterCode &code);
    Status removePosterCode(RecordId serviceId, RecordId branchId);

    // Mailboxes (manager): host, user and folder checked; plain IMAP only to this computer.
    Result<QList<Mailbox>> mailboxes();
    Result<Mailbox> findMailbox(const QString &idOrName);
    Result<RecordId> addMailbox(const Mailbox &mailbox);
    Status editMailbox(const Mailbox &mailbox);   // settings only; the sync state is kept
    Status removeMailbox(RecordId id);

    // Received submissions, newest first (clerks and managers: they hold citizens' documents).
    Result<QList<Submission>> submissions(int limit = 1000);
    Result<Submission> submission(RecordId id);
    // The inbox's paged, filtered and sorted view (see SubmissionSql::querySubmissions).
    Result<QList<Submission>> querySubmissions(const SubmissionQuery &query, int offset, int limit);
    Result<QList<RecordId>> submissionIds(const SubmissionQuery &query);
    Result<QList<Submission>> submissionsByIds(const QList<RecordId> &ids);
    // Marks a submission new, in work or processed (clerks and managers).
    Status setSubmissionState(RecordId id, const QString &state);
    // Deletes a submission for good (clerks and managers), logged.
    Status deleteSubmission(RecordId id);
    // Retention: submissions processed more than `afterProcessedDays` ago, or received more than
    // `maxAgeDays` ago, are deleted (or only listed with dryRun). Nothing of them remains.
    Result<QList<RecordId>> purge(int afterProcessedDays, int maxAgeDays, bool dryRun);
    // The workspace's retention policy (defaults when unset), its change (manager only, audited),
    // and a purge by it.
    Result<RetentionPolicy> retention();
    Status setRetention(const RetentionPolicy &policy);
    Result<QList<RecordId>> purgeByPolicy(bool dryRun = false);

    // Who looked at a citizen's document, and how: logged in the audit log (clerks and managers).
    enum class Access { View, Save, Print, OpenExternally };
    Status recordAccess(Access access, RecordId documentId);

    // Whether signers' certificates are checked online for revocation (the manager decides).
    Result<bool> revocationOnline();
    Status setRevocationOnline(bool online);

    Result<QList<AuditEntry>> auditLog(int limit = 200);
    // Checks the audit log's hash chain from the first entry to the newest.
    Result<AuditCheck> verifyAudit();

private:
    Result<QList<RecordId>> purgeUnchecked(int afterProcessedDays, int maxAgeDays, bool dryRun);
    Status checkBranchUnique(const Branch &branch);
    Status checkService(const Service &service);
    Status audit(const QString &action, const QString &type, RecordId id, const QString &summary);

    Status checkEmployee(const Employee &employee);
    Result<int> managerCount();
    Status checkMailbox(Mailbox &mailbox, RecordId self);

    SqlSession &m_session;
    OrganizationSql m_org;
    StaffSql m_staff;
    SettingsSql m_settings;
    AuditLog m_audit;
    SubmissionSql m_submissions;
    MailboxSql m_mailboxes;
    QString m_actor;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace kopii
