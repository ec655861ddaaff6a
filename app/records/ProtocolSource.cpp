// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/ProtocolSource.h"

#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"
#include "core/SettingsSql.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "inbox/InboxRules.h"

namespace kopii {

Result<ProtocolContext> ProtocolSource::context(SqlSession &store, const TrustStore &trust, const QDateTime &now)
{
    ProtocolContext c;
    c.checkedAt = now.toUTC();
    c.trustVersion = trust.version();
    const auto sequence = SettingsSql(store).meta(QLatin1String(kMetaTlSequence));
    if (!sequence)
        return sequence.error();
    bool number = false;
    const qint64 n = sequence->toLongLong(&number);
    c.tlSequence = number ? n : -1;
    const auto issued = SettingsSql(store).meta(QLatin1String(kMetaTlIssued));
    if (!issued)
        return issued.error();
    c.tlIssued = QDateTime::fromString(*issued, Qt::ISODate);
    const auto organization = OrganizationSql(store).organization();
    if (!organization)
        return organization.error();
    if (*organization)
        c.organization = (*organization)->name;
    return c;
}

QString ProtocolSource::baseName(RecordId submissionId, RecordId documentId)
{
    return documentId > 0 ? QStringLiteral("protocol-%1-%2").arg(submissionId).arg(documentId)
                          : QStringLiteral("protocol-%1").arg(submissionId);
}

Result<ProtocolSource::Prepared> ProtocolSource::collect(AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                                                         RecordId documentId)
{
    InboxRules rules(guard);
    const auto submission = rules.submission(submissionId);
    if (!submission)
        return submission.error();
    if (submission->status == Submission::Status::Failed || submission->documents.isEmpty())
        return Error{Error::Code::Validation,
                     tr("Submission %1 holds no document to check: %2")
                         .arg(submissionId)
                         .arg(submission->failure.isEmpty() ? tr("the message carried none.") : submission->failure),
                     {}};
    Prepared p;
    const auto context = ProtocolSource::context(guard.session(), trust, QDateTime::currentDateTimeUtc());
    if (!context)
        return context.error();
    p.context = *context;
    p.context.submissionId = submission->id;
    p.context.registrationNumber = submission->registrationNumber;
    p.context.sender = submission->sender;
    p.context.senderName = submission->senderName;
    p.context.recipient = submission->recipient;
    p.context.receivedAt = submission->receivedAt;
    for (const DocumentCopy &listed : submission->documents) {
        if (documentId > 0 && listed.id != documentId)
            continue;
        const auto opened = rules.openDocument(InboxRules::Access::Verify, listed.id);
        if (!opened)
            return opened.error();
        p.batch.documents << *opened;
        p.batch.receivedAt.insert(opened->id, submission->receivedAt);
    }
    if (p.batch.documents.isEmpty())
        return Error{Error::Code::NotFound, tr("Submission %1 has no document %2.").arg(submissionId).arg(documentId), {}};
    const auto online = SettingsSql(guard.session()).meta(VerificationPipeline::onlineSetting());
    if (!online)
        return online.error();
    p.batch.online = *online != QLatin1String("0");
    p.batch.keepDetails = true;
    return p;
}

void ProtocolSource::check(Prepared &p, const TrustStore &trust, const QDateTime &now)
{
    VerificationPipeline::check(p.batch, trust, now);
    p.context.checkedAt = now.toUTC();
    p.documents.clear();
    for (qsizetype i = 0; i < p.batch.documents.size() && i < p.batch.details.size(); ++i)
        p.documents << ProtocolDocument::from(p.batch.documents[i], p.batch.details[i]);
}

Status ProtocolSource::save(SqlSession &store, const Prepared &p, const QDateTime &now)
{
    const auto direct = SubmissionSql(store).readsBytesDirectly();
    if (!direct)
        return direct.error();
    // A person's desk on an office server does not write verifications: the watcher does.
    if (!*direct)
        return {};
    return VerificationPipeline::save(store, p.batch, now);
}

Result<ProtocolSource::Prepared> ProtocolSource::make(AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                                                      RecordId documentId, const QDateTime &now)
{
    auto p = collect(guard, trust, submissionId, documentId);
    if (!p)
        return p.error();
    check(p.value(), trust, now);
    if (Status s = save(guard.session(), *p, now); !s)
        return s.error();
    return p;
}

CancelToken ProtocolSource::start(QObject *owner, AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                                  RecordId documentId, std::function<void(Result<Files>)> done, const Clock &clock)
{
    auto p = collect(guard, trust, submissionId, documentId);
    if (!p) {
        done(p.error());
        return {};
    }
    SqlSession *store = &guard.session();
    return Jobs::run(
        owner,
        [prepared = std::move(p).value(), &trust, &clock](const CancelToken &) mutable -> Result<Files> {
            Files f;
            check(prepared, trust, clock.now());
            const auto pdf = VerificationProtocol::pdf(prepared.context, prepared.documents);
            if (!pdf)
                return pdf.error();
            f.pdf = *pdf;
            f.xml = VerificationProtocol::etsiXml(prepared.context, prepared.documents);
            f.prepared = std::move(prepared);
            return f;
        },
        [store, done = std::move(done), &clock](Result<Files> files) {
            if (files)
                if (Status s = save(*store, files->prepared, clock.now()); !s) {
                    done(s.error());
                    return;
                }
            done(std::move(files));
        });
}

} // namespace kopii
