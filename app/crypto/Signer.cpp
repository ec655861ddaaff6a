#include "Signer.h"

#include "OpenSsl.h"

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
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1;
    ossl::clearErrors();
    if (!ok)
        return Error{Error::Code::Validation, tr("The signature does not match the certificate's key."), {}};
    return {};
}

} // namespace kopii
