#include "PosterSource.h"

#include "DocumentKinds.h"
#include "Language.h"
#include "Registry.h"

#include <QCryptographicHash>

namespace kopii {

QString PosterSource::posterId(const QByteArray &qrText)
{
    const QByteArray hex = QCryptographicHash::hash(qrText, QCryptographicHash::Sha256).toHex().toUpper().left(8);
    return QString::fromLatin1(hex.left(4) + '-' + hex.mid(4));
}

Result<PosterContent> PosterSource::content(Registry &registry, RecordId serviceId, RecordId branchId, const QDate &date)
{
    const auto org = registry.organization();
    if (!org)
        return org.error();
    if (!org->has_value())
        return Error{Error::Code::NotFound, tr("The organisation is not filled in yet: fill in the Organisation page first."), {}};
    const auto service = registry.service(serviceId);
    if (!service)
        return service.error();
    const auto branch = registry.branch(branchId);
    if (!branch)
        return branch.error();
    if (!service->branchIds.contains(branchId))
        return Error{Error::Code::Validation,
                     tr("The service \"%1\" is not offered at the branch \"%2\".").arg(service->name, branch->name), {}};
    const auto code = registry.posterCode(serviceId, branchId);
    if (!code)
        return code.error();

    const Organization &o = **org;
    PosterContent c;
    c.organizationName = o.name;
    c.organizationCodeLabel =
        (o.kind == OrganizationKind::LegalEntity
             ? Language::ukrainian("PosterSource", QT_TRANSLATE_NOOP("PosterSource", "EDRPOU code %1"))
             : Language::ukrainian("PosterSource", QT_TRANSLATE_NOOP("PosterSource", "RNOKPP %1")))
            .arg(o.code);
    c.serviceName = service->name;
    c.branchName = branch->customFullName.isEmpty() ? branch->name : branch->customFullName;
    c.branchAddress = branch->customFullAddress.isEmpty() ? branch->displayAddress() : branch->customFullAddress;
    const auto &catalog = DocumentKindCatalog::instance();
    for (const QString &kind : service->documentKinds) {
        const DocumentKind *k = catalog.find(kind);
        c.documents << (k ? k->nameUk : kind);
    }
    if (code->has_value()) {
        c.qrText = (*code)->text.toUtf8();
        c.posterId = posterId(c.qrText);
    }
    c.date = date;
    return c;
}

Result<QList<PosterContent>> PosterSource::branchContents(Registry &registry, RecordId branchId, const QDate &date,
                                                          QStringList *missing)
{
    const auto services = registry.servicesAtBranch(branchId);
    if (!services)
        return services.error();
    QList<PosterContent> list;
    for (const Service &s : *services) {
        auto c = content(registry, s.id, branchId, date);
        if (!c)
            return c.error();
        if (c->qrText.isEmpty()) {
            if (missing)
                *missing << s.name;
            continue;
        }
        list << *c;
    }
    return list;
}

} // namespace kopii
