// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Result.h"
#include "crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace kopii {

class Signer;

// What a signed request asks: who (organisation, branch with the e-mail that receives the
// copies), for which service, which documents, and for how long. docs/formats/signed-request.md
// describes the encoding precisely.
struct RequestClaims
{
    QString organizationName;
    QString organizationCode; // ЄДРПОУ (legal entity) or РНОКПП (ФОП)
    bool legalEntity = true;
    QString branchName;
    QString branchAddress;
    QString branchEmail;
    QString serviceName;
    QStringList documents; // document kind codes
    QDateTime issued;      // UTC, whole seconds
    QDateTime expires;     // UTC, whole seconds
    QByteArray requestId;  // 8 random bytes

    bool operator==(const RequestClaims &) const = default;
};

// The outcome of checking a signed request.
struct SignedRequestCheck
{
    enum class Verdict { Valid, Invalid, Unreadable };
    Verdict verdict = Verdict::Unreadable;
    QString reason;       // translated; empty when valid
    RequestClaims claims; // when readable
    Certificate signer;   // when known
    QByteArray kid;
    ChainResult chain;
    bool chainEmbedded = false;
};

// Kopii's signed requests: "KQR1:" + Base45(zlib(COSE_Sign1(CBOR claims))), like the EU Digital
// COVID Certificate. Anyone can check a poster offline with the signer's certificate and the
// trust store.
class SignedRequest
{
    Q_DECLARE_TR_FUNCTIONS(SignedRequest)

public:
    static constexpr const char *kPrefix = "KQR1:";

    // Checks a request: readable, signature intact, signer known, trusted, qualified and of the
    // organisation named, valid at `now`.
    static SignedRequestCheck verify(const QString &text, const TrustStore &trust, const QDateTime &now);

    static QByteArray kidOf(const Certificate &certificate); // SHA-256 of the DER, first 8 bytes
    static QByteArray encodeClaims(const RequestClaims &claims);
    static Result<RequestClaims> decodeClaims(const QByteArray &cbor);
};

} // namespace kopii
