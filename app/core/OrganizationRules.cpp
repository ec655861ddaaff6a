// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OrganizationRules.h"

#include "core/DiiaLink.h"
#include "core/SqlSession.h"
#include "core/Validator.h"
#include <QSet>

namespace kopii {

OrganizationRules::OrganizationRules(AccessGuard &guard) : m_guard(guard), m_session(guard.session()), m_org(m_session) {}

Result<std::optional<Organization>> OrganizationRules::organization()
{
    return m_org.organization();
}

Status OrganizationRules::setOrganization(const Organization &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Organization org = Validator::normalized(input);
    if (auto errors = Validator::validate(org); !errors.isEmpty())
        return Validator::failed(errors);
    return m_session.writeTransaction([&]() -> Status {
        if (auto s = m_org.saveOrganization(org); !s)
            return s;
        return m_guard.audit(QStringLiteral("organization.set"), QStringLiteral("organization"), 1, QString());
    });
}

Result<QList<Branch>> OrganizationRules::branches()
{
    return m_org.branches();
}

Result<Branch> OrganizationRules::branch(RecordId id)
{
    return m_org.branch(id);
}

Result<Branch> OrganizationRules::findBranch(const QString &idOrName)
{
    bool isNumber = false;
    const RecordId id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        return m_org.branch(id);
    const auto all = m_org.branches();
    if (!all)
        return all.error();
    const QString key = Validator::duplicateKey(idOrName);
    for (const auto &b : *all)
        if (Validator::duplicateKey(b.name) == key)
            return b;
    return Error{Error::Code::NotFound, tr("There is no branch named \"%1\".").arg(idOrName), {}};
}

Status OrganizationRules::checkBranchUnique(const Branch &branch)
{
    const auto all = m_org.branches();
    if (!all)
        return all.error();
    QList<FieldError> errors;
    for (const auto &other : *all) {
        if (other.id == branch.id)
            continue;
        if (Validator::duplicateKey(other.name) == Validator::duplicateKey(branch.name))
            errors << FieldError{QStringLiteral("name"), QStringLiteral("duplicate"),
                                 tr("%1: another branch is already called \"%2\"; choose a different name")
                                     .arg(Validator::fieldLabel(QStringLiteral("branch"), QStringLiteral("name")), other.name)};
        if (Validator::duplicateKey(other.email) == Validator::duplicateKey(branch.email))
            errors << FieldError{
                QStringLiteral("email"), QStringLiteral("duplicate"),
                tr("%1: %2 already receives the copies of branch \"%3\"; each branch needs "
                   "its own address")
                    .arg(Validator::fieldLabel(QStringLiteral("branch"), QStringLiteral("email")), other.email, other.name)};
    }
    if (!errors.isEmpty())
        return Error{Error::Code::Conflict, errors.first().message, errors};
    return {};
}

Result<RecordId> OrganizationRules::addBranch(const Branch &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    Branch branch = Validator::normalized(input);
    branch.id = 0;
    if (auto errors = Validator::validate(branch); !errors.isEmpty())
        return Validator::failed(errors);
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (auto u = checkBranchUnique(branch); !u)
            return u;
        auto inserted = m_org.insertBranch(branch);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_guard.audit(QStringLiteral("branch.add"), QStringLiteral("branch"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status OrganizationRules::editBranch(const Branch &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Branch branch = Validator::normalized(input);
    if (auto errors = Validator::validate(branch); !errors.isEmpty())
        return Validator::failed(errors);
    return m_session.writeTransaction([&]() -> Status {
        if (auto existing = m_org.branch(branch.id); !existing)
            return existing.error();
        if (auto u = checkBranchUnique(branch); !u)
            return u;
        if (auto s = m_org.updateBranch(branch); !s)
            return s;
        return m_guard.audit(QStringLiteral("branch.edit"), QStringLiteral("branch"), branch.id, QString());
    });
}

Result<QList<Service>> OrganizationRules::servicesAtBranch(RecordId id)
{
    return m_org.servicesAtBranch(id);
}

Status OrganizationRules::removeBranch(RecordId id, BranchRemoval policy)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    return m_session.writeTransaction([&]() -> Status {
        const auto branch = m_org.branch(id);
        if (!branch)
            return branch.error();
        const auto users = m_org.servicesAtBranch(id);
        if (!users)
            return users.error();
        if (!users->isEmpty()) {
            if (policy == BranchRemoval::RefuseIfUsed) {
                QStringList names;
                for (const auto &s : *users)
                    names << QStringLiteral("\"%1\"").arg(s.name);
                return Error{Error::Code::Conflict,
                             tr("Branch \"%1\" is used by %n service(s): %2. Take it off those services first, "
                                "or remove it from them together with the branch.",
                                nullptr, int(users->size()))
                                 .arg(branch->name, names.join(QStringLiteral(", "))),
                             {}};
            }
            for (Service s : *users) {
                s.branchIds.removeAll(id);
                if (auto u = m_org.updateService(s); !u)
                    return u;
                if (auto a = m_guard.audit(QStringLiteral("service.detach-branch"), QStringLiteral("service"), s.id,
                                           QStringLiteral("branch %1").arg(id));
                    !a)
                    return a;
            }
        }
        if (auto s = m_org.deleteBranch(id); !s)
            return s;
        return m_guard.audit(QStringLiteral("branch.remove"), QStringLiteral("branch"), id, QString());
    });
}

Result<QList<Service>> OrganizationRules::services()
{
    return m_org.services();
}

Result<Service> OrganizationRules::service(RecordId id)
{
    return m_org.service(id);
}

Result<Service> OrganizationRules::findService(const QString &idOrName)
{
    bool isNumber = false;
    const RecordId id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        return m_org.service(id);
    const auto all = m_org.services();
    if (!all)
        return all.error();
    const QString key = Validator::duplicateKey(idOrName);
    for (const auto &s : *all)
        if (Validator::duplicateKey(s.name) == key)
            return s;
    return Error{Error::Code::NotFound, tr("There is no service named \"%1\".").arg(idOrName), {}};
}

Status OrganizationRules::checkService(const Service &service)
{
    const auto branches = m_org.branches();
    if (!branches)
        return branches.error();
    QSet<RecordId> known;
    for (const auto &b : *branches)
        known.insert(b.id);
    QList<FieldError> errors;
    for (RecordId id : service.branchIds)
        if (!known.contains(id))
            errors << FieldError{QStringLiteral("branches"), QStringLiteral("not-found"),
                                 tr("%1: there is no branch with number %2")
                                     .arg(Validator::fieldLabel(QStringLiteral("service"), QStringLiteral("branches")))
                                     .arg(id)};
    if (!errors.isEmpty())
        return Error{Error::Code::NotFound, errors.first().message, errors};

    const auto all = m_org.services();
    if (!all)
        return all.error();
    for (const auto &other : *all)
        if (other.id != service.id && Validator::duplicateKey(other.name) == Validator::duplicateKey(service.name)) {
            const FieldError e{QStringLiteral("name"), QStringLiteral("duplicate"),
                               tr("%1: another service is already called \"%2\"; choose a different name")
                                   .arg(Validator::fieldLabel(QStringLiteral("service"), QStringLiteral("name")), other.name)};
            return Error{Error::Code::Conflict, e.message, {e}};
        }
    return {};
}

Result<RecordId> OrganizationRules::addService(const Service &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    Service service = Validator::normalized(input);
    service.id = 0;
    if (auto errors = Validator::validate(service); !errors.isEmpty())
        return Validator::failed(errors);
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (auto c = checkService(service); !c)
            return c;
        auto inserted = m_org.insertService(service);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_guard.audit(QStringLiteral("service.add"), QStringLiteral("service"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status OrganizationRules::editService(const Service &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Service service = Validator::normalized(input);
    if (auto errors = Validator::validate(service); !errors.isEmpty())
        return Validator::failed(errors);
    return m_session.writeTransaction([&]() -> Status {
        if (auto existing = m_org.service(service.id); !existing)
            return existing.error();
        if (auto c = checkService(service); !c)
            return c;
        if (auto s = m_org.updateService(service); !s)
            return s;
        // A branch taken off the service takes the service's code there with it: that poster
        // would send visitors to a service the branch no longer offers.
        const auto codes = m_org.posterCodes();
        if (!codes)
            return codes.error();
        for (const PosterCode &c : *codes)
            if (c.serviceId == service.id && !service.branchIds.contains(c.branchId))
                if (auto s = m_org.deletePosterCode(c.serviceId, c.branchId); !s)
                    return s;
        return m_guard.audit(QStringLiteral("service.edit"), QStringLiteral("service"), service.id, QString());
    });
}

Status OrganizationRules::removeService(RecordId id)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    return m_session.writeTransaction([&]() -> Status {
        if (auto s = m_org.deleteService(id); !s)
            return s;
        return m_guard.audit(QStringLiteral("service.remove"), QStringLiteral("service"), id, QString());
    });
}

Result<QList<SignedDocument>> OrganizationRules::signedDocuments(const QString &kind)
{
    return m_org.signedDocuments(kind);
}

Result<std::optional<SignedDocument>> OrganizationRules::latestSignedDocument(const QString &kind)
{
    const auto list = m_org.signedDocuments(kind);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<SignedDocument>();
    return std::optional<SignedDocument>(list->constFirst());
}

Result<RecordId> OrganizationRules::addSignedDocument(const SignedDocument &document)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    if (document.kind.isEmpty() || document.pdf.isEmpty() || document.signature.isEmpty() || !document.signedAt.isValid())
        return Error{Error::Code::Validation,
                     tr("The signed document is incomplete: it needs the document, its signature "
                        "and the signing time."),
                     {}};
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        const auto inserted = m_org.insertSignedDocument(document);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_guard.audit(QStringLiteral("document.sign"), document.kind, id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<PosterCode>> OrganizationRules::posterCodes()
{
    return m_org.posterCodes();
}

Result<std::optional<PosterCode>> OrganizationRules::posterCode(RecordId serviceId, RecordId branchId)
{
    const auto all = m_org.posterCodes();
    if (!all)
        return all.error();
    for (const PosterCode &c : *all)
        if (c.serviceId == serviceId && c.branchId == branchId)
            return std::optional<PosterCode>(c);
    return std::optional<PosterCode>();
}

Status OrganizationRules::setPosterCode(const PosterCode &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    PosterCode code = input;
    code.text = code.text.trimmed();
    // Only the Diia portal's codes: the Diia app opens nothing else (Kopii's signed requests of
    // earlier versions stay readable where they were kept, and are replaced by a portal code).
    if (code.kind != PosterCode::Kind::Portal)
        return Error{
            Error::Code::Validation, tr("Kopii keeps only the Diia portal's codes: the Diia app cannot open any other."), {}};
    const auto link = DiiaLink::check(code.text);
    if (!link)
        return Error{Error::Code::Validation,
                     link.error().message,
                     {FieldError{QStringLiteral("text"), QStringLiteral("diia-link"), link.error().message}}};
    const auto service = m_org.service(code.serviceId);
    if (!service)
        return service.error();
    const auto branch = m_org.branch(code.branchId);
    if (!branch)
        return branch.error();
    if (!service->branchIds.contains(code.branchId))
        return Error{Error::Code::Validation,
                     tr("The service \"%1\" is not offered at the branch \"%2\": add the branch to the service first.")
                         .arg(service->name, branch->name),
                     {}};
    code.added = m_guard.now();
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_org.savePosterCode(code); !s)
            return s;
        return m_guard.audit(QStringLiteral("qr.import"), QStringLiteral("service"), code.serviceId,
                             QStringLiteral("branch %1").arg(code.branchId));
    });
}

Status OrganizationRules::removePosterCode(RecordId serviceId, RecordId branchId)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_org.deletePosterCode(serviceId, branchId); !s)
            return s;
        return m_guard.audit(QStringLiteral("qr.remove"), QStringLiteral("service"), serviceId,
                             QStringLiteral("branch %1").arg(branchId));
    });
}

} // namespace kopii
