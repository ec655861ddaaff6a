#include "TrustedList.h"

#include <QXmlStreamReader>

namespace kopii {

bool TrustedList::Service::isGranted() const
{
    // "granted" since TS 119 612 v2; "undersupervision" and "accredited" in older lists.
    return status.endsWith(QLatin1String("/granted")) || status.endsWith(QLatin1String("/undersupervision"))
        || status.endsWith(QLatin1String("/accredited"));
}

bool TrustedList::Service::isQualifiedCa() const
{
    return isGranted() && (type.endsWith(QLatin1String("/CA/QC")) || type.endsWith(QLatin1String("/CA/PKC")));
}

bool TrustedList::Service::isOcsp() const
{
    return isGranted() && type.contains(QLatin1String("/Svctype/Certstatus/OCSP"));
}

bool TrustedList::Service::isTimestamping() const
{
    return isGranted() && type.contains(QLatin1String("/Svctype/TSA"));
}

bool TrustedList::looksLike(const QByteArray &data)
{
    return data.left(4096).contains("TrustServiceStatusList");
}

Result<TrustedList> TrustedList::parse(const QByteArray &xml)
{
    TrustedList list;
    QXmlStreamReader reader(xml);
    QString provider;
    Service service;
    bool inService = false, inProvider = false, inProviderName = false, inServiceName = false, inNextUpdate = false;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("TrustServiceStatusList")) {
                sawRoot = true;
            } else if (name == QLatin1String("TrustServiceProvider")) {
                inProvider = true;
                provider.clear();
            } else if (name == QLatin1String("TSPName")) {
                inProviderName = true;
            } else if (name == QLatin1String("ServiceName")) {
                inServiceName = true;
            } else if (name == QLatin1String("NextUpdate")) {
                inNextUpdate = true;
            } else if (name == QLatin1String("TSPService")) {
                inService = true;
                service = Service();
                service.provider = provider;
            } else if (name == QLatin1String("Name")) {
                // The Ukrainian name first, else the first given.
                const bool uk = reader.attributes().value(QLatin1String("xml:lang")) == QLatin1String("uk");
                const QString text = reader.readElementText().trimmed();
                if (inServiceName && inService && (service.name.isEmpty() || uk))
                    service.name = text;
                else if (inProviderName && inProvider && !inService && (provider.isEmpty() || uk))
                    provider = text;
            } else if (name == QLatin1String("SchemeTerritory")) {
                list.territory = reader.readElementText().trimmed();
            } else if (name == QLatin1String("ListIssueDateTime")) {
                list.issued = QDateTime::fromString(reader.readElementText().trimmed(), Qt::ISODate);
            } else if (name == QLatin1String("dateTime") && inNextUpdate) {
                list.nextUpdate = QDateTime::fromString(reader.readElementText().trimmed(), Qt::ISODate);
            } else if (inService && name == QLatin1String("ServiceTypeIdentifier")) {
                service.type = reader.readElementText().trimmed();
            } else if (inService && name == QLatin1String("ServiceStatus")) {
                service.status = reader.readElementText().trimmed();
            } else if (inService && name == QLatin1String("X509Certificate")) {
                const QByteArray der = QByteArray::fromBase64(reader.readElementText().toLatin1().simplified().replace(' ', ""));
                if (!der.isEmpty())
                    service.certificates << der;
            } else if (inService && name == QLatin1String("ServiceSupplyPoint")) {
                service.supplyPoints << reader.readElementText().trimmed();
            }
        } else if (reader.isEndElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("TSPService")) {
                inService = false;
                list.services << service;
            } else if (name == QLatin1String("TrustServiceProvider")) {
                inProvider = false;
            } else if (name == QLatin1String("TSPName")) {
                inProviderName = false;
            } else if (name == QLatin1String("ServiceName")) {
                inServiceName = false;
            } else if (name == QLatin1String("NextUpdate")) {
                inNextUpdate = false;
            }
        }
    }
    if (reader.hasError())
        return Error{Error::Code::Validation,
                     tr("The trusted list is not well-formed XML (line %1): %2.").arg(reader.lineNumber()).arg(reader.errorString()),
                     {}};
    if (!sawRoot)
        return Error{Error::Code::Validation, tr("The XML file is not a trusted list (TrustServiceStatusList)."), {}};
    return list;
}

} // namespace kopii
