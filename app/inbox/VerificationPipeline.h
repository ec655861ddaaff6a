#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "crypto/SignatureVerifier.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

class SqlSession;
class TrustStore;

// Verifies the received documents: those never checked, and those checked against another
// version of the trust store (after an import, say). Signatures are checked in a thread pool; the
// results are stored on the store's thread with the time and the trust store version.
//
// Three steps, so that a GUI keeps the store on its thread and the checks (which may ask OCSP
// responders over the network) off it: collect() and save() on the store's thread, check() on any.
class VerificationPipeline
{
    Q_DECLARE_TR_FUNCTIONS(VerificationPipeline)

public:
    // Workspace setting (Store::meta): "0" when revocation must not be asked online.
    static QString onlineSetting() { return QString::fromLatin1(kMetaRevocationOnline); }

    struct Batch
    {
        QList<DocumentCopy> documents;
        // When Kopii stored each document's submission: its proof that the signature existed then.
        QHash<RecordId, QDateTime> receivedAt;
        QList<OcspAnswer> ocspAnswers; // the workspace's cached answers
        bool online = true;
        QList<StoredVerification> results;
        QList<OcspAnswer> newAnswers;   // fetched while checking
    };
    // Up to `limit` pending documents (all of `ids` instead, when given), with what checking needs.
    static Result<Batch> collect(SqlSession &store, const TrustStore &trust, int limit = 500, const QList<RecordId> &ids = {});
    // Checks the batch's documents in a thread pool; fills results and newAnswers.
    static void check(Batch &batch, const TrustStore &trust, const QDateTime &now);
    // Stores the results and the new OCSP answers in one transaction.
    static Status save(SqlSession &store, const Batch &batch, const QDateTime &now);

    // The three steps on this thread: verifies up to `limit` pending documents; returns how many.
    static Result<int> verifyPending(SqlSession &store, const TrustStore &trust, const QDateTime &now, int limit = 500);
    // Verifies every pending document, batch after batch.
    static Result<int> verifyAllPending(SqlSession &store, const TrustStore &trust, const QDateTime &now);
    static StoredVerification toStored(RecordId documentId, const DocumentVerification &verification);
};

} // namespace kopii
