// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Result.h"
#include "crypto/TrustStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

class Signer;

// What checking a CAdES signature found. `intact` is about the bytes (the signature matches the
// content and the embedded certificate's key); `chain` is about the signer (trusted path at the
// time asked for). Only both together make a valid signature.
struct CadesVerification
{
    bool intact = false;
    QString problem;                      // translated: why it is not intact; empty when intact
    Certificate signer;                   // the signer's certificate, when the signature names one it carries
    QList<Certificate> embedded;          // every certificate the signature carries
    QDateTime signingTime;                // as the signer's computer stated it (not a timestamp)
    bool signingCertificateBound = false; // signingCertificateV2 (or v1) attribute matches the signer
    ChainResult chain;

    bool valid() const { return intact && signingCertificateBound && chain.trusted; }
};

// CAdES-BES signatures (CMS SignedData with signingCertificateV2 and signingTime).
class Cades
{
    Q_DECLARE_TR_FUNCTIONS(Cades)

public:
    struct Options
    {
        Options(bool attached_ = false, QDateTime signingTime_ = {}, QString contentType_ = {})
            : attached(attached_), signingTime(std::move(signingTime_)), contentType(std::move(contentType_))
        {
        }
        bool attached = false; // the content inside the signature; otherwise detached (.p7s beside it)
        QDateTime signingTime; // UTC; required
        QString contentType;   // the eContentType OID; empty: id-data (a timestamp token: id-ct-TSTInfo)
    };
    // Signs `content` with SHA-256; the signer's certificate and the chain it carries are embedded.
    // Returns the DER of the ContentInfo.
    static Result<QByteArray> sign(Signer &signer, const QByteArray &content, const Options &options);

    // Checks a detached signature (DER or PEM) over `content`, and the signer's chain in `trust`
    // at `chainTime`. An unreadable signature is an error; a readable one that does not match
    // comes back with intact = false and the reason. National algorithms are reported as not
    // checked (never as valid) until they are supported.
    static Result<CadesVerification> verifyDetached(const QByteArray &content, const QByteArray &signature,
                                                    const TrustStore &trust, const QDateTime &chainTime);
};

} // namespace kopii
