// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kopii {

class SqlSession;

// The people who may log in (employees) and their roles.
class StaffSql
{
    Q_DECLARE_TR_FUNCTIONS(StaffSql)

public:
    explicit StaffSql(SqlSession &session) : m_session(session) {}

    Result<QList<Employee>> employees();
    Result<std::optional<Employee>> employee(const QString &rnokpp);
    // Inserts or replaces the employee with that РНОКПП.
    Status saveEmployee(const Employee &employee);
    Status deleteEmployee(const QString &rnokpp);

private:
    SqlSession &m_session;
};

} // namespace kopii
