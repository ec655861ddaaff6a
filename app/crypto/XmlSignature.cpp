// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/XmlSignature.h"

#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <openssl/evp.h>

#include <functional>
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
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name) && node->ns
        && xmlStrEqual(node->ns->href, BAD_CAST ns);
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
    } else if (uri == QLatin1String(kExclusiveC14n)
               || uri == QLatin1String("http://www.w3.org/2001/10/xml-exc-c14n#WithComments")) {
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
        out = QByteArray(reinterpret_cast<const char *>(xmlOutputBufferGetContent(buffer)),
                         qsizetype(xmlOutputBufferGetSize(buffer)));
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
        if ((lower.contains(QLatin1String("dstu7564")) || lower.contains(QLatin1String("kupyna")))
            && lower.endsWith(QLatin1String(suffix)))
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
    // No network, no entity expansion, no DTD loading: only what the file says.
    Doc doc(xmlReadMemory(xml.constData(), int(xml.size()), "list.xml", nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
            xmlFreeDoc);
    if (!doc) {
        Check check;
        check.state = State::Invalid;
        check.detail = tr("The XML cannot be read.");
        return check;
    }
    return verifyEnvelopedDocument(doc.get());
}

XmlSignature::Check XmlSignature::verifyEnvelopedDocument(xmlDoc *document)
{
    Check check;
    const auto result = [&check](State state, const QString &detail) {
        check.state = state;
        check.detail = detail;
        ossl::clearErrors();
        return check;
    };
    xmlNodePtr root = document ? xmlDocGetRootElement(document) : nullptr;
    if (!root)
        return result(State::Invalid, tr("The XML cannot be read."));
    // A document type declaration can define entities that one reader expands and another does
    // not: nothing that needs one is a trusted list.
    if (document->intSubset || document->extSubset)
        return result(State::Invalid, tr("The XML declares a document type (DOCTYPE), which a signed list never does."));
    // Exactly one signature, the last element of the root: a second one, or one elsewhere, could
    // cover other content than the reader takes.
    int signatures = 0;
    const std::function<void(xmlNodePtr)> count = [&](xmlNodePtr node) {
        for (; node; node = node->next) {
            if (isElement(node, "Signature", kDsig))
                ++signatures;
            if (node->type == XML_ELEMENT_NODE)
                count(node->children);
        }
    };
    count(root->children);
    if (signatures == 0)
        return result(State::Absent, tr("The list is not signed."));
    xmlNodePtr signature = nullptr;
    for (xmlNodePtr c = root->last; c && !signature; c = c->prev)
        if (c->type == XML_ELEMENT_NODE)
            signature = isElement(c, "Signature", kDsig) ? c : root; // root: the last element is something else
    if (signatures != 1 || !signature || signature == root)
        return result(State::Invalid,
                      tr("The list must carry exactly one signature, as its last element (it carries %n, or "
                         "one elsewhere).",
                         nullptr, signatures));
    // Inside the signature only SignedInfo, SignatureValue and KeyInfo, once each: an Object or
    // anything else there is not signed, and must not be read as part of the list.
    int signedInfos = 0, values = 0, keyInfos = 0;
    for (xmlNodePtr c = signature->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (isElement(c, "SignedInfo", kDsig))
            ++signedInfos;
        else if (isElement(c, "SignatureValue", kDsig))
            ++values;
        else if (isElement(c, "KeyInfo", kDsig))
            ++keyInfos;
        else
            return result(State::Invalid,
                          tr("The signature holds an element \"%1\" that a list's signature does not have.")
                              .arg(QString::fromUtf8(reinterpret_cast<const char *>(c->name))));
    }
    if (signedInfos != 1 || values != 1 || keyInfos > 1)
        return result(State::Invalid, tr("The signature is incomplete or repeats its parts (SignedInfo, SignatureValue)."));
    xmlNodePtr signedInfo = childElement(signature, "SignedInfo");
    xmlNodePtr signatureValue = childElement(signature, "SignatureValue");
    xmlNodePtr certificateNode = childElement(childElement(childElement(signature, "KeyInfo"), "X509Data"), "X509Certificate");
    if (const auto c = Certificate::fromDer(base64(certificateNode)))
        check.signer = *c;

    // Exactly one reference, to the whole document (URI=""), with the enveloped-signature
    // transform and at most one canonicalization after it: a signature over some part only, or
    // over something else as well, proves nothing about the list as Kopii reads it.
    xmlNodePtr reference = nullptr;
    int references = 0;
    for (xmlNodePtr c = signedInfo->children; c; c = c->next)
        if (isElement(c, "Reference", kDsig)) {
            reference = c;
            ++references;
        }
    if (references != 1 || !xmlHasProp(reference, BAD_CAST "URI") || !attribute(reference, "URI").isEmpty())
        return result(State::Invalid,
                      tr("The signature does not cover the whole list (it must have exactly one reference, "
                         "to the whole document)."));
    NodeSet set;
    Canonicalization c; // a node set ends in inclusive c14n 1.0 unless a transform says otherwise
    int transforms = 0;
    for (xmlNodePtr t = childElement(reference, "Transforms") ? childElement(reference, "Transforms")->children : nullptr; t;
         t = t->next) {
        if (t->type != XML_ELEMENT_NODE)
            continue;
        if (!isElement(t, "Transform", kDsig))
            return result(State::Invalid, tr("The signature's transforms hold something else than transforms."));
        const QString algorithm = attribute(t, "Algorithm");
        ++transforms;
        if (transforms == 1 && algorithm == QLatin1String("http://www.w3.org/2000/09/xmldsig#enveloped-signature")) {
            set.excluded = signature;
        } else if (transforms == 2 && canonicalization(algorithm, t)) {
            c = *canonicalization(algorithm, t);
        } else {
            return result(State::Invalid,
                          tr("The signature transforms the list in a way a trusted list's signature does not "
                             "(%1).")
                              .arg(algorithm));
        }
    }
    if (set.excluded != signature)
        return result(State::Invalid, tr("The signature is not an enveloped signature of the whole list."));
    const QString digestUri = attribute(childElement(reference, "DigestMethod"), "Algorithm");
    const auto referenceDigest = digestAlgorithm(digestUri);
    if (!referenceDigest)
        return result(State::Unsupported, tr("The signature uses the hash %1, which Kopii does not check.").arg(digestUri));
    const auto bytes = canonical(document, set, c);
    if (!bytes)
        return result(State::Invalid, tr("The signed part of the list cannot be put in canonical form."));
    if (digestOf(*referenceDigest, *bytes) != base64(childElement(reference, "DigestValue")))
        return result(State::Invalid, tr("The list was changed after it was signed."));

    // The signature over the canonical SignedInfo.
    xmlNodePtr method = childElement(signedInfo, "CanonicalizationMethod");
    const auto signedInfoC14n = canonicalization(attribute(method, "Algorithm"), method);
    if (!signedInfoC14n)
        return result(
            State::Unsupported,
            tr("The signature uses the canonicalization %1, which Kopii does not know.").arg(attribute(method, "Algorithm")));
    const auto signedBytes = canonical(document, NodeSet{signedInfo, nullptr}, *signedInfoC14n);
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
                : lower.endsWith(QLatin1String("384"))  ? NationalHash::Kupyna384
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
        // Matching digests prove nothing (whoever changes the list recomputes them): a signature
        // value that does not verify in any form is a failed signature.
        return result(State::Invalid,
                      tr("The list's DSTU 4145 signature does not match its signer's key: it was forged or "
                         "damaged."));
    }
    const EVP_MD *md = nullptr;
    bool ecdsa = false;
    for (const auto &[name, hash] :
         {std::pair{"sha256", EVP_sha256()}, std::pair{"sha384", EVP_sha384()}, std::pair{"sha512", EVP_sha512()}}) {
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
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signatureBytes.constData()),
                            size_t(signatureBytes.size()), reinterpret_cast<const unsigned char *>(signedBytes->constData()),
                            size_t(signedBytes->size()))
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
        digestUri = hash == NationalHash::Gost34311
            ? QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#gost34311")
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
        "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\""
        + exclusive + "\"/><ds:SignatureMethod Algorithm=\"" + method.toUtf8()
        + "\"/><ds:Reference URI=\"\"><ds:Transforms><ds:Transform "
          "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
          "<ds:Transform Algorithm=\""
        + exclusive + "\"/></ds:Transforms><ds:DigestMethod Algorithm=\"" + digestUri.toUtf8()
        + "\"/><ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue></"
          "ds:SignatureValue><ds:KeyInfo>"
          "<ds:X509Data><ds:X509Certificate>"
        + cert.der().toBase64() + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>";
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
