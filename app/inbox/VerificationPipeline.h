#pragma once

#include "Domain.h"
#include "Result.h"
#include "SignatureVerifier.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

class Store;
class TrustStore;

// Verifies the received documents: those never checked, and those checked against another
// version of the trust store (after an import, say). Signatures are checked in a thread pool; the
// results are stored on the store's thread with the time and the trust store version.
class VerificationPipeline
{
    Q_DECLARE_TR_FUNCTIONS(VerificationPipeline)

public:
    // Verifies up to `limit` pending documents; returns how many.
    static Result<int> verifyPending(Store &store, const TrustStore &trust, const QDateTime &now, int limit = 500);
    // Verifies every pending document, batch after batch.
    static Result<int> verifyAllPending(Store &store, const TrustStore &trust, const QDateTime &now);
    static StoredVerification toStored(RecordId documentId, const DocumentVerification &verification);
};

} // namespace kopii
