// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedRequestIssuer.h"

#include "crypto/Signer.h"
#include "qr/Base45.h"

#include <QCborMap>

#include <zlib.h>

namespace kopii::test {

namespace {

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                  uLong(data.size()), 9)
        != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

} // namespace

Result<CoseSign1> signCose(Signer &signer, const QByteArray &kid, const QList<QByteArray> &x5chain, const QByteArray &payload)
{
    const QString algorithm = signer.certificate().info().publicKeyAlgorithm;
    CoseSign1 s;
    if (algorithm.startsWith(QLatin1String("ECDSA P-256")))
        s.alg = CoseSign1::kEs256;
    else if (algorithm.startsWith(QLatin1String("RSA")))
        s.alg = CoseSign1::kRs256;
    else
        return Error{Error::Code::Validation, QStringLiteral("signed codes need an ECDSA P-256 or RSA key"), {}};
    QCborMap prot;
    prot.insert(1, s.alg);
    s.protectedHeader = prot.toCborValue().toCbor();
    s.kid = kid;
    s.x5chain = x5chain;
    s.payload = payload;
    const auto raw = signer.signData(s.toBeSigned());
    if (!raw)
        return raw.error();
    if (s.alg == CoseSign1::kEs256) {
        const auto r = Signer::ecdsaDerToRaw(*raw, 32);
        if (!r)
            return r.error();
        s.signature = *r;
    } else {
        s.signature = *raw;
    }
    return s;
}

Result<QString> issueSignedRequest(Signer &signer, const RequestClaims &claims, const std::function<bool(const QString &)> &fits)
{
    const Certificate leaf = signer.certificate();
    QList<QByteArray> full{leaf.der()};
    for (const Certificate &c : signer.chain())
        if (!c.isSelfIssued() && c.sha256() != leaf.sha256())
            full << c.der();
    QList<QList<QByteArray>> chains{full};
    if (full.size() > 1)
        chains << QList<QByteArray>{leaf.der()};
    chains << QList<QByteArray>{};
    const QByteArray payload = SignedRequest::encodeClaims(claims);
    for (const auto &chain : chains) {
        const auto cose = signCose(signer, SignedRequest::kidOf(leaf), chain, payload);
        if (!cose)
            return cose.error();
        const QString text =
            QString::fromLatin1(SignedRequest::kPrefix) + QString::fromLatin1(Base45::encode(deflate(cose->encode())));
        if (!fits || fits(text))
            return text;
    }
    return Error{Error::Code::Validation, QStringLiteral("the signed request does not fit"), {}};
}

} // namespace kopii::test
