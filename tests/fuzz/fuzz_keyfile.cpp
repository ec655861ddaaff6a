// SPDX-License-Identifier: GPL-3.0-or-later
// Key containers a user opens: PKCS#12 (OpenSSL's and the national one), JKS, IIT Key-6.dat; the
// password is fixed, so the fuzzer explores the containers' structure, not the cipher.
#include "FuzzSupport.h"
#include "crypto/KeyFile.h"
#include "crypto/national/NationalKeyFile.h"
#include "core/Secret.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kopii::fuzz::application();
    const QByteArray input = kopii::fuzz::bytes(data, size);
    const kopii::Secret password(QByteArray("tect4"));
    if (kopii::NationalKeyFile::isJks(input))
        (void)kopii::NationalKeyFile::openJks(input, password);
    if (kopii::NationalKeyFile::isNationalPkcs12(input))
        (void)kopii::NationalKeyFile::openPkcs12(input, password);
    if (kopii::NationalKeyFile::isIit(input))
        (void)kopii::NationalKeyFile::openIit(input, password);
    (void)kopii::KeyFile::openData(input, QStringLiteral("key.p12"), password);
    return 0;
}
