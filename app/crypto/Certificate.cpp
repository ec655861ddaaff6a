// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Certificate.h"

#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509v3.h>

namespace kopii {

namespace {

const QString kOidRnokpp = QStringLiteral("1.2.804.2.1.1.1.11.1.4.1.1");
const QString kOidEdrpou = QStringLiteral("1.2.804.2.1.1.1.11.1.4.2.1");
const QString kOidQualifiedPolicy = QStringLiteral("1.2.804.2.1.1.1.2.2");
const QString kOidQcCompliance = QStringLiteral("0.4.0.1862.1.1");
const QString kOidQcUkrainian = QStringLiteral("1.2.804.2.1.1.1.2.1");
const QString kOidQcSscd = QStringLiteral("0.4.0.1862.1.4");
const QString kOidQcType = QStringLiteral("0.4.0.1862.1.6");
const QString kOidSubjectDirectoryAttributes = QStringLiteral("2.5.29.9");
const QString kOidQcStatements = QStringLiteral("1.3.6.1.5.5.7.1.3");
constexpr qint64 kMaxCertificateFile = 16 * 1024 * 1024;

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    return ossl::toQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString nameLine(const X509_NAME *name)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_DUMP_UNKNOWN_FIELDS);
    return QString::fromUtf8(ossl::bioContents(bio.get()));
}

// The raw DER value of the extension with that OID, empty when absent.
QByteArray extensionValue(X509 *x509, const QString &oid)
{
    const int count = X509_get_ext_count(x509);
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x509, i);
        if (ossl::oidText(X509_EXTENSION_get_object(ext)) == oid) {
            const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(ext);
            return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data));
        }
    }
    return {};
}

QString stringValue(const der::Element &e)
{
    switch (e.tag) {
    case 0x0c: // UTF8String
        return QString::fromUtf8(e.content);
    case 0x13: // PrintableString
    case 0x16: // IA5String
    case 0x12: // NumericString
        return QString::fromLatin1(e.content);
    case 0x1e: { // BMPString
        QString s;
        for (qsizetype i = 0; i + 1 < e.content.size(); i += 2)
            s.append(QChar(ushort((uchar(e.content.at(i)) << 8) | uchar(e.content.at(i + 1)))));
        return s;
    }
    default: return {};
    }
}

// subjectDirectoryAttributes: SEQUENCE OF Attribute { type OID, values SET OF ANY }.
void readDirectoryAttributes(const QByteArray &value, CertificateInfo *info)
{
    qsizetype pos = 0;
    der::Element outer;
    QList<der::Element> attributes;
    if (!der::read(value, pos, &outer) || outer.tag != der::kSequence || !der::children(outer.content, &attributes))
        return;
    for (const der::Element &attribute : attributes) {
        QList<der::Element> parts;
        if (attribute.tag != der::kSequence || !der::children(attribute.content, &parts) || parts.size() != 2
            || parts[0].tag != der::kOid || parts[1].tag != der::kSet)
            continue;
        QList<der::Element> values;
        if (!der::children(parts[1].content, &values) || values.isEmpty())
            continue;
        const QString type = der::oid(parts[0].content);
        const QString text = stringValue(values.first()).trimmed();
        if (type == kOidRnokpp && info->rnokpp.isEmpty())
            info->rnokpp = text;
        else if (type == kOidEdrpou && info->edrpou.isEmpty())
            info->edrpou = text;
    }
}

// qcStatements: SEQUENCE OF QCStatement { statementId OID, statementInfo ANY OPTIONAL }.
void readQcStatements(const QByteArray &value, CertificateInfo *info)
{
    qsizetype pos = 0;
    der::Element outer;
    QList<der::Element> statements;
    if (!der::read(value, pos, &outer) || outer.tag != der::kSequence || !der::children(outer.content, &statements))
        return;
    for (const der::Element &statement : statements) {
        QList<der::Element> parts;
        if (statement.tag != der::kSequence || !der::children(statement.content, &parts) || parts.isEmpty()
            || parts[0].tag != der::kOid)
            continue;
        const QString id = der::oid(parts[0].content);
        if (id == kOidQcCompliance)
            info->qcCompliance = true;
        else if (id == kOidQcUkrainian)
            info->qcUkrainian = true;
        else if (id == kOidQcSscd)
            info->qcSscd = true;
        else if (id == kOidQcType && parts.size() > 1 && parts[1].tag == der::kSequence) {
            // QcType ::= SEQUENCE OF OBJECT IDENTIFIER (0.4.0.1862.1.6.1 esign, .2 eseal, .3 web)
            QList<der::Element> types;
            if (!der::children(parts[1].content, &types))
                continue;
            for (const der::Element &type : std::as_const(types)) {
                if (type.tag != der::kOid)
                    continue;
                const QString oid = der::oid(type.content);
                const QString name = oid == kOidQcType + QLatin1String(".1") ? QStringLiteral("esign")
                    : oid == kOidQcType + QLatin1String(".2")                ? QStringLiteral("eseal")
                    : oid == kOidQcType + QLatin1String(".3")                ? QStringLiteral("web")
                                                                             : QString();
                if (!name.isEmpty() && !info->qcTypes.contains(name))
                    info->qcTypes << name;
            }
        }
    }
}

QString algorithmName(const ASN1_OBJECT *object)
{
    const QString oid = ossl::oidText(object);
    if (const auto hash = national::hashOfSignatureAlgorithm(oid))
        return *hash == NationalHash::Gost34311 ? QStringLiteral("DSTU 4145-2002")
                                                : QStringLiteral("DSTU 4145-2002 (%1)").arg(national::hashName(*hash));
    char buffer[128];
    const int size = OBJ_obj2txt(buffer, sizeof buffer, object, 0);
    return size > 0 ? QString::fromLatin1(buffer, qMin(size, int(sizeof buffer) - 1)) : oid;
}

QString publicKeyDescription(X509 *x509)
{
    ASN1_OBJECT *algorithm = nullptr;
    X509_PUBKEY_get0_param(&algorithm, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x509));
    EVP_PKEY *key = X509_get0_pubkey(x509); // null for keys OpenSSL cannot decode (DSTU)
    if (!key) {
        ossl::clearErrors();
        return algorithm ? algorithmName(algorithm) : QString();
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1) {
            const QString name = QString::fromLatin1(group);
            if (name == QLatin1String("prime256v1"))
                return QStringLiteral("ECDSA P-256");
            if (name == QLatin1String("secp384r1"))
                return QStringLiteral("ECDSA P-384");
            if (name == QLatin1String("secp521r1"))
                return QStringLiteral("ECDSA P-521");
            return QStringLiteral("ECDSA ") + name;
        }
        return QStringLiteral("ECDSA");
    }
    default: return algorithm ? algorithmName(algorithm) : QString();
    }
}

QStringList uris(const GENERAL_NAMES *names)
{
    QStringList list;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_URI)
            list << ossl::toQString(name->d.uniformResourceIdentifier);
    }
    return list;
}

std::shared_ptr<const CertificateInfo> describe(X509 *x509)
{
    auto info = std::make_shared<CertificateInfo>();
    const X509_NAME *subject = X509_get_subject_name(x509);
    const X509_NAME *issuer = X509_get_issuer_name(x509);
    info->commonName = nameEntry(subject, NID_commonName);
    info->surname = nameEntry(subject, NID_surname);
    info->givenName = nameEntry(subject, NID_givenName);
    info->organization = nameEntry(subject, NID_organizationName);
    info->organizationalUnit = nameEntry(subject, NID_organizationalUnitName);
    info->title = nameEntry(subject, NID_title);
    info->locality = nameEntry(subject, NID_localityName);
    info->country = nameEntry(subject, NID_countryName);
    info->subjectSerialNumber = nameEntry(subject, NID_serialNumber);
    info->issuerCommonName = nameEntry(issuer, NID_commonName);
    info->issuerOrganization = nameEntry(issuer, NID_organizationName);
    info->subjectLine = nameLine(subject);
    info->issuerLine = nameLine(issuer);

    readDirectoryAttributes(extensionValue(x509, kOidSubjectDirectoryAttributes), info.get());
    readQcStatements(extensionValue(x509, kOidQcStatements), info.get());
    // Newer certificates name the codes in the subject too.
    if (info->rnokpp.isEmpty() && info->subjectSerialNumber.startsWith(QLatin1String("TINUA-")))
        info->rnokpp = info->subjectSerialNumber.mid(6);
    const QString orgId = nameEntry(subject, NID_organizationIdentifier);
    if (info->edrpou.isEmpty() && orgId.startsWith(QLatin1String("NTRUA-")))
        info->edrpou = orgId.mid(6);

    if (const ASN1_INTEGER *serial = X509_get0_serialNumber(x509)) {
        const ossl::BnPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
        const ossl::CString hex(bn ? BN_bn2hex(bn.get()) : nullptr);
        if (hex)
            info->serialNumber = QString::fromLatin1(hex.get());
    }
    info->notBefore = ossl::toDateTime(X509_get0_notBefore(x509));
    info->notAfter = ossl::toDateTime(X509_get0_notAfter(x509));

    const uint32_t flags = X509_get_extension_flags(x509);
    info->hasKeyUsage = flags & EXFLAG_KUSAGE;
    if (info->hasKeyUsage) {
        const uint32_t ku = X509_get_key_usage(x509);
        if (ku & KU_DIGITAL_SIGNATURE)
            info->keyUsage |= unsigned(KeyUsage::DigitalSignature);
        if (ku & KU_NON_REPUDIATION)
            info->keyUsage |= unsigned(KeyUsage::NonRepudiation);
        if (ku & KU_KEY_ENCIPHERMENT)
            info->keyUsage |= unsigned(KeyUsage::KeyEncipherment);
        if (ku & KU_KEY_AGREEMENT)
            info->keyUsage |= unsigned(KeyUsage::KeyAgreement);
        if (ku & KU_KEY_CERT_SIGN)
            info->keyUsage |= unsigned(KeyUsage::KeyCertSign);
        if (ku & KU_CRL_SIGN)
            info->keyUsage |= unsigned(KeyUsage::CrlSign);
    }
    info->isCa = X509_check_ca(x509) > 0;

    if (const ossl::Owned<EXTENDED_KEY_USAGE, EXTENDED_KEY_USAGE_free> eku(
            static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x509, NID_ext_key_usage, nullptr, nullptr)));
        eku) {
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i)
            info->extendedKeyUsage << ossl::oidText(sk_ASN1_OBJECT_value(eku.get(), i));
    }
    if (const ossl::Owned<CERTIFICATEPOLICIES, CERTIFICATEPOLICIES_free> policies(
            static_cast<CERTIFICATEPOLICIES *>(X509_get_ext_d2i(x509, NID_certificate_policies, nullptr, nullptr)));
        policies) {
        for (int i = 0; i < sk_POLICYINFO_num(policies.get()); ++i)
            info->policies << ossl::oidText(sk_POLICYINFO_value(policies.get(), i)->policyid);
    }
    info->qualifiedPolicy = info->policies.contains(kOidQualifiedPolicy);
    if (const ossl::Owned<AUTHORITY_INFO_ACCESS, AUTHORITY_INFO_ACCESS_free> aia(
            static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(x509, NID_info_access, nullptr, nullptr)));
        aia) {
        for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
            const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
            if (OBJ_obj2nid(ad->method) == NID_ad_OCSP && ad->location->type == GEN_URI)
                info->ocspUrls << ossl::toQString(ad->location->d.uniformResourceIdentifier);
        }
    }
    if (const ossl::Owned<CRL_DIST_POINTS, CRL_DIST_POINTS_free> cdp(
            static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(x509, NID_crl_distribution_points, nullptr, nullptr)));
        cdp) {
        for (int i = 0; i < sk_DIST_POINT_num(cdp.get()); ++i) {
            const DIST_POINT *dp = sk_DIST_POINT_value(cdp.get(), i);
            if (dp->distpoint && dp->distpoint->type == 0)
                info->crlUrls << uris(dp->distpoint->name.fullname);
        }
    }

    info->publicKeyAlgorithm = publicKeyDescription(x509);
    const X509_ALGOR *sigAlg = nullptr;
    X509_get0_signature(nullptr, &sigAlg, x509);
    if (sigAlg) {
        const ASN1_OBJECT *object = nullptr;
        X509_ALGOR_get0(&object, nullptr, nullptr, sigAlg);
        info->signatureAlgorithm = algorithmName(object);
    }
    info->sha256 = QString::fromLatin1(QCryptographicHash::hash(ossl::toDer(x509), QCryptographicHash::Sha256).toHex());
    ossl::clearErrors();
    return info;
}

Result<QList<Certificate>> fromPkcs7(PKCS7 *p7)
{
    QList<Certificate> list;
    STACK_OF(X509) *certs = nullptr;
    if (p7 && PKCS7_type_is_signed(p7) && p7->d.sign)
        certs = p7->d.sign->cert;
    for (int i = 0; i < sk_X509_num(certs); ++i)
        list << Certificate::fromX509(sk_X509_value(certs, i));
    return list;
}

// Certificates read before, by their exact DER. The same few come in almost every signature (Diia's
// seal, a provider's CA, an office's own), and OpenSSL 3.0 takes about 0.1 ms to decode one and as
// long again to describe it: a third of a signature's check. Bounded; the oldest go first. The X509
// objects are shared between threads as OpenSSL allows (reference counted, their lazily computed
// extension data under OpenSSL's own lock); nothing in Kopii changes a parsed certificate.
class ReadCertificates
{
public:
    Certificate find(const QByteArray &der)
    {
        QMutexLocker lock(&m_mutex);
        return m_byDer.value(der);
    }

    void keep(const QByteArray &der, const Certificate &certificate)
    {
        QMutexLocker lock(&m_mutex);
        if (m_byDer.contains(der))
            return;
        if (m_order.size() >= kCapacity)
            m_byDer.remove(m_order.takeFirst());
        m_byDer.insert(der, certificate);
        m_order << der;
    }

private:
    static constexpr qsizetype kCapacity = 512;
    QMutex m_mutex;
    QHash<QByteArray, Certificate> m_byDer;
    QList<QByteArray> m_order;
};

ReadCertificates &readCertificates()
{
    static ReadCertificates cache;
    return cache;
}

} // namespace

QString CertificateInfo::holderName() const
{
    if (!commonName.isEmpty())
        return commonName;
    return QStringList{surname, givenName}.join(QLatin1Char(' ')).trimmed();
}

bool CertificateInfo::canSign() const
{
    return !isCa && (hasUsage(KeyUsage::NonRepudiation) || hasUsage(KeyUsage::DigitalSignature));
}

Certificate Certificate::fromX509(X509 *x509)
{
    Certificate c;
    if (!x509)
        return c;
    X509_up_ref(x509);
    c.m_x509 = std::shared_ptr<X509>(x509, X509_free);
    // The description of the same certificate read before (the X509 stays the caller's).
    const Certificate known = readCertificates().find(ossl::toDer(x509));
    c.m_info = known.isNull() ? describe(x509) : known.m_info;
    return c;
}

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    if (Certificate known = readCertificates().find(der); !known.isNull())
        return known;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::X509Ptr x509(d2i_X509(nullptr, &p, long(der.size())));
    if (!x509 || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, tr("This is not an X.509 certificate in DER form."), {}};
    }
    Certificate c = fromX509(x509.get());
    readCertificates().keep(der, c);
    return c;
}

Result<QList<Certificate>> Certificate::parseAll(const QByteArray &data)
{
    if (data.contains("-----BEGIN")) {
        QList<Certificate> list;
        ossl::Bio bio = ossl::memoryBio(data);
        while (true) {
            ossl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!x509)
                break;
            list << fromX509(x509.get());
        }
        ossl::clearErrors();
        if (list.isEmpty()) {
            ossl::Bio again = ossl::memoryBio(data);
            const ossl::Pkcs7Ptr p7(PEM_read_bio_PKCS7(again.get(), nullptr, nullptr, nullptr));
            if (p7) {
                const auto result = fromPkcs7(p7.get());
                if (result) // a bundle that cannot be read is "no certificate", said below
                    list = *result;
            }
            ossl::clearErrors();
        }
        if (list.isEmpty())
            return Error{Error::Code::Validation, tr("The PEM text holds no certificate."), {}};
        return list;
    }
    if (!data.isEmpty() && data.at(0) == char(0x30)) {
        auto single = fromDer(data);
        if (single)
            return QList<Certificate>{*single};
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        const ossl::Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(data.size())));
        if (p7) {
            auto result = fromPkcs7(p7.get());
            if (result && !result->isEmpty())
                return result;
        }
        ossl::clearErrors();
    } else {
        // Base64 of a DER certificate or bundle, as some portals offer them.
        const QByteArray compact = data.simplified().replace(' ', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty() && decoded.decoded.at(0) == char(0x30))
            return parseAll(decoded.decoded);
    }
    return Error{Error::Code::Validation,
                 tr("No certificate was found: expected a DER or PEM certificate, or a PKCS#7 (.p7b) bundle."),
                 {}};
}

Result<QList<Certificate>> Certificate::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()), {}};
    if (file.size() > kMaxCertificateFile)
        return Error{Error::Code::Validation, tr("%1 is too large to be a certificate file.").arg(path), {}};
    auto result = parseAll(file.readAll());
    if (!result)
        return Error{result.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), result.error().message), {}};
    return result;
}

QByteArray Certificate::der() const
{
    return m_x509 ? ossl::toDer(m_x509.get()) : QByteArray();
}

QString Certificate::sha256() const
{
    return m_info ? m_info->sha256 : QString();
}

bool Certificate::isSelfIssued() const
{
    return m_x509 && X509_NAME_cmp(X509_get_subject_name(m_x509.get()), X509_get_issuer_name(m_x509.get())) == 0;
}

} // namespace kopii
