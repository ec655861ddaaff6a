#pragma once

// Pieces of CMS handling that signing-time checks (Cades) and received-document checks
// (SignatureVerifier) share. Internal to app/crypto.

#include "OpenSsl.h"

namespace kopii {

class Certificate;

namespace cms {

// A CMS SignedData in DER, PEM or base64 (as some mail clients save .p7s); null when none.
ossl::Cms read(const QByteArray &data);

// Whether the signed ESS signingCertificateV2 (or v1) attribute names `signer`.
bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer);

} // namespace cms
} // namespace kopii
