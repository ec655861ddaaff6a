// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accession/AccessionApplication.h"
#include "crypto/Cades.h"
#include "core/Domain.h"
#include "core/Job.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

namespace kopii {

class Certificate;
class AccessGuard;
class Signer;
class TrustStore;

// The accession application from start to end: gather the data, render the PDF, sign it
// (CAdES-BES, detached), check the signature and keep both in the workspace.
class Accession
{
    Q_DECLARE_TR_FUNCTIONS(Accession)

public:
    // The application's data from the workspace and the signing certificate (store's thread).
    static Result<AccessionData> collect(AccessGuard &guard, const Certificate &signer, const QDate &date);
    // Renders and signs. Touches only the data and the signer: run it off the UI thread (token
    // calls block). `now` becomes the signing time.
    static Result<SignedDocument> renderAndSign(const AccessionData &data, Signer &signer, const QDateTime &now);
    // Checks the signature and the signer (a manager of this workspace) and keeps the document
    // (store's thread). A signature that does not verify is never kept.
    static Result<RecordId> keep(AccessGuard &guard, const TrustStore &trust, const SignedDocument &document,
                                 const QDateTime &now);
    // renderAndSign() and keep() as a job (core/Job.h): rendering and the key's signature on the job
    // pool, keeping on `owner`'s thread (the store's). The signing time is the guard's clock.
    static CancelToken startSigning(QObject *owner, AccessGuard &guard, const TrustStore &trust, std::shared_ptr<Signer> signer,
                                    AccessionData data, std::function<void(Result<RecordId>)> done);
    // Checks a kept document's signature now.
    static Result<CadesVerification> verify(const SignedDocument &document, const TrustStore &trust, const QDateTime &now);
    // One line for the user: "Valid: signed by … on …" or what is wrong.
    static QString summary(const SignedDocument &document, const Result<CadesVerification> &verification);
};

} // namespace kopii
