// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RFC 3161 signature timestamps (CAdES-T): the token a time-stamping authority puts over a
// signature's value, carried as the unsigned attribute id-aa-signatureTimeStampToken.

#include "crypto/Certificate.h"
#include "core/Result.h"
#include "crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <openssl/cms.h>

namespace kopii {

struct TimestampResult
{
    enum class State {
        Absent,      // the signature carries no timestamp
        Valid,       // the token is sound, over this signature, by a trusted time-stamping authority
        Untrusted,   // a sound token, but its authority is not trusted: its time proves nothing
        Unsupported, // an algorithm Kopii cannot check yet (DSTU 4145 for now)
        Invalid,     // damaged, forged, or over another signature
    };
    State state = State::Absent;
    QDateTime time;              // genTime, UTC (set whenever the token could be read)
    Certificate authority;       // the TSA's certificate, when found
    QString detail;              // translated, why (for every state but Absent)
    bool imprintChecked = false; // the token was sound enough to compare its message imprint
    bool imprintMatches = false; // the token's message imprint is over what it should cover
};

class Timestamp
{
    Q_DECLARE_TR_FUNCTIONS(Timestamp)

public:
    // Checks the signature timestamp of `si` (if any): the token's own signature, that its imprint
    // is the hash of this signer's signature value, and the authority's certificate: chained in
    // `trust` at the token's time and meant for time-stamping.
    static TimestampResult verify(CMS_SignerInfo *si, const TrustStore &trust);
    // Checks the content timestamp of `si` (CAdES signed attribute id-aa-ets-contentTimestamp), if
    // any, the same way, its imprint over `content`: it proves the document existed at its time
    // (before the signature was made), not when the signature was made.
    static TimestampResult verifyContent(CMS_SignerInfo *si, const QByteArray &content, const TrustStore &trust);

    // Checks a document timestamp (PAdES: a PDF signature of SubFilter ETSI.RFC3161): the token
    // `token` (DER ContentInfo), its imprint over `covered` (the PDF's signed bytes).
    static TimestampResult verifyDocument(const QByteArray &token, const QByteArray &covered, const TrustStore &trust);

    // Checks an archive timestamp (CAdES-A: archive-time-stamp v2 or v3): the token (DER
    // ContentInfo), its imprint over `covered` (what ArchiveTimestamps assembles).
    static TimestampResult verifyArchive(const QByteArray &token, const QByteArray &covered, const TrustStore &trust);
    // The time a token states (genTime, UTC); invalid when it is no token.
    static QDateTime tokenTime(const QByteArray &token);
    // `data` hashed with the algorithm of the token's message imprint; empty when unknown.
    static QByteArray imprintDigest(const QByteArray &token, const QByteArray &data);

    // The signature value of the (single) signer of a CMS signature: what a timestamp covers.
    static Result<QByteArray> signatureValue(const QByteArray &p7s);
    // Adds an RFC 3161 token (a DER ContentInfo, `openssl ts -reply -token_out`) to the single
    // signer of `p7s` as its signature timestamp; returns the new DER signature.
    static Result<QByteArray> attachToken(const QByteArray &p7s, const QByteArray &token);

private:
    enum class Covers { Signature, Content, Document, Archive };
    static QByteArray tokenOf(X509_ATTRIBUTE *attribute); // the token an attribute carries (DER)
    static TimestampResult verifyToken(const QByteArray &tokenDer, const QByteArray &covered, const TrustStore &trust,
                                       Covers covers);
};

} // namespace kopii
