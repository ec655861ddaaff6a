// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kopii {

class Certificate;
class Signer;

// COSE_Sign1 (RFC 9052) with the algorithms Kopii's keys make: ES256 and RS256 (RFC 8812).
// Headers: alg (1) protected; kid (4) and x5chain (33, RFC 9360) unprotected.
struct CoseSign1
{
    Q_DECLARE_TR_FUNCTIONS(CoseSign1)

public:
    static constexpr qint64 kEs256 = -7;
    static constexpr qint64 kRs256 = -257;

    QByteArray protectedHeader; // the serialized protected header map, as signed
    qint64 alg = 0;
    QByteArray kid;
    QList<QByteArray> x5chain; // DER certificates, the signer's first
    QByteArray payload;
    QByteArray signature; // raw: r||s for ECDSA, the PKCS#1 block for RSA

    // The bytes signed: Sig_structure ["Signature1", protected, external_aad = h'', payload].
    QByteArray toBeSigned() const;
    // Tagged (18) COSE_Sign1.
    QByteArray encode() const;
    // Accepts the tagged or untagged form; refuses trailing bytes and malformed structures.
    static Result<CoseSign1> decode(const QByteArray &cbor);

    // Checks the signature with a certificate's key or a bare public key (SPKI DER).
    Status verify(const Certificate &certificate) const;
    Status verifyWithPublicKey(const QByteArray &spkiDer) const;
};

} // namespace kopii
