#include "Cades.h"

#include "OpenSsl.h"
#include "Signer.h"

namespace kopii {

Result<QByteArray> Cades::sign(Signer &signer, const QByteArray &content, const Options &options)
{
    const Certificate cert = signer.certificate();
    EVP_PKEY *key = signer.privateKey();
    if (cert.isNull() || !key)
        return Error{Error::Code::Internal, tr("The key or its certificate is not available."), {}};
    if (!options.signingTime.isValid())
        return Error{Error::Code::Internal, tr("A signature needs its signing time."), {}};

    const unsigned flags = CMS_BINARY | CMS_PARTIAL | CMS_CADES | (options.attached ? 0u : unsigned(CMS_DETACHED));
    ossl::Cms cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        return Error{Error::Code::Internal, tr("The signature could not be prepared: %1").arg(ossl::lastError()), {}};
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), cert.x509(), key, EVP_sha256(), flags);
    if (!si)
        return Error{Error::Code::Io, tr("The key cannot make this signature: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    for (const Certificate &c : signer.chain()) {
        if (!c.isSelfIssued() && c.sha256() != cert.sha256())
            CMS_add1_cert(cms.get(), c.x509());
    }
    ASN1_TIME *time = ASN1_TIME_set(nullptr, time_t(options.signingTime.toSecsSinceEpoch()));
    const bool timeAdded = time && CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, time->type, time, -1) == 1;
    ASN1_TIME_free(time);
    if (!timeAdded)
        return Error{Error::Code::Internal, tr("The signing time could not be added: %1").arg(ossl::lastError()), {}};

    ossl::Bio in = ossl::memoryBio(content);
    if (CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return Error{Error::Code::Io, tr("The signature could not be made: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    ossl::Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error{Error::Code::Internal, tr("The signature could not be written: %1").arg(ossl::lastError()), {}};
    return ossl::bioContents(out.get());
}

} // namespace kopii
