// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signatures embedded in a PDF (ISO 32000 12.8, PAdES: ETSI EN 319 142-1): found by their byte
// ranges, without parsing the rest of the PDF, and each verified like a detached CAdES signature
// over the bytes it covers. Outside bytes: every offset is checked before it is used.

#include "crypto/Revocation.h"
#include "crypto/SignatureVerifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace kopii {

class TrustStore;

// One signature dictionary's /ByteRange and /Contents, as found in the file.
struct PdfSignature
{
    qint64 range[4] = {0, 0, 0, 0}; // /ByteRange [start1 length1 start2 length2]
    QByteArray contents;            // the signature container (/Contents, decoded, padding removed)
    QByteArray subFilter;           // "ETSI.CAdES.detached", "adbe.pkcs7.detached", "ETSI.RFC3161"…
    // Why the byte range cannot be relied on (translated); empty when it is sound: it starts at the
    // file's first byte, leaves out exactly the /Contents string of its own dictionary, and ends in
    // the file.
    QString problem;
    // The signed revision ends where the file ends (apart from trailing line ends): nothing was
    // added after signing.
    bool coversWholeFile = false;

    qint64 revisionEnd() const { return range[2] + range[3]; }
    // The bytes the signer hashed: the file without its /Contents string (empty when unsound).
    QByteArray signedBytes(const QByteArray &pdf) const;
    // The version of the file this signature signed (the whole file when nothing was added).
    QByteArray signedRevision(const QByteArray &pdf) const;
};

class PdfSignatures
{
    Q_DECLARE_TR_FUNCTIONS(PdfSignatures)

public:
    static bool isPdf(const QByteArray &data);
    // The signatures of `pdf`, in file order (at most 32; each /Contents string once).
    static QList<PdfSignature> find(const QByteArray &pdf);

    // Verifies every signature embedded in `pdf` (see SignatureVerifier::verify for the rest):
    // each is judged like a detached CAdES signature over its byte ranges, plus whether what it
    // covers is the file as received. A document timestamp (ETSI.RFC3161) is checked as one.
    // A PDF without embedded signatures gets Indeterminate with FORMAT_FAILURE.
    static DocumentVerification verify(const QByteArray &pdf, const TrustStore &trust, const QDateTime &now,
                                       const RevocationOptions &revocation = {}, const QDateTime &receivedAt = {});

    // The part of `pdf` Kopii shows for it: the largest revision a sound signature covers (the whole
    // file when nothing was added after the last signature); `pdf` itself when nothing is signed.
    static QByteArray signedVersion(const QByteArray &pdf);
};

} // namespace kopii
