// SPDX-License-Identifier: GPL-3.0-or-later
// What a scanned code carries: Base45, zlib-compressed COSE_Sign1, the signed request's claims
// (CBOR), and the whole signed-request check against the trust store.
#include "qr/Base45.h"
#include "qr/CoseSign1.h"
#include "FuzzTrust.h"
#include "qr/SignedRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kopii::fuzz::bytes(data, size);
    (void)kopii::Base45::decode(input);
    (void)kopii::CoseSign1::decode(input);
    (void)kopii::SignedRequest::decodeClaims(input);
    (void)kopii::SignedRequest::verify(QString::fromUtf8(input), kopii::fuzz::trust(),
                                       QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    return 0;
}
