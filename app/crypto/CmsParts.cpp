// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CmsParts.h"

#include "crypto/Certificate.h"
#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <functional>

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

namespace kopii::cms {

namespace {

// One BER element: where it starts, where its content starts and ends, and where it ends (after
// the end-of-contents octets of an indefinite length). Low tag numbers only, as in CMS's frame.
struct Tlv
{
    unsigned char tag = 0;
    qsizetype start = 0;
    qsizetype content = 0;
    qsizetype contentEnd = 0;
    qsizetype end = 0;
};

constexpr int kMaxBerDepth = 48;

bool readTlv(const QByteArray &d, qsizetype pos, qsizetype limit, Tlv *t, int depth = 0)
{
    if (depth > kMaxBerDepth || pos < 0 || limit > d.size() || pos + 2 > limit)
        return false;
    t->start = pos;
    t->tag = uchar(d.at(pos++));
    if ((t->tag & 0x1f) == 0x1f)
        return false;
    const uchar first = uchar(d.at(pos++));
    if (first == 0x80) { // indefinite: constructed elements up to the end-of-contents octets
        if (!(t->tag & 0x20))
            return false;
        t->content = pos;
        while (true) {
            if (pos + 2 > limit)
                return false;
            if (d.at(pos) == 0 && d.at(pos + 1) == 0) {
                t->contentEnd = pos;
                t->end = pos + 2;
                return true;
            }
            Tlv child;
            if (!readTlv(d, pos, limit, &child, depth + 1))
                return false;
            pos = child.end;
        }
    }
    qsizetype length = first;
    if (first & 0x80) {
        const int n = first & 0x7f;
        if (n > 4)
            return false;
        length = 0;
        for (int i = 0; i < n; ++i) {
            if (pos >= limit)
                return false;
            length = (length << 8) | uchar(d.at(pos++));
        }
    }
    if (length > limit - pos)
        return false;
    t->content = pos;
    t->contentEnd = pos + length;
    t->end = pos + length;
    return true;
}

bool childrenOf(const QByteArray &d, const Tlv &parent, QList<Tlv> *out)
{
    out->clear();
    for (qsizetype pos = parent.content; pos < parent.contentEnd;) {
        Tlv child;
        if (!readTlv(d, pos, parent.contentEnd, &child))
            return false;
        out->append(child);
        pos = child.end;
    }
    return true;
}

constexpr char kSignedDataOid[] = "1.2.840.113549.1.7.2";

// The SignedData SEQUENCE in `d`: inside its ContentInfo, or `d` itself when it is a bare one.
bool signedDataOf(const QByteArray &d, Tlv *signedData)
{
    Tlv top;
    QList<Tlv> parts;
    if (!readTlv(d, 0, d.size(), &top) || top.tag != der::kSequence || !childrenOf(d, top, &parts) || parts.isEmpty())
        return false;
    if (parts.first().tag == 0x02) { // version: a SignedData without its wrapper
        *signedData = top;
        return true;
    }
    if (parts.size() < 2 || parts.at(0).tag != der::kOid || parts.at(1).tag != 0xa0
        || der::oid(d.mid(parts.at(0).content, parts.at(0).contentEnd - parts.at(0).content)) != QLatin1String(kSignedDataOid))
        return false;
    QList<Tlv> inner;
    if (!childrenOf(d, parts.at(1), &inner) || inner.size() != 1 || inner.first().tag != der::kSequence)
        return false;
    *signedData = inner.first();
    return true;
}

QByteArray fromText(const QByteArray &data)
{
    // PEM (any label: PKCS7, CMS, SIGNED DATA…) or bare base64.
    QByteArray text = data;
    const qsizetype begin = data.indexOf("-----BEGIN");
    if (begin >= 0) {
        const qsizetype bodyStart = data.indexOf('\n', begin);
        const qsizetype endMark = data.indexOf("-----END", begin);
        if (bodyStart < 0 || endMark < bodyStart)
            return {};
        text = data.mid(bodyStart + 1, endMark - bodyStart - 1);
    }
    return QByteArray::fromBase64(text.simplified().replace(' ', ""));
}

ossl::Cms parse(const QByteArray &ber)
{
    ossl::Bio in = ossl::memoryBio(ber);
    ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    ossl::clearErrors();
    return cms;
}

bool definite(const Tlv &t)
{
    return t.end == t.contentEnd;
}

// parse(), with the certificates the SignedData carries taken from Certificate's cache of those
// read before: decoding certificates is a third of a signature's check in OpenSSL 3.0, and the same
// few come in almost every signature. They are cut out of the bytes OpenSSL reads and put back in
// their order. Anything out of the ordinary in the frame (an indefinite length, bytes after the end,
// a choice other than a plain certificate, one that does not read, the same one twice) and the bytes
// are read whole, as OpenSSL alone would. What is checked is the same either way: the certificates
// are no part of what a signature covers, and the received bytes stay the caller's `binary`.
ossl::Cms parseReusingCertificates(const QByteArray &ber)
{
    Tlv top;
    QList<Tlv> info;
    QList<Tlv> wrapped;
    QList<Tlv> fields;
    QList<Tlv> carried;
    if (!readTlv(ber, 0, ber.size(), &top) || top.tag != der::kSequence || !definite(top) || top.end != ber.size()
        || !childrenOf(ber, top, &info) || info.size() != 2 || info.at(0).tag != der::kOid || info.at(1).tag != 0xa0
        || !definite(info.at(1)) || !childrenOf(ber, info.at(1), &wrapped) || wrapped.size() != 1
        || wrapped.first().tag != der::kSequence || !definite(wrapped.first()) || !childrenOf(ber, wrapped.first(), &fields))
        return parse(ber);
    const Tlv &signedData = wrapped.first();
    const auto certificates = std::find_if(fields.cbegin(), fields.cend(), [](const Tlv &field) { return field.tag == 0xa0; });
    if (certificates == fields.cend() || !definite(*certificates) || !childrenOf(ber, *certificates, &carried))
        return parse(ber);
    QList<Certificate> known;
    for (const Tlv &c : std::as_const(carried)) {
        if (c.tag != der::kSequence || !definite(c))
            return parse(ber);
        const auto certificate = Certificate::fromDer(ber.mid(c.start, c.end - c.start));
        if (!certificate)
            return parse(ber);
        known << *certificate;
    }
    const QByteArray without = ber.mid(signedData.content, certificates->start - signedData.content)
        + ber.mid(certificates->end, signedData.contentEnd - certificates->end);
    const QByteArray frame = der::encode(der::kSequence,
                                         ber.mid(info.at(0).start, info.at(0).end - info.at(0).start)
                                             + der::encode(0xa0, der::encode(der::kSequence, without)));
    ossl::Cms cms = parse(frame);
    if (!cms)
        return parse(ber);
    for (const Certificate &c : std::as_const(known))
        if (CMS_add1_cert(cms.get(), c.x509()) != 1) {
            ossl::clearErrors();
            return parse(ber);
        }
    return cms;
}

} // namespace

ossl::Cms read(const QByteArray &data, QByteArray *binary)
{
    for (const QByteArray &candidate : {data, fromText(data)}) {
        if (candidate.isEmpty() || uchar(candidate.at(0)) != der::kSequence)
            continue;
        if (ossl::Cms cms = parseReusingCertificates(candidate)) {
            if (binary)
                *binary = candidate;
            return cms;
        }
        // A bare SignedData (some software leaves out the ContentInfo): wrapped, then read.
        Tlv signedData;
        if (signedDataOf(candidate, &signedData) && signedData.start == 0) {
            const QByteArray wrapped = der::encode(der::kSequence,
                                                   der::objectIdentifier(QLatin1String(kSignedDataOid))
                                                       + der::encode(0xa0, candidate.left(signedData.end)));
            if (ossl::Cms cms = parseReusingCertificates(wrapped)) {
                if (binary)
                    *binary = wrapped;
                return cms;
            }
        }
    }
    return {};
}

QList<QByteArray> receivedSignedAttributes(const QByteArray &binary)
{
    Tlv signedData;
    QList<Tlv> fields;
    if (!signedDataOf(binary, &signedData) || !childrenOf(binary, signedData, &fields) || fields.size() < 4)
        return {};
    // version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
    const Tlv &infos = fields.last();
    QList<Tlv> signers;
    if (infos.tag != der::kSet || !childrenOf(binary, infos, &signers))
        return {};
    QList<QByteArray> out;
    for (const Tlv &signer : std::as_const(signers)) {
        QList<Tlv> parts;
        QByteArray attributes;
        // version, sid, digestAlgorithm, [0] signedAttrs…
        if (signer.tag == der::kSequence && childrenOf(binary, signer, &parts) && parts.size() > 3 && parts.at(3).tag == 0xa0) {
            attributes = binary.mid(parts.at(3).start, parts.at(3).end - parts.at(3).start);
            attributes[0] = char(der::kSet);
        }
        out << attributes;
    }
    return out;
}

namespace {

// The signature `value` by `algorithm` over exactly the bytes `data`.
bool verifyWith(const X509_ALGOR *algorithm, const ASN1_OCTET_STRING *value, EVP_PKEY *key, const QByteArray &data)
{
    using BitString = std::unique_ptr<ASN1_BIT_STRING, ossl::Deleter<ASN1_BIT_STRING, ASN1_BIT_STRING_free>>;
    using Any = std::unique_ptr<ASN1_TYPE, ossl::Deleter<ASN1_TYPE, ASN1_TYPE_free>>;
    BitString bits(ASN1_BIT_STRING_new());
    Any signedBytes(ASN1_TYPE_new());
    ASN1_STRING *raw = ASN1_STRING_type_new(V_ASN1_SET);
    if (!bits || !signedBytes || !raw
        || !ASN1_BIT_STRING_set(bits.get(), const_cast<unsigned char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value))
        || !ASN1_STRING_set(raw, data.constData(), int(data.size()))) {
        ASN1_STRING_free(raw);
        ossl::clearErrors();
        return false;
    }
    bits->flags &= ~0x07;
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
    // An ANY holding a SET is written out as its bytes are: the signature is checked over `data`.
    ASN1_TYPE_set(signedBytes.get(), V_ASN1_SET, raw);
    const bool ok = ASN1_item_verify(ASN1_ITEM_rptr(ASN1_ANY), algorithm, bits.get(), signedBytes.get(), key) == 1;
    ossl::clearErrors();
    return ok;
}

} // namespace

bool verifySignatureValue(CMS_SignerInfo *si, EVP_PKEY *key, const QByteArray &data, bool *digestInfoWithoutNull)
{
    if (digestInfoWithoutNull)
        *digestInfoWithoutNull = false;
    X509_ALGOR *digestAlgorithm = nullptr;
    X509_ALGOR *signatureAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, &signatureAlgorithm);
    const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(si);
    if (!key || !digestAlgorithm || !signatureAlgorithm || !value)
        return false;
    // A signature algorithm that names its hash (sha256WithRSAEncryption, ecdsa-with-SHA384,
    // RSASSA-PSS with its parameters) is used as it is; a bare key algorithm (rsaEncryption,
    // id-ecPublicKey), or one whose hash did not hold, takes the hash of the digest algorithm
    // (some software names the one and signs with the other).
    int mdNid = NID_undef;
    int pkeyNid = NID_undef;
    const bool named = OBJ_find_sigid_algs(OBJ_obj2nid(signatureAlgorithm->algorithm), &mdNid, &pkeyNid);
    if (named && verifyWith(signatureAlgorithm, value, key, data))
        return true;
    const int digestNid = OBJ_obj2nid(digestAlgorithm->algorithm);
    if (named && mdNid == NID_undef)
        return false; // RSASSA-PSS and the like carry their own hash
    const bool tryDigest = !named || mdNid != digestNid;
    mdNid = digestNid;
    pkeyNid = EVP_PKEY_get_base_id(key);
    if (tryDigest) {
        int signatureNid = NID_undef;
        using Algor = std::unique_ptr<X509_ALGOR, ossl::Deleter<X509_ALGOR, X509_ALGOR_free>>;
        Algor combined(X509_ALGOR_new());
        if (!OBJ_find_sigid_by_algs(&signatureNid, mdNid, pkeyNid) || !combined
            || !X509_ALGOR_set0(combined.get(), OBJ_nid2obj(signatureNid),
                                pkeyNid == NID_rsaEncryption ? V_ASN1_NULL : V_ASN1_UNDEF, nullptr)) {
            ossl::clearErrors();
            return false;
        }
        if (verifyWith(combined.get(), value, key, data))
            return true;
    }
    if (pkeyNid != NID_rsaEncryption || mdNid == NID_undef)
        return false;
    // RSA PKCS#1 v1.5 whose DigestInfo leaves out the NULL parameters: valid per RFC 8017's note,
    // but not what PKCS#1 asks for; reported as a warning.
    const EVP_MD *md = EVP_get_digestbynid(mdNid);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), digest, &digestSize, md, nullptr) != 1)
        return false;
    unsigned char *oid = nullptr;
    const int oidSize = i2d_ASN1_OBJECT(OBJ_nid2obj(mdNid), &oid);
    const ossl::CString oidOwner(reinterpret_cast<char *>(oid));
    if (oidSize <= 0)
        return false;
    const QByteArray expected =
        der::encode(der::kSequence,
                    der::encode(der::kSequence, QByteArray(reinterpret_cast<const char *>(oid), oidSize))
                        + der::encode(der::kOctetString, QByteArray(reinterpret_cast<const char *>(digest), int(digestSize))));
    using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, ossl::Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
    PKeyCtx ctx(EVP_PKEY_CTX_new(key, nullptr));
    QByteArray recovered(EVP_PKEY_get_size(key), Qt::Uninitialized);
    size_t recoveredSize = size_t(recovered.size());
    const bool recoveredOk = ctx && EVP_PKEY_verify_recover_init(ctx.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_verify_recover(ctx.get(), reinterpret_cast<unsigned char *>(recovered.data()), &recoveredSize,
                                   ASN1_STRING_get0_data(value), size_t(ASN1_STRING_length(value)))
            == 1;
    ossl::clearErrors();
    if (!recoveredOk || recovered.left(qsizetype(recoveredSize)) != expected)
        return false;
    if (digestInfoWithoutNull)
        *digestInfoWithoutNull = true;
    return true;
}

namespace {

// Whether the first ESSCertID(v2) of a SigningCertificate(V2) attribute value hashes `certificate`.
bool firstCertIdMatches(const QByteArray &encoded, bool v2, const QByteArray &certificate, const Gost28147::SBox &sbox)
{
    // SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2), policies OPTIONAL }
    // ESSCertID ::= SEQUENCE { certHash OCTET STRING (SHA-1), issuerSerial OPTIONAL }
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts, ids, id, algorithm;
    if (!der::read(encoded, pos, &top) || top.tag != der::kSequence || !der::children(top.content, &parts) || parts.isEmpty()
        || parts.first().tag != der::kSequence || !der::children(parts.first().content, &ids) || ids.isEmpty()
        || ids.first().tag != der::kSequence || !der::children(ids.first().content, &id) || id.isEmpty())
        return false;
    QString hashOid = v2 ? QStringLiteral("2.16.840.1.101.3.4.2.1") : QStringLiteral("1.3.14.3.2.26");
    qsizetype at = 0;
    if (v2 && id.at(0).tag == der::kSequence) {
        if (!der::children(id.at(0).content, &algorithm) || algorithm.isEmpty() || algorithm.first().tag != der::kOid)
            return false;
        hashOid = der::oid(algorithm.first().content);
        at = 1;
    }
    if (id.size() <= at || id.at(at).tag != der::kOctetString)
        return false;
    QByteArray hash;
    if (const auto national = national::hashFromOid(hashOid)) {
        hash = national::digest(*national, certificate, sbox);
    } else {
        ossl::Asn1ObjectPtr object(OBJ_txt2obj(hashOid.toLatin1().constData(), 1));
        const EVP_MD *md = object ? EVP_get_digestbyobj(object.get()) : nullptr;
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (md && EVP_Digest(certificate.constData(), size_t(certificate.size()), digest, &size, md, nullptr) == 1)
            hash = QByteArray(reinterpret_cast<const char *>(digest), int(size));
        ossl::clearErrors();
    }
    return !hash.isEmpty() && hash == id.at(at).content;
}

} // namespace

bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer, const Gost28147::SBox &sbox)
{
    bool any = false;
    const QByteArray certificate = signer.der();
    for (const auto &[nid, v2] :
         {std::pair{NID_id_smime_aa_signingCertificateV2, true}, std::pair{NID_id_smime_aa_signingCertificate, false}}) {
        const int index = CMS_signed_get_attr_by_NID(si, nid, -1);
        if (index < 0)
            continue;
        // One attribute of each kind, with one value (RFC 5035).
        X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, index);
        if (CMS_signed_get_attr_by_NID(si, nid, index) >= 0 || X509_ATTRIBUTE_count(attribute) != 1)
            return false;
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
        if (!value || value->type != V_ASN1_SEQUENCE)
            return false;
        const QByteArray encoded(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value->value.sequence)),
                                 ASN1_STRING_length(value->value.sequence));
        if (!firstCertIdMatches(encoded, v2, certificate, sbox))
            return false;
        any = true;
    }
    return any;
}

namespace {

// Each signed attribute re-encoded in DER, in the order received; empty when one cannot be.
QList<QByteArray> encodedAttributes(CMS_SignerInfo *si)
{
    QList<QByteArray> attributes;
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
        unsigned char *raw = nullptr;
        const int size = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &raw);
        const ossl::CString encoded(reinterpret_cast<char *>(raw));
        if (size <= 0 || !encoded)
            return {};
        attributes << QByteArray(encoded.get(), size);
    }
    return attributes;
}

// Whether the attributes as received (a SET, as the BER walk found them) are, one for one, the
// attributes OpenSSL parsed: the values Kopii reads are then the values the signature covers. A
// parser differential (two readings of one file) is refused, never trusted.
bool sameAttributes(const QByteArray &received, CMS_SignerInfo *si)
{
    qsizetype pos = 0;
    der::Element set;
    QList<der::Element> items;
    if (!der::read(received, pos, &set) || pos != received.size() || set.tag != der::kSet || !der::children(set.content, &items))
        return false;
    QList<QByteArray> raw;
    for (const der::Element &item : std::as_const(items))
        raw << item.encoded;
    QList<QByteArray> parsed = encodedAttributes(si);
    std::sort(raw.begin(), raw.end());
    std::sort(parsed.begin(), parsed.end());
    return !raw.isEmpty() && raw == parsed;
}

} // namespace

QByteArray signedAttributes(CMS_SignerInfo *si)
{
    // CMS signs the DER of the attribute set; DER sorts a SET OF by the encodings of its
    // members, so the parsed attributes, encoded and sorted, give back the DER form.
    QList<QByteArray> attributes = encodedAttributes(si);
    if (attributes.isEmpty())
        return {};
    std::sort(attributes.begin(), attributes.end());
    return der::encode(der::kSet, attributes.join());
}

namespace {

// The first form of the signed attributes a signature holds over: as received (when they are the
// attributes OpenSSL parsed), else DER-sorted, else re-encoded in the order received. The other
// forms are encoded only when the received one fails (the common case needs none).
AttributesForm formThatHolds(CMS_SignerInfo *si, const QByteArray &received, const std::function<bool(const QByteArray &)> &holds)
{
    if (!received.isEmpty() && sameAttributes(received, si) && holds(received))
        return AttributesForm::Received;
    const QByteArray sorted = signedAttributes(si);
    if (sorted != received && holds(sorted))
        return AttributesForm::DerSorted;
    const QByteArray inOrder = signedAttributesInOrder(si);
    if (inOrder != sorted && inOrder != received && holds(inOrder))
        return AttributesForm::Reencoded;
    return AttributesForm::None;
}

} // namespace

SignerCheck checkSigner(CMS_SignerInfo *si, EVP_PKEY *key, const QByteArray &content, const QByteArray &received)
{
    SignerCheck check;
    if (CMS_signed_get_attr_count(si) <= 0) {
        check.signatureOk = check.digestOk = verifySignatureValue(si, key, content, &check.digestInfoWithoutNull);
        return check;
    }
    check.form = formThatHolds(si, received, [&](const QByteArray &attributes) {
        return verifySignatureValue(si, key, attributes, &check.digestInfoWithoutNull);
    });
    check.signatureOk = check.form != AttributesForm::None;
    check.digestOk = messageDigestMatches(si, content);
    return check;
}

EmbeddedEvidence embeddedEvidence(CMS_SignerInfo *si)
{
    EmbeddedEvidence evidence;
    const auto value = [si](int nid) -> QByteArray {
        const int index = CMS_unsigned_get_attr_by_NID(si, nid, -1);
        if (index < 0)
            return {};
        const ASN1_TYPE *type = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, index), 0);
        if (!type || type->type != V_ASN1_SEQUENCE)
            return {};
        return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(type->value.sequence)),
                          ASN1_STRING_length(type->value.sequence));
    };
    // The SEQUENCE OF inside `encoded` (a SEQUENCE), each member's whole encoding.
    const auto members = [](const QByteArray &encoded, QList<QByteArray> *out) {
        qsizetype pos = 0;
        der::Element top;
        QList<der::Element> items;
        if (!der::read(encoded, pos, &top) || top.tag != der::kSequence || !der::children(top.content, &items))
            return;
        for (const der::Element &item : std::as_const(items))
            if (item.tag == der::kSequence)
                *out << item.encoded;
    };
    // CertificateValues ::= SEQUENCE OF Certificate
    members(value(NID_id_smime_aa_ets_certValues), &evidence.certificates);
    // RevocationValues ::= SEQUENCE { crlVals [0] SEQUENCE OF CertificateList OPTIONAL,
    //                                 ocspVals [1] SEQUENCE OF BasicOCSPResponse OPTIONAL, … }
    const QByteArray revocation = value(NID_id_smime_aa_ets_revocationValues);
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts;
    if (!revocation.isEmpty() && der::read(revocation, pos, &top) && top.tag == der::kSequence
        && der::children(top.content, &parts)) {
        for (const der::Element &part : std::as_const(parts)) {
            if (part.tag == 0xa0)
                members(part.content, &evidence.crls);
            else if (part.tag == 0xa1)
                members(part.content, &evidence.ocspResponses);
        }
    }
    return evidence;
}

bool messageDigestMatches(CMS_SignerInfo *si, const QByteArray &content)
{
    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, nullptr);
    const auto *stated = static_cast<const ASN1_OCTET_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    const EVP_MD *md = digestAlgorithm ? EVP_get_digestbyobj(digestAlgorithm->algorithm) : nullptr;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    const bool ok = stated && md && EVP_Digest(content.constData(), size_t(content.size()), digest, &size, md, nullptr) == 1
        && QByteArray::fromRawData(reinterpret_cast<const char *>(ASN1_STRING_get0_data(stated)), ASN1_STRING_length(stated))
            == QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(size));
    ossl::clearErrors();
    return ok;
}

QByteArray signedAttributesInOrder(CMS_SignerInfo *si)
{
    const QList<QByteArray> attributes = encodedAttributes(si);
    return attributes.isEmpty() ? QByteArray() : der::encode(der::kSet, attributes.join());
}

NationalSignerCheck checkNationalSigner(CMS_SignerInfo *si, const Dstu4145Key &key, const QByteArray &content,
                                        const QByteArray &received)
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
    const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(si);
    const QByteArray signatureValue = value
        ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value))
        : QByteArray();
    const auto holds = [&](const QByteArray &signedData) {
        if (key.verify(signedData, signatureValue, *check.hash))
            return true;
        // Some software wraps r‖s in one more OCTET STRING.
        if (signatureValue.size() > 2 && signatureValue.at(0) == der::kOctetString) {
            qsizetype pos = 0;
            der::Element inner;
            if (der::read(signatureValue, pos, &inner) && pos == signatureValue.size())
                return bool(key.verify(signedData, inner.content, *check.hash));
        }
        return false;
    };
    if (CMS_signed_get_attr_count(si) <= 0) {
        // Without attributes the content itself was signed.
        check.signatureOk = check.digestOk = holds(content);
        ossl::clearErrors();
        return check;
    }
    check.form = formThatHolds(si, received, holds);
    check.signatureOk = check.form != AttributesForm::None;
    const auto *digest = static_cast<const ASN1_OCTET_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    check.digestOk = digest
        && QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)), ASN1_STRING_length(digest))
            == key.digest(content, *check.hash);
    ossl::clearErrors();
    return check;
}

// What breaks RFC 5652's rules for the attributes that say what a signature signs (11.1-11.3):
// contentType, messageDigest and signingTime only signed, once, with one value of their type (no
// contentType on a counter-signature). Empty when they hold; `digestSound`: one messageDigest.
QString attributeProblem(CMS_SignerInfo *si, bool counter, bool *digestSound)
{
    struct Rule
    {
        int nid;
        const char *name;
        int type; // of its one value
        bool required;
    };
    const Rule rules[] = {{NID_pkcs9_contentType, "contentType", V_ASN1_OBJECT, false},
                          {NID_pkcs9_messageDigest, "messageDigest", V_ASN1_OCTET_STRING, true},
                          {NID_pkcs9_signingTime, "signingTime", -1, false}};
    *digestSound = true;
    QString problem;
    for (const Rule &rule : rules) {
        const QString name = QString::fromLatin1(rule.name);
        if (CMS_unsigned_get_attr_by_NID(si, rule.nid, -1) >= 0 && problem.isEmpty())
            problem =
                QCoreApplication::translate("SignatureVerifier",
                                            "The attribute %1 is among the unsigned attributes, where anyone could have put "
                                            "it: it must be signed.")
                    .arg(name);
        const int first = CMS_signed_get_attr_by_NID(si, rule.nid, -1);
        if (first < 0) {
            if (rule.required) {
                *digestSound = false;
                problem = QCoreApplication::translate("SignatureVerifier",
                                                      "The signed attributes carry no digest of the document (messageDigest): "
                                                      "what they sign cannot be tied to it.");
            }
            continue;
        }
        X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, first);
        const ASN1_TYPE *value = X509_ATTRIBUTE_count(attribute) == 1 ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
        const bool typed = value
            && (rule.type >= 0 ? value->type == rule.type
                               : value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME);
        QString broken;
        if (CMS_signed_get_attr_by_NID(si, rule.nid, first) >= 0)
            broken = QCoreApplication::translate("SignatureVerifier", "The signed attributes carry %1 more than once.").arg(name);
        else if (!typed)
            broken = QCoreApplication::translate("SignatureVerifier",
                                                 "The signed attribute %1 does not have exactly one value of its type.")
                         .arg(name);
        else if (counter && rule.nid == NID_pkcs9_contentType)
            broken = QCoreApplication::translate("SignatureVerifier",
                                                 "A counter-signature must not carry contentType among its signed attributes.");
        if (!broken.isEmpty()) {
            *digestSound = *digestSound && rule.nid != NID_pkcs9_messageDigest;
            problem = broken;
        }
    }
    ossl::clearErrors();
    return problem;
}

// The name of a hash the signer info uses (as its digest algorithm, or inside its signature
// algorithm) that this OpenSSL cannot compute; empty when every one can be.
QString uncomputableHash(CMS_SignerInfo *si)
{
    X509_ALGOR *digestAlgorithm = nullptr;
    X509_ALGOR *signatureAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, &signatureAlgorithm);
    int signatureHash = NID_undef;
    if (signatureAlgorithm)
        OBJ_find_sigid_algs(OBJ_obj2nid(signatureAlgorithm->algorithm), &signatureHash, nullptr);
    for (const int nid : {digestAlgorithm ? OBJ_obj2nid(digestAlgorithm->algorithm) : NID_undef, signatureHash}) {
        if (nid == NID_undef || nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512 || nid == NID_sha224)
            continue;
        EVP_MD *md = EVP_MD_fetch(nullptr, OBJ_nid2sn(nid), nullptr);
        const bool known = md != nullptr;
        EVP_MD_free(md);
        ossl::clearErrors();
        if (!known)
            return QString::fromLatin1(OBJ_nid2sn(nid)).toUpper();
    }
    return {};
}

} // namespace kopii::cms
