// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterSource.h"

#include "core/DocumentKinds.h"
#include "core/Language.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "crypto/Signer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

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
    if (code->has_value()) {
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

Result<RequestClaims> PosterSource::requestClaims(AccessGuard &guard, RecordId serviceId, RecordId branchId, const QDateTime &now,
                                                  int validDays)
{
    if (validDays < 1 || validDays > 3 * 366)
        return Error{Error::Code::Validation, tr("A signed code is valid for 1 to 1098 days."), {}};
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
    RequestClaims c;
    c.organizationName = (*org)->name;
    c.organizationCode = (*org)->code;
    c.legalEntity = (*org)->kind == OrganizationKind::LegalEntity;
    c.branchName = branch->customFullName.isEmpty() ? branch->name : branch->customFullName;
    c.branchAddress = branch->customFullAddress.isEmpty() ? branch->displayAddress() : branch->customFullAddress;
    c.branchEmail = branch->email;
    c.serviceName = service->name;
    c.documents = service->documentKinds;
    c.issued = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    c.expires = c.issued.addDays(validDays);
    c.requestId.resize(8);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(c.requestId.data()), 2);
    return c;
}

Result<PosterCode> PosterSource::issue(const RequestClaims &claims, const PosterContent &content, Signer &signer,
                                       const PosterOptions &options, RecordId serviceId, RecordId branchId)
{
    const auto text = SignedRequest::issue(signer, claims, [&](const QString &candidate) {
        PosterContent c = content;
        c.qrText = candidate.toLatin1();
        return bool(PosterLayout::make(c, options));
    });
    if (!text)
        return text.error();
    PosterCode code;
    code.serviceId = serviceId;
    code.branchId = branchId;
    code.kind = PosterCode::Kind::Signed;
    code.text = *text;
    code.source = signer.certificate().info().holderName();
    code.expires = claims.expires;
    return code;
}

CancelToken PosterSource::startIssue(QObject *owner, AccessGuard &guard, std::shared_ptr<Signer> signer, RecordId serviceId,
                                     RecordId branchId, int validDays, const PosterOptions &options,
                                     std::function<void(Result<PosterCode>)> done)
{
    const QDateTime now = guard.now();
    const auto claims = requestClaims(guard, serviceId, branchId, now, validDays);
    const auto content = claims ? PosterSource::content(guard, serviceId, branchId, now.toLocalTime().date())
                                : Result<PosterContent>(claims.error());
    if (!claims || !content) {
        CancelToken none;
        none.cancel();
        done(content.error());
        return none;
    }
    return Jobs::run(
        owner,
        [claims = *claims, content = *content, signer = std::move(signer), options, serviceId, branchId](const CancelToken &) {
            return issue(claims, content, *signer, options, serviceId, branchId);
        },
        [&guard, done = std::move(done)](Result<PosterCode> code) {
            if (code)
                if (Status kept = OrganizationRules(guard).setPosterCode(*code); !kept)
                    return done(kept.error());
            done(std::move(code));
        });
}

} // namespace kopii
