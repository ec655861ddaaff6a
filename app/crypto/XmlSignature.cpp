#include "XmlSignature.h"

#include "Der.h"
#include "Dstu4145.h"
#include "OpenSsl.h"

#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <openssl/evp.h>

#include <memory>
#include <optional>
#include <variant>

namespace kopii {

namespace {

const char *const kDsig = "http://www.w3.org/2000/09/xmldsig#";
const char *const kExclusiveC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

bool isElement(xmlNodePtr node, const char *name, const char *ns)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name)
        && node->ns && xmlStrEqual(node->ns->href, BAD_CAST ns);
}

xmlNodePtr childElement(xmlNodePtr parent, const char *name, const char *ns = kDsig)
{
    for (xmlNodePtr c = parent ? parent->children : nullptr; c; c = c->next)
        if (isElement(c, name, ns))
            return c;
    return nullptr;
}

QString attribute(xmlNodePtr node, const char *name)
{
    xmlChar *value = node ? xmlGetProp(node, BAD_CAST name) : nullptr;
    const QString text = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

QByteArray content(xmlNodePtr node)
{
    xmlChar *value = node ? xmlNodeGetContent(node) : nullptr;
    const QByteArray text = value ? QByteArray(reinterpret_cast<const char *>(value)) : QByteArray();
    xmlFree(value);
    return text;
}

QByteArray base64(xmlNodePtr node)
{
    return QByteArray::fromBase64(content(node).simplified().replace(' ', ""));
}

xmlNodePtr findById(xmlNodePtr node, const QString &id)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        for (const char *name : {"Id", "ID", "id"})
            if (attribute(node, name) == id)
                return node;
        if (xmlNodePtr found = findById(node->children, id))
            return found;
    }
    return nullptr;
}

// A canonicalization method: libxml2's mode, comments kept or not, exclusive c14n's inclusive
// namespace prefixes.
struct Canonicalization
{
    int mode = XML_C14N_1_0;
    bool comments = false;
    QList<QByteArray> prefixes;
};

std::optional<Canonicalization> canonicalization(const QString &uri, xmlNodePtr method)
{
    Canonicalization c;
    if (uri == QLatin1String("http://www.w3.org/TR/2001/REC-xml-c14n-20010315")) {
    } else if (uri == QLatin1String("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments")) {
        c.comments = true;
    } else if (uri == QLatin1String("http://www.w3.org/2006/12/xml-c14n11")) {
        c.mode = XML_C14N_1_1;
    } else if (uri == QLatin1String("http://www.w3.org/2006/12/xml-c14n11#WithComments")) {
        c.mode = XML_C14N_1_1;
        c.comments = true;
    } else if (uri == QLatin1String(kExclusiveC14n) || uri == QLatin1String("http://www.w3.org/2001/10/xml-exc-c14n#WithComments")) {
        c.mode = XML_C14N_EXCLUSIVE_1_0;
        c.comments = uri.endsWith(QLatin1String("WithComments"));
        if (xmlNodePtr inclusive = childElement(method, "InclusiveNamespaces", kExclusiveC14n))
            for (const QString &prefix : attribute(inclusive, "PrefixList").split(QLatin1Char(' '), Qt::SkipEmptyParts))
                c.prefixes << prefix.toUtf8();
    } else {
        return std::nullopt;
    }
    return c;
}

// Which nodes a reference covers: the subtree of `root` (the whole document when null), without
// the subtree of `excluded` (the signature itself, for the enveloped-signature transform).
struct NodeSet
{
    xmlNodePtr root = nullptr;
    xmlNodePtr excluded = nullptr;
};

int isVisible(void *data, xmlNodePtr node, xmlNodePtr parent)
{
    const auto *set = static_cast<const NodeSet *>(data);
    // Namespace nodes come as xmlNs, with their element as `parent`.
    xmlNodePtr n = (!node || node->type == XML_NAMESPACE_DECL) ? parent : node;
    for (; n; n = n->parent) {
        if (n == set->excluded)
            return 0;
        if (n == set->root)
            return 1;
    }
    return set->root ? 0 : 1;
}

std::optional<QByteArray> canonical(xmlDocPtr doc, const NodeSet &set, const Canonicalization &c)
{
    std::vector<xmlChar *> prefixes;
    for (const QByteArray &p : c.prefixes)
        prefixes.push_back(const_cast<xmlChar *>(reinterpret_cast<const xmlChar *>(p.constData())));
    prefixes.push_back(nullptr);
    xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(nullptr);
    if (!buffer)
        return std::nullopt;
    const int written = xmlC14NExecute(doc, isVisible, const_cast<NodeSet *>(&set), c.mode,
                                       c.prefixes.isEmpty() ? nullptr : prefixes.data(), c.comments ? 1 : 0, buffer);
    std::optional<QByteArray> out;
    if (written >= 0)
        out = QByteArray(reinterpret_cast<const char *>(xmlOutputBufferGetContent(buffer)), qsizetype(xmlOutputBufferGetSize(buffer)));
    xmlOutputBufferClose(buffer);
    return out;
}

// A digest algorithm: OpenSSL's, or a national one.
using Digest = std::variant<const EVP_MD *, NationalHash>;

std::optional<Digest> digestAlgorithm(const QString &uri)
{
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmlenc#sha256"))
        return EVP_sha256();
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmldsig-more#sha384"))
        return EVP_sha384();
    if (uri == QLatin1String("http://www.w3.org/2001/04/xmlenc#sha512"))
        return EVP_sha512();
    const QString lower = uri.toLower();
    if (lower.contains(QLatin1String("gost34311")))
        return NationalHash::Gost34311;
    for (const auto &[suffix, hash] : {std::pair{"512", NationalHash::Kupyna512}, std::pair{"384", NationalHash::Kupyna384},
                                       std::pair{"256", NationalHash::Kupyna256}})
        if ((lower.contains(QLatin1String("dstu7564")) || lower.contains(QLatin1String("kupyna"))) && lower.endsWith(QLatin1String(suffix)))
            return hash;
    return std::nullopt;
}

QByteArray digestOf(const Digest &digest, const QByteArray &data, const Gost28147::SBox &sbox = Gost28147::dke1())
{
    if (const auto *national = std::get_if<NationalHash>(&digest))
        return national::digest(*national, data, sbox);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &size, std::get<const EVP_MD *>(digest), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(size));
}

} // namespace

XmlSignature::Check XmlSignature::verifyEnveloped(const QByteArray &xml)
{
    Check check;
    const auto result = [&check](State state, const QString &detail) {
        check.state = state;
        check.detail = detail;
        ossl::clearErrors();
        return check;
    };
    // No network, no entity expansion, no DTD loading: only what the file says.
    Doc doc(xmlReadMemory(xml.constData(), int(xml.size()), "list.xml", nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
            xmlFreeDoc);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root)
        return result(State::Invalid, tr("The XML cannot be read."));
    xmlNodePtr signature = childElement(root, "Signature");
    if (!signature)
        return result(State::Absent, tr("The list is not signed."));
    xmlNodePtr signedInfo = childElement(signature, "SignedInfo");
    xmlNodePtr signatureValue = childElement(signature, "SignatureValue");
    xmlNodePtr certificateNode = childElement(childElement(childElement(signature, "KeyInfo"), "X509Data"), "X509Certificate");
    if (!signedInfo || !signatureValue)
        return result(State::Invalid, tr("The signature is incomplete (no SignedInfo or SignatureValue)."));
    if (const auto c = Certificate::fromDer(base64(certificateNode)))
        check.signer = *c;

    // Every reference: its node set through its transforms, canonical, hashed. One of them must
    // be the whole document (a signature over some part only proves nothing about the rest).
    int references = 0;
    bool wholeDocument = false;
    for (xmlNodePtr reference = signedInfo->children; reference; reference = reference->next) {
        if (!isElement(reference, "Reference", kDsig))
            continue;
        ++references;
        const QString uri = attribute(reference, "URI");
        NodeSet set;
        if (uri.startsWith(QLatin1Char('#'))) {
            set.root = findById(root, uri.mid(1));
            if (!set.root)
                return result(State::Invalid, tr("The signature refers to a part of the list that is not there (%1).").arg(uri));
        } else if (!uri.isEmpty()) {
            return result(State::Unsupported, tr("The signature refers to an outside resource (%1).").arg(uri));
        }
        Canonicalization c; // a node set ends in inclusive c14n 1.0 unless a transform says otherwise
        for (xmlNodePtr t = childElement(childElement(reference, "Transforms"), "Transform"); t; t = t->next) {
            if (!isElement(t, "Transform", kDsig))
                continue;
            const QString algorithm = attribute(t, "Algorithm");
            if (algorithm == QLatin1String("http://www.w3.org/2000/09/xmldsig#enveloped-signature")) {
                set.excluded = signature;
            } else if (const auto method = canonicalization(algorithm, t)) {
                c = *method;
            } else {
                return result(State::Unsupported, tr("The signature uses the transform %1, which Kopii does not know.").arg(algorithm));
            }
        }
        wholeDocument = wholeDocument || (uri.isEmpty() && set.excluded == signature);
        const QString digestUri = attribute(childElement(reference, "DigestMethod"), "Algorithm");
        const auto digest = digestAlgorithm(digestUri);
        if (!digest)
            return result(State::Unsupported, tr("The signature uses the hash %1, which Kopii does not check.").arg(digestUri));
        const auto bytes = canonical(doc.get(), set, c);
        if (!bytes)
            return result(State::Invalid, tr("The signed part of the list cannot be put in canonical form."));
        if (digestOf(*digest, *bytes) != base64(childElement(reference, "DigestValue")))
            return result(State::Invalid, tr("The list was changed after it was signed (reference \"%1\").").arg(uri));
    }
    if (references == 0)
        return result(State::Invalid, tr("The signature covers nothing (no Reference)."));
    if (!wholeDocument)
        return result(State::Invalid, tr("The signature does not cover the whole list."));

    // The signature over the canonical SignedInfo.
    xmlNodePtr method = childElement(signedInfo, "CanonicalizationMethod");
    const auto c = canonicalization(attribute(method, "Algorithm"), method);
    if (!c)
        return result(State::Unsupported,
                      tr("The signature uses the canonicalization %1, which Kopii does not know.").arg(attribute(method, "Algorithm")));
    const auto signedBytes = canonical(doc.get(), NodeSet{signedInfo, nullptr}, *c);
    if (!signedBytes)
        return result(State::Invalid, tr("The signed part of the list cannot be put in canonical form."));
    check.algorithm = attribute(childElement(signedInfo, "SignatureMethod"), "Algorithm");
    if (check.signer.isNull())
        return result(State::Unsupported, tr("The signature does not carry its signer's certificate."));
    const QByteArray value = base64(signatureValue);
    const QString lower = check.algorithm.toLower();
    if (lower.contains(QLatin1String("dstu4145"))) {
        // DSTU 4145: r‖s little-endian as in CMS; some write it in an OCTET STRING, some big-endian.
        const auto key = Dstu4145Key::ofCertificate(check.signer.der());
        if (!key)
            return result(State::Unsupported, tr("The list is signed with DSTU 4145, but its signer's key cannot be read."));
        NationalHash hash = NationalHash::Gost34311;
        if (lower.contains(QLatin1String("kupyna")) || lower.contains(QLatin1String("dstu7564")))
            hash = lower.endsWith(QLatin1String("512")) ? NationalHash::Kupyna512
                 : lower.endsWith(QLatin1String("384")) ? NationalHash::Kupyna384
                                                        : NationalHash::Kupyna256;
        const QByteArray digest = (*key)->digest(*signedBytes, hash);
        QList<QByteArray> forms{value};
        qsizetype pos = 0;
        der::Element inner;
        if (der::read(value, pos, &inner) && inner.tag == der::kOctetString && pos == value.size())
            forms << inner.content;
        QByteArray turned = value;
        std::reverse(turned.begin(), turned.begin() + turned.size() / 2);
        std::reverse(turned.begin() + turned.size() / 2, turned.end());
        forms << turned;
        for (const QByteArray &form : std::as_const(forms))
            if ((*key)->verifyHash(digest, form))
                return result(State::Valid, tr("The list's signature (DSTU 4145) holds."));
        // The contents match their digests; the signature's form may be one Kopii does not know.
        return result(State::Unsupported, tr("The list's contents match their digests, but its DSTU 4145 signature could "
                                             "not be confirmed (a form Kopii may not know)."));
    }
    const EVP_MD *md = nullptr;
    bool ecdsa = false;
    for (const auto &[name, hash] : {std::pair{"sha256", EVP_sha256()}, std::pair{"sha384", EVP_sha384()}, std::pair{"sha512", EVP_sha512()}}) {
        if (check.algorithm == QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-%1").arg(QLatin1String(name)))
            md = hash;
        else if (check.algorithm == QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#ecdsa-%1").arg(QLatin1String(name)))
            md = hash, ecdsa = true;
    }
    EVP_PKEY *key = X509_get0_pubkey(check.signer.x509());
    if (!md || !key)
        return result(State::Unsupported, tr("The list is signed with %1, which Kopii does not check.").arg(check.algorithm));
    if ((EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) != ecdsa)
        return result(State::Invalid, tr("The signature's algorithm does not match its signer's key."));
    QByteArray signatureBytes = value;
    if (ecdsa) {
        const auto der = Signer::ecdsaRawToDer(value);
        signatureBytes = der ? *der : QByteArray();
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signatureBytes.constData()), size_t(signatureBytes.size()),
                            reinterpret_cast<const unsigned char *>(signedBytes->constData()), size_t(signedBytes->size()))
            == 1;
    if (!ok)
        return result(State::Invalid, tr("The list's signature does not match its signer's key: it was forged or damaged."));
    return result(State::Valid, tr("The list's signature holds."));
}


Result<QByteArray> XmlSignature::signEnveloped(const QByteArray &xml, Signer &signer)
{
    const Certificate cert = signer.certificate();
    if (cert.isNull())
        return Error{Error::Code::Internal, tr("The key or its certificate is not available."), {}};
    QString method, digestUri;
    std::optional<Digest> digest;
    EVP_PKEY *key = signer.signsWithDstu() ? nullptr : signer.privateKey();
    if (signer.signsWithDstu()) {
        const NationalHash hash = national::hashForCertificate(cert.der());
        method = hash == NationalHash::Gost34311 ? QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#dstu4145")
                                                 : QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#dstu4145-dstu7564-%1")
                                                       .arg(national::hashName(hash).right(3));
        digestUri = hash == NationalHash::Gost34311 ? QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#gost34311")
                                                    : QStringLiteral("http://www.w3.org/2001/04/xmlenc#dstu7564-%1").arg(national::hashName(hash).right(3));
    } else {
        if (!key)
            return Error{Error::Code::Internal, tr("The key or its certificate is not available."), {}};
        method = EVP_PKEY_get_base_id(key) == EVP_PKEY_EC ? QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256")
                                                          : QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        digestUri = QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256");
    }
    digest = digestAlgorithm(digestUri);
    const QByteArray exclusive(kExclusiveC14n);
    const QByteArray signatureTemplate =
        "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"" + exclusive
        + "\"/><ds:SignatureMethod Algorithm=\"" + method.toUtf8()
        + "\"/><ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
          "<ds:Transform Algorithm=\"" + exclusive + "\"/></ds:Transforms><ds:DigestMethod Algorithm=\"" + digestUri.toUtf8()
        + "\"/><ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue></ds:SignatureValue><ds:KeyInfo>"
          "<ds:X509Data><ds:X509Certificate>" + cert.der().toBase64() + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>";
    const qsizetype end = xml.lastIndexOf("</");
    if (end < 0 || !digest)
        return Error{Error::Code::Validation, tr("The XML cannot be read."), {}};
    const QByteArray withTemplate = xml.left(end) + signatureTemplate + xml.mid(end);
    Doc doc(xmlReadMemory(withTemplate.constData(), int(withTemplate.size()), "list.xml", nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
            xmlFreeDoc);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    xmlNodePtr signature = childElement(root, "Signature");
    if (!signature)
        return Error{Error::Code::Validation, tr("The XML cannot be read."), {}};
    xmlNodePtr signedInfo = childElement(signature, "SignedInfo");
    Canonicalization c;
    c.mode = XML_C14N_EXCLUSIVE_1_0;
    const auto document = canonical(doc.get(), NodeSet{nullptr, signature}, c);
    if (!document)
        return Error{Error::Code::Internal, tr("The signed part of the list cannot be put in canonical form."), {}};
    xmlNodeSetContent(childElement(childElement(signedInfo, "Reference"), "DigestValue"),
                      BAD_CAST digestOf(*digest, *document).toBase64().constData());
    const auto signedBytes = canonical(doc.get(), NodeSet{signedInfo, nullptr}, c);
    if (!signedBytes)
        return Error{Error::Code::Internal, tr("The signed part of the list cannot be put in canonical form."), {}};
    auto value = signer.signData(*signedBytes); // DSTU: r‖s little-endian; RSA: PKCS #1; ECDSA: DER
    if (!value)
        return value.error();
    QByteArray bytes = *value;
    if (key && EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        const auto raw = Signer::ecdsaDerToRaw(bytes, (EVP_PKEY_get_bits(key) + 7) / 8);
        if (!raw)
            return raw.error();
        bytes = *raw;
    }
    xmlNodeSetContent(childElement(signature, "SignatureValue"), BAD_CAST bytes.toBase64().constData());
    xmlChar *out = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc.get(), &out, &size, "UTF-8");
    const QByteArray result(reinterpret_cast<const char *>(out), size);
    xmlFree(out);
    return result;
}

} // namespace kopii
