#include "DstuIssuer.h"

#include "Der.h"
#include "OpenSsl.h"

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
    unsigned char *raw = nullptr;
    const int size = i2d_X509_NAME(n, &raw);
    QByteArray out = size > 0 ? QByteArray(reinterpret_cast<const char *>(raw), size) : QByteArray();
    OPENSSL_free(raw);
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
    return der::encode(der::kSequence, der::objectIdentifier(QString::fromLatin1(oid))
                                           + (critical ? QByteArray::fromHex("0101ff") : QByteArray())
                                           + der::encode(der::kOctetString, value));
}

QByteArray algorithm(NationalHash hash)
{
    return der::encode(der::kSequence, der::objectIdentifier(national::signatureAlgorithmOid(hash)));
}

} // namespace

Result<QByteArray> DstuIssuer::signed_(const QByteArray &tbs) const
{
    const auto signature = m_key.sign(tbs, m_hash);
    if (!signature)
        return signature.error();
    return der::encode(der::kSequence,
                       tbs + algorithm(m_hash) + der::encode(0x03, QByteArray(1, '\0') + der::encode(der::kOctetString, *signature)));
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
    const QByteArray extensions = der::encode(
        0xa3, der::encode(der::kSequence, extension("2.5.29.19", true, QByteArray::fromHex("30030101ff"))
                                              + extension("2.5.29.15", true, QByteArray::fromHex("03020106"))
                                              + extension("2.5.29.14", false, der::encode(der::kOctetString, ca.m_keyId))));
    const QByteArray tbs = der::encode(der::kSequence, QByteArray::fromHex("a003020102") + integer(1) + algorithm(hash) + ca.m_name
                                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(10)))
                                                           + ca.m_name + spki + extensions);
    auto certificate = ca.signed_(tbs);
    if (!certificate)
        return certificate.error();
    ca.m_certificate = *certificate;
    return ca;
}

Result<DstuIssuer::Issued> DstuIssuer::issue(const DemoHolder &holder, const QDateTime &now, const QByteArray &subjectPublicKeyInfo)
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
        name({{"C", QStringLiteral("UA")}, {"CN", commonName}, {"SN", holder.surname}, {"GN", holder.givenName},
              {"serialNumber", QStringLiteral("TINUA-") + holder.rnokpp}, {"O", holder.organization}, {"title", holder.title},
              {"organizationIdentifier", holder.edrpou.isEmpty() ? QString() : QStringLiteral("NTRUA-") + holder.edrpou}});
    const QByteArray extensions = der::encode(
        0xa3, der::encode(der::kSequence,
                          extension("2.5.29.19", true, QByteArray::fromHex("3000"))
                              + extension("2.5.29.15", true, QByteArray::fromHex("030206c0"))
                              + extension("2.5.29.14", false, der::encode(der::kOctetString, Gost34311::hash(spki)))
                              + extension("2.5.29.35", false, der::encode(der::kSequence, der::encode(0x80, m_keyId)))
                              + extension("2.5.29.32", false, DemoPki::qualifiedPolicies())
                              + extension("1.3.6.1.5.5.7.1.3", false, DemoPki::qualifiedStatements())));
    const QByteArray tbs = der::encode(der::kSequence, QByteArray::fromHex("a003020102") + integer(m_serial++) + algorithm(m_hash) + m_name
                                                           + der::encode(der::kSequence, utcTime(now.addDays(-1)) + utcTime(now.addYears(2)))
                                                           + subject + spki + extensions);
    auto certificate = signed_(tbs);
    if (!certificate)
        return certificate.error();
    return Issued{*certificate, privateKeyInfo};
}

Result<QByteArray> DstuIssuer::crl(const QDateTime &now) const
{
    const QByteArray tbs = der::encode(der::kSequence, QByteArray::fromHex("020101") + algorithm(m_hash) + m_name + utcTime(now.addDays(-1))
                                                           + utcTime(now.addYears(1)));
    return signed_(tbs);
}

} // namespace kopii
