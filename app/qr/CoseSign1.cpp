// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/CoseSign1.h"

#include "crypto/Certificate.h"
#include "crypto/Signer.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace kopii {

QByteArray CoseSign1::toBeSigned() const
{
    QCborArray s;
    s << QStringLiteral("Signature1") << protectedHeader << QByteArray() << payload;
    return s.toCborValue().toCbor();
}

QByteArray CoseSign1::encode() const
{
    QCborMap unprotectedMap;
    if (!kid.isEmpty())
        unprotectedMap.insert(4, kid);
    if (x5chain.size() == 1) {
        unprotectedMap.insert(33, x5chain.first());
    } else if (x5chain.size() > 1) {
        QCborArray chain;
        for (const QByteArray &c : x5chain)
            chain << c;
        unprotectedMap.insert(33, chain);
    }
    QCborArray a;
    a << protectedHeader << unprotectedMap << payload << signature;
    return QCborValue(QCborTag(18), a).toCbor();
}

Result<CoseSign1> CoseSign1::decode(const QByteArray &cbor)
{
    auto bad = [](const QString &why) {
        return Error{Error::Code::Validation, tr("The signed code is not a valid COSE_Sign1: %1").arg(why), {}};
    };
    QCborStreamReader reader(cbor);
    const QCborValue top = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return bad(reader.lastError().toString());
    if (reader.currentOffset() != cbor.size())
        return bad(tr("extra bytes after the structure"));
    QCborValue body = top;
    if (top.isTag()) {
        if (top.tag() != QCborTag(18))
            return bad(tr("tag %1 instead of 18").arg(quint64(top.tag())));
        body = top.taggedValue();
    }
    if (!body.isArray() || body.toArray().size() != 4)
        return bad(tr("not an array of four items"));
    const QCborArray a = body.toArray();
    if (!a.at(0).isByteArray() || !a.at(1).isMap() || !a.at(2).isByteArray() || !a.at(3).isByteArray())
        return bad(tr("an item has the wrong type"));
    CoseSign1 s;
    s.protectedHeader = a.at(0).toByteArray();
    // The protected header is CBOR of its own: read with its errors checked. Qt 6.4 builds a map
    // from malformed bytes that crashes when looked into (found by fuzz_qr).
    QCborStreamReader headerReader(s.protectedHeader);
    const QCborValue header = QCborValue::fromCbor(headerReader);
    if (headerReader.lastError() != QCborError::NoError || headerReader.currentOffset() != s.protectedHeader.size()
        || !header.isMap())
        return bad(tr("the protected header is not a CBOR map"));
    const QCborMap prot = header.toMap();
    if (!prot.value(1).isInteger())
        return bad(tr("no algorithm in the protected header"));
    s.alg = prot.value(1).toInteger();
    const QCborMap unprot = a.at(1).toMap();
    if (unprot.contains(4)) {
        if (!unprot.value(4).isByteArray())
            return bad(tr("the key id is not a byte string"));
        s.kid = unprot.value(4).toByteArray();
    }
    if (prot.contains(4) && s.kid.isEmpty())
        s.kid = prot.value(4).toByteArray();
    const QCborValue chain = unprot.value(33);
    if (chain.isByteArray()) {
        s.x5chain << chain.toByteArray();
    } else if (chain.isArray()) {
        for (const QCborValue &c : chain.toArray()) {
            if (!c.isByteArray())
                return bad(tr("a certificate in x5chain is not a byte string"));
            s.x5chain << c.toByteArray();
        }
    } else if (!chain.isUndefined()) {
        return bad(tr("x5chain has the wrong type"));
    }
    s.payload = a.at(2).toByteArray();
    s.signature = a.at(3).toByteArray();
    return s;
}

namespace {

Result<QByteArray> toOpenSsl(qint64 alg, const QByteArray &signature)
{
    if (alg == CoseSign1::kEs256) {
        if (signature.size() != 64)
            return Error{Error::Code::Validation,
                         CoseSign1::tr("An ES256 signature has 64 bytes; this one has %1.").arg(signature.size()),
                         {}};
        return Signer::ecdsaRawToDer(signature);
    }
    if (alg == CoseSign1::kRs256)
        return signature;
    return Error{Error::Code::Validation, CoseSign1::tr("The signature algorithm %1 is not supported.").arg(alg), {}};
}

} // namespace

Status CoseSign1::verify(const Certificate &certificate) const
{
    const auto sig = toOpenSsl(alg, signature);
    if (!sig)
        return sig.error();
    const bool ec = certificate.info().publicKeyAlgorithm.startsWith(QLatin1String("ECDSA"));
    if ((alg == kEs256) != ec)
        return Error{Error::Code::Validation, tr("The signature's algorithm does not match the certificate's key."), {}};
    return Signer::verifyData(certificate, toBeSigned(), *sig);
}

Status CoseSign1::verifyWithPublicKey(const QByteArray &spkiDer) const
{
    const auto sig = toOpenSsl(alg, signature);
    if (!sig)
        return sig.error();
    return Signer::verifyDataWithPublicKey(spkiDer, toBeSigned(), *sig);
}

} // namespace kopii
