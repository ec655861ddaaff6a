#pragma once

#include "DemoPki.h"
#include "Dstu4145.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

// A certification authority with DSTU 4145 keys made by Kopii: a self-signed root on a given
// curve that issues qualified signing certificates and CRLs, all in DER written here and signed
// with GOST 34.311 + DSTU 4145. For tests (a Ukrainian-algorithm PKI the test tools can use) and
// demos; trusted only where its root is imported.
class DstuIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DstuIssuer)

public:
    // `algorithmIdentifier`: the curve (DER), e.g. from a real certificate's key.
    static Result<DstuIssuer> createRoot(const QString &name, const QByteArray &algorithmIdentifier, const QDateTime &now);

    QByteArray certificate() const { return m_certificate; }
    struct Issued
    {
        QByteArray certificate;    // DER
        QByteArray privateKeyInfo; // PKCS#8 DER (a test key, unencrypted)
    };
    // A qualified signing certificate for `holder`, valid from a day before `now` for two years.
    Result<Issued> issue(const DemoHolder &holder, const QDateTime &now);
    // An empty CRL, from a day before `now` for a year.
    Result<QByteArray> crl(const QDateTime &now) const;

private:
    explicit DstuIssuer(Dstu4145Key key) : m_key(std::move(key)) {}
    Result<QByteArray> signed_(const QByteArray &tbs) const;

    Dstu4145Key m_key;
    QByteArray m_certificate;
    QByteArray m_name;   // the subject Name, DER
    QByteArray m_keyId;  // subjectKeyIdentifier
    long m_serial = 2;
};

} // namespace kopii
