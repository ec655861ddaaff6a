// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/WorkLease.h"

#include "core/SqlSession.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace kopii {

WorkLease::WorkLease(AccessGuard &guard) : m_guard(guard) {}

Error WorkLease::heldBy(const Holder &h) const
{
    return Error{Error::Code::Conflict,
                 tr("%1 is working on this submission (until %2, unless renewed). Choose another one, or ask %1.")
                     .arg(h.person, QLocale().toString(h.until.toLocalTime().time(), QLocale::ShortFormat)),
                 {}};
}

Result<std::optional<WorkLease::Holder>> WorkLease::holder(RecordId id)
{
    QSqlQuery q(m_guard.session().db());
    q.prepare(QStringLiteral("SELECT taken_by, taken_until_ms FROM submission WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_guard.session().sqlError(q, tr("read who works on the submission"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    const QString person = q.value(0).toString();
    const qint64 until = q.value(1).toLongLong();
    if (person.isEmpty() || until <= m_guard.now().toMSecsSinceEpoch())
        return std::optional<Holder>();
    return std::optional<Holder>(Holder{person, QDateTime::fromMSecsSinceEpoch(until, Qt::UTC)});
}

Status WorkLease::take(RecordId id)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed;
    const QString me = m_guard.actor();
    const qint64 now = m_guard.now().toMSecsSinceEpoch();
    return m_guard.session().writeTransaction(
        [&]() -> Status {
            // One statement decides: free, lapsed or hers already. Writers take turns, so of two
            // clerks at the same moment the second finds the first's lease.
            QSqlQuery q(m_guard.session().db());
            q.prepare(QStringLiteral("UPDATE submission SET taken_by = ?, taken_until_ms = ? WHERE id = ? AND "
                                     "(taken_by = '' OR taken_by = ? OR taken_until_ms <= ?)"));
            q.addBindValue(me);
            q.addBindValue(now + qint64(kSeconds) * 1000);
            q.addBindValue(id);
            q.addBindValue(me);
            q.addBindValue(now);
            if (!q.exec())
                return m_guard.session().sqlError(q, tr("take the submission"));
            if (q.numRowsAffected() == 1)
                return {};
            const auto h = holder(id);
            if (!h)
                return h.error();
            if (!*h) // lapsed between the two statements cannot happen (writers take turns): a bug
                return Error{Error::Code::Internal, QStringLiteral("the lease changed inside a write transaction"), {}};
            return heldBy(**h);
        },
        SqlSession::Commit::SurvivesCrash);
}

Status WorkLease::release(RecordId id)
{
    QSqlQuery q(m_guard.session().db());
    q.prepare(QStringLiteral("UPDATE submission SET taken_by = '', taken_until_ms = 0 WHERE id = ? AND taken_by = ?"));
    q.addBindValue(id);
    q.addBindValue(m_guard.actor());
    if (!q.exec())
        return m_guard.session().sqlError(q, tr("give the submission back"));
    return {};
}

Status WorkLease::requireFree(RecordId id)
{
    const auto h = holder(id);
    if (!h)
        return h.error().code == Error::Code::NotFound ? Status() : Status(h.error());
    if (*h && (*h)->person != m_guard.actor())
        return heldBy(**h);
    return {};
}

} // namespace kopii
