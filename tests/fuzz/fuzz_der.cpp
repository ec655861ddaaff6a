// SPDX-License-Identifier: GPL-3.0-or-later
// DER/ASN.1 readers of certificates and DSTU 4145 keys: Kopii's own (subjectPublicKeyInfo, the
// national key and its curve, the signature check of a self-signed certificate) and OpenSSL's
// through Certificate.
#include "crypto/Certificate.h"
#include "crypto/national/Dstu4145.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kopii::fuzz::bytes(data, size);
    if (const auto certificate = kopii::Certificate::fromDer(input))
        (void)certificate->info();
    (void)kopii::Certificate::parseAll(input);
    if (const auto spki = kopii::Dstu4145Key::subjectPublicKeyInfo(input))
        (void)kopii::Dstu4145Key::fromSubjectPublicKeyInfo(*spki);
    (void)kopii::Dstu4145Key::fromSubjectPublicKeyInfo(input);
    if (const auto key = kopii::Dstu4145Key::ofCertificate(input))
        (void)(*key)->verifyCertificate(input);
    return 0;
}
