// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Job.h"
#include "qr/PosterLayout.h"
#include "qr/SignedRequest.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace kopii {

class AccessGuard;
class Signer;

// A poster's content from the workspace: the organisation, the service at the branch and the
// code kept for that pair. The words are the state language's, whatever the UI language.
class PosterSource
{
    Q_DECLARE_TR_FUNCTIONS(PosterSource)

public:
    static Result<PosterContent> content(AccessGuard &guard, RecordId serviceId, RecordId branchId, const QDate &date);
    // Every service offered at the branch that has a code, in the order of the service list;
    // services without a code are named in `missing`.
    static Result<QList<PosterContent>> branchContents(AccessGuard &guard, RecordId branchId, const QDate &date,
                                                       QStringList *missing);
    // The claims of a signed request for the service at the branch, valid for `validDays`.
    static Result<RequestClaims> requestClaims(AccessGuard &guard, RecordId serviceId, RecordId branchId, const QDateTime &now,
                                               int validDays);
    // Issues a signed request that fits a poster with `options` (the certificate chain is left
    // out when it would not fit). Blocking (the key signs): the records are only read before.
    static Result<PosterCode> issue(const RequestClaims &claims, const PosterContent &content, Signer &signer,
                                    const PosterOptions &options, RecordId serviceId, RecordId branchId);

    // Issuing as a job (core/Job.h): the records are read now, the key signs on the job pool, the
    // code is kept on `owner`'s thread (the store's). `done` gets the kept code, or why not: at
    // once when the records do not allow a code.
    static CancelToken startIssue(QObject *owner, AccessGuard &guard, std::shared_ptr<Signer> signer, RecordId serviceId,
                                  RecordId branchId, int validDays, const PosterOptions &options,
                                  std::function<void(Result<PosterCode>)> done);

    // "4F2A-91C0": the first four bytes of SHA-256 of the code's text.
    static QString posterId(const QByteArray &qrText);
};

} // namespace kopii
