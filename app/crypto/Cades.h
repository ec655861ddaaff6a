#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

class Signer;

// CAdES-BES signatures (CMS SignedData with signingCertificateV2 and signingTime).
class Cades
{
    Q_DECLARE_TR_FUNCTIONS(Cades)

public:
    struct Options
    {
        bool attached = false;  // the content inside the signature; otherwise detached (.p7s beside it)
        QDateTime signingTime;  // UTC; required
    };
    // Signs `content` with SHA-256; the signer's certificate and the chain it carries are embedded.
    // Returns the DER of the ContentInfo.
    static Result<QByteArray> sign(Signer &signer, const QByteArray &content, const Options &options);
};

} // namespace kopii
