// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/RegisterSql.h"

#include "core/SqlSession.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kopii {

namespace {
const QString kRegistered = QStringLiteral("register: earlier submissions numbered");
}

bool RegisterSql::isPrefix(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,8}[\\p{L}\\p{N}])?$"));
    return valid.match(prefix).hasMatch();
}

QString RegisterSql::format(const QString &prefix, int year, qint64 sequence)
{
    const QString number = QStringLiteral("%1/%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
    return prefix.isEmpty() ? number : prefix + QLatin1Char('-') + number;
}

Result<QString> RegisterSql::prefix(const QString &table, RecordId id)
{
    if (table != QLatin1String("branch") && table != QLatin1String("service"))
        return Error{Error::Code::Internal, QStringLiteral("no prefix for %1").arg(table), {}};
    if (id <= 0)
        return QString();
    QSqlQuery &q = m_session.prepared(QStringLiteral("SELECT register_prefix FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the register"));
    const QString found = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return found;
}

Status RegisterSql::setPrefix(const QString &table, RecordId id, const QString &prefix)
{
    if (!prefix.isEmpty() && !isPrefix(prefix))
        return Error{Error::Code::Validation,
                     tr("\"%1\" cannot begin a registration number: use 1 to 10 letters or digits (a hyphen between "
                        "them), for example Ц or ЦНАП-2.")
                         .arg(prefix),
                     {}};
    if (table != QLatin1String("branch") && table != QLatin1String("service"))
        return Error{Error::Code::Internal, QStringLiteral("no prefix for %1").arg(table), {}};
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE %1 SET register_prefix = ? WHERE id = ?").arg(table));
    q.addBindValue(sqlText(prefix));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the register"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no such branch or service (number %1).").arg(id), {}};
    return {};
}

Result<QString> RegisterSql::enter(RecordId id, const Submission &s)
{
    if (!m_session.remembers(kRegistered))
        if (Status earlier = registerEarlier(id); !earlier)
            return earlier.error();
    // The service's prefix, else the branch's.
    auto chosen = prefix(QStringLiteral("service"), s.serviceId);
    if (!chosen)
        return chosen.error();
    if (chosen->isEmpty()) {
        chosen = prefix(QStringLiteral("branch"), s.branchId);
        if (!chosen)
            return chosen.error();
    }
    const int year = s.receivedAt.toLocalTime().date().year();
    // One statement takes the next number and holds the counter's row until the transaction
    // ends: a second writer waits for it (and gets the number after), and a rollback gives the
    // number back, so that no number is skipped.
    QSqlQuery &counter = m_session.prepared(
        QStringLiteral("INSERT INTO register_counter (year, prefix, last_number) VALUES (?, ?, 1) "
                       "ON CONFLICT (year, prefix) DO UPDATE SET last_number = register_counter.last_number + 1 "
                       "RETURNING last_number"));
    counter.addBindValue(year);
    counter.addBindValue(sqlText(*chosen));
    if (!counter.exec() || !counter.next())
        return m_session.sqlError(counter, tr("number the submission"));
    const qint64 sequence = counter.value(0).toLongLong();
    counter.finish();
    const QString number = format(*chosen, year, sequence);
    QStringList names;
    for (const DocumentCopy &d : s.documents)
        names << (d.pdfName.isEmpty() ? d.p7sName : d.pdfName);
    QSqlQuery &q = m_session.prepared(
        QStringLiteral("INSERT INTO register_entry (number, year, prefix, sequence, submission_id, received_ms, sender, "
                       "recipient, branch_id, service_id, documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(year);
    q.addBindValue(sqlText(*chosen));
    q.addBindValue(sequence);
    q.addBindValue(id);
    q.addBindValue(s.receivedAt.toMSecsSinceEpoch());
    q.addBindValue(sqlText(s.sender));
    q.addBindValue(sqlText(s.recipient));
    q.addBindValue(s.branchId);
    q.addBindValue(s.serviceId);
    q.addBindValue(sqlText(names.join(QLatin1Char('\n'))));
    if (!q.exec()) {
        const Error e = m_session.sqlError(q, tr("number the submission"));
        q.finish();
        return e;
    }
    q.finish();
    return number;
}

Status RegisterSql::registerEarlier(RecordId except)
{
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT s.id, s.received_ms, s.sender, s.recipient, s.branch_id, s.service_id, "
                                   "s.document_names FROM submission s WHERE NOT EXISTS (SELECT 1 FROM register_entry r "
                                   "WHERE r.submission_id = s.id) AND s.id <> %1 ORDER BY s.received_ms, s.id")
                        .arg(except)))
            return m_session.sqlError(q, tr("number the submissions"));
        QList<std::pair<RecordId, Submission>> earlier;
        while (q.next()) {
            Submission s;
            s.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            s.sender = q.value(2).toString();
            s.recipient = q.value(3).toString();
            s.branchId = q.value(4).toLongLong();
            s.serviceId = q.value(5).toLongLong();
            for (const QString &name : q.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                DocumentCopy d;
                d.pdfName = name;
                s.documents << d;
            }
            earlier.append({q.value(0).toLongLong(), s});
        }
        q.finish();
        m_session.remember(kRegistered); // enter() must not come back here
        for (const auto &[id, s] : std::as_const(earlier))
            if (const auto number = enter(id, s); !number)
                return number.error();
        return {};
    });
}

Status RegisterSql::markDeleted(const QList<RecordId> &ids, const QString &how, const QDateTime &when)
{
    QSqlQuery &q = m_session.prepared(QStringLiteral(
        "UPDATE register_entry SET deleted_ms = ?, deleted_how = ?, submission_id = NULL WHERE submission_id = ?"));
    for (RecordId id : ids) {
        q.addBindValue(when.toMSecsSinceEpoch());
        q.addBindValue(how);
        q.addBindValue(id);
        if (!q.exec()) {
            const Error e = m_session.sqlError(q, tr("change the register"));
            q.finish();
            return e;
        }
    }
    q.finish();
    return {};
}

Result<QString> RegisterSql::numberOf(RecordId submissionId)
{
    QSqlQuery &q = m_session.prepared(QStringLiteral("SELECT number FROM register_entry WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the register"));
    const QString number = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return number;
}

Result<QList<RegisterEntry>> RegisterSql::entries(const QDateTime &from, const QDateTime &to)
{
    QString sql = QStringLiteral(
        "SELECT r.id, r.number, r.year, r.prefix, r.sequence, coalesce(r.submission_id, 0), r.received_ms, r.sender, "
        "r.recipient, r.branch_id, r.service_id, coalesce(b.name, ''), coalesce(v.name, ''), r.documents, "
        "coalesce(s.verdict_rank, -2), coalesce(s.state, ''), coalesce(s.taken_by, ''), r.deleted_ms, r.deleted_how "
        "FROM register_entry r LEFT JOIN submission s ON s.id = r.submission_id "
        "LEFT JOIN branch b ON b.id = r.branch_id LEFT JOIN service v ON v.id = r.service_id");
    QStringList where;
    if (from.isValid())
        where << QStringLiteral("r.received_ms >= ?");
    if (to.isValid())
        where << QStringLiteral("r.received_ms < ?");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY r.received_ms, r.id");
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (from.isValid())
        q.addBindValue(from.toMSecsSinceEpoch());
    if (to.isValid())
        q.addBindValue(to.toMSecsSinceEpoch());
    if (!q.exec())
        return m_session.sqlError(q, tr("read the register"));
    QList<RegisterEntry> all;
    while (q.next()) {
        RegisterEntry e;
        e.id = q.value(0).toLongLong();
        e.number = q.value(1).toString();
        e.year = q.value(2).toInt();
        e.prefix = q.value(3).toString();
        e.sequence = q.value(4).toLongLong();
        e.submissionId = q.value(5).toLongLong();
        e.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        e.sender = q.value(7).toString();
        e.recipient = q.value(8).toString();
        e.branchId = q.value(9).toLongLong();
        e.serviceId = q.value(10).toLongLong();
        e.branchName = q.value(11).toString();
        e.serviceName = q.value(12).toString();
        e.documents = q.value(13).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int rank = q.value(14).toInt();
        if (e.submissionId > 0)
            e.verdict = rank < 0 ? QStringLiteral("pending") : verdictOrder().value(rank);
        e.state = q.value(15).toString();
        e.clerk = q.value(16).toString();
        if (const qint64 deleted = q.value(17).toLongLong(); deleted > 0)
            e.deletedAt = QDateTime::fromMSecsSinceEpoch(deleted, Qt::UTC);
        e.deletedHow = q.value(18).toString();
        all << e;
    }
    return all;
}

} // namespace kopii
