// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "crypto/XmlSignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kopii {

// An ETSI TS 119 612 trusted list (the TL-UA-DSTU.xml that Ukrainian verifiers use): the
// providers' services with their type, status, certificates and supply points (OCSP, TSP).
// The list is read with libxml2 from the same tree its enveloped XML signature is checked on, and
// only along the schema's own path (TrustServiceStatusList / TrustServiceProviderList /
// TrustServiceProvider / TSPServices / TSPService / ServiceInformation): nothing is read from
// inside ds:Signature or from elements in other places, and a DOCTYPE is refused.
class TrustedList
{
    Q_DECLARE_TR_FUNCTIONS(TrustedList)

public:
    struct Service
    {
        QString provider;
        QString name;
        QString type;                   // e.g. http://uri.etsi.org/TrstSvc/Svctype/CA/QC
        QString status;                 // e.g. http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted
        QDateTime statusSince;          // StatusStartingTime, UTC; invalid when the list does not say
        QList<QByteArray> certificates; // DER
        QStringList supplyPoints;       // OCSP, TSP or CRL addresses
        bool isQualifiedCa() const;     // CA/QC (or CA/PKC) whose status is granted
        bool isGranted() const;
        bool isOcsp() const;         // Certstatus/OCSP(/QC), granted
        bool isTimestamping() const; // TSA(/QTST), granted
    };

    QString territory;
    QString type;               // TSLType URI
    qint64 sequenceNumber = -1; // TSLSequenceNumber; -1 when absent
    QDateTime issued;
    QDateTime nextUpdate;
    QList<Service> services;
    XmlSignature::Check signature; // the list's own signature, checked on the tree that was read

    static bool looksLike(const QByteArray &data);
    // The error says where the XML is malformed, or that it is not a trusted list.
    static Result<TrustedList> parse(const QByteArray &xml);
};

} // namespace kopii
