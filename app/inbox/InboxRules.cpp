// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/InboxRules.h"
#include "inbox/WorkLease.h"
#include "inbox/RegisterSql.h"

#include "core/OfficeServer.h"
#include "core/SqlSession.h"

namespace kopii {

InboxRules::InboxRules(AccessGuard &guard)
    : m_guard(guard), m_session(guard.session()), m_submissions(m_session), m_settings(m_session)
{
}

namespace {
QString accessName(InboxRules::Access access)
{
    switch (access) {
    case InboxRules::Access::View: return QStringLiteral("view");
    case InboxRules::Access::Save: return QStringLiteral("save");
    case InboxRules::Access::Print: return QStringLiteral("print");
    case InboxRules::Access::OpenExternally: return QStringLiteral("open");
    case InboxRules::Access::Verify: return QStringLiteral("verify");
    }
    return QStringLiteral("view");
}
} // namespace

Status InboxRules::recordAccess(Access access, RecordId documentId)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed;
    return m_guard.audit(QStringLiteral("document.") + accessName(access), QStringLiteral("document"), documentId, QString());
}

Result<DocumentCopy> InboxRules::openDocument(Access access, RecordId documentId)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.openDocument(documentId, accessName(access), [&] {
        return m_guard.audit(QStringLiteral("document.") + accessName(access), QStringLiteral("document"), documentId, QString());
    });
}

Result<QList<Submission>> InboxRules::submissions(int limit)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissions(limit);
}

Result<QList<Submission>> InboxRules::querySubmissions(const SubmissionQuery &query, int offset, int limit)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.querySubmissions(query, offset, limit);
}

Result<QList<RecordId>> InboxRules::submissionIds(const SubmissionQuery &query)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissionIds(query);
}

Result<QList<Submission>> InboxRules::submissionsByIds(const QList<RecordId> &ids)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissionsByIds(ids);
}

Result<Submission> InboxRules::submission(RecordId id)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submission(id, SubmissionSql::Bytes::Left);
}

Status InboxRules::setSubmissionState(RecordId id, const QString &state, qint64 expectedVersion)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed;
    if (state != QLatin1String("new") && state != QLatin1String("in-work") && state != QLatin1String("processed"))
        return Error{
            Error::Code::Validation, tr("A submission is new, in-work or processed; \"%1\" is none of them.").arg(state), {}};
    return m_session.writeTransaction([&]() -> Status {
        if (Status free = WorkLease(m_guard).requireFree(id); !free) // another clerk works on it
            return free;
        if (Status s = m_submissions.setSubmissionState(id, state, m_guard.now(), expectedVersion); !s)
            return s;
        return m_guard.audit(QStringLiteral("submission.state"), QStringLiteral("submission"), id, state);
    });
}

Status InboxRules::deleteSubmission(RecordId id, qint64 expectedVersion)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed;
    const auto server = OfficeServer::sealsAuditLog(m_session);
    if (!server)
        return server.error();
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (Status free = WorkLease(m_guard).requireFree(id); !free)
            return free;
        // Its number stays in the register, saying when it was deleted.
        if (Status r = RegisterSql(m_session).markDeleted({id}, QStringLiteral("deletion"), m_guard.now()); !r)
            return r;
        if (Status d = m_submissions.deleteSubmission(id, expectedVersion); !d)
            return d;
        if (*server) // the server's trigger logs every deletion, whoever makes it
            return {};
        return m_guard.audit(QStringLiteral("submission.delete"), QStringLiteral("submission"), id, QString());
    });
    if (!s)
        return s;
    return m_session.scrubDeleted();
}

Result<RetentionPolicy> InboxRules::retention()
{
    RetentionPolicy policy;
    for (auto [key, value] : {std::pair{kMetaRetentionAfterProcessed, &policy.afterProcessedDays},
                              std::pair{kMetaRetentionMaxAge, &policy.maxAgeDays}}) {
        const auto stored = m_settings.meta(QString::fromLatin1(key));
        if (!stored)
            return stored.error();
        bool ok = false;
        const int days = stored->toInt(&ok);
        if (ok && days >= 0)
            *value = days;
    }
    return policy;
}

Status InboxRules::setRetention(const RetentionPolicy &policy)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    if (Status valid = checkRetention(policy); !valid)
        return valid;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s =
                m_settings.setMeta(QString::fromLatin1(kMetaRetentionAfterProcessed), QString::number(policy.afterProcessedDays));
            !s)
            return s;
        if (Status s = m_settings.setMeta(QString::fromLatin1(kMetaRetentionMaxAge), QString::number(policy.maxAgeDays)); !s)
            return s;
        return m_guard.audit(
            QStringLiteral("settings.retention"), QStringLiteral("workspace"), 0,
            QStringLiteral("%1 days after processing, %2 days at most").arg(policy.afterProcessedDays).arg(policy.maxAgeDays));
    });
}

Status InboxRules::checkRetention(const RetentionPolicy &policy)
{
    if (policy.afterProcessedDays < 0 || policy.afterProcessedDays > 3650 || policy.maxAgeDays < 1 || policy.maxAgeDays > 3650)
        return Error{Error::Code::Validation, tr("Keep copies 0 to 3650 days after processing, and 1 to 3650 days at most."), {}};
    if (policy.maxAgeDays < policy.afterProcessedDays)
        return Error{Error::Code::Validation,
                     tr("The maximum age (%1 days) cannot be shorter than the time kept after processing (%2 days).")
                         .arg(policy.maxAgeDays)
                         .arg(policy.afterProcessedDays),
                     {}};
    return {};
}

Result<std::optional<RetentionPolicy>> InboxRules::serviceRetention(RecordId serviceId)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.serviceRetention(serviceId);
}

Status InboxRules::setServiceRetention(RecordId serviceId, const std::optional<RetentionPolicy> &policy)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    if (policy)
        if (Status valid = checkRetention(*policy); !valid)
            return valid;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_submissions.setServiceRetention(serviceId, policy); !s)
            return s;
        return m_guard.audit(QStringLiteral("service.retention"), QStringLiteral("service"), serviceId,
                             policy ? QStringLiteral("%1 days after processing, %2 days at most")
                                          .arg(policy->afterProcessedDays)
                                          .arg(policy->maxAgeDays)
                                    : QStringLiteral("the workspace's"));
    });
}

Status InboxRules::setLegalHold(RecordId id, const QString &reason)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error{Error::Code::Validation,
                     tr("Say why the submission is kept (for example, the court case or the request it is kept for)."),
                     {}};
    if (why.size() > 500)
        return Error{Error::Code::Validation, tr("The reason is too long: say it in 500 characters or fewer."), {}};
    // The reason stays with the submission; the audit log (no personal data) says who held it and when.
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_submissions.setLegalHold(id, why); !s)
            return s;
        return m_guard.audit(QStringLiteral("submission.hold"), QStringLiteral("submission"), id, QString());
    });
}

Status InboxRules::liftLegalHold(RecordId id)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_submissions.setLegalHold(id, QString()); !s)
            return s;
        return m_guard.audit(QStringLiteral("submission.release"), QStringLiteral("submission"), id, QString());
    });
}

Result<QList<RecordId>> InboxRules::purgeByPolicy(bool dryRun)
{
    // The manager's policy, carried out by whoever runs Kopii (the GUI, the headless watcher):
    // keeping copies longer than the organisation decided is not a choice left to a role.
    const auto policy = retention();
    if (!policy)
        return policy.error();
    if (dryRun)
        return purgeUnchecked(policy->afterProcessedDays, policy->maxAgeDays, dryRun);
    const auto server = OfficeServer::sealsAuditLog(m_session);
    if (!server)
        return server.error();
    if (!*server)
        return purgeUnchecked(policy->afterProcessedDays, policy->maxAgeDays, dryRun);
    // On an office server the server itself runs the policy, for the watcher's role alone.
    const auto desk = OfficeServer::currentDesk(m_session);
    if (!desk)
        return desk.error();
    if (!*desk || (*desk)->role != QLatin1String("watcher"))
        return retentionIsTheWatchers();
    return m_submissions.purgeOnServer();
}

Error InboxRules::retentionIsTheWatchers()
{
    return Error{Error::Code::Denied,
                 tr("On the office server, old copies are deleted by the watcher service, by the manager's retention "
                    "policy: a desk does not delete them itself. To delete one submission now, use \"Delete\"."),
                 {}};
}

Result<QList<RecordId>> InboxRules::purge(int afterProcessedDays, int maxAgeDays, bool dryRun)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    if (!dryRun) {
        const auto server = OfficeServer::sealsAuditLog(m_session);
        if (!server)
            return server.error();
        if (*server)
            return retentionIsTheWatchers();
    }
    return purgeUnchecked(afterProcessedDays, maxAgeDays, dryRun);
}

Result<QList<RecordId>> InboxRules::purgeUnchecked(int afterProcessedDays, int maxAgeDays, bool dryRun)
{
    if (afterProcessedDays < 0 || maxAgeDays < 1)
        return Error{
            Error::Code::Validation, tr("Retention needs 0 or more days after processing and at least one day of age."), {}};
    const QDateTime now = m_guard.now();
    const auto ids = m_submissions.submissionsToPurge(now, RetentionPolicy{afterProcessedDays, maxAgeDays});
    if (!ids || dryRun || ids->isEmpty())
        return ids;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (Status r = RegisterSql(m_session).markDeleted(*ids, QStringLiteral("retention"), now); !r)
            return r;
        for (RecordId id : *ids) {
            if (Status d = m_submissions.deleteSubmission(id); !d)
                return d;
            if (Status a = m_guard.audit(QStringLiteral("submission.purge"), QStringLiteral("submission"), id, QString()); !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    if (Status scrub = m_session.scrubDeleted(); !scrub)
        return scrub.error();
    return ids;
}

} // namespace kopii
