// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SettingsSql.h"

#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

Result<QString> SettingsSql::meta(const QString &key)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT value FROM kopii_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the workspace settings"));
    return q.next() ? q.value(0).toString() : QString();
}

Status SettingsSql::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM kopii_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return m_session.sqlError(q, tr("write the workspace settings"));
    q.prepare(QStringLiteral("INSERT INTO kopii_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(sqlText(value));
    if (!q.exec())
        return m_session.sqlError(q, tr("write the workspace settings"));
    return {};
}

} // namespace kopii
