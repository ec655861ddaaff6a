// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/StaffSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// The one gate every change passes: who is logged in and with which role, whether that role may
// do a thing, and the audit entry each change and each look at a citizen's document leaves. The
// rules of each aggregate (OrganizationRules, Staff, WorkspaceSettings in core; InboxRules in
// inbox; MailboxRules in mail) ask it before they write, and write in one transaction with its
// audit entry.
class AccessGuard
{
    Q_DECLARE_TR_FUNCTIONS(AccessGuard)

public:
    AccessGuard(SqlSession &session, QString actor, const Clock &clock = Clock::system());

    // The role of the person logged in. Without one, a workspace that has employees (one that a
    // login has claimed) refuses every change; an unclaimed one accepts them.
    void setSession(std::optional<Role> role, const QString &actor);
    std::optional<Role> sessionRole() const { return m_role; }
    QString actor() const { return m_actor; }
    // Whether the session may do what `role` may do; the error (Denied) says why not.
    Status requireRole(Role role);
    static QString roleName(Role role); // translated

    // Appends an entry in the session's name (inside the caller's transaction).
    Status audit(const QString &action, const QString &type, RecordId id, const QString &summary);
    Result<QList<AuditEntry>> auditLog(int limit = 200);
    // Checks the audit log's hash chain from the first entry to the newest.
    Result<AuditCheck> verifyAudit();

    SqlSession &session() { return m_session; }
    QDateTime now() const { return m_clock.now(); }
    const Clock &clock() const { return m_clock; }

private:
    SqlSession &m_session;
    StaffSql m_staff;
    AuditLog m_audit;
    QString m_actor;
    std::optional<Role> m_role;
    const Clock &m_clock;
};

} // namespace kopii
