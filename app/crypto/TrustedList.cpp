// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/TrustedList.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <memory>

namespace kopii {

namespace {

const char *const kTsl = "http://uri.etsi.org/02231/v2#";

bool isTsl(xmlNodePtr node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST name) && node->ns
        && xmlStrEqual(node->ns->href, BAD_CAST kTsl);
}

// The children of `parent` that are the TSL element `name`, in order.
QList<xmlNodePtr> children(xmlNodePtr parent, const char *name)
{
    QList<xmlNodePtr> found;
    for (xmlNodePtr c = parent ? parent->children : nullptr; c; c = c->next)
        if (isTsl(c, name))
            found << c;
    return found;
}

xmlNodePtr child(xmlNodePtr parent, const char *name)
{
    const QList<xmlNodePtr> all = children(parent, name);
    return all.isEmpty() ? nullptr : all.first();
}

QString text(xmlNodePtr node)
{
    xmlChar *value = node ? xmlNodeGetContent(node) : nullptr;
    const QString s = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed() : QString();
    xmlFree(value);
    return s;
}

QDateTime dateTime(xmlNodePtr node)
{
    QDateTime t = QDateTime::fromString(text(node), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

// The Ukrainian name of a multilingual name list, else the first.
QString name(xmlNodePtr names)
{
    QString first;
    for (xmlNodePtr n : children(names, "Name")) {
        xmlChar *lang = xmlNodeGetLang(n);
        const bool uk = lang && xmlStrEqual(lang, BAD_CAST "uk");
        xmlFree(lang);
        if (uk)
            return text(n);
        if (first.isEmpty())
            first = text(n);
    }
    return first;
}

} // namespace

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
    // No network, no entity expansion, no DTD loading: the same reading the signature check uses.
    xmlResetLastError();
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(xmlReadMemory(xml.constData(), int(xml.size()), "list.xml", nullptr,
                                                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                                                       xmlFreeDoc);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        return Error{Error::Code::Validation,
                     tr("The trusted list is not well-formed XML (line %1): %2.")
                         .arg(e ? e->line : 0)
                         .arg(e && e->message ? QString::fromUtf8(e->message).trimmed() : tr("unreadable")),
                     {}};
    }
    if (doc->intSubset || doc->extSubset)
        return Error{
            Error::Code::Validation, tr("The trusted list declares a document type (DOCTYPE); a trusted list never does."), {}};
    xmlNodePtr root = xmlDocGetRootElement(doc.get());
    if (!isTsl(root, "TrustServiceStatusList"))
        return Error{Error::Code::Validation, tr("The XML file is not a trusted list (TrustServiceStatusList)."), {}};

    TrustedList list;
    list.signature = XmlSignature::verifyEnvelopedDocument(doc.get());
    xmlNodePtr scheme = child(root, "SchemeInformation");
    list.territory = text(child(scheme, "SchemeTerritory"));
    list.type = text(child(scheme, "TSLType"));
    bool ok = false;
    const qint64 sequence = text(child(scheme, "TSLSequenceNumber")).toLongLong(&ok);
    list.sequenceNumber = ok && sequence >= 0 ? sequence : -1;
    list.issued = dateTime(child(scheme, "ListIssueDateTime"));
    list.nextUpdate = dateTime(child(child(scheme, "NextUpdate"), "dateTime"));
    for (xmlNodePtr provider : children(child(root, "TrustServiceProviderList"), "TrustServiceProvider")) {
        const QString providerName = name(child(child(provider, "TSPInformation"), "TSPName"));
        for (xmlNodePtr tspService : children(child(provider, "TSPServices"), "TSPService")) {
            xmlNodePtr information = child(tspService, "ServiceInformation");
            Service service;
            service.provider = providerName;
            service.name = name(child(information, "ServiceName"));
            service.type = text(child(information, "ServiceTypeIdentifier"));
            service.status = text(child(information, "ServiceStatus"));
            service.statusSince = dateTime(child(information, "StatusStartingTime"));
            for (xmlNodePtr id : children(child(information, "ServiceDigitalIdentity"), "DigitalId"))
                for (xmlNodePtr cert : children(id, "X509Certificate")) {
                    const QByteArray der = QByteArray::fromBase64(text(cert).toLatin1().simplified().replace(' ', ""));
                    if (!der.isEmpty())
                        service.certificates << der;
                }
            for (xmlNodePtr point : children(child(information, "ServiceSupplyPoints"), "ServiceSupplyPoint"))
                service.supplyPoints << text(point);
            list.services << service;
        }
    }
    return list;
}

} // namespace kopii
