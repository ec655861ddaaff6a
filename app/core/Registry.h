#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

class Store;

// The workspace's organisation, branches and services with their rules: validation, no
// duplicate names or e-mails, nothing removed silently, every change in the audit log. The GUI
// and the CLI both go through it.
class Registry
{
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    Registry(Store &store, QString actor, const Clock &clock = Clock::system());

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

    Result<QList<AuditEntry>> auditLog(int limit = 200);

private:
    Status checkBranchUnique(const Branch &branch);
    Status checkService(const Service &service);
    Status audit(const QString &action, const QString &type, RecordId id, const QString &summary);

    Store &m_store;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace kopii
