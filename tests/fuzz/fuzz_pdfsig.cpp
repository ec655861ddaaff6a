// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures embedded in a PDF (PdfSignatures): finding them by their byte ranges in arbitrary
// bytes, and verifying what is found against a fixed trust store, offline, at a fixed time; also
// the version of the file Kopii would show. Seeds: signed PDFs (OpenSSL's tools and EU DSS's).
#include "FuzzTrust.h"
#include "crypto/PdfSignatures.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kopii::TrustStore &trust = kopii::fuzz::trust();
    QByteArray input = kopii::fuzz::bytes(data, size);
    if (!kopii::PdfSignatures::isPdf(input))
        input.prepend("%PDF-1.7\n"); // reach the scanner with any input
    const QDateTime at(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);
    const kopii::RevocationOptions offline{false, 1, nullptr};
    for (const kopii::PdfSignature &s : kopii::PdfSignatures::find(input)) {
        const QByteArray covered = s.signedBytes(input);
        if (s.problem.isEmpty() && (covered.size() != s.range[1] + s.range[3] || s.revisionEnd() > input.size()))
            __builtin_trap(); // a sound byte range always lies in the file
    }
    kopii::PdfSignatures::verify(input, trust, at, offline);
    const QByteArray shown = kopii::PdfSignatures::signedVersion(input);
    if (shown.size() > input.size() || !input.startsWith(shown))
        __builtin_trap(); // the version shown is always a prefix of the file
    return 0;
}
