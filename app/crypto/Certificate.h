// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct x509_st X509;

namespace kopii {

// Key usages a Ukrainian user cares about (RFC 5280 keyUsage bits).
enum class KeyUsage : unsigned {
    DigitalSignature = 0x01,
    NonRepudiation = 0x02,
    KeyEncipherment = 0x04,
    KeyAgreement = 0x08,
    KeyCertSign = 0x10,
    CrlSign = 0x20,
};

// What a certificate says, as a Ukrainian user expects to read it.
struct CertificateInfo
{
    QString commonName;
    QString surname;
    QString givenName;
    QString rnokpp; // РНОКПП (ДРФО): subjectDirectoryAttributes or serialNumber TINUA-…
    QString edrpou; // ЄДРПОУ: subjectDirectoryAttributes or organizationIdentifier NTRUA-…
    QString organization;
    QString organizationalUnit;
    QString title;
    QString locality;
    QString country;
    QString subjectSerialNumber;
    QString issuerCommonName;
    QString issuerOrganization;
    QString serialNumber;         // hex, upper case
    QDateTime notBefore;          // UTC
    QDateTime notAfter;           // UTC
    bool hasKeyUsage = false;     // without the extension every usage is allowed
    unsigned keyUsage = 0;        // KeyUsage bits
    QStringList extendedKeyUsage; // OIDs
    bool isCa = false;
    QStringList policies;         // OIDs
    bool qualifiedPolicy = false; // 1.2.804.2.1.1.1.2.2
    bool qcCompliance = false;    // qcStatements 0.4.0.1862.1.1
    bool qcUkrainian = false;     // qcStatements 1.2.804.2.1.1.1.2.1
    bool qcSscd = false;          // qcStatements QcSSCD 0.4.0.1862.1.4: the key is in a qualified device
    QStringList qcTypes;          // qcStatements QcType: "esign", "eseal", "web" (EN 319 412-5)
    QString publicKeyAlgorithm;   // readable name, e.g. "RSA 2048", "ECDSA P-256", "DSTU 4145-2002"
    QString signatureAlgorithm;   // readable name
    QString sha256;               // fingerprint of the DER, hex lower case
    QString subjectLine;          // RFC 2253-like, UTF-8
    QString issuerLine;
    QStringList ocspUrls; // from authorityInfoAccess
    QStringList crlUrls;  // from cRLDistributionPoints

    // The holder's name: CN, else "surname given-name".
    QString holderName() const;
    // A qualified certificate: the Ukrainian qualified policy or a qcStatements compliance marker.
    bool qualified() const { return qualifiedPolicy || qcCompliance || qcUkrainian; }
    bool hasUsage(KeyUsage usage) const { return !hasKeyUsage || (keyUsage & unsigned(usage)); }
    // May make electronic signatures (non-repudiation or digital signature, not a CA).
    bool canSign() const;
    bool isValidAt(const QDateTime &time) const { return time >= notBefore && time <= notAfter; }
    // An electronic seal's certificate (QcType eseal): a legal person's, not a person's signature.
    bool isSeal() const { return qcTypes.contains(QLatin1String("eseal")); }
};

// An X.509 certificate (shared, immutable). Works for any algorithm OpenSSL can parse the
// structure of, including DSTU 4145 certificates whose keys OpenSSL cannot use yet.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    Certificate() = default;
    // Takes a reference of its own on `x509`.
    static Certificate fromX509(X509 *x509);
    static Result<Certificate> fromDer(const QByteArray &der);
    // Every certificate in DER, PEM (one or many), base64 DER, or a PKCS#7 (.p7b) bundle.
    static Result<QList<Certificate>> parseAll(const QByteArray &data);
    static Result<QList<Certificate>> loadFile(const QString &path);

    bool isNull() const { return !m_x509; }
    X509 *x509() const { return m_x509.get(); }
    QByteArray der() const;
    QString sha256() const;
    const CertificateInfo &info() const { return *m_info; }
    bool isSelfIssued() const;

    bool operator==(const Certificate &other) const { return sha256() == other.sha256(); }

private:
    std::shared_ptr<X509> m_x509;
    std::shared_ptr<const CertificateInfo> m_info;
};

} // namespace kopii
