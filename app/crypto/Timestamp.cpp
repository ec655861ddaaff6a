// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Timestamp.h"

#include "crypto/CmsParts.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <openssl/cms.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

namespace kopii {

namespace {

using TstInfo = std::unique_ptr<TS_TST_INFO, ossl::Deleter<TS_TST_INFO, TS_TST_INFO_free>>;

CMS_SignerInfo *singleSigner(CMS_ContentInfo *cms)
{
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed)
        return nullptr;
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    return sk_CMS_SignerInfo_num(infos) == 1 ? sk_CMS_SignerInfo_value(infos, 0) : nullptr;
}

QByteArray octets(const ASN1_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s)) : QByteArray();
}

QByteArray cmsDer(CMS_ContentInfo *cms)
{
    return ossl::der(cms, i2d_CMS_ContentInfo);
}

// The TSTInfo of an RFC 3161 token (DER ContentInfo); null when it is none.
TstInfo tstInfoOf(const QByteArray &tokenDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    ossl::Cms token(d2i_CMS_ContentInfo(nullptr, &p, long(tokenDer.size())));
    if (!token || OBJ_obj2nid(CMS_get0_type(token.get())) != NID_pkcs7_signed
        || OBJ_obj2nid(CMS_get0_eContentType(token.get())) != NID_id_smime_ct_TSTInfo) {
        ossl::clearErrors();
        return {};
    }
    ASN1_OCTET_STRING **content = CMS_get0_content(token.get());
    const QByteArray tstDer = content && *content ? octets(*content) : QByteArray();
    p = reinterpret_cast<const unsigned char *>(tstDer.constData());
    TstInfo tst(d2i_TS_TST_INFO(nullptr, &p, long(tstDer.size())));
    ossl::clearErrors();
    return tst;
}

// `data` hashed with the algorithm `algorithm` names (SHA-2, SHA-3 or a national hash); empty
// when Kopii does not know it.
QByteArray digestBy(const X509_ALGOR *algorithm, const QByteArray &data, const Gost28147::SBox &sbox)
{
    if (const auto hash = national::hashFromOid(ossl::oidText(algorithm->algorithm)))
        return national::digest(*hash, data, sbox);
    const EVP_MD *md = EVP_get_digestbyobj(algorithm->algorithm);
    if (!md)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    EVP_Digest(data.constData(), size_t(data.size()), digest, &digestSize, md, nullptr);
    return QByteArray(reinterpret_cast<const char *>(digest), int(digestSize));
}

} // namespace

QDateTime Timestamp::tokenTime(const QByteArray &token)
{
    const TstInfo tst = tstInfoOf(token);
    return tst ? ossl::toDateTime(TS_TST_INFO_get_time(tst.get())) : QDateTime();
}

QByteArray Timestamp::imprintDigest(const QByteArray &token, const QByteArray &data)
{
    const TstInfo tst = tstInfoOf(token);
    return tst ? digestBy(TS_MSG_IMPRINT_get_algo(TS_TST_INFO_get_msg_imprint(tst.get())), data, Gost28147::dke1())
               : QByteArray();
}

TimestampResult Timestamp::verifyArchive(const QByteArray &token, const QByteArray &covered, const TrustStore &trust)
{
    return verifyToken(token, covered, trust, Covers::Archive);
}

TimestampResult Timestamp::verify(CMS_SignerInfo *si, const TrustStore &trust)
{
    const int index = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return {};
    return verifyToken(tokenOf(CMS_unsigned_get_attr(si, index)), octets(CMS_SignerInfo_get0_signature(si)), trust,
                       Covers::Signature);
}

TimestampResult Timestamp::verifyContent(CMS_SignerInfo *si, const QByteArray &content, const TrustStore &trust)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_ets_contentTimestamp, -1);
    if (index < 0)
        return {};
    return verifyToken(tokenOf(CMS_signed_get_attr(si, index)), content, trust, Covers::Content);
}

TimestampResult Timestamp::verifyDocument(const QByteArray &token, const QByteArray &covered, const TrustStore &trust)
{
    return verifyToken(token, covered, trust, Covers::Document);
}

QByteArray Timestamp::tokenOf(X509_ATTRIBUTE *attribute)
{
    ASN1_TYPE *value = X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    return value && value->type == V_ASN1_SEQUENCE ? octets(value->value.sequence) : QByteArray();
}

TimestampResult Timestamp::verifyToken(const QByteArray &tokenDer, const QByteArray &covered, const TrustStore &trust,
                                       Covers covers)
{
    TimestampResult r;
    r.state = TimestampResult::State::Invalid;
    auto fail = [&r](const QString &detail) {
        r.detail = detail;
        ossl::clearErrors();
        return r;
    };
    if (tokenDer.isEmpty())
        return fail(tr("The timestamp attached to the signature cannot be read."));
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    ossl::Cms token(d2i_CMS_ContentInfo(nullptr, &p, long(tokenDer.size())));
    CMS_SignerInfo *tokenSigner = singleSigner(token.get());
    if (!tokenSigner || OBJ_obj2nid(CMS_get0_eContentType(token.get())) != NID_id_smime_ct_TSTInfo)
        return fail(tr("The timestamp attached to the signature is damaged: it is not an RFC 3161 token."));
    ASN1_OCTET_STRING **content = CMS_get0_content(token.get());
    const QByteArray tstDer = content && *content ? octets(*content) : QByteArray();
    const QByteArray received = cms::receivedSignedAttributes(tokenDer).value(0);
    p = reinterpret_cast<const unsigned char *>(tstDer.constData());
    TstInfo tst(d2i_TS_TST_INFO(nullptr, &p, long(tstDer.size())));
    if (!tst)
        return fail(tr("The timestamp attached to the signature is damaged: its content cannot be read."));
    r.time = ossl::toDateTime(TS_TST_INFO_get_time(tst.get()));

    // The authority's certificate: carried in the token, or one the trust store knows.
    ossl::X509Stack carried(CMS_get1_certs(token.get()));
    QList<Certificate> extra;
    for (int i = 0; carried && i < sk_X509_num(carried.get()); ++i) {
        X509 *x = sk_X509_value(carried.get(), i);
        extra << Certificate::fromX509(x);
        if (CMS_SignerInfo_cert_cmp(tokenSigner, x) == 0)
            r.authority = Certificate::fromX509(x);
    }
    for (const TrustedCertificate &t : trust.certificates())
        if (r.authority.isNull() && CMS_SignerInfo_cert_cmp(tokenSigner, t.certificate.x509()) == 0)
            r.authority = t.certificate;
    if (r.authority.isNull()) {
        // Nothing is wrong with it; it cannot be checked without its authority's certificate.
        r.state = TimestampResult::State::Untrusted;
        return fail(tr("The timestamp does not carry the certificate of the authority that made it, and the trust store "
                       "does not know it: import the time-stamping authority's certificate."));
    }
    const QString algorithm = r.authority.info().publicKeyAlgorithm;
    std::shared_ptr<const Dstu4145Key> dstu; // a Ukrainian TSP's key (DSTU 4145)
    if (!algorithm.startsWith(QLatin1String("RSA")) && !algorithm.startsWith(QLatin1String("ECDSA"))) {
        if (const auto key = Dstu4145Key::ofCertificate(r.authority.der()))
            dstu = *key;
        if (!dstu) {
            r.state = TimestampResult::State::Unsupported;
            return fail(tr("The timestamp is signed with %1, which this version of Kopii cannot check yet.").arg(algorithm));
        }
    }

    // The token's signature and the digest of its content.
    if (dstu) {
        const cms::NationalSignerCheck check = cms::checkNationalSigner(tokenSigner, *dstu, tstDer, received);
        if (!check.hash) {
            r.state = TimestampResult::State::Unsupported;
            return fail(tr("The timestamp uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.")
                            .arg(check.digestOid));
        }
        if (!check.signatureOk)
            return fail(tr("The timestamp's own signature does not verify: it was forged or damaged."));
        if (!check.digestOk)
            return fail(tr("The timestamp's content was changed after the authority signed it."));
        if (!cms::bindsCertificate(tokenSigner, r.authority, dstu->sbox()))
            return fail(tr("The timestamp does not name the certificate of its authority (ESS signingCertificate)."));
    } else {
        const cms::SignerCheck check = cms::checkSigner(tokenSigner, X509_get0_pubkey(r.authority.x509()), tstDer, received);
        if (!check.signatureOk)
            return fail(tr("The timestamp's own signature does not verify: it was forged or damaged."));
        if (!check.digestOk)
            return fail(tr("The timestamp's content was changed after the authority signed it."));
        if (!cms::bindsCertificate(tokenSigner, r.authority))
            return fail(tr("The timestamp does not name the certificate of its authority (ESS signingCertificate)."));
    }

    // It must be over this signature's value: hashed with SHA-2 or with a national hash.
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tst.get());
    const QByteArray &signatureValue = covered; // or the content, or the PDF's signed bytes
    const QByteArray expected =
        digestBy(TS_MSG_IMPRINT_get_algo(imprint), signatureValue, dstu ? dstu->sbox() : Gost28147::dke1());
    if (expected.isEmpty())
        return fail(tr("The timestamp uses a hash function Kopii does not know."));
    r.imprintChecked = true;
    if (expected != octets(TS_MSG_IMPRINT_get_msg(imprint)))
        return fail(covers == Covers::Content ? tr("The content timestamp is over another document, not over the one signed.")
                        : covers == Covers::Document
                        ? tr("The document timestamp is over another version of the file, not over this one.")
                        : covers == Covers::Archive
                        ? tr("The archive timestamp does not match the signature and its validation data as they are now: "
                             "something in them was changed or removed after archiving.")
                        : tr("The timestamp belongs to another signature, not to this one."));
    r.imprintMatches = true;

    // The authority: trusted at the time it stamped, and meant for time-stamping.
    const ChainResult chain = trust.buildChain(r.authority, extra, r.time);
    const QString name = r.authority.info().holderName();
    if (!chain.trusted) {
        r.state = chain.problem == ChainResult::Problem::UnsupportedAlgorithm ? TimestampResult::State::Unsupported
                                                                              : TimestampResult::State::Untrusted;
        return fail(tr("The timestamp of \"%1\" cannot be relied on: %2").arg(name, chain.reason));
    }
    if (X509_check_purpose(r.authority.x509(), X509_PURPOSE_TIMESTAMP_SIGN, 0) != 1) {
        r.state = TimestampResult::State::Untrusted;
        return fail(tr("The timestamp was signed by \"%1\", whose certificate is not meant for time-stamping.").arg(name));
    }
    ossl::clearErrors();
    r.state = TimestampResult::State::Valid;
    const QString at = r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    r.detail = covers == Covers::Content ? tr("The document existed at %1: content timestamp by \"%2\".").arg(at, name)
        : covers == Covers::Document     ? tr("The file existed as it is at %1: document timestamp by \"%2\".").arg(at, name)
        : covers == Covers::Archive
        ? tr("The signature and its validation data existed as they are at %1: archive timestamp by \"%2\".").arg(at, name)
        : tr("Timestamp of %1 by \"%2\".").arg(at, name);
    return r;
}

Result<QByteArray> Timestamp::signatureValue(const QByteArray &p7s)
{
    ossl::Cms cms = cms::read(p7s);
    CMS_SignerInfo *si = singleSigner(cms.get());
    if (!si)
        return Error{Error::Code::Validation, tr("Not a CMS signature of one signer."), {}};
    return octets(CMS_SignerInfo_get0_signature(si));
}

Result<QByteArray> Timestamp::attachToken(const QByteArray &p7s, const QByteArray &token)
{
    ossl::Cms cms = cms::read(p7s);
    CMS_SignerInfo *si = singleSigner(cms.get());
    if (!si)
        return Error{Error::Code::Validation, tr("Not a CMS signature of one signer."), {}};
    const auto *p = reinterpret_cast<const unsigned char *>(token.constData());
    ossl::Cms parsed(d2i_CMS_ContentInfo(nullptr, &p, long(token.size())));
    if (!parsed || OBJ_obj2nid(CMS_get0_eContentType(parsed.get())) != NID_id_smime_ct_TSTInfo) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, tr("Not an RFC 3161 timestamp token."), {}};
    }
    if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token.constData(), int(token.size()))
        != 1)
        return Error{Error::Code::Internal, ossl::lastError(tr("Cannot add the timestamp.")), {}};
    const QByteArray der = cmsDer(cms.get());
    if (der.isEmpty())
        return Error{Error::Code::Internal, ossl::lastError(tr("Cannot write the signature.")), {}};
    return der;
}

} // namespace kopii
