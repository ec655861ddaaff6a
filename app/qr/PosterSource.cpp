// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterSource.h"

#include "core/DocumentKinds.h"
#include "core/Language.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"

#include <QCryptographicHash>

namespace kopii {

QString PosterSource::posterId(const QByteArray &qrText)
{
    const QByteArray hex = QCryptographicHash::hash(qrText, QCryptographicHash::Sha256).toHex().toUpper().left(8);
    return QString::fromLatin1(hex.left(4) + '-' + hex.mid(4));
}

Result<PosterContent> PosterSource::content(AccessGuard &guard, RecordId serviceId, RecordId branchId, const QDate &date)
{
    const auto org = OrganizationRules(guard).organization();
    if (!org)
        return org.error();
    if (!org->has_value())
        return Error{
            Error::Code::NotFound, tr("The organisation is not filled in yet: fill in the Organisation page first."), {}};
    const auto service = OrganizationRules(guard).service(serviceId);
    if (!service)
        return service.error();
    const auto branch = OrganizationRules(guard).branch(branchId);
    if (!branch)
        return branch.error();
    if (!service->branchIds.contains(branchId))
        return Error{Error::Code::Validation,
                     tr("The service \"%1\" is not offered at the branch \"%2\".").arg(service->name, branch->name),
                     {}};
    const auto code = OrganizationRules(guard).posterCode(serviceId, branchId);
    if (!code)
        return code.error();

    const Organization &o = **org;
    PosterContent c;
    c.organizationName = o.name;
    c.organizationCodeLabel = (o.kind == OrganizationKind::LegalEntity
                                   ? Language::ukrainian("PosterSource", QT_TRANSLATE_NOOP("PosterSource", "EDRPOU code %1"))
                                   : Language::ukrainian("PosterSource", QT_TRANSLATE_NOOP("PosterSource", "RNOKPP %1")))
                                  .arg(o.code);
    c.serviceName = service->name;
    c.demo = WorkspaceSettings(guard).isDemo();
    c.branchName = branch->customFullName.isEmpty() ? branch->name : branch->customFullName;
    c.branchAddress = branch->customFullAddress.isEmpty() ? branch->displayAddress() : branch->customFullAddress;
    const auto &catalog = DocumentKindCatalog::instance();
    for (const QString &kind : service->documentKinds) {
        const DocumentKind *k = catalog.find(kind);
        c.documents << (k ? k->nameUk : kind);
    }
    // Only the Diia portal's code makes a visitor poster; a signed request of Kopii's own, issued
    // by an earlier version, is as good as none (the Diia app cannot open it).
    if (code->has_value() && (*code)->kind == PosterCode::Kind::Portal) {
        c.qrText = (*code)->text.toUtf8();
        c.posterId = posterId(c.qrText);
    }
    c.date = date;
    return c;
}

Result<QList<PosterContent>> PosterSource::branchContents(AccessGuard &guard, RecordId branchId, const QDate &date,
                                                          QStringList *missing)
{
    const auto services = OrganizationRules(guard).servicesAtBranch(branchId);
    if (!services)
        return services.error();
    QList<PosterContent> list;
    for (const Service &s : *services) {
        auto c = content(guard, s.id, branchId, date);
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
