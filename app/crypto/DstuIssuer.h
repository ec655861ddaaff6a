#pragma once

#include "DemoPki.h"
#include "Dstu4145.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

// A certification authority with DSTU 4145 keys made by Kopii: a self-signed root on a given
// curve that issues qualified signing certificates and CRLs, all in DER written here and signed
// with DSTU 4145 over GOST 34.311, or over Kupyna as the CAs have since February 2026 (its holders
// then sign with Kupyna too). For tests (a Ukrainian-algorithm PKI the test tools can use) and
// demos; trusted only where its root is imported.
class DstuIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DstuIssuer)

public:
    // `algorithmIdentifier`: the curve (DER), e.g. from a real certificate's key.
    static Result<DstuIssuer> createRoot(const QString &name, const QByteArray &algorithmIdentifier, const QDateTime &now,
                                         NationalHash hash = NationalHash::Gost34311);

    QByteArray certificate() const { return m_certificate; }
    struct Issued
    {
        QByteArray certificate;    // DER
        QByteArray privateKeyInfo; // PKCS#8 DER (a test key, unencrypted)
    };
    // A qualified signing certificate for `holder`, valid from a day before `now` for two years:
    // for a fresh key on the issuer's curve, or for the key of `subjectPublicKeyInfo` (DER) when
    // given (a key made elsewhere; privateKeyInfo is then empty).
    Result<Issued> issue(const DemoHolder &holder, const QDateTime &now, const QByteArray &subjectPublicKeyInfo = {});
    // An empty CRL, from a day before `now` for a year.
    Result<QByteArray> crl(const QDateTime &now) const;

private:
    DstuIssuer(Dstu4145Key key, NationalHash hash) : m_key(std::move(key)), m_hash(hash) {}
    Result<QByteArray> signed_(const QByteArray &tbs) const;

    Dstu4145Key m_key;
    NationalHash m_hash;
    QByteArray m_certificate;
    QByteArray m_name;   // the subject Name, DER
    QByteArray m_keyId;  // subjectKeyIdentifier
    long m_serial = 2;
};

} // namespace kopii
