// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Ingestor.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "inbox/SubmissionSql.h"

#include "core/SqlSession.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <algorithm>

namespace kopii {

Ingestor::Ingestor(SqlSession &store, const Clock &clock) : m_session(store), m_clock(clock) {}

namespace {

// SHA-256 through OpenSSL (SHA-NI / AVX2: about 1.7 GB/s here) rather than QCryptographicHash
// (portable C: about 170 MB/s), which took half of a mailbox's storing time. The same digest.
QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(),
                   nullptr)
            == 1
        && size == 32)
        return digest;
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

QByteArray Ingestor::contentHash(const QByteArray &raw)
{
    return sha256(raw);
}

const QList<Branch> *Ingestor::branches()
{
    if (!m_branches || !m_batching) {
        const auto read = OrganizationSql(m_session).branches();
        if (!read)
            return nullptr;
        m_branches = *read;
    }
    return &*m_branches;
}

const QList<Service> *Ingestor::services()
{
    if (!m_services || !m_batching) {
        const auto read = OrganizationSql(m_session).services();
        if (!read)
            return nullptr;
        m_services = *read;
    }
    return &*m_services;
}

RecordId Ingestor::branchFor(const QStringList &recipients)
{
    const QList<Branch> *branches = this->branches();
    if (!branches)
        return 0;
    for (const QString &address : recipients)
        for (const Branch &b : *branches)
            if (b.email.compare(address, Qt::CaseInsensitive) == 0)
                return b.id;
    return 0;
}

RecordId Ingestor::serviceFor(RecordId branchId, const QString &subject)
{
    // Diia names the service in the subject it drafts; the longest name found wins (so that
    // "Довідка" does not take what "Довідка про навчання" names). Only services offered at the
    // branch count when the branch is known.
    const QList<Service> *services = this->services();
    if (!services)
        return 0;
    const QString haystack = subject.simplified();
    RecordId best = 0;
    qsizetype bestLength = 0;
    for (const Service &s : *services) {
        if (branchId && !s.branchIds.contains(branchId))
            continue;
        const QString name = s.name.simplified();
        if (name.size() > bestLength && haystack.contains(name, Qt::CaseInsensitive)) {
            best = s.id;
            bestLength = name.size();
        }
    }
    return best;
}

Result<IngestResult> Ingestor::store(Submission s, const RawMessage &raw)
{
    IngestResult result;
    const auto known = SubmissionSql(m_session).hasSubmission(s.contentHash);
    if (!known)
        return known.error();
    if (*known) {
        result.duplicate = true;
        return result;
    }
    s.receivedAt = m_clock.now();
    RecordId id = 0;
    QList<RecordId> documentIds;
    const Status done = m_session.writeTransaction([&]() -> Status {
        const auto inserted = SubmissionSql(m_session).insertSubmission(s, raw, &documentIds);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        // No personal data in the log: the number, the source and the count only.
        return AuditLog(m_session).append(AuditEntry{
            0, s.receivedAt, s.source,
            s.status == Submission::Status::Failed ? QStringLiteral("submission.fail") : QStringLiteral("submission.receive"),
            QStringLiteral("submission"), id, QStringLiteral("%1 document(s)").arg(s.documents.size()), QString()});
    });
    if (!done) {
        if (done.error().code == Error::Code::Conflict) { // stored meanwhile by another sync
            result.duplicate = true;
            return result;
        }
        return done.error();
    }
    result.id = id;
    result.failed = s.status == Submission::Status::Failed;
    result.reason = s.failure;
    result.documents = int(s.documents.size());
    result.receivedAt = s.receivedAt;
    for (qsizetype i = 0; i < s.documents.size() && i < documentIds.size(); ++i) {
        DocumentCopy d = s.documents.at(i);
        d.id = documentIds.at(i);
        d.submissionId = id;
        d.pdfSize = d.pdf.size();
        d.p7sSize = d.p7s.size();
        result.stored << d;
    }
    return result;
}

Result<IngestResult> Ingestor::ingestMessage(const QByteArray &raw, const QString &source, RecordId mailboxId, RecordId branchId)
{
    return storePrepared(prepareMessage(raw, source, mailboxId, branchId));
}

Result<IngestResult> Ingestor::storePrepared(const Prepared &prepared)
{
    return store(prepared.submission, prepared.raw);
}

Ingestor::Prepared Ingestor::prepareUnreadable(const QString &reason, const QByteArray &key, const QString &source,
                                               RecordId mailboxId, RecordId branchId)
{
    Submission s;
    s.source = source;
    s.mailboxId = mailboxId;
    s.branchId = branchId;
    s.contentHash = contentHash(key);
    s.status = Submission::Status::Failed;
    s.failure = reason;
    return {s, RawMessage()};
}

Ingestor::Prepared Ingestor::prepareMessage(const QByteArray &raw, const QString &source, RecordId mailboxId, RecordId branchId)
{
    return route(read(raw), raw, source, mailboxId, branchId);
}

Ingestor::Read Ingestor::read(const QByteArray &raw)
{
    Read read{contentHash(raw), MimeParser::parse(raw), RawMessage(raw)};
    if (read.parsed && read.parsed->refused.isEmpty())
        read.stored = RawMessage::strip(raw, read.parsed->documents);
    return read;
}

Ingestor::Prepared Ingestor::route(Read read, const QByteArray &raw, const QString &source, RecordId mailboxId, RecordId branchId)
{
    Submission s;
    s.source = source;
    s.mailboxId = mailboxId;
    s.contentHash = std::move(read.contentHash);
    const auto &parsed = read.parsed;

    if (!parsed) {
        s.status = Submission::Status::Failed;
        s.failure = parsed.error().message;
        s.branchId = branchId;
        return {s, RawMessage(raw)};
    }
    s.messageId = parsed->messageId;
    s.sender = parsed->sender;
    s.senderName = parsed->senderName;
    s.subject = parsed->subject;
    s.sentAt = parsed->sentAt;
    s.recipient = parsed->recipients.value(0);
    s.branchId = branchId ? branchId : branchFor(parsed->recipients);
    s.serviceId = serviceFor(s.branchId, s.subject);
    s.documents = parsed->documents;
    if (!parsed->refused.isEmpty()) {
        s.status = Submission::Status::Failed;
        s.failure = parsed->refused;
    } else if (s.documents.isEmpty()) {
        s.status = Submission::Status::Failed;
        s.failure = tr("The message has no PDF or P7S attachments.");
    }
    return {s, std::move(read.stored)};
}

Result<IngestResult> Ingestor::ingestFiles(const QList<MimeParser::File> &input, const QString &source, const QString &label)
{
    QList<MimeParser::File> files = input;
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &f : files) {
        hash.addData(f.name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(sha256(f.data));
    }
    Submission s;
    s.source = source;
    s.contentHash = hash.result();
    s.subject = label;
    s.documents = MimeParser::pair(files);
    if (s.documents.isEmpty()) {
        s.status = Submission::Status::Failed;
        s.failure = tr("There is no PDF or P7S file among these files.");
    }
    return store(s, QByteArray());
}

} // namespace kopii
