// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AccessGuard.h"

namespace kopii {

AccessGuard::AccessGuard(SqlSession &session, QString actor, const Clock &clock)
    : m_session(session), m_staff(session), m_audit(session), m_actor(std::move(actor)), m_clock(clock)
{
}

Status AccessGuard::audit(const QString &action, const QString &type, RecordId id, const QString &summary)
{
    return m_audit.append(AuditEntry{0, m_clock.now(), m_actor, action, type, id, summary, QString()});
}

Result<QList<AuditEntry>> AccessGuard::auditLog(int limit)
{
    return m_audit.entries(limit);
}

Result<AuditCheck> AccessGuard::verifyAudit()
{
    // Anyone may check: the answer reveals no entry, only whether the log was tampered with.
    return m_audit.verifyChain();
}

void AccessGuard::setSession(std::optional<Role> role, const QString &actor)
{
    m_role = role;
    m_actor = actor;
}

QString AccessGuard::roleName(Role role)
{
    switch (role) {
    case Role::Reception: return tr("reception (posters)");
    case Role::Clerk: return tr("clerk (inbox)");
    case Role::Manager: return tr("manager");
    }
    return {};
}

Status AccessGuard::requireRole(Role role)
{
    if (m_role) {
        if (int(*m_role) >= int(role))
            return {};
        return Error{Error::Code::Denied,
                     tr("Your role, %1, does not allow this. Ask a manager of the organisation.").arg(roleName(*m_role)),
                     {}};
    }
    const auto people = m_staff.employees();
    if (!people)
        return people.error();
    if (people->isEmpty())
        return {};
    // Says whose login it takes: reading the inbox is as protected as changing the organisation.
    QString who;
    switch (role) {
    case Role::Reception:
        who = tr("This workspace is protected: log in with your qualified electronic signature (KEP) first.");
        break;
    case Role::Clerk:
        who = tr("This workspace is protected: log in as a clerk or a manager, with your qualified electronic "
                 "signature (KEP).");
        break;
    case Role::Manager:
        who = tr("This workspace is protected: log in as a manager, with your qualified electronic signature (KEP).");
        break;
    }
    return Error{Error::Code::Denied, who, {}};
}

} // namespace kopii
