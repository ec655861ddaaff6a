// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPki.h"

#include <openssl/ec.h>
#include <openssl/x509v3.h>

namespace kopii {

namespace {

Error failed(const QString &what)
{
    return Error{Error::Code::Io, DemoPki::tr("The demo certificates could not be made (%1).").arg(what), {}, ossl::lastError()};
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
        == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool addRawExtension(X509 *cert, const char *oidText, const unsigned char *der, int size)
{
    ASN1_OBJECT *oid = OBJ_txt2obj(oidText, 1);
    ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
    bool ok = oid && value && ASN1_OCTET_STRING_set(value, der, size) == 1;
    X509_EXTENSION *ext = ok ? X509_EXTENSION_create_by_OBJ(nullptr, oid, 0, value) : nullptr;
    ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    ASN1_OCTET_STRING_free(value);
    ASN1_OBJECT_free(oid);
    return ok;
}

bool addQualifiedMarks(X509 *cert)
{
    const QByteArray policies = DemoPki::qualifiedPolicies(), statements = DemoPki::qualifiedStatements();
    return addRawExtension(cert, "2.5.29.32", reinterpret_cast<const unsigned char *>(policies.constData()), int(policies.size()))
        && addRawExtension(cert, "1.3.6.1.5.5.7.1.3", reinterpret_cast<const unsigned char *>(statements.constData()),
                           int(statements.size()));
}

ossl::PKey newKey()
{
    return ossl::PKey(EVP_EC_gen("P-256"));
}

bool setValidity(X509 *cert, const QDateTime &from, const QDateTime &to)
{
    return ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch()))
        && ASN1_TIME_set(X509_getm_notAfter(cert), time_t(to.toSecsSinceEpoch()));
}

} // namespace

QByteArray DemoPki::qualifiedPolicies()
{
    // certificatePolicies { 1.2.804.2.1.1.1.2.2 } (DER by hand: it is short)
    return QByteArray::fromHex("300d300b06092a8624020101010202");
}

QByteArray DemoPki::qualifiedStatements()
{
    // qcStatements { QcCompliance 0.4.0.1862.1.1, the Ukrainian 1.2.804.2.1.1.1.2.1 }
    return QByteArray::fromHex("30173008060604008e460101300b06092a8624020101010201");
}

Result<DemoPki> DemoPki::create(const QString &name, const QDateTime &now)
{
    DemoPki pki;
    pki.m_key = newKey();
    pki.m_certificate.reset(X509_new());
    X509 *cert = pki.m_certificate.get();
    if (!pki.m_key || !cert)
        return failed(QStringLiteral("key"));
    X509_NAME *subject = X509_get_subject_name(cert);
    if (X509_set_version(cert, 2) != 1 || ASN1_INTEGER_set(X509_get_serialNumber(cert), 1) != 1
        || !addName(subject, "C", QStringLiteral("UA")) || !addName(subject, "O", name) || !addName(subject, "CN", name)
        || X509_set_issuer_name(cert, subject) != 1 || !setValidity(cert, now.addDays(-1), now.addYears(10))
        || X509_set_pubkey(cert, pki.m_key.get()) != 1 || !addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(cert, cert, NID_subject_key_identifier, "hash") || X509_sign(cert, pki.m_key.get(), EVP_sha256()) <= 0)
        return failed(QStringLiteral("CA"));
    pki.m_serial = 2;
    return pki;
}

QByteArray DemoPki::certificateDer() const
{
    return ossl::der(m_certificate.get(), i2d_X509);
}

Result<QByteArray> DemoPki::crlDer(const QDateTime &now) const
{
    ossl::X509CrlPtr crl(X509_CRL_new());
    // Issued with the CA: the chain of a signature made before today is evaluated at its time.
    ASN1_TIME *last = ASN1_TIME_set(nullptr, time_t(now.addDays(-1).toSecsSinceEpoch()));
    ASN1_TIME *next = ASN1_TIME_set(nullptr, time_t(now.addYears(1).toSecsSinceEpoch()));
    const bool ok = crl && last && next && X509_CRL_set_version(crl.get(), 1) == 1
        && X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(m_certificate.get())) == 1
        && X509_CRL_set1_lastUpdate(crl.get(), last) == 1 && X509_CRL_set1_nextUpdate(crl.get(), next) == 1
        && X509_CRL_sign(crl.get(), m_key.get(), EVP_sha256()) > 0;
    ASN1_TIME_free(last);
    ASN1_TIME_free(next);
    if (!ok)
        return failed(QStringLiteral("CRL"));
    return ossl::der(crl.get(), i2d_X509_CRL);
}

Result<QByteArray> DemoPki::issueKeyFile(const DemoHolder &holder, const QByteArray &password, const QDateTime &now)
{
    ossl::PKey key = newKey();
    ossl::X509Ptr certificate(X509_new());
    X509 *cert = certificate.get();
    if (!key || !cert)
        return failed(QStringLiteral("key"));
    const QString commonName = holder.surname + QLatin1Char(' ') + holder.givenName;
    X509_NAME *subject = X509_get_subject_name(cert);
    const bool named = addName(subject, "C", QStringLiteral("UA")) && addName(subject, "CN", commonName)
        && addName(subject, "SN", holder.surname) && addName(subject, "GN", holder.givenName)
        && addName(subject, "serialNumber", QStringLiteral("TINUA-") + holder.rnokpp)
        && addName(subject, "O", holder.organization) && addName(subject, "title", holder.title)
        && (holder.edrpou.isEmpty() || addName(subject, "organizationIdentifier", QStringLiteral("NTRUA-") + holder.edrpou));
    if (!named || X509_set_version(cert, 2) != 1 || ASN1_INTEGER_set(X509_get_serialNumber(cert), m_serial++) != 1
        || X509_set_issuer_name(cert, X509_get_subject_name(m_certificate.get())) != 1
        || !setValidity(cert, now.addDays(-1), now.addYears(2)) || X509_set_pubkey(cert, key.get()) != 1
        || !addExtension(cert, m_certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert, m_certificate.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation")
        || !addExtension(cert, m_certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert, m_certificate.get(), NID_authority_key_identifier, "keyid") || !addQualifiedMarks(cert)
        || X509_sign(cert, m_key.get(), EVP_sha256()) <= 0)
        return failed(QStringLiteral("certificate"));
    ossl::X509Stack chain(sk_X509_new_null());
    if (!chain || sk_X509_push(chain.get(), X509_dup(m_certificate.get())) <= 0)
        return failed(QStringLiteral("PKCS#12"));
    const QByteArray friendly = commonName.toUtf8();
    ossl::Pkcs12 p12(PKCS12_create(password.constData(), friendly.constData(), key.get(), cert, chain.get(), 0, 0, 0, 0, 0));
    if (!p12)
        return failed(QStringLiteral("PKCS#12"));
    return ossl::der(p12.get(), i2d_PKCS12);
}

} // namespace kopii
