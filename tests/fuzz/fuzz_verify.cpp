// SPDX-License-Identifier: GPL-3.0-or-later
// Signature verification of arbitrary bytes against a fixed trust store (the real ЦЗО root and
// Diia CA), offline, at a fixed time: as an attached signature, and split into content and a
// detached signature at a place the input chooses. DER, BER, PEM and base64 inputs all reach it
// (the seeds hold each).
#include "FuzzTrust.h"
#include "crypto/SignatureVerifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kopii::TrustStore &trust = kopii::fuzz::trust();
    const QByteArray input = kopii::fuzz::bytes(data, size);
    const QDateTime at(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);
    const kopii::RevocationOptions offline{false, 1, nullptr};
    kopii::SignatureVerifier::verify(input, QByteArray(), trust, at, offline);
    if (size > 2) {
        const qsizetype split = qsizetype(data[0]) * qsizetype(size) / 256;
        kopii::SignatureVerifier::verify(input.mid(split), input.left(split), trust, at, offline);
    }
    return 0;
}
