// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Staff.h"

#include "core/SqlSession.h"
#include "core/Validator.h"

namespace kopii {

Staff::Staff(AccessGuard &guard) : m_guard(guard), m_session(guard.session()), m_staff(m_session), m_org(m_session) {}

Result<QList<Employee>> Staff::employees()
{
    return m_staff.employees();
}

Result<int> Staff::managerCount()
{
    const auto all = m_staff.employees();
    if (!all)
        return all.error();
    int managers = 0;
    for (const Employee &e : *all)
        managers += e.role == Role::Manager ? 1 : 0;
    return managers;
}

Status Staff::checkEmployee(const Employee &e)
{
    QList<FieldError> errors;
    if (!Validator::isValidRnokpp(e.rnokpp))
        errors << FieldError{QStringLiteral("rnokpp"), QStringLiteral("checksum"),
                             tr("RNOKPP (tax number): \"%1\" is not a valid 10-digit RNOKPP.").arg(e.rnokpp)};
    const QString name = e.fullName.simplified();
    if (name.isEmpty() || name.size() > 100)
        errors << FieldError{QStringLiteral("fullName"), QStringLiteral("length"),
                             tr("Full name: must have 1 to 100 characters.")};
    if (!errors.isEmpty())
        return Error{Error::Code::Validation, errors.first().message, errors};
    return {};
}

Status Staff::addEmployee(const Employee &input)
{
    if (!m_guard.sessionRole())
        return Error{Error::Code::Denied, tr("Only a manager who has logged in can add employees."), {}};
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    Employee e = input;
    e.fullName = e.fullName.simplified();
    e.rnokpp = e.rnokpp.trimmed();
    if (Status s = checkEmployee(e); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto existing = m_staff.employee(e.rnokpp);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->role == Role::Manager && e.role != Role::Manager) {
            const auto managers = managerCount();
            if (!managers)
                return managers.error();
            if (*managers <= 1)
                return Error{Error::Code::Conflict,
                             tr("%1 is the only manager; make someone else a manager first.").arg((*existing)->fullName),
                             {}};
        }
        e.added = *existing ? (*existing)->added : m_guard.now();
        if (Status s = m_staff.saveEmployee(e); !s)
            return s;
        return m_guard.audit(*existing ? QStringLiteral("employee.edit") : QStringLiteral("employee.add"),
                             QStringLiteral("employee"), 0, roleId(e.role));
    });
}

Status Staff::removeEmployee(const QString &rnokpp)
{
    if (!m_guard.sessionRole())
        return Error{Error::Code::Denied, tr("Only a manager who has logged in can remove employees."), {}};
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        const auto existing = m_staff.employee(rnokpp.trimmed());
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error{Error::Code::NotFound, tr("There is no employee with the RNOKPP %1.").arg(rnokpp), {}};
        if ((*existing)->role == Role::Manager) {
            const auto managers = managerCount();
            if (!managers)
                return managers.error();
            if (*managers <= 1)
                return Error{
                    Error::Code::Conflict, tr("%1 is the only manager and cannot be removed.").arg((*existing)->fullName), {}};
        }
        if (Status s = m_staff.deleteEmployee(rnokpp.trimmed()); !s)
            return s;
        return m_guard.audit(QStringLiteral("employee.remove"), QStringLiteral("employee"), 0, QString());
    });
}

Status Staff::claimWorkspace(const Organization &input, const Employee &manager)
{
    const Organization org = Validator::normalized(input);
    if (auto errors = Validator::validate(org); !errors.isEmpty())
        return Validator::failed(errors);
    if (Status s = checkEmployee(manager); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto people = m_staff.employees();
        if (!people)
            return people.error();
        if (!people->isEmpty())
            return Error{Error::Code::Conflict, tr("This workspace already has its manager."), {}};
        if (Status s = m_org.saveOrganization(org); !s)
            return s;
        Employee e = manager;
        e.role = Role::Manager;
        e.added = m_guard.now();
        if (Status s = m_staff.saveEmployee(e); !s)
            return s;
        return m_guard.audit(QStringLiteral("workspace.claim"), QStringLiteral("organization"), 1, QString());
    });
}

} // namespace kopii
