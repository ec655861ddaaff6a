// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/TrustSql.h"

#include "core/SqlSession.h"

#include "core/Log.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

Result<QList<TrustEntry>> TrustSql::trustEntries()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT sha256, kind, der, subject, source, added_ms, addresses, role, withdrawn_ms FROM trust_entry "
                           "ORDER BY added_ms, sha256")))
        return m_session.sqlError(q, tr("read the trust store"));
    QList<TrustEntry> list;
    while (q.next()) {
        TrustEntry t;
        t.sha256 = q.value(0).toString();
        t.kind = q.value(1).toString() == QLatin1String("crl") ? TrustEntry::Kind::Crl : TrustEntry::Kind::Certificate;
        t.der = q.value(2).toByteArray();
        t.subject = q.value(3).toString();
        t.source = q.value(4).toString();
        t.added = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        t.addresses = q.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        t.role = trustRoleFromId(q.value(7).toString());
        if (const qint64 withdrawn = q.value(8).toLongLong(); withdrawn > 0)
            t.withdrawn = QDateTime::fromMSecsSinceEpoch(withdrawn, Qt::UTC);
        list << t;
    }
    return list;
}

Status TrustSql::insertTrustEntry(const TrustEntry &t)
{
    QSqlQuery q(m_session.db());
    // An entry known already takes the new role and withdrawal (the trust store decides them) and
    // new addresses; its source and the time it was first added stay.
    q.prepare(
        QStringLiteral("INSERT INTO trust_entry (sha256, kind, der, subject, source, added_ms, addresses, role, withdrawn_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET role = excluded.role, "
                       "withdrawn_ms = excluded.withdrawn_ms, addresses = CASE WHEN excluded.addresses <> '' "
                       "THEN excluded.addresses ELSE trust_entry.addresses END"));
    q.addBindValue(t.sha256);
    q.addBindValue(t.kind == TrustEntry::Kind::Crl ? QStringLiteral("crl") : QStringLiteral("certificate"));
    q.addBindValue(t.der);
    q.addBindValue(sqlText(t.subject));
    q.addBindValue(sqlText(t.source));
    q.addBindValue(t.added.toMSecsSinceEpoch());
    q.addBindValue(sqlText(t.addresses.join(QLatin1Char('\n'))));
    q.addBindValue(trustRoleId(t.role));
    q.addBindValue(t.withdrawn.isValid() ? t.withdrawn.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return m_session.sqlError(q, tr("write the trust store"));
    return {};
}

Result<QList<OcspAnswer>> TrustSql::ocspAnswers()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT cert_key, response, fetched_ms, next_update_ms FROM ocsp_response")))
        return m_session.sqlError(q, tr("read the revocation answers"));
    QList<OcspAnswer> list;
    while (q.next()) {
        OcspAnswer a;
        a.key = QByteArray::fromHex(q.value(0).toString().toLatin1());
        a.response = q.value(1).toByteArray();
        a.fetched = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        if (const qint64 next = q.value(3).toLongLong(); next > 0)
            a.nextUpdate = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        list << a;
    }
    return list;
}

Status TrustSql::saveOcspAnswers(const QList<OcspAnswer> &answers, const QDateTime &now)
{
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("INSERT INTO ocsp_response (cert_key, response, fetched_ms, next_update_ms) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (cert_key) DO UPDATE SET response = excluded.response, "
                                 "fetched_ms = excluded.fetched_ms, next_update_ms = excluded.next_update_ms"));
        for (const OcspAnswer &a : answers) {
            q.addBindValue(QString::fromLatin1(a.key.toHex()));
            q.addBindValue(a.response);
            q.addBindValue(a.fetched.toMSecsSinceEpoch());
            q.addBindValue(a.nextUpdate.isValid() ? a.nextUpdate.toMSecsSinceEpoch() : qint64(0));
            if (!q.exec())
                return m_session.sqlError(q, tr("save the revocation answers"));
        }
        QSqlQuery prune(m_session.db());
        prune.prepare(QStringLiteral("DELETE FROM ocsp_response WHERE (next_update_ms > 0 AND next_update_ms < ?) "
                                     "OR (next_update_ms = 0 AND fetched_ms < ?)"));
        const qint64 weekAgo = now.addDays(-7).toMSecsSinceEpoch();
        prune.addBindValue(weekAgo);
        prune.addBindValue(weekAgo);
        if (!prune.exec())
            return m_session.sqlError(prune, tr("save the revocation answers"));
        return {};
    });
}

Status TrustSql::deleteTrustEntry(const QString &sha256)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM trust_entry WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return m_session.sqlError(q, tr("write the trust store"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("The trust store has no entry %1.").arg(sha256), {}};
    return {};
}

} // namespace kopii
