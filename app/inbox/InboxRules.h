// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"
#include "core/SettingsSql.h"
#include "inbox/SubmissionSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// Received submissions and the work on them: reading (clerks and managers: they hold citizens'
// documents), marking, deleting, retention, and the audit of every look at a document.
class InboxRules
{
    Q_DECLARE_TR_FUNCTIONS(InboxRules)

public:
    explicit InboxRules(AccessGuard &guard);

    // Newest first.
    Result<QList<Submission>> submissions(int limit = 1000);
    // One submission with its documents' names, sizes and verdicts; their bytes come through
    // openDocument.
    Result<Submission> submission(RecordId id);
    // The inbox's paged, filtered and sorted view (see SubmissionSql::querySubmissions).
    Result<QList<Submission>> querySubmissions(const SubmissionQuery &query, int offset, int limit);
    Result<QList<RecordId>> submissionIds(const SubmissionQuery &query);
    Result<QList<Submission>> submissionsByIds(const QList<RecordId> &ids);
    // Marks a submission new, in work or processed. With `expectedVersion` (the Submission's
    // rowVersion as the clerk saw it), refused (Conflict) when somebody changed it since.
    Status setSubmissionState(RecordId id, const QString &state, qint64 expectedVersion = -1);
    // Deletes a submission for good, logged; `expectedVersion` as above.
    Status deleteSubmission(RecordId id, qint64 expectedVersion = -1);
    // Retention: submissions processed more than `afterProcessedDays` ago, or received more than
    // `maxAgeDays` ago, are deleted (or only listed with dryRun); a service's own retention comes
    // first, and none on legal hold. Nothing of them remains but their register entries.
    Result<QList<RecordId>> purge(int afterProcessedDays, int maxAgeDays, bool dryRun);
    // The workspace's retention policy (defaults when unset), its change (manager only, audited),
    // and a purge by it.
    Result<RetentionPolicy> retention();
    Status setRetention(const RetentionPolicy &policy);
    Result<QList<RecordId>> purgeByPolicy(bool dryRun = false);
    // A service's own retention, before the workspace's (nullopt: the workspace's); its change:
    // manager only, audited.
    Result<std::optional<RetentionPolicy>> serviceRetention(RecordId serviceId);
    Status setServiceRetention(RecordId serviceId, const std::optional<RetentionPolicy> &policy);
    // Whether a policy's days make sense (the error says what to change).
    static Status checkRetention(const RetentionPolicy &policy);
    // A legal hold keeps a submission from deletion, by a person or by retention, until a manager
    // lifts it; placed with its reason (kept with the submission, not in the audit log) by a manager.
    Status setLegalHold(RecordId id, const QString &reason);
    Status liftLegalHold(RecordId id);

    // Who looked at a citizen's document, and how: logged in the audit log.
    enum class Access { View, Save, Print, OpenExternally, Verify };
    Status recordAccess(Access access, RecordId documentId);
    // A document's bytes for a look at it, returned only once its audit entry is written (on an
    // office server by the server itself: SubmissionSql::openDocument).
    Result<DocumentCopy> openDocument(Access access, RecordId documentId);

private:
    static Error retentionIsTheWatchers();
    Result<QList<RecordId>> purgeUnchecked(int afterProcessedDays, int maxAgeDays, bool dryRun);

    AccessGuard &m_guard;
    SqlSession &m_session;
    SubmissionSql m_submissions;
    SettingsSql m_settings;
};

} // namespace kopii
