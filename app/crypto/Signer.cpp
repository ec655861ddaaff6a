// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Signer.h"

#include "crypto/national/Dstu4145.h"

#include "crypto/national/OpenSsl.h"

#include <openssl/ecdsa.h>

#include <memory>

namespace kopii {

Result<QByteArray> Signer::signData(const QByteArray &data)
{
    EVP_PKEY *key = privateKey();
    if (!key)
        return Error{Error::Code::Internal, tr("The key is not available."), {}};
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    size_t size = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, in, size_t(data.size())) != 1)
        return Error{Error::Code::Io, tr("The key could not sign: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, in, size_t(data.size())) != 1)
        return Error{Error::Code::Io, tr("The key could not sign: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    signature.resize(qsizetype(size));
    return signature;
}

Status Signer::verifyData(const Certificate &certificate, const QByteArray &data, const QByteArray &signature)
{
    EVP_PKEY *key = certificate.isNull() ? nullptr : X509_get0_pubkey(certificate.x509());
    if (!key && !certificate.isNull()) {
        // A DSTU 4145 key, which OpenSSL does not read: Kopii's own verifier.
        ossl::clearErrors();
        if (const auto dstu = Dstu4145Key::ofCertificate(certificate.der()))
            return (*dstu)->verify(data, signature, national::hashForCertificate(certificate.der()));
    }
    if (!key) {
        ossl::clearErrors();
        return Error{Error::Code::Validation,
                     tr("The certificate's key (%1) cannot be used by this version of Kopii.")
                         .arg(certificate.isNull() ? QString() : certificate.info().publicKeyAlgorithm),
                     {}};
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const int ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1;
    ossl::clearErrors();
    if (!ok)
        return Error{Error::Code::Validation, tr("The signature does not match the certificate's key."), {}};
    return {};
}

Status Signer::verifyDataWithPublicKey(const QByteArray &spkiDer, const QByteArray &data, const QByteArray &signature)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    ossl::PKey key(d2i_PUBKEY(nullptr, &p, long(spkiDer.size())));
    if (!key) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, tr("The public key cannot be read."), {}};
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const int ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1;
    ossl::clearErrors();
    if (!ok)
        return Error{Error::Code::Validation, tr("The signature does not match the key."), {}};
    return {};
}

Result<QByteArray> Signer::ecP256PublicKey(const QByteArray &x, const QByteArray &y)
{
    if (x.size() != 32 || y.size() != 32)
        return Error{Error::Code::Validation, tr("A P-256 point has 32-byte coordinates."), {}};
    // SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING { 04 || x || y } }
    return QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + '\x04' + x + y;
}

namespace {
using EcdsaSig = std::unique_ptr<ECDSA_SIG, ossl::Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using Bn = std::unique_ptr<BIGNUM, ossl::Deleter<BIGNUM, BN_free>>;
} // namespace

Result<QByteArray> Signer::ecdsaDerToRaw(const QByteArray &der, int fieldBytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, tr("The ECDSA signature cannot be read."), {}};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * fieldBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes || BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
        return Error{Error::Code::Validation, tr("The ECDSA signature does not fit the curve."), {}};
    return raw;
}

Result<QByteArray> Signer::ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return Error{Error::Code::Validation, tr("The ECDSA signature has a wrong length."), {}};
    const int half = int(raw.size() / 2);
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    Bn r(BN_bin2bn(in, half, nullptr));
    Bn s(BN_bin2bn(in + half, half, nullptr));
    EcdsaSig sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return Error{Error::Code::Internal, tr("The ECDSA signature could not be converted."), {}};
    r.release();
    s.release();
    unsigned char *encoded = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &encoded);
    const ossl::CString der(reinterpret_cast<char *>(encoded));
    if (length <= 0 || !der)
        return Error{Error::Code::Internal, tr("The ECDSA signature could not be converted."), {}};
    return QByteArray(der.get(), length);
}

} // namespace kopii
