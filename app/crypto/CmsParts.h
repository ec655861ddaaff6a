#pragma once

// Pieces of CMS handling that signing-time checks (Cades) and received-document checks
// (SignatureVerifier) share. Internal to app/crypto.

#include "Gost34311.h"
#include "OpenSsl.h"

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

} // namespace cms
} // namespace kopii
