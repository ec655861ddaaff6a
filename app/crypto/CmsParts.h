// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces of CMS handling that signing-time checks (Cades) and received-document checks
// (SignatureVerifier) share. Internal to app/crypto.

#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

namespace kopii {

class Certificate;

namespace cms {

// A CMS SignedData in DER, PEM or base64 (as some mail clients save .p7s); null when none.
ossl::Cms read(const QByteArray &data);

// Whether the signed ESS signingCertificateV2 (or v1) attribute names `signer`.
bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer);

// The same for Ukrainian signatures, whose signingCertificateV2 hashes the certificate with
// GOST 34.311 (with `sbox`), Kupyna or SHA-256.
bool bindsCertificateNational(CMS_SignerInfo *si, const Certificate &signer, const Gost28147::SBox &sbox);

// The DER of a signer's signed attributes as they were signed (a SET OF); empty when there are none.
QByteArray signedAttributes(CMS_SignerInfo *si);

// A DSTU 4145 signer checked by Kopii's own code (OpenSSL's CMS cannot): its digest algorithm
// (GOST 34.311 or Kupyna), the signature over the signed attributes (as a SET OF; over `content`
// itself when there are none), and the messageDigest attribute against `content`.
struct NationalSignerCheck
{
    std::optional<NationalHash> hash; // nullopt: the digest algorithm (digestOid) is not a national one
    QString digestOid;
    bool signatureOk = false;
    bool digestOk = false;
};
NationalSignerCheck checkNationalSigner(CMS_SignerInfo *si, const Dstu4145Key &key, const QByteArray &content);

} // namespace cms
} // namespace kopii
