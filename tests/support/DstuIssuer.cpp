// SPDX-License-Identifier: GPL-3.0-or-later
#include "DstuIssuer.h"

#include "crypto/Cades.h"
#include "crypto/national/Der.h"
#include "crypto/KeyFile.h"
#include "crypto/national/OpenSsl.h"

#include <QRandomGenerator>

#include <openssl/ocsp.h>
#include <openssl/x509.h>

namespace kopii {

namespace {

QByteArray name(const QList<QPair<const char *, QString>> &entries)
{
    X509_NAME *n = X509_NAME_new();
    for (const auto &[field, value] : entries) {
        if (value.isEmpty())
            continue;
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(n, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                   int(utf8.size()), -1, 0);
    }
    const QByteArray out = ossl::der(n, i2d_X509_NAME);
    X509_NAME_free(n);
    return out;
}

QByteArray utcTime(const QDateTime &t)
{
    return der::encode(0x17, t.toUTC().toString(QStringLiteral("yyMMddHHmmss'Z'")).toLatin1());
}

QByteArray integer(long v)
{
    QByteArray bytes;
    for (; v > 0; v >>= 8)
        bytes.prepend(char(v & 0xff));
    if (bytes.isEmpty() || (uchar(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    return der::encode(0x02, bytes);
}

QByteArray extension(const char *oid, bool critical, const QByteArray &value)
{
    return der::encode(der::kSequence,
                       der::objectIdentifier(QString::fromLatin1(oid)) + (critical ? QByteArray::fromHex("0101ff") : QByteArray())
                           + der::encode(der::kOctetString, value));
}

// basicConstraints CA, keyUsage keyCertSign and cRLSign, and the subject key identifier: what
// every CA certificate of this issuer carries.
QByteArray caExtensions(const QByteArray &keyId)
{
    return extension("2.5.29.19", true, QByteArray::fromHex("30030101ff"))
        + extension("2.5.29.15", true, QByteArray::fromHex("03020106"))
        + extension("2.5.29.14", false, der::encode(der::kOctetString, keyId));
}

QByteArray algorithm(NationalHash hash)
{
    return der::encode(der::kSequence, der::objectIdentifier(national::signatureAlgorithmOid(hash)));
}

} // namespace

Result<QByteArray> DstuIssuer::signatureOf(const QByteArray &tbs, const Dstu4145Key &key) const
{
    const auto signature = key.sign(tbs, m_hash);
    if (!signature)
        return signature.error();
    return algorithm(m_hash) + der::encode(0x03, QByteArray(1, '\0') + der::encode(der::kOctetString, *signature));
}

Result<QByteArray> DstuIssuer::signed_(const QByteArray &tbs) const
{
    const auto signature = signatureOf(tbs, m_key);
    if (!signature)
        return signature.error();
    return der::encode(der::kSequence, tbs + *signature);
}

Result<DstuIssuer> DstuIssuer::createRoot(const QString &commonName, const QByteArray &algorithmIdentifier, const QDateTime &now,
                                          NationalHash hash)
{
    auto key = Dstu4145Key::generate(algorithmIdentifier);
    if (!key)
        return key.error();
    DstuIssuer ca(std::move(key).value(), hash);
    const QByteArray spki = ca.m_key.subjectPublicKeyInfo();
    ca.m_name = name({{"C", QStringLiteral("UA")}, {"O", commonName}, {"CN", commonName}});
    ca.m_keyId = Gost34311::hash(spki);
    const QByteArray extensions = der::encode(0xa3, der::encode(der::kSequence, caExtensions(ca.m_keyId)));
    const QByteArray tbs = der::encode(der::kSequence,
                                       QByteArray::fromHex("a003020102") + integer(1) + algorithm(hash) + ca.m_name
                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(10)))
                                           + ca.m_name + spki + extensions);
    auto certificate = ca.signed_(tbs);
    if (!certificate)
        return certificate.error();
    ca.m_certificate = *certificate;
    return ca;
}

Result<DstuIssuer::Issued> DstuIssuer::issue(const DemoHolder &holder, const QDateTime &now,
                                             const QByteArray &subjectPublicKeyInfo)
{
    // The holder's key: given, or made on the issuer's own curve.
    QByteArray spki = subjectPublicKeyInfo, privateKeyInfo;
    if (spki.isEmpty()) {
        auto key = Dstu4145Key::generate(m_key.algorithmIdentifier());
        if (!key)
            return key.error();
        spki = key->subjectPublicKeyInfo();
        privateKeyInfo = key->privateKeyInfo();
    } else if (auto given = Dstu4145Key::fromSubjectPublicKeyInfo(spki); !given) {
        return given.error();
    }
    const QString commonName = holder.surname + QLatin1Char(' ') + holder.givenName;
    const QByteArray subject =
        name({{"C", QStringLiteral("UA")},
              {"CN", commonName},
              {"SN", holder.surname},
              {"GN", holder.givenName},
              {"serialNumber", QStringLiteral("TINUA-") + holder.rnokpp},
              {"O", holder.organization},
              {"title", holder.title},
              {"organizationIdentifier", holder.edrpou.isEmpty() ? QString() : QStringLiteral("NTRUA-") + holder.edrpou}});
    const QByteArray extensions =
        der::encode(0xa3,
                    der::encode(der::kSequence,
                                extension("2.5.29.19", true, QByteArray::fromHex("3000"))
                                    + extension("2.5.29.15", true, QByteArray::fromHex("030206c0"))
                                    + extension("2.5.29.14", false, der::encode(der::kOctetString, Gost34311::hash(spki)))
                                    + extension("2.5.29.35", false, der::encode(der::kSequence, der::encode(0x80, m_keyId)))
                                    + extension("2.5.29.32", false, DemoPki::qualifiedPolicies())
                                    + extension("1.3.6.1.5.5.7.1.3", false, DemoPki::qualifiedStatements()) + addresses()));
    const QByteArray serial = integer(m_serial++);
    m_issued << serial;
    const QByteArray tbs = der::encode(der::kSequence,
                                       QByteArray::fromHex("a003020102") + serial + algorithm(m_hash) + m_name
                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(2)))
                                           + subject + spki + extensions);
    auto certificate = signed_(tbs);
    if (!certificate)
        return certificate.error();
    return Issued{*certificate, privateKeyInfo};
}

Result<QByteArray> DstuIssuer::crl(const QDateTime &now, const DstuCrlNumbers &numbers) const
{
    QByteArray revoked;
    for (const auto &[serial, when] : m_revoked)
        revoked += der::encode(der::kSequence, serial + utcTime(when));
    QByteArray extensions;
    if (numbers.number > 0) // cRLNumber
        extensions += extension("2.5.29.20", false, integer(numbers.number));
    if (numbers.deltaOf > 0) // deltaCRLIndicator, critical
        extensions += extension("2.5.29.27", true, integer(numbers.deltaOf));
    const QByteArray tbs =
        der::encode(der::kSequence,
                    QByteArray::fromHex("020101") + algorithm(m_hash) + m_name + utcTime(now.addDays(-1))
                        + utcTime(now.addYears(1)) + (revoked.isEmpty() ? QByteArray() : der::encode(der::kSequence, revoked))
                        + (extensions.isEmpty() ? QByteArray() : der::encode(0xa0, der::encode(der::kSequence, extensions))));
    return signed_(tbs);
}

Result<DstuIssuer> DstuIssuer::createSubordinate(const QString &commonName, const QDateTime &now)
{
    auto key = Dstu4145Key::generate(m_key.algorithmIdentifier());
    if (!key)
        return key.error();
    DstuIssuer ca(std::move(key).value(), m_hash);
    const QByteArray spki = ca.m_key.subjectPublicKeyInfo();
    ca.m_name = name({{"C", QStringLiteral("UA")}, {"O", commonName}, {"CN", commonName}});
    ca.m_keyId = Gost34311::hash(spki);
    const QByteArray extensions =
        der::encode(0xa3,
                    der::encode(der::kSequence,
                                caExtensions(ca.m_keyId)
                                    + extension("2.5.29.35", false, der::encode(der::kSequence, der::encode(0x80, m_keyId)))
                                    + crlDistributionPoints()));
    const QByteArray serial = integer(m_serial++);
    m_issued << serial;
    const QByteArray tbs = der::encode(der::kSequence,
                                       QByteArray::fromHex("a003020102") + serial + algorithm(m_hash) + m_name
                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(5)))
                                           + ca.m_name + spki + extensions);
    auto certificate = signed_(tbs);
    if (!certificate)
        return certificate.error();
    ca.m_certificate = *certificate;
    return ca;
}

QByteArray DstuIssuer::addresses() const
{
    QByteArray out;
    if (!m_ocspUrl.isEmpty()) // AuthorityInfoAccess { { id-ad-ocsp, [6] URI } }
        out += extension("1.3.6.1.5.5.7.1.1", false,
                         der::encode(der::kSequence,
                                     der::encode(der::kSequence,
                                                 der::objectIdentifier(QStringLiteral("1.3.6.1.5.5.7.48.1"))
                                                     + der::encode(0x86, m_ocspUrl.toLatin1()))));
    return out + crlDistributionPoints();
}

QByteArray DstuIssuer::crlDistributionPoints() const
{
    if (m_crlUrl.isEmpty())
        return {};
    // CRLDistributionPoints { { [0] { [0] { [6] URI } } } }
    return extension(
        "2.5.29.31", false,
        der::encode(der::kSequence,
                    der::encode(der::kSequence, der::encode(0xa0, der::encode(0xa0, der::encode(0x86, m_crlUrl.toLatin1()))))));
}

namespace {

// The serial number (DER INTEGER) of a DER certificate.
QByteArray serialOf(const QByteArray &certificateDer)
{
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts, tbs;
    if (!der::read(certificateDer, pos, &top) || !der::children(top.content, &parts) || parts.isEmpty()
        || !der::children(parts.at(0).content, &tbs) || tbs.size() < 2)
        return {};
    return (tbs.at(0).tag == 0xa0 ? tbs.at(1) : tbs.at(0)).encoded;
}

QByteArray generalizedTime(const QDateTime &t)
{
    return der::encode(0x18, t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss'Z'")).toLatin1());
}

} // namespace

void DstuIssuer::revoke(const QByteArray &certificateDer, const QDateTime &when)
{
    const QByteArray serial = serialOf(certificateDer);
    if (!serial.isEmpty())
        m_revoked.append({serial, when});
}

Result<DstuIssuer::ServiceKey> DstuIssuer::issueService(const QString &commonName, const char *extendedKeyUsage, bool critical,
                                                        const QByteArray &keyUsage, int years, const QDateTime &now)
{
    auto key = Dstu4145Key::generate(m_key.algorithmIdentifier());
    if (!key)
        return key.error();
    const QByteArray spki = key->subjectPublicKeyInfo();
    const QByteArray subject = name({{"C", QStringLiteral("UA")}, {"O", QStringLiteral("Kopii")}, {"CN", commonName}});
    const QByteArray extensions = der::encode(
        0xa3,
        der::encode(der::kSequence,
                    extension("2.5.29.19", true, QByteArray::fromHex("3000")) + extension("2.5.29.15", true, keyUsage)
                        + extension("2.5.29.37", critical,
                                    der::encode(der::kSequence, der::objectIdentifier(QString::fromLatin1(extendedKeyUsage))))
                        + extension("2.5.29.35", false, der::encode(der::kSequence, der::encode(0x80, m_keyId)))
                        + crlDistributionPoints()));
    const QByteArray tbs = der::encode(der::kSequence,
                                       QByteArray::fromHex("a003020102") + integer(m_serial++) + algorithm(m_hash) + m_name
                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(years)))
                                           + subject + spki + extensions);
    auto certificate = signed_(tbs);
    if (!certificate)
        return certificate.error();
    return ServiceKey{*certificate, std::move(key).value()};
}

Result<QByteArray> DstuIssuer::makeOcspResponder(const QDateTime &now)
{
    // digitalSignature; id-kp-OCSPSigning
    auto service =
        issueService(QStringLiteral("OCSP-сервер (Kopii)"), "1.3.6.1.5.5.7.3.9", false, QByteArray::fromHex("03020780"), 1, now);
    if (!service)
        return service.error();
    ServiceKey issued = std::move(service).value();
    m_responderCertificate = issued.certificate;
    m_responderKey = std::make_shared<Dstu4145Key>(std::move(issued.key));
    return m_responderCertificate;
}

Result<DstuIssuer::Issued> DstuIssuer::issueTimestampAuthority(const QDateTime &now)
{
    // digitalSignature, nonRepudiation; id-kp-timeStamping, critical (RFC 3161)
    auto service =
        issueService(QStringLiteral("TSP-сервер (Kopii)"), "1.3.6.1.5.5.7.3.8", true, QByteArray::fromHex("030206c0"), 5, now);
    if (!service)
        return service.error();
    return Issued{service->certificate, service->key.privateKeyInfo()};
}

Result<QByteArray> DstuIssuer::timestampToken(const Issued &authority, const QByteArray &signatureValue, const QDateTime &time,
                                              NationalHash imprint)
{
    auto signer = KeyFile::fromNationalKey(authority.privateKeyInfo, authority.certificate, QStringLiteral("TSP"));
    if (!signer)
        return signer.error();
    // TSTInfo { version 1, policy, messageImprint, serialNumber (random), genTime }
    const long serial = long(QRandomGenerator::system()->bounded(1, 0x7fffffff));
    const QByteArray tstInfo =
        der::encode(der::kSequence,
                    QByteArray::fromHex("020101") + der::objectIdentifier(QStringLiteral("1.2.804.2.1.1.1.2.3.1"))
                        + der::encode(der::kSequence,
                                      der::encode(der::kSequence, der::objectIdentifier(national::hashOid(imprint)))
                                          + der::encode(der::kOctetString, national::digest(imprint, signatureValue)))
                        + integer(serial) + generalizedTime(time));
    return Cades::sign(**signer, tstInfo, Cades::Options{true, time, QStringLiteral("1.2.840.113549.1.9.16.1.4")});
}

Result<QByteArray> DstuIssuer::ocspResponse(const QByteArray &requestDer, const QDateTime &now) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(requestDer.constData());
    std::unique_ptr<OCSP_REQUEST, ossl::Deleter<OCSP_REQUEST, OCSP_REQUEST_free>> request(
        d2i_OCSP_REQUEST(nullptr, &p, long(requestDer.size())));
    if (!request)
        return Error{Error::Code::Validation, tr("The OCSP request cannot be read."), {}};
    const auto *c = reinterpret_cast<const unsigned char *>(m_certificate.constData());
    ossl::X509Ptr ca(d2i_X509(nullptr, &c, long(m_certificate.size())));
    ossl::clearErrors();
    QByteArray responses;
    for (int i = 0; i < OCSP_request_onereq_count(request.get()); ++i) {
        OCSP_CERTID *id = OCSP_onereq_get0_id(OCSP_request_onereq_get0(request.get(), i));
        ASN1_INTEGER *serial = nullptr;
        OCSP_id_get0_info(nullptr, nullptr, nullptr, &serial, id);
        std::unique_ptr<OCSP_CERTID, ossl::Deleter<OCSP_CERTID, OCSP_CERTID_free>> mine(
            ca && serial
                ? OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(ca.get()), X509_get0_pubkey_bitstr(ca.get()), serial)
                : nullptr);
        const QByteArray serialDer = serial ? ossl::der(serial, i2d_ASN1_INTEGER) : QByteArray();
        QByteArray status = QByteArray::fromHex("8200"); // unknown
        if (mine && OCSP_id_issuer_cmp(id, mine.get()) == 0 && m_issued.contains(serialDer)) {
            status = QByteArray::fromHex("8000"); // good
            for (const auto &[revokedSerial, when] : m_revoked)
                if (revokedSerial == serialDer)
                    status = der::encode(0xa1, generalizedTime(when));
        }
        responses += der::encode(der::kSequence,
                                 ossl::der(id, i2d_OCSP_CERTID) + status + generalizedTime(now)
                                     + der::encode(0xa0, generalizedTime(now.addSecs(3600))));
    }
    QByteArray extensions;
    if (const int at = OCSP_REQUEST_get_ext_by_NID(request.get(), NID_id_pkix_OCSP_Nonce, -1); at >= 0)
        extensions = der::encode(
            0xa1, der::encode(der::kSequence, ossl::der(OCSP_REQUEST_get_ext(request.get(), at), i2d_X509_EXTENSION)));
    ossl::clearErrors();
    const bool delegated = m_responderKey != nullptr;
    QByteArray responderName = m_name;
    if (delegated) {
        qsizetype pos = 0;
        der::Element top;
        QList<der::Element> parts, tbs;
        if (der::read(m_responderCertificate, pos, &top) && der::children(top.content, &parts) && !parts.isEmpty()
            && der::children(parts.at(0).content, &tbs) && tbs.size() > 5)
            responderName = tbs.at(5).encoded; // [0] version, serial, signature, issuer, validity, subject
    }
    const QByteArray tbs = der::encode(der::kSequence,
                                       der::encode(0xa1, responderName) + generalizedTime(now)
                                           + der::encode(der::kSequence, responses) + extensions);
    const auto signature = signatureOf(tbs, delegated ? *m_responderKey : m_key);
    if (!signature)
        return signature.error();
    const QByteArray basic = der::encode(
        der::kSequence,
        tbs + *signature + (delegated ? der::encode(0xa0, der::encode(der::kSequence, m_responderCertificate)) : QByteArray()));
    return der::encode(der::kSequence,
                       QByteArray::fromHex("0a0100")
                           + der::encode(0xa0,
                                         der::encode(der::kSequence,
                                                     der::objectIdentifier(QStringLiteral("1.3.6.1.5.5.7.48.1.1"))
                                                         + der::encode(der::kOctetString, basic))));
}

} // namespace kopii
