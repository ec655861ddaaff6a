// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CmsParts.h"

#include "crypto/Certificate.h"
#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"

#include <QCryptographicHash>

#include <algorithm>

#include <openssl/err.h>
#include <openssl/ess.h>

namespace kopii::cms {

ossl::Cms read(const QByteArray &data)
{
    ossl::Bio der = ossl::memoryBio(data);
    ossl::Cms cms(d2i_CMS_bio(der.get(), nullptr));
    if (!cms) {
        ossl::clearErrors();
        ossl::Bio pem = ossl::memoryBio(data);
        cms.reset(PEM_read_bio_CMS(pem.get(), nullptr, nullptr, nullptr));
    }
    if (!cms) {
        ossl::clearErrors();
        const QByteArray b64 = QByteArray::fromBase64(data.simplified().replace(' ', ""));
        if (!b64.isEmpty()) {
            ossl::Bio raw = ossl::memoryBio(b64);
            cms.reset(d2i_CMS_bio(raw.get(), nullptr));
        }
    }
    ossl::clearErrors();
    return cms;
}

bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer)
{
    auto attribute = [si](int nid) -> const ASN1_STRING * {
        const int index = CMS_signed_get_attr_by_NID(si, nid, -1);
        if (index < 0)
            return nullptr;
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
        return value && value->type == V_ASN1_SEQUENCE ? value->value.sequence : nullptr;
    };
    using V2 = std::unique_ptr<ESS_SIGNING_CERT_V2, ossl::Deleter<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>>;
    using V1 = std::unique_ptr<ESS_SIGNING_CERT, ossl::Deleter<ESS_SIGNING_CERT, ESS_SIGNING_CERT_free>>;
    V2 v2;
    V1 v1;
    if (const ASN1_STRING *s = attribute(NID_id_smime_aa_signingCertificateV2)) {
        const unsigned char *p = ASN1_STRING_get0_data(s);
        v2.reset(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(s)));
    }
    if (const ASN1_STRING *s = attribute(NID_id_smime_aa_signingCertificate)) {
        const unsigned char *p = ASN1_STRING_get0_data(s);
        v1.reset(d2i_ESS_SIGNING_CERT(nullptr, &p, ASN1_STRING_length(s)));
    }
    if (!v1 && !v2)
        return false;
    ossl::X509Stack chain(sk_X509_new_null());
    if (!chain || !X509_up_ref(signer.x509()))
        return false;
    sk_X509_push(chain.get(), signer.x509());
    const bool ok = OSSL_ESS_check_signing_certs(v1.get(), v2.get(), chain.get(), 1) == 1;
    ossl::clearErrors();
    return ok;
}

bool bindsCertificateNational(CMS_SignerInfo *si, const Certificate &signer, const Gost28147::SBox &sbox)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1);
    if (index < 0)
        return false;
    ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE)
        return false;
    const QByteArray encoded(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value->value.sequence)),
                             ASN1_STRING_length(value->value.sequence));
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies OPTIONAL }
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts, ids;
    if (!der::read(encoded, pos, &top) || top.tag != der::kSequence || !der::children(top.content, &parts) || parts.isEmpty()
        || parts.first().tag != der::kSequence || !der::children(parts.first().content, &ids) || ids.isEmpty())
        return false;
    // The first names the signer's certificate (RFC 5035).
    QList<der::Element> id, algorithm;
    if (ids.first().tag != der::kSequence || !der::children(ids.first().content, &id) || id.isEmpty())
        return false;
    QString hashOid = QStringLiteral("2.16.840.1.101.3.4.2.1");
    qsizetype at = 0;
    if (id.at(0).tag == der::kSequence) {
        if (!der::children(id.at(0).content, &algorithm) || algorithm.isEmpty() || algorithm.first().tag != der::kOid)
            return false;
        hashOid = der::oid(algorithm.first().content);
        at = 1;
    }
    if (id.size() <= at || id.at(at).tag != der::kOctetString)
        return false;
    const QByteArray certificate = signer.der();
    QByteArray hash;
    if (const auto national = national::hashFromOid(hashOid))
        hash = national::digest(*national, certificate, sbox);
    else if (hashOid == QLatin1String("2.16.840.1.101.3.4.2.1"))
        hash = QCryptographicHash::hash(certificate, QCryptographicHash::Sha256);
    return !hash.isEmpty() && hash == id.at(at).content;
}

QByteArray signedAttributes(CMS_SignerInfo *si)
{
    // CMS signs the DER of the attribute set; DER sorts a SET OF by the encodings of its
    // members, so the parsed attributes, encoded and sorted, give back the signed bytes (what
    // OpenSSL's own check does) without copying the whole SignedData and its content.
    QList<QByteArray> attributes;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char *raw = nullptr;
        const int size = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &raw);
        const ossl::CString encoded(reinterpret_cast<char *>(raw));
        if (size <= 0 || !encoded)
            return {};
        attributes << QByteArray(encoded.get(), size);
    }
    if (attributes.isEmpty())
        return {};
    std::sort(attributes.begin(), attributes.end());
    return der::encode(der::kSet, attributes.join());
}

NationalSignerCheck checkNationalSigner(CMS_SignerInfo *si, const Dstu4145Key &key, const QByteArray &content)
{
    NationalSignerCheck check;
    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, nullptr);
    char digestOid[80] = {};
    if (digestAlgorithm)
        OBJ_obj2txt(digestOid, sizeof digestOid, digestAlgorithm->algorithm, 1);
    check.digestOid = QString::fromLatin1(digestOid);
    check.hash = national::hashFromOid(check.digestOid);
    if (!check.hash)
        return check;
    const QByteArray attributes = signedAttributes(si);
    const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(si);
    const QByteArray signatureValue = value
        ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value))
        : QByteArray();
    const QByteArray &signedData = attributes.isEmpty() ? content : attributes;
    check.signatureOk = bool(key.verify(signedData, signatureValue, *check.hash));
    // Some software wraps r‖s in one more OCTET STRING.
    if (!check.signatureOk && signatureValue.size() > 2 && signatureValue.at(0) == der::kOctetString) {
        qsizetype pos = 0;
        der::Element inner;
        if (der::read(signatureValue, pos, &inner) && pos == signatureValue.size())
            check.signatureOk = bool(key.verify(signedData, inner.content, *check.hash));
    }
    check.digestOk = attributes.isEmpty() && check.signatureOk; // without attributes the content itself was signed
    if (!attributes.isEmpty()) {
        const auto *digest = static_cast<const ASN1_OCTET_STRING *>(
            CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        check.digestOk = digest
            && QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)), ASN1_STRING_length(digest))
                == key.digest(content, *check.hash);
    }
    ossl::clearErrors();
    return check;
}

} // namespace kopii::cms
