// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPki.h"
#include "crypto/national/Dstu4145.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <memory>

namespace kopii {

// The numbers a CRL of DstuIssuer carries: its CRL number, and for a delta CRL its base's.
struct DstuCrlNumbers
{
    long number = 0;
    long deltaOf = 0;
};

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
    // A CRL from a day before `now` for a year, listing what revoke() named; with a CRL number when
    // `number` is set, and a delta CRL (delta CRL indicator) when `deltaOf` names its base's number.
    Result<QByteArray> crl(const QDateTime &now, const DstuCrlNumbers &numbers = {}) const;
    // A subordinate CA under this one, with a fresh key on the same curve, valid from a day before
    // `now` for five years (naming this issuer's CRL distribution point, when set).
    Result<DstuIssuer> createSubordinate(const QString &commonName, const QDateTime &now);

    // The addresses the certificates issued from now on name (authorityInfoAccess OCSP,
    // cRLDistributionPoints).
    void setOcspUrl(const QString &url) { m_ocspUrl = url; }
    void setCrlUrl(const QString &url) { m_crlUrl = url; }
    // Revokes a certificate this issuer issued, as of `when`: in the CRLs and OCSP answers after.
    void revoke(const QByteArray &certificateDer, const QDateTime &when);
    // A delegated OCSP responder: a certificate for OCSP signing, valid from a day before `now`
    // for a year, its key kept here; answers are signed by it from then on (by the CA before).
    // Like the Diia CA's, it is not marked id-pkix-ocsp-nocheck: it names the CA's CRL, when set.
    Result<QByteArray> makeOcspResponder(const QDateTime &now);
    // A time-stamping authority's certificate (extended key usage timeStamping, critical) for a
    // fresh key, valid from a day before `now` for five years.
    Result<Issued> issueTimestampAuthority(const QDateTime &now);
    // An RFC 3161 token (DER ContentInfo, TSTInfo inside) by `authority` at `time` over
    // `signatureValue`, its imprint hashed with `imprint`: as a Ukrainian TSP makes them.
    static Result<QByteArray> timestampToken(const Issued &authority, const QByteArray &signatureValue, const QDateTime &time,
                                             NationalHash imprint = NationalHash::Gost34311);
    // The DER OCSPResponse to a DER OCSP request at `now`: for each certificate asked about,
    // good, revoked (with its time), or unknown when this issuer did not issue it; the request's
    // nonce echoed; signed with DSTU 4145 as an OCSP responder of a Ukrainian CA signs.
    Result<QByteArray> ocspResponse(const QByteArray &requestDer, const QDateTime &now) const;

private:
    DstuIssuer(Dstu4145Key key, NationalHash hash) : m_key(std::move(key)), m_hash(hash) {}
    Result<QByteArray> signed_(const QByteArray &tbs) const;
    QByteArray addresses() const;             // the AIA and CRL distribution point extensions, when set
    QByteArray crlDistributionPoints() const; // the CRL distribution point extension, when set
    struct ServiceKey
    {
        QByteArray certificate;
        Dstu4145Key key;
    };
    // A certificate for one of the CA's services (OCSP, TSP) and its fresh key.
    Result<ServiceKey> issueService(const QString &commonName, const char *extendedKeyUsage, bool critical,
                                    const QByteArray &keyUsage, int years, const QDateTime &now);
    // signatureAlgorithm and signature (BIT STRING) of `tbs` by `key`.
    Result<QByteArray> signatureOf(const QByteArray &tbs, const Dstu4145Key &key) const;

    Dstu4145Key m_key;
    NationalHash m_hash;
    QByteArray m_certificate;
    QByteArray m_name;  // the subject Name, DER
    QByteArray m_keyId; // subjectKeyIdentifier
    long m_serial = 2;
    QString m_ocspUrl, m_crlUrl;
    QList<QByteArray> m_issued;                    // serial numbers (DER INTEGER) issued
    QList<QPair<QByteArray, QDateTime>> m_revoked; // serial number (DER INTEGER), when
    QByteArray m_responderCertificate;
    std::shared_ptr<Dstu4145Key> m_responderKey;
};

} // namespace kopii
