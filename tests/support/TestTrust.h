// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test PKI trusted as an office trusts its providers: the test signer of trusted lists pinned,
// then the signed test list (tl.xml: the test root and CA as qualified CAs, the OCSP responder and
// the TSA as services), then the CA bundle (chain.p7b, nothing new).
#include "CryptoTestUtil.h"
#include "crypto/KeyFile.h"
#include "core/Secret.h"
#include "crypto/TrustStore.h"
#include "crypto/XmlSignature.h"

#include <QDateTime>
#include <QFile>

namespace kopii::test {

inline bool trustTestPki(TrustStore &trust, const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    const auto signer = Certificate::loadFile(pki(QStringLiteral("tl-signer.crt")));
    if (!signer || signer->isEmpty() || !trust.addTlSigner(signer->constFirst(), now))
        return false;
    const auto list = trust.importFile(pki(QStringLiteral("tl.xml")), now);
    if (!list) {
        qWarning("test trusted list: %s", qPrintable(list.error().message));
        return false;
    }
    return bool(trust.importFile(pki(QStringLiteral("chain.p7b")), now));
}

// The same, with the CA's current CRL, as an office that keeps its provider's CRL imported (a
// first login needs proof that the certificate is not revoked).
inline bool trustTestPkiWithCrl(TrustStore &trust, const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    return trustTestPki(trust, now) && bool(trust.importFile(pki(QStringLiteral("ca.crl")), now));
}

// A trusted list as the ЦЗО publishes one, signed with the test signer of trusted lists
// (tl-signer.p12): the test root and CA and `extraCas` (DER) as granted qualified CAs. Its number
// grows with the clock, so it always follows the lists imported before.
inline QByteArray testTrustedList(const QList<QByteArray> &extraCas)
{
    QList<QByteArray> cas = extraCas;
    for (const char *name : {"root.der", "ca.der"}) {
        QFile f(pki(QString::fromLatin1(name)));
        if (f.open(QIODevice::ReadOnly))
            cas << f.readAll();
    }
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TrustServiceStatusList xmlns=\"http://uri.etsi.org/02231/v2#\">"
                     "<SchemeInformation><TSLSequenceNumber>"
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch())
        + "</TSLSequenceNumber><SchemeTerritory>UA</SchemeTerritory></SchemeInformation><TrustServiceProviderList>"
          "<TrustServiceProvider><TSPInformation><TSPName><Name xml:lang=\"uk\">Тестовий "
          "надавач</Name></TSPName></TSPInformation>"
          "<TSPServices>";
    for (const QByteArray &der : std::as_const(cas))
        xml += "<TSPService><ServiceInformation><ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</"
               "ServiceTypeIdentifier>"
               "<ServiceDigitalIdentity><DigitalId><X509Certificate>"
            + der.toBase64()
            + "</X509Certificate></DigitalId></ServiceDigitalIdentity><ServiceStatus>"
              "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</ServiceStatus></ServiceInformation></TSPService>";
    xml += "</TSPServices></TrustServiceProvider></TrustServiceProviderList></TrustServiceStatusList>";
    auto signer = KeyFile::open(pki(QStringLiteral("tl-signer.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer)
        return {};
    const auto made = XmlSignature::signEnveloped(xml, **signer);
    return made ? *made : QByteArray();
}

// The test PKI, and `cas` as well, trusted as qualified CAs through a signed trusted list.
inline bool trustAsQualified(TrustStore &trust, const QList<QByteArray> &cas,
                             const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    const auto signer = Certificate::loadFile(pki(QStringLiteral("tl-signer.crt")));
    if (!signer || signer->isEmpty() || !trust.addTlSigner(signer->constFirst(), now))
        return false;
    const auto list = trust.importData(testTrustedList(cas), QStringLiteral("TL-UA-test.xml"), now);
    if (!list)
        qWarning("test trusted list: %s", qPrintable(list.error().message));
    return bool(list);
}

} // namespace kopii::test
