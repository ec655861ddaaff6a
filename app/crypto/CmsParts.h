#pragma once

// Pieces of CMS handling that signing-time checks (Cades) and received-document checks
// (SignatureVerifier) share. Internal to app/crypto.

#include "OpenSsl.h"

#include <functional>

namespace kopii {

class Certificate;

namespace cms {

// A CMS SignedData in DER, PEM or base64 (as some mail clients save .p7s); null when none.
ossl::Cms read(const QByteArray &data);

// Whether the signed ESS signingCertificateV2 (or v1) attribute names `signer`.
bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer);

// The same for Ukrainian signatures, whose signingCertificateV2 hashes the certificate with
// GOST 34.311 (1.2.804.2.1.1.1.1.2.1; `gost` computes it) or SHA-256.
bool bindsCertificateNational(CMS_SignerInfo *si, const Certificate &signer,
                              const std::function<QByteArray(const QByteArray &)> &gost);

// The DER of the one signer's signed attributes as they were signed (the [0] IMPLICIT set
// re-tagged as a SET OF), read from the encoded SignedData; empty when there are none.
QByteArray signedAttributes(CMS_ContentInfo *cms);

} // namespace cms
} // namespace kopii
