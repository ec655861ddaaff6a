// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AuditLog.h"

#include "core/SqlSession.h"

#include "core/OfficeServer.h"
#include "core/SettingsSql.h"
#include "core/Log.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
constexpr auto kAuditHead = "audit_head"; // "<id>:<seal>" of the newest entry, to notice a cut-off tail
}

Status AuditLog::sealUnsealed()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal "
                               "FROM audit_log ORDER BY id")))
        return m_session.sqlError(q, tr("read the audit log"));
    QString previous;
    QList<std::pair<RecordId, QString>> seals;
    RecordId last = 0;
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                     q.value(2).toString(),   q.value(3).toString(),
                     q.value(4).toString(),   q.value(5).toLongLong(),
                     q.value(6).toString(),   q.value(7).toString()};
        if (e.hash.isEmpty()) {
            e.hash = auditSeal(previous, e);
            seals.append({e.id, e.hash});
        }
        previous = e.hash;
        last = e.id;
    }
    q.finish();
    QSqlQuery u(m_session.db());
    u.prepare(QStringLiteral("UPDATE audit_log SET seal = ? WHERE id = ?"));
    for (const auto &[id, seal] : seals) {
        u.addBindValue(seal);
        u.addBindValue(id);
        if (!u.exec())
            return m_session.sqlError(u, tr("write the audit log"));
    }
    if (last == 0)
        return {};
    return SettingsSql(m_session).setMeta(QString::fromLatin1(kAuditHead), QStringLiteral("%1:%2").arg(last).arg(previous));
}

Status AuditLog::append(const AuditEntry &entry)
{
    return m_session.writeTransaction([&]() -> Status {
        const auto server = OfficeServer::sealsAuditLog(m_session);
        if (!server)
            return server.error();
        if (*server) // the server's trigger numbers, names and seals the entry
            return appendSealedByServer(entry);
        QSqlQuery last(m_session.db());
        if (!last.exec(QStringLiteral("SELECT id, seal FROM audit_log ORDER BY id DESC LIMIT 1")))
            return m_session.sqlError(last, tr("write the audit log"));
        AuditEntry e = entry;
        QString previous;
        e.id = 1;
        if (last.next()) {
            e.id = last.value(0).toLongLong() + 1;
            previous = last.value(1).toString();
        }
        last.finish();
        e.time = QDateTime::fromMSecsSinceEpoch(e.time.toMSecsSinceEpoch(), Qt::UTC);
        e.actor = sqlText(e.actor).toString();
        e.action = sqlText(e.action).toString();
        e.objectType = sqlText(e.objectType).toString();
        e.summary = sqlText(e.summary).toString();
        e.hash = auditSeal(previous, e);
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("INSERT INTO audit_log (id, time_ms, actor, action, object_type, object_id, summary, seal) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.id);
        q.addBindValue(e.time.toMSecsSinceEpoch());
        q.addBindValue(e.actor);
        q.addBindValue(e.action);
        q.addBindValue(e.objectType);
        q.addBindValue(e.objectId);
        q.addBindValue(e.summary);
        q.addBindValue(e.hash);
        if (!q.exec())
            return m_session.sqlError(q, tr("write the audit log"));
        return SettingsSql(m_session).setMeta(QString::fromLatin1(kAuditHead), QStringLiteral("%1:%2").arg(e.id).arg(e.hash));
    });
}

Status AuditLog::appendSealedByServer(const AuditEntry &e)
{
    QSqlQuery &q = m_session.prepared(QStringLiteral("INSERT INTO audit_log (time_ms, actor, action, object_type, object_id, "
                                                     "summary) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.time.toMSecsSinceEpoch());
    q.addBindValue(sqlText(e.actor));
    q.addBindValue(sqlText(e.action));
    q.addBindValue(sqlText(e.objectType));
    q.addBindValue(e.objectId);
    q.addBindValue(sqlText(e.summary));
    if (!q.exec())
        return m_session.sqlError(q, tr("write the audit log"));
    return {};
}

Result<AuditCheck> AuditLog::verifyChain()
{
    const auto server = OfficeServer::sealsAuditLog(m_session);
    if (!server)
        return server.error();
    if (*server) { // only the server holds the key of its seals
        QSqlQuery check(m_session.db());
        if (!check.exec(QStringLiteral("SELECT entries, broken_at, problem FROM kopii_audit_check()")) || !check.next())
            return m_session.sqlError(check, tr("check the audit log"));
        AuditCheck result;
        result.entries = check.value(0).toInt();
        result.brokenAt = check.value(1).toLongLong();
        result.problem = check.value(2).toString();
        return result;
    }
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal "
                               "FROM audit_log ORDER BY id")))
        return m_session.sqlError(q, tr("read the audit log"));
    AuditCheck check;
    QString previous;
    RecordId lastId = 0;
    while (q.next()) {
        const AuditEntry e{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(),   q.value(3).toString(),
                           q.value(4).toString(),   q.value(5).toLongLong(),
                           q.value(6).toString(),   q.value(7).toString()};
        ++check.entries;
        if (e.id != lastId + 1) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("removed-before");
            return check;
        }
        if (e.hash.isEmpty()) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("missing-seal");
            return check;
        }
        if (auditSeal(previous, e) != e.hash) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("edited");
            return check;
        }
        previous = e.hash;
        lastId = e.id;
    }
    q.finish();
    const auto head = SettingsSql(m_session).meta(QString::fromLatin1(kAuditHead));
    if (!head)
        return head.error();
    const QString expected = lastId == 0 ? QString() : QStringLiteral("%1:%2").arg(lastId).arg(previous);
    if (*head != expected) {
        check.brokenAt = head->section(QLatin1Char(':'), 0, 0).toLongLong();
        if (check.brokenAt == 0)
            check.brokenAt = lastId;
        check.problem = QStringLiteral("removed-after");
    }
    return check;
}

Result<QList<AuditEntry>> AuditLog::entries(int limit)
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal FROM audit_log "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the audit log"));
    QList<AuditEntry> list;
    while (q.next())
        list << AuditEntry{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(),   q.value(3).toString(),
                           q.value(4).toString(),   q.value(5).toLongLong(),
                           q.value(6).toString(),   q.value(7).toString()};
    return list;
}

} // namespace kopii
