#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kopii {

// An ETSI TS 119 612 trusted list (the TL-UA-DSTU.xml that Ukrainian verifiers use): the
// providers' services with their type, status, certificates and supply points (OCSP, TSP).
// Its XML signature is checked on import by XmlSignature (the trust store refuses a changed list
// or one signed by someone it does not trust).
class TrustedList
{
    Q_DECLARE_TR_FUNCTIONS(TrustedList)

public:
    struct Service
    {
        QString provider;
        QString name;
        QString type;       // e.g. http://uri.etsi.org/TrstSvc/Svctype/CA/QC
        QString status;     // e.g. http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted
        QList<QByteArray> certificates; // DER
        QStringList supplyPoints;       // OCSP, TSP or CRL addresses
        bool isQualifiedCa() const;     // CA/QC (or CA/PKC) whose status is granted
        bool isGranted() const;
        bool isOcsp() const;            // Certstatus/OCSP(/QC), granted
        bool isTimestamping() const;    // TSA(/QTST), granted
    };

    QString territory;
    QDateTime issued;
    QDateTime nextUpdate;
    QList<Service> services;

    static bool looksLike(const QByteArray &data);
    // The error says where the XML is malformed, or that it is not a trusted list.
    static Result<TrustedList> parse(const QByteArray &xml);
};

} // namespace kopii
