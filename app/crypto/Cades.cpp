// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Cades.h"

#include "crypto/CmsParts.h"
#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"
#include "crypto/Signer.h"

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>

#include <algorithm>

namespace kopii {

namespace {

QByteArray attribute(const char *oid, const QByteArray &value)
{
    return der::encode(der::kSequence, der::objectIdentifier(QString::fromLatin1(oid)) + der::encode(der::kSet, value));
}

// CAdES-BES with DSTU 4145, put together in DER by Kopii (OpenSSL's CMS cannot sign with a key it
// cannot hold): the signed attributes contentType, signingTime, messageDigest and
// signingCertificateV2, the certificate embedded. The hash is GOST 34.311, or Kupyna for a
// certificate its issuer signed with Kupyna (national::hashForCertificate, as the signer uses).
Result<QByteArray> signNational(Signer &signer, const Certificate &cert, const QByteArray &content, const Cades::Options &options)
{
    const auto key = Dstu4145Key::ofCertificate(cert.der());
    if (!key)
        return Error{Error::Code::Validation,
                     Cades::tr("CAdES signatures with this key's algorithm (%1) cannot be made by this version of Kopii yet.")
                         .arg(cert.info().publicKeyAlgorithm),
                     {}};
    const Dstu4145Key &dstu = **key;
    const NationalHash hash = national::hashForCertificate(cert.der());
    const QByteArray digestAlgorithm = der::encode(der::kSequence, der::objectIdentifier(national::hashOid(hash)));
    const QByteArray issuer = ossl::der(X509_get_issuer_name(cert.x509()), i2d_X509_NAME);
    const QByteArray serial = ossl::der(X509_get0_serialNumber(cert.x509()), i2d_ASN1_INTEGER);
    const QDateTime t = options.signingTime.toUTC();
    const QByteArray time = der::encode(t.date().year() >= 2050 ? 0x18 : 0x17,
                                        (t.date().year() >= 2050 ? t.toString(QStringLiteral("yyyyMMddHHmmss'Z'"))
                                                                 : t.toString(QStringLiteral("yyMMddHHmmss'Z'")))
                                            .toLatin1());
    // ESSCertIDv2 { hashAlgorithm, certHash, issuerSerial { GeneralNames { [4] issuer }, serial } }
    const QByteArray issuerSerial = der::encode(der::kSequence, der::encode(der::kSequence, der::encode(0xa4, issuer)) + serial);
    const QByteArray certId = der::encode(
        der::kSequence, digestAlgorithm + der::encode(der::kOctetString, dstu.digest(cert.der(), hash)) + issuerSerial);
    const QByteArray contentType =
        der::objectIdentifier(options.contentType.isEmpty() ? QStringLiteral("1.2.840.113549.1.7.1") : options.contentType);
    QList<QByteArray> attributes = {
        attribute("1.2.840.113549.1.9.3", contentType),
        attribute("1.2.840.113549.1.9.5", time),
        attribute("1.2.840.113549.1.9.4", der::encode(der::kOctetString, dstu.digest(content, hash))),
        attribute("1.2.840.113549.1.9.16.2.47", der::encode(der::kSequence, der::encode(der::kSequence, certId))),
    };
    std::sort(attributes.begin(), attributes.end()); // DER: a SET OF in the order of its encodings
    const QByteArray signedAttributes = attributes.join();
    const auto signature = signer.signData(der::encode(der::kSet, signedAttributes));
    if (!signature)
        return signature.error();
    const QByteArray signerInfo =
        der::encode(der::kSequence,
                    QByteArray::fromHex("020101") + der::encode(der::kSequence, issuer + serial) + digestAlgorithm
                        + der::encode(0xa0, signedAttributes)
                        + der::encode(der::kSequence, der::objectIdentifier(national::signatureAlgorithmOid(hash)))
                        + der::encode(der::kOctetString, *signature));
    QByteArray certificates = cert.der();
    for (const Certificate &c : signer.chain())
        certificates += c.der();
    const QByteArray encapsulated =
        der::encode(der::kSequence,
                    contentType + (options.attached ? der::encode(0xa0, der::encode(der::kOctetString, content)) : QByteArray()));
    const QByteArray signedData =
        der::encode(der::kSequence,
                    QByteArray::fromHex("020101") + der::encode(der::kSet, digestAlgorithm) + encapsulated
                        + der::encode(0xa0, certificates) + der::encode(der::kSet, signerInfo));
    return der::encode(der::kSequence,
                       der::objectIdentifier(QStringLiteral("1.2.840.113549.1.7.2")) + der::encode(0xa0, signedData));
}

} // namespace

Result<QByteArray> Cades::sign(Signer &signer, const QByteArray &content, const Options &options)
{
    const Certificate cert = signer.certificate();
    if (!cert.isNull() && signer.signsWithDstu() && signer.isPresent()) {
        if (!options.signingTime.isValid())
            return Error{Error::Code::Internal, tr("A signature needs its signing time."), {}};
        return signNational(signer, cert, content, options);
    }
    EVP_PKEY *key = signer.privateKey();
    if (cert.isNull() || !key)
        return Error{Error::Code::Internal, tr("The key or its certificate is not available."), {}};
    if (!options.signingTime.isValid())
        return Error{Error::Code::Internal, tr("A signature needs its signing time."), {}};

    const unsigned flags = CMS_BINARY | CMS_PARTIAL | CMS_CADES | (options.attached ? 0u : unsigned(CMS_DETACHED));
    ossl::Cms cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        return Error{Error::Code::Internal, tr("The signature could not be prepared."), {}, ossl::lastError()};
    if (!options.contentType.isEmpty()) {
        const ossl::Asn1ObjectPtr type(OBJ_txt2obj(options.contentType.toLatin1().constData(), 1));
        if (!type || CMS_set1_eContentType(cms.get(), type.get()) != 1)
            return Error{Error::Code::Internal, tr("The signature could not be prepared."), {}, ossl::lastError()};
    }
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), cert.x509(), key, EVP_sha256(), flags);
    if (!si)
        return Error{Error::Code::Io, tr("The key cannot make this signature: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    for (const Certificate &c : signer.chain()) {
        if (!c.isSelfIssued() && c.sha256() != cert.sha256())
            CMS_add1_cert(cms.get(), c.x509());
    }
    const ossl::Asn1TimePtr time(ASN1_TIME_set(nullptr, time_t(options.signingTime.toSecsSinceEpoch())));
    if (!time || CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, time->type, time.get(), -1) != 1)
        return Error{Error::Code::Internal, tr("The signing time could not be added."), {}, ossl::lastError()};

    ossl::Bio in = ossl::memoryBio(content);
    if (CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return Error{Error::Code::Io, tr("The signature could not be made: %1").arg(ossl::lastError(tr("unknown error"))), {}};
    ossl::Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error{Error::Code::Internal, tr("The signature could not be written."), {}, ossl::lastError()};
    return ossl::bioContents(out.get());
}

Result<CadesVerification> Cades::verifyDetached(const QByteArray &content, const QByteArray &signature, const TrustStore &trust,
                                                const QDateTime &chainTime)
{
    ossl::Cms cms = cms::read(signature);
    if (!cms)
        return Error{Error::Code::Validation, tr("The file is not a CMS/CAdES signature (.p7s)."), {}};
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error{Error::Code::Validation, tr("The file is a CMS structure, but not a signature."), {}};
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(infos) != 1)
        return Error{Error::Code::Validation,
                     tr("The signature has %1 signers; Kopii expects exactly one.").arg(sk_CMS_SignerInfo_num(infos)),
                     {}};
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);

    CadesVerification v;
    ossl::X509Stack certs(CMS_get1_certs(cms.get()));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        X509 *x = sk_X509_value(certs.get(), i);
        v.embedded << Certificate::fromX509(x);
        if (CMS_SignerInfo_cert_cmp(si, x) == 0)
            v.signer = Certificate::fromX509(x);
    }
    const int timeIndex = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        X509_ATTRIBUTE *attr = CMS_signed_get_attr(si, timeIndex);
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attr, 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            v.signingTime = ossl::toDateTime(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
    }
    if (v.signer.isNull()) {
        v.problem = tr("The signature does not carry its signer's certificate, so it cannot be checked.");
        return v;
    }
    const QString keyAlgorithm = v.signer.info().publicKeyAlgorithm;
    if (!keyAlgorithm.startsWith(QLatin1String("RSA")) && !keyAlgorithm.startsWith(QLatin1String("ECDSA"))) {
        v.problem = tr("The signature uses %1, which Kopii cannot check yet; it is not treated as valid.").arg(keyAlgorithm);
        v.chain = trust.buildChain(v.signer, v.embedded, chainTime);
        return v;
    }

    // The content digest and the signature over the signed attributes. The signer's chain is
    // Kopii's own check below (OpenSSL's would need its X509_STORE, which cannot do DSTU).
    ossl::Bio data = ossl::memoryBio(content);
    ossl::clearErrors();
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1) {
        v.intact = true;
    } else {
        const unsigned long err = ERR_peek_last_error();
        const QString detail = ossl::lastError(tr("unknown error"));
        if (ERR_GET_REASON(err) == CMS_R_CONTENT_VERIFY_ERROR || ERR_GET_REASON(err) == CMS_R_VERIFICATION_FAILURE)
            v.problem = tr("The document was changed after it was signed, or the signature is damaged.");
        else
            v.problem = tr("The signature does not match the document: %1").arg(detail);
    }
    // CAdES binds the certificate to the signature with the ESS signingCertificate(V2) attribute.
    if (v.intact) {
        v.signingCertificateBound = cms::bindsCertificate(si, v.signer);
        if (!v.signingCertificateBound)
            v.problem = tr("The signature does not bind its certificate (no matching signingCertificateV2 "
                           "attribute): it is not a CAdES signature.");
    }
    v.chain = trust.buildChain(v.signer, v.embedded, chainTime);
    return v;
}

} // namespace kopii
