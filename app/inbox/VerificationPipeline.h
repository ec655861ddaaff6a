// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Job.h"
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
        QList<OcspAnswer> newAnswers; // fetched while checking
        // Keep each document's whole verification (certificates, every signature) in `details`,
        // in the order of `documents`: a protocol of the check needs more than what is stored.
        bool keepDetails = false;
        QList<DocumentVerification> details;
    };
    // Up to `limit` pending documents (all of `ids` instead, when given), with what checking needs.
    static Result<Batch> collect(SqlSession &store, const TrustStore &trust, int limit = 500, const QList<RecordId> &ids = {});
    // Checks the batch's documents in a thread pool; fills results and newAnswers. A cancelled
    // token skips the documents not yet begun (the batch is then not to be saved).
    static void check(Batch &batch, const TrustStore &trust, const QDateTime &now, const CancelToken &cancel = {});
    // Stores the results and the new OCSP answers in one transaction.
    static Status save(SqlSession &store, const Batch &batch, const QDateTime &now);

    // The three steps on this thread: verifies up to `limit` pending documents; returns how many.
    static Result<int> verifyPending(SqlSession &store, const TrustStore &trust, const QDateTime &now, int limit = 500);
    // Verifies every pending document, batch after batch.
    static Result<int> verifyAllPending(SqlSession &store, const TrustStore &trust, const QDateTime &now);

    // The three steps as a job (core/Job.h): collect() and check() on the job pool (collect()
    // through a reader of its own, SqlSession::readerOpener: a batch's documents run to megabytes
    // the window need not wait for), save() back on `owner`'s thread, which must be the store's.
    // `done` gets how many documents were checked (0: nothing was pending) or why not.
    static CancelToken start(QObject *owner, SqlSession &store, const TrustStore &trust, const QList<RecordId> &ids, int limit,
                             std::function<void(Result<int>)> done, const Clock &clock = Clock::system());

    // The same for documents just stored whose bytes the caller still holds (the mail sync's
    // batches, with when each was stored): only what checking needs besides them (the cached OCSP
    // answers, the online setting) is read, not the documents again.
    static CancelToken startStored(QObject *owner, SqlSession &store, const TrustStore &trust, QList<DocumentCopy> documents,
                                   QHash<RecordId, QDateTime> receivedAt, std::function<void(Result<int>)> done,
                                   const Clock &clock = Clock::system());

    // Checks documents opened from files (nothing stored): the signature viewer. Revocation is
    // asked online when `online`; `done` gets the documents with their verification filled in.
    static CancelToken startFiles(QObject *owner, QList<DocumentCopy> documents, const TrustStore &trust, bool online,
                                  std::function<void(QList<DocumentCopy>)> done, const Clock &clock = Clock::system());

    static StoredVerification toStored(RecordId documentId, const DocumentVerification &verification);
    // One document's check: its signature (or the PDF's own), or Invalid when it has none.
    static DocumentVerification verifyDocument(const DocumentCopy &document, const TrustStore &trust, const QDateTime &now,
                                               const RevocationOptions &options, const QDateTime &receivedAt);

private:
    // Fills in the batch's context: the online setting and the cached OCSP answers.
    static Status readContext(SqlSession &store, Batch &batch);
    // The job of start() and startStored(): `load` reads the batch through the job's own reader.
    static CancelToken run(QObject *owner, SqlSession &store, const TrustStore &trust,
                           std::function<Result<Batch>(SqlSession &reader)> load, std::function<void(Result<int>)> done,
                           const Clock &clock);
};

} // namespace kopii
