#pragma once

#include "Domain.h"
#include "Result.h"

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

    virtual Status appendAudit(const AuditEntry &entry) = 0;
    // Newest first.
    virtual Result<QList<AuditEntry>> auditLog(int limit) = 0;
};

} // namespace kopii
