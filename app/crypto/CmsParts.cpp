#include "CmsParts.h"

#include "Certificate.h"

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

} // namespace kopii::cms
