// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Job.h"
#include "inbox/VerificationPipeline.h"
#include "records/VerificationProtocol.h"

#include <QCoreApplication>

namespace kopii {

class AccessGuard;
class SqlSession;
class TrustStore;

// A stored submission's protocol: its documents checked again now, as the official checkers do,
// judged at the time Kopii received them (its proof that they existed then). The new
// verifications are stored too, so that the inbox shows what the protocol says.
//
// Three steps, as VerificationPipeline's: collect() and save() on the store's thread, check()
// on any (it may ask OCSP responders).
class ProtocolSource
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolSource)

public:
    struct Prepared
    {
        ProtocolContext context;
        VerificationPipeline::Batch batch;
        QList<ProtocolDocument> documents; // after check()
    };

    // The submission's documents (every one, or only `documentId`), each opened for a logged
    // look ("verify"): a clerk's or manager's right.
    static Result<Prepared> collect(AccessGuard &guard, const TrustStore &trust, RecordId submissionId, RecordId documentId = 0);
    static void check(Prepared &prepared, const TrustStore &trust, const QDateTime &now);
    static Status save(SqlSession &store, const Prepared &prepared, const QDateTime &now);

    // The three steps on this thread.
    static Result<Prepared> make(AccessGuard &guard, const TrustStore &trust, RecordId submissionId, RecordId documentId,
                                 const QDateTime &now);
    // collect() here, check() and the PDF and XML on the job pool, save() back on `owner`'s
    // thread (the store's); `done` gets the protocol or why not.
    struct Files
    {
        Prepared prepared;
        QByteArray pdf;
        QByteArray xml;
    };
    static CancelToken start(QObject *owner, AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                             RecordId documentId, std::function<void(Result<Files>)> done, const Clock &clock = Clock::system());

    // What a protocol says it was checked against (the trust store, the trusted list, the
    // organisation), for files checked by hand as well.
    static Result<ProtocolContext> context(SqlSession &store, const TrustStore &trust, const QDateTime &now);
    // "protocol-12" or "protocol-12-3" (submission, document): the protocol's file name, no extension.
    static QString baseName(RecordId submissionId, RecordId documentId = 0);
};

} // namespace kopii
