// SPDX-License-Identifier: GPL-3.0-or-later
// SubmissionSql: what takes submissions away (retention, on this workspace and on an office
// server, a service's own retention, the legal hold that stops it, a deletion).
#include "inbox/SubmissionSql.h"

#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

Result<QList<RecordId>> SubmissionSql::submissionsToPurge(const QDateTime &now, const RetentionPolicy &workspace)
{
    // Days in milliseconds as 64-bit numbers on either database.
    return m_session.readIds(
        QStringLiteral(
            "SELECT s.id FROM submission s LEFT JOIN service v ON v.id = s.service_id WHERE s.legal_hold = '' AND ("
            "(s.state = 'processed' AND s.processed_ms > 0 AND s.processed_ms < CAST(? AS BIGINT) - CAST(86400000 AS BIGINT) * "
            "(CASE WHEN v.retention_after_processed_days >= 0 THEN v.retention_after_processed_days ELSE CAST(? AS INTEGER) "
            "END)) OR s.received_ms < CAST(? AS BIGINT) - CAST(86400000 AS BIGINT) * (CASE WHEN v.retention_max_age_days "
            ">= 1 THEN v.retention_max_age_days ELSE CAST(? AS INTEGER) END)) ORDER BY s.id"),
        {now.toMSecsSinceEpoch(), workspace.afterProcessedDays, now.toMSecsSinceEpoch(), workspace.maxAgeDays},
        tr("read the submissions"));
}

Result<std::optional<RetentionPolicy>> SubmissionSql::serviceRetention(RecordId serviceId)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT retention_after_processed_days, retention_max_age_days FROM service WHERE id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the service's retention"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no service number %1.").arg(serviceId), {}};
    const int after = q.value(0).toInt();
    const int maxAge = q.value(1).toInt();
    if (after < 0 || maxAge < 1)
        return std::optional<RetentionPolicy>();
    return std::optional<RetentionPolicy>(RetentionPolicy{after, maxAge});
}

Status SubmissionSql::setServiceRetention(RecordId serviceId, const std::optional<RetentionPolicy> &policy)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE service SET retention_after_processed_days = ?, retention_max_age_days = ? WHERE id = ?"));
    q.addBindValue(policy ? policy->afterProcessedDays : -1);
    q.addBindValue(policy ? policy->maxAgeDays : -1);
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the service's retention"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no service number %1.").arg(serviceId), {}};
    return {};
}

Status SubmissionSql::setLegalHold(RecordId id, const QString &reason)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE submission SET legal_hold = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(sqlText(reason));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the legal hold"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    return {};
}

Result<QList<RecordId>> SubmissionSql::purgeOnServer()
{
    QList<RecordId> ids;
    const Status s = m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        if (!q.exec(QStringLiteral("SELECT * FROM kopii_retention_purge()")))
            return m_session.sqlError(q, tr("delete old submissions"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Status SubmissionSql::deleteSubmission(RecordId id, qint64 expectedVersion)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM submission WHERE id = ? AND legal_hold = ''")
              + (expectedVersion >= 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    q.addBindValue(id);
    if (expectedVersion >= 0)
        q.addBindValue(expectedVersion);
    if (!q.exec())
        return m_session.sqlError(q, tr("delete the submission"));
    if (q.numRowsAffected() > 0)
        return {};
    // Why not: gone, on hold, or changed since the clerk saw it.
    QSqlQuery held(m_session.db());
    held.prepare(QStringLiteral("SELECT legal_hold FROM submission WHERE id = ?"));
    held.addBindValue(id);
    if (!held.exec())
        return m_session.sqlError(held, tr("delete the submission"));
    if (!held.next())
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    if (!held.value(0).toString().isEmpty())
        return Error{Error::Code::Denied,
                     tr("Submission %1 is on legal hold (%2), so it cannot be deleted. A manager lifts the hold first.")
                         .arg(id)
                         .arg(held.value(0).toString()),
                     {}};
    return notChanged(id);
}

} // namespace kopii
