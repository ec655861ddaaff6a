#include "VerificationPipeline.h"

#include "Store.h"
#include "TrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace kopii {

StoredVerification VerificationPipeline::toStored(RecordId documentId, const DocumentVerification &v)
{
    StoredVerification s;
    s.documentId = documentId;
    s.verdict = verdictId(v.verdict);
    s.summary = v.summary;
    QJsonArray checks;
    for (const VerificationCheck &c : v.checks)
        checks << QJsonObject{{QStringLiteral("name"), c.id}, {QStringLiteral("ok"), c.ok}, {QStringLiteral("detail"), c.detail}};
    s.checksJson = QString::fromUtf8(QJsonDocument(checks).toJson(QJsonDocument::Compact));
    if (!v.signer.isNull()) {
        s.signerName = v.signer.info().holderName();
        s.signerRnokpp = v.signer.info().rnokpp;
        s.signerEdrpou = v.signer.info().edrpou;
    }
    s.signingTime = v.signingTime;
    s.verifiedAt = v.verifiedAt;
    s.trustVersion = v.trustVersion;
    return s;
}

Result<int> VerificationPipeline::verifyPending(Store &store, const TrustStore &trust, const QDateTime &now, int limit)
{
    const auto ids = store.documentsToVerify(trust.version(), limit);
    if (!ids)
        return ids.error();
    QList<DocumentCopy> documents;
    for (RecordId id : *ids) {
        const auto d = store.document(id);
        if (!d)
            return d.error();
        documents << *d;
    }
    // The checks in parallel; the store only on this thread.
    const QList<StoredVerification> results = QtConcurrent::blockingMapped(
        documents, [&trust, now](const DocumentCopy &d) {
            if (d.p7s.isEmpty()) {
                DocumentVerification unsigned_;
                unsigned_.verdict = Verdict::Invalid;
                unsigned_.summary = verdictName(Verdict::Invalid) + QStringLiteral(": ")
                                    + tr("The document came without a signature (.p7s).");
                unsigned_.checks << VerificationCheck{QStringLiteral("signature"), tr("Signature"), false,
                                                      tr("The document came without a signature (.p7s)."), Verdict::Invalid};
                unsigned_.verifiedAt = now;
                unsigned_.trustVersion = trust.version();
                return toStored(d.id, unsigned_);
            }
            return toStored(d.id, SignatureVerifier::verify(d.p7s, d.pdf, trust, now));
        });
    const Status saved = store.writeTransaction([&]() -> Status {
        for (const StoredVerification &v : results)
            if (Status s = store.saveVerification(v); !s)
                return s;
        return {};
    });
    if (!saved)
        return saved.error();
    return int(results.size());
}

Result<int> VerificationPipeline::verifyAllPending(Store &store, const TrustStore &trust, const QDateTime &now)
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
