// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StaffSql.h"

#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
Employee employeeFrom(const QSqlQuery &q)
{
    Employee e;
    e.rnokpp = q.value(0).toString();
    e.fullName = q.value(1).toString();
    roleFromId(q.value(2).toString(), &e.role);
    e.added = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    return e;
}
} // namespace

Result<QList<Employee>> StaffSql::employees()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rnokpp, full_name, role, added_ms FROM employee ORDER BY full_name, rnokpp")))
        return m_session.sqlError(q, tr("read the employees"));
    QList<Employee> list;
    while (q.next())
        list << employeeFrom(q);
    return list;
}

Result<std::optional<Employee>> StaffSql::employee(const QString &rnokpp)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT rnokpp, full_name, role, added_ms FROM employee WHERE rnokpp = ?"));
    q.addBindValue(rnokpp);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the employees"));
    if (!q.next())
        return std::optional<Employee>();
    return std::optional<Employee>(employeeFrom(q));
}

Status StaffSql::saveEmployee(const Employee &e)
{
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("DELETE FROM employee WHERE rnokpp = ?"));
        q.addBindValue(e.rnokpp);
        if (!q.exec())
            return m_session.sqlError(q, tr("save the employee"));
        q.prepare(QStringLiteral("INSERT INTO employee (rnokpp, full_name, role, added_ms) VALUES (?, ?, ?, ?)"));
        q.addBindValue(sqlText(e.rnokpp));
        q.addBindValue(sqlText(e.fullName));
        q.addBindValue(roleId(e.role));
        q.addBindValue(e.added.toMSecsSinceEpoch());
        if (!q.exec())
            return m_session.sqlError(q, tr("save the employee"));
        return {};
    });
}

Status StaffSql::deleteEmployee(const QString &rnokpp)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM employee WHERE rnokpp = ?"));
    q.addBindValue(rnokpp);
    if (!q.exec())
        return m_session.sqlError(q, tr("remove the employee"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no employee with the RNOKPP %1.").arg(rnokpp), {}};
    return {};
}

} // namespace kopii
