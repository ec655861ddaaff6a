// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/VerificationPipeline.h"

#include "crypto/PdfSignatures.h"
#include "core/SettingsSql.h"
#include "inbox/SubmissionSql.h"
#include "crypto/TrustSql.h"

#include "core/SqlSession.h"
#include "crypto/TrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace kopii {

StoredVerification VerificationPipeline::toStored(RecordId documentId, const DocumentVerification &v)
{
    StoredVerification s;
    s.documentId = documentId;
    s.verdict = verdictId(v.verdict);
    s.summary = v.summary;
    // The checks; for a file of several signatures, each signature's under a heading of its own
    // ("signature-of": its place, verdict and signer), its checks marked with its place.
    // Each signature's CAdES form comes first, as information ("info": no check passed or failed).
    QJsonArray checks;
    const auto addChecks = [&checks](const DocumentVerification &one) {
        if (!one.level.isEmpty()) {
            QJsonObject form{{QStringLiteral("name"), QStringLiteral("form")},
                             {QStringLiteral("ok"), true},
                             {QStringLiteral("info"), true},
                             {QStringLiteral("detail"), tr("Form: %1").arg(one.level)}};
            if (!one.place.isEmpty())
                form.insert(QStringLiteral("signature"), one.place);
            checks << form;
        }
        for (const VerificationCheck &c : one.checks) {
            QJsonObject o{{QStringLiteral("name"), c.id}, {QStringLiteral("ok"), c.ok}, {QStringLiteral("detail"), c.detail}};
            if (!one.place.isEmpty())
                o.insert(QStringLiteral("signature"), one.place);
            checks << o;
        }
    };
    if (v.signatures.empty())
        addChecks(v);
    for (const DocumentVerification &one : v.signatures) {
        const QString who = one.signer.isNull() ? tr("an unknown signer") : one.signer.info().holderName();
        const bool holds = one.verdict == Verdict::Valid || one.verdict == Verdict::ValidWithWarnings;
        checks << QJsonObject{
            {QStringLiteral("name"), QStringLiteral("signature-of")},
            {QStringLiteral("ok"), holds},
            {QStringLiteral("signature"), one.place},
            {QStringLiteral("verdict"), verdictId(one.verdict)},
            {QStringLiteral("detail"), tr("%1 — %2, signed by %3").arg(one.place, verdictName(one.verdict), who)}};
        addChecks(one);
    }
    s.checksJson = QString::fromUtf8(QJsonDocument(checks).toJson(QJsonDocument::Compact));
    if (!v.signer.isNull()) {
        s.signerName = v.signer.info().holderName();
        s.signerRnokpp = v.signer.info().rnokpp;
        s.signerEdrpou = v.signer.info().edrpou;
    }
    s.signingTime = v.signingTime;
    s.timestamp = v.timestampTime;
    s.algorithm = v.algorithm;
    s.indication = v.indication;
    s.subIndication = v.subIndication;
    s.poe = poeId(v.poe);
    s.poeTime = v.poeTime;
    if (!v.signer.isNull())
        s.issuer = v.signer.info().issuerCommonName;
    for (const Certificate &c : v.chain.path)
        s.chain << c.info().holderName();
    s.verifiedAt = v.verifiedAt;
    s.trustVersion = v.trustVersion;
    return s;
}

Result<VerificationPipeline::Batch> VerificationPipeline::collect(SqlSession &store, const TrustStore &trust, int limit,
                                                                  const QList<RecordId> &ids)
{
    Batch batch;
    QList<RecordId> wanted = ids;
    const auto direct = SubmissionSql(store).readsBytesDirectly();
    if (!direct)
        return direct.error();
    if (!*direct) {
        // A person's desk on an office server: the watcher checks what arrives (and again after a
        // change of trust); a desk gets bytes only through a logged look (start() with ids).
        if (!wanted.isEmpty())
            return Error{Error::Code::Internal, QStringLiteral("documents to check need opening first"), {}};
        return batch;
    }
    if (wanted.isEmpty()) {
        const auto pending = SubmissionSql(store).documentsToVerify(trust.version(), limit);
        if (!pending)
            return pending.error();
        wanted = *pending;
    }
    for (RecordId id : std::as_const(wanted)) {
        const auto d = SubmissionSql(store).document(id);
        if (!d)
            return d.error();
        batch.documents << *d;
    }
    if (batch.documents.isEmpty())
        return batch;
    QList<RecordId> submissionIds;
    for (const DocumentCopy &d : std::as_const(batch.documents))
        if (!submissionIds.contains(d.submissionId))
            submissionIds << d.submissionId;
    const auto submissions = SubmissionSql(store).submissionsByIds(submissionIds);
    if (!submissions)
        return submissions.error();
    QHash<RecordId, QDateTime> received;
    for (const Submission &s : *submissions)
        received.insert(s.id, s.receivedAt);
    for (const DocumentCopy &d : std::as_const(batch.documents))
        batch.receivedAt.insert(d.id, received.value(d.submissionId));
    if (Status s = readContext(store, batch); !s)
        return s.error();
    return batch;
}

Status VerificationPipeline::readContext(SqlSession &store, Batch &batch)
{
    const auto online = SettingsSql(store).meta(onlineSetting());
    if (!online)
        return online.error();
    batch.online = *online != QLatin1String("0");
    const auto answers = TrustSql(store).ocspAnswers();
    if (!answers)
        return answers.error();
    batch.ocspAnswers = *answers;
    return {};
}

DocumentVerification VerificationPipeline::verifyDocument(const DocumentCopy &d, const TrustStore &trust, const QDateTime &now,
                                                          const RevocationOptions &options, const QDateTime &receivedAt)
{
    if (d.p7s.isEmpty() && PdfSignatures::find(d.pdf).isEmpty()) {
        DocumentVerification unsigned_;
        unsigned_.verdict = Verdict::Invalid;
        unsigned_.indication = QStringLiteral("TOTAL_FAILED");
        unsigned_.subIndication = QStringLiteral("FORMAT_FAILURE");
        unsigned_.poeTime = now;
        unsigned_.summary = verdictName(Verdict::Invalid) + QStringLiteral(": ")
            + tr("The document came without a signature (.p7s) and carries none of its own.");
        unsigned_.checks << VerificationCheck{QStringLiteral("signature"), tr("Signature"), false,
                                              tr("The document came without a signature (.p7s) and carries none of its own."),
                                              Verdict::Invalid};
        unsigned_.verifiedAt = now;
        unsigned_.trustVersion = trust.version();
        return unsigned_;
    }
    return SignatureVerifier::verify(d.p7s, d.pdf, trust, now, options, receivedAt);
}

void VerificationPipeline::check(Batch &batch, const TrustStore &trust, const QDateTime &now, const CancelToken &cancel)
{
    OcspCache cache;
    cache.preload(batch.ocspAnswers);
    const RevocationOptions options{batch.online, 8, &cache};
    // The checks in parallel, on the pool that gives way to a download and the window; the store
    // only on its own thread.
    const QHash<RecordId, QDateTime> received = batch.receivedAt;
    const QList<std::optional<DocumentVerification>> all = QtConcurrent::blockingMapped(
        Jobs::backgroundPool(), batch.documents,
        [&trust, now, options, received, cancel](const DocumentCopy &d) -> std::optional<DocumentVerification> {
            Jobs::inBackground();
            if (cancel.cancelled())
                return std::nullopt;
            return verifyDocument(d, trust, now, options, received.value(d.id));
        });
    batch.results.clear();
    batch.details.clear();
    for (qsizetype i = 0; i < all.size(); ++i) {
        // A document the cancelled token skipped has no verification.
        batch.results << (all[i] ? toStored(batch.documents[i].id, *all[i]) : StoredVerification{});
        if (batch.keepDetails)
            batch.details << all[i].value_or(DocumentVerification{});
    }
    batch.newAnswers = cache.takeNew();
}

Status VerificationPipeline::save(SqlSession &store, const Batch &batch, const QDateTime &now)
{
    return store.writeTransaction([&]() -> Status {
        if (Status s = SubmissionSql(store).saveVerifications(batch.results); !s)
            return s;
        if (!batch.newAnswers.isEmpty())
            if (Status s = TrustSql(store).saveOcspAnswers(batch.newAnswers, now); !s)
                return s;
        return {};
    });
}

CancelToken VerificationPipeline::start(QObject *owner, SqlSession &store, const TrustStore &trust, const QList<RecordId> &ids,
                                        int limit, std::function<void(Result<int>)> done, const Clock &clock)
{
    if (!ids.isEmpty()) {
        // A desk of an office server opens the documents it is asked to check again through the
        // server's function (a logged look, "verify"), here on the store's thread.
        const auto direct = SubmissionSql(store).readsBytesDirectly();
        if (direct && !*direct) {
            QList<DocumentCopy> documents;
            for (RecordId id : ids) {
                const auto d = SubmissionSql(store).openDocument(id, QStringLiteral("verify"), [] { return Status(); });
                if (!d) {
                    done(d.error());
                    return {};
                }
                documents << *d;
            }
            QList<RecordId> submissionIds;
            for (const DocumentCopy &d : std::as_const(documents))
                if (!submissionIds.contains(d.submissionId))
                    submissionIds << d.submissionId;
            const auto submissions = SubmissionSql(store).submissionsByIds(submissionIds);
            if (!submissions) {
                done(submissions.error());
                return {};
            }
            QHash<RecordId, QDateTime> receivedAt;
            for (const DocumentCopy &d : std::as_const(documents))
                for (const Submission &s : *submissions)
                    if (s.id == d.submissionId)
                        receivedAt.insert(d.id, s.receivedAt);
            return startStored(owner, store, trust, documents, receivedAt, std::move(done), clock);
        }
    }
    return run(
        owner, store, trust, [&trust, ids, limit](SqlSession &reader) { return collect(reader, trust, limit, ids); },
        std::move(done), clock);
}

CancelToken VerificationPipeline::startStored(QObject *owner, SqlSession &store, const TrustStore &trust,
                                              QList<DocumentCopy> documents, QHash<RecordId, QDateTime> receivedAt,
                                              std::function<void(Result<int>)> done, const Clock &clock)
{
    return run(
        owner, store, trust,
        [documents = std::move(documents), receivedAt = std::move(receivedAt)](SqlSession &reader) -> Result<Batch> {
            Batch batch;
            batch.documents = documents;
            batch.receivedAt = receivedAt;
            if (Status s = readContext(reader, batch); !s)
                return s.error();
            return batch;
        },
        std::move(done), clock);
}

CancelToken VerificationPipeline::run(QObject *owner, SqlSession &store, const TrustStore &trust,
                                      std::function<Result<Batch>(SqlSession &reader)> load,
                                      std::function<void(Result<int>)> done, const Clock &clock)
{
    // The batch is read and checked on the worker, through a connection of its own; only the
    // results come back to the store's thread.
    return Jobs::run(
        owner,
        [openReader = store.readerOpener(), &trust, load = std::move(load), &clock](const CancelToken &cancel) -> Result<Batch> {
            const auto reader = openReader();
            if (!reader)
                return reader.error();
            auto loaded = load(**reader);
            if (!loaded)
                return loaded.error();
            Batch batch = std::move(loaded).value();
            if (!batch.documents.isEmpty())
                check(batch, trust, clock.now(), cancel);
            return batch;
        },
        [&store, &clock, done = std::move(done)](Result<Batch> batch) {
            if (!batch)
                return done(batch.error());
            if (batch->documents.isEmpty())
                return done(0);
            if (Status s = save(store, *batch, clock.now()); !s)
                return done(s.error());
            done(int(batch->results.size()));
        });
}

CancelToken VerificationPipeline::startFiles(QObject *owner, QList<DocumentCopy> documents, const TrustStore &trust, bool online,
                                             std::function<void(QList<DocumentCopy>)> done, const Clock &clock)
{
    return Jobs::run(
        owner,
        [documents = std::move(documents), &trust, online, &clock](const CancelToken &cancel) mutable {
            OcspCache cache;
            const QDateTime now = clock.now();
            for (DocumentCopy &d : documents) {
                if (cancel.cancelled())
                    break;
                d.verification = toStored(d.id, SignatureVerifier::verify(d.p7s, d.pdf, trust, now, {online, 8, &cache}));
            }
            return documents;
        },
        std::move(done));
}

Result<int> VerificationPipeline::verifyPending(SqlSession &store, const TrustStore &trust, const QDateTime &now, int limit)
{
    auto collected = collect(store, trust, limit);
    if (!collected)
        return collected.error();
    Batch batch = std::move(collected).value();
    if (batch.documents.isEmpty())
        return 0;
    check(batch, trust, now);
    if (Status s = save(store, batch, now); !s)
        return s.error();
    return int(batch.results.size());
}

Result<int> VerificationPipeline::verifyAllPending(SqlSession &store, const TrustStore &trust, const QDateTime &now)
{
    int total = 0;
    for (;;) {
        const auto n = verifyPending(store, trust, now);
        if (!n)
            return n.error();
        total += *n;
        if (*n == 0)
            return total;
    }
}

} // namespace kopii
