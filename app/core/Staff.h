// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"
#include "core/StaffSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// Employees (people who may log in) and their roles; only a manager may change them, and the
// last manager stays.
class Staff
{
    Q_DECLARE_TR_FUNCTIONS(Staff)

public:
    explicit Staff(AccessGuard &guard);

    Result<QList<Employee>> employees();
    Status addEmployee(const Employee &employee); // also changes the role of an existing one
    Status removeEmployee(const QString &rnokpp);
    // The first login: sets the organisation and makes the person its manager, in one step. Only
    // while the workspace has no employees.
    Status claimWorkspace(const Organization &org, const Employee &manager);

private:
    Status checkEmployee(const Employee &employee);
    Result<int> managerCount();

    AccessGuard &m_guard;
    SqlSession &m_session;
    StaffSql m_staff;
    OrganizationSql m_org;
};

} // namespace kopii
