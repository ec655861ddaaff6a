// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxSql.h"

#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {

void bindMailbox(QSqlQuery &q, const Mailbox &m)
{
    q.addBindValue(sqlText(m.name));
    q.addBindValue(m.branchId);
    q.addBindValue(sqlText(m.host));
    q.addBindValue(m.port);
    q.addBindValue(mailboxSecurityId(m.security));
    q.addBindValue(sqlText(m.user));
    q.addBindValue(sqlText(m.folder));
    q.addBindValue(sqlText(m.afterIngest));
    q.addBindValue(sqlText(m.caFile));
    q.addBindValue(sqlText(m.pinSha256));
    q.addBindValue(sqlText(m.passwordFile));
    q.addBindValue(m.uidValidity);
    q.addBindValue(m.lastUid);
    q.addBindValue(m.lastSync.isValid() ? m.lastSync.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(sqlText(m.lastError));
    q.addBindValue(sqlText(m.oauth));
}

} // namespace

Result<QList<Mailbox>> MailboxSql::mailboxes()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, branch_id, host, port, security, username, folder, after_ingest, ca_file, "
            "pin_sha256, password_file, uid_validity, last_uid, last_sync_ms, last_error, oauth FROM mailbox ORDER BY name")))
        return m_session.sqlError(q, tr("read the mailboxes"));
    QList<Mailbox> list;
    while (q.next()) {
        Mailbox m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.branchId = q.value(2).toLongLong();
        m.host = q.value(3).toString();
        m.port = q.value(4).toInt();
        mailboxSecurityFromId(q.value(5).toString(), &m.security);
        m.user = q.value(6).toString();
        m.folder = q.value(7).toString();
        m.afterIngest = q.value(8).toString();
        m.caFile = q.value(9).toString();
        m.pinSha256 = q.value(10).toString();
        m.passwordFile = q.value(11).toString();
        m.uidValidity = q.value(12).toLongLong();
        m.lastUid = q.value(13).toLongLong();
        if (const qint64 t = q.value(14).toLongLong())
            m.lastSync = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        m.lastError = q.value(15).toString();
        m.oauth = q.value(16).toString();
        list << m;
    }
    return list;
}

Result<RecordId> MailboxSql::insertMailbox(const Mailbox &m)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("INSERT INTO mailbox (name, branch_id, host, port, security, username, folder, after_ingest, "
                             "ca_file, pin_sha256, password_file, uid_validity, last_uid, last_sync_ms, last_error, oauth) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindMailbox(q, m);
    if (!q.exec() || !q.next())
        return m_session.sqlError(q, tr("add the mailbox"));
    return q.value(0).toLongLong();
}

Status MailboxSql::updateMailbox(const Mailbox &m)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral(
        "UPDATE mailbox SET name = ?, branch_id = ?, host = ?, port = ?, security = ?, username = ?, "
        "folder = ?, after_ingest = ?, ca_file = ?, pin_sha256 = ?, password_file = ?, uid_validity = ?, last_uid = ?, "
        "last_sync_ms = ?, last_error = ?, oauth = ? WHERE id = ?"));
    bindMailbox(q, m);
    q.addBindValue(m.id);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the mailbox"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(m.id), {}};
    return {};
}

Status MailboxSql::deleteMailbox(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM mailbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("remove the mailbox"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(id), {}};
    return {};
}

Status MailboxSql::saveMailboxState(RecordId id, qint64 uidValidity, qint64 lastUid, const QDateTime &lastSync,
                                    const QString &lastError)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE mailbox SET uid_validity = ?, last_uid = ?, last_sync_ms = ?, last_error = ?, "
                             "attempt_uid = 0, attempt_count = 0 WHERE id = ?"));
    q.addBindValue(uidValidity);
    q.addBindValue(lastUid);
    q.addBindValue(lastSync.isValid() ? lastSync.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(sqlText(lastError));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("save the mailbox state"));
    return {};
}

Result<int> MailboxSql::noteMailboxAttempt(RecordId id, qint64 uid)
{
    int count = 0;
    const Status s = m_session.writeTransaction(
        [&]() -> Status {
            QSqlQuery q(m_session.db());
            q.prepare(
                QStringLiteral("UPDATE mailbox SET attempt_count = CASE WHEN attempt_uid = ? THEN attempt_count + 1 ELSE 1 END, "
                               "attempt_uid = ? WHERE id = ?"));
            q.addBindValue(uid);
            q.addBindValue(uid);
            q.addBindValue(id);
            if (!q.exec())
                return m_session.sqlError(q, tr("save the mailbox state"));
            q.prepare(QStringLiteral("SELECT attempt_count FROM mailbox WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return m_session.sqlError(q, tr("read the mailbox state"));
            if (!q.next())
                return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(id), {}};
            count = q.value(0).toInt();
            return {};
        },
        // A crash of Kopii keeps it; a power cut may lose it, which costs one more ordinary reading.
        SqlSession::Commit::SurvivesCrash);
    if (!s)
        return s.error();
    return count;
}

} // namespace kopii
