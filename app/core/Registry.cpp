#include "core/Registry.h"

#include "core/DiiaLink.h"

#include "core/SqlSession.h"
#include "core/Validator.h"

#include <QSet>

namespace kopii {

namespace {
Error validationError(QList<FieldError> fields)
{
    return Error{Error::Code::Validation, fields.isEmpty() ? QString() : fields.first().message, std::move(fields)};
}
} // namespace

Registry::Registry(SqlSession &session, QString actor, const Clock &clock)
    : m_session(session), m_org(session), m_staff(session), m_settings(session), m_audit(session),
      m_submissions(session), m_mailboxes(session), m_actor(std::move(actor)), m_clock(clock)
{
}

Status Registry::audit(const QString &action, const QString &type, RecordId id, const QString &summary)
{
    return m_audit.append(AuditEntry{0, m_clock.now(), m_actor, action, type, id, summary, QString()});
}

Result<std::optional<Organization>> Registry::organization()
{
    return m_org.organization();
}

Status Registry::setOrganization(const Organization &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Organization org = Validator::normalized(input);
    if (auto errors = Validator::validate(org); !errors.isEmpty())
        return validationError(errors);
    return m_session.writeTransaction([&]() -> Status {
        if (auto s = m_org.saveOrganization(org); !s)
            return s;
        return audit(QStringLiteral("organization.set"), QStringLiteral("organization"), 1, QString());
    });
}

Result<QList<Branch>> Registry::branches()
{
    return m_org.branches();
}

Result<Branch> Registry::branch(RecordId id)
{
    return m_org.branch(id);
}

Result<Branch> Registry::findBranch(const QString &idOrName)
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

Status Registry::checkBranchUnique(const Branch &branch)
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
                                     .arg(Validator::fieldLabel(QStringLiteral("branch"), QStringLiteral("name")),
                                          other.name)};
        if (Validator::duplicateKey(other.email) == Validator::duplicateKey(branch.email))
            errors << FieldError{QStringLiteral("email"), QStringLiteral("duplicate"),
                                 tr("%1: %2 already receives the copies of branch \"%3\"; each branch needs "
                                    "its own address")
                                     .arg(Validator::fieldLabel(QStringLiteral("branch"), QStringLiteral("email")),
                                          other.email, other.name)};
    }
    if (!errors.isEmpty())
        return Error{Error::Code::Conflict, errors.first().message, errors};
    return {};
}

Result<RecordId> Registry::addBranch(const Branch &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    Branch branch = Validator::normalized(input);
    branch.id = 0;
    if (auto errors = Validator::validate(branch); !errors.isEmpty())
        return validationError(errors);
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (auto u = checkBranchUnique(branch); !u)
            return u;
        auto inserted = m_org.insertBranch(branch);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit(QStringLiteral("branch.add"), QStringLiteral("branch"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status Registry::editBranch(const Branch &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Branch branch = Validator::normalized(input);
    if (auto errors = Validator::validate(branch); !errors.isEmpty())
        return validationError(errors);
    return m_session.writeTransaction([&]() -> Status {
        if (auto existing = m_org.branch(branch.id); !existing)
            return existing.error();
        if (auto u = checkBranchUnique(branch); !u)
            return u;
        if (auto s = m_org.updateBranch(branch); !s)
            return s;
        return audit(QStringLiteral("branch.edit"), QStringLiteral("branch"), branch.id, QString());
    });
}

Result<QList<Service>> Registry::servicesAtBranch(RecordId id)
{
    return m_org.servicesAtBranch(id);
}

Status Registry::removeBranch(RecordId id, BranchRemoval policy)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
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
                if (auto a = audit(QStringLiteral("service.detach-branch"), QStringLiteral("service"), s.id,
                                   QStringLiteral("branch %1").arg(id));
                    !a)
                    return a;
            }
        }
        if (auto s = m_org.deleteBranch(id); !s)
            return s;
        return audit(QStringLiteral("branch.remove"), QStringLiteral("branch"), id, QString());
    });
}

Result<QList<Service>> Registry::services()
{
    return m_org.services();
}

Result<Service> Registry::service(RecordId id)
{
    return m_org.service(id);
}

Result<Service> Registry::findService(const QString &idOrName)
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

Status Registry::checkService(const Service &service)
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
                                   .arg(Validator::fieldLabel(QStringLiteral("service"), QStringLiteral("name")),
                                        other.name)};
            return Error{Error::Code::Conflict, e.message, {e}};
        }
    return {};
}

Result<RecordId> Registry::addService(const Service &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    Service service = Validator::normalized(input);
    service.id = 0;
    if (auto errors = Validator::validate(service); !errors.isEmpty())
        return validationError(errors);
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (auto c = checkService(service); !c)
            return c;
        auto inserted = m_org.insertService(service);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit(QStringLiteral("service.add"), QStringLiteral("service"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status Registry::editService(const Service &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    const Service service = Validator::normalized(input);
    if (auto errors = Validator::validate(service); !errors.isEmpty())
        return validationError(errors);
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
        return audit(QStringLiteral("service.edit"), QStringLiteral("service"), service.id, QString());
    });
}

Status Registry::removeService(RecordId id)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    return m_session.writeTransaction([&]() -> Status {
        if (auto s = m_org.deleteService(id); !s)
            return s;
        return audit(QStringLiteral("service.remove"), QStringLiteral("service"), id, QString());
    });
}

Result<QList<AuditEntry>> Registry::auditLog(int limit)
{
    return m_audit.entries(limit);
}

Status Registry::recordAccess(Access access, RecordId documentId)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed;
    QString action;
    switch (access) {
    case Access::View: action = QStringLiteral("document.view"); break;
    case Access::Save: action = QStringLiteral("document.save"); break;
    case Access::Print: action = QStringLiteral("document.print"); break;
    case Access::OpenExternally: action = QStringLiteral("document.open"); break;
    }
    return audit(action, QStringLiteral("document"), documentId, QString());
}

Result<AuditCheck> Registry::verifyAudit()
{
    // Anyone may check: the answer reveals no entry, only whether the log was tampered with.
    return m_audit.verifyChain();
}

void Registry::setSession(std::optional<Role> role, const QString &actor)
{
    m_role = role;
    m_actor = actor;
}

QString Registry::roleName(Role role)
{
    switch (role) {
    case Role::Reception: return tr("reception (posters)");
    case Role::Clerk: return tr("clerk (inbox)");
    case Role::Manager: return tr("manager");
    }
    return {};
}

Result<bool> Registry::revocationOnline()
{
    const auto value = m_settings.meta(QString::fromLatin1(kMetaRevocationOnline));
    if (!value)
        return value.error();
    return *value != QLatin1String("0");
}

Status Registry::setRevocationOnline(bool online)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_settings.setMeta(QString::fromLatin1(kMetaRevocationOnline), online ? QStringLiteral("1") : QStringLiteral("0")); !s)
            return s;
        return audit(QStringLiteral("settings.revocation"), QStringLiteral("workspace"), 0,
                     online ? QStringLiteral("online") : QStringLiteral("offline"));
    });
}

Status Registry::requireRole(Role role)
{
    if (m_role) {
        if (int(*m_role) >= int(role))
            return {};
        return Error{Error::Code::Denied,
                     tr("Your role, %1, does not allow this. Ask a manager of the organisation.").arg(roleName(*m_role)), {}};
    }
    const auto people = m_staff.employees();
    if (!people)
        return people.error();
    if (people->isEmpty())
        return {};
    return Error{Error::Code::Denied,
                 tr("This workspace is protected: log in with your qualified electronic signature (KEP) to change it."), {}};
}

bool Registry::isDemo()
{
    const auto demo = m_settings.meta(QStringLiteral("demo"));
    return demo && *demo == QLatin1String("1");
}

Result<QList<Employee>> Registry::employees()
{
    return m_staff.employees();
}

Result<int> Registry::managerCount()
{
    const auto all = m_staff.employees();
    if (!all)
        return all.error();
    int managers = 0;
    for (const Employee &e : *all)
        managers += e.role == Role::Manager ? 1 : 0;
    return managers;
}

Status Registry::checkEmployee(const Employee &e)
{
    QList<FieldError> errors;
    if (!Validator::isValidRnokpp(e.rnokpp))
        errors << FieldError{QStringLiteral("rnokpp"), QStringLiteral("checksum"),
                             tr("RNOKPP (tax number): \"%1\" is not a valid 10-digit RNOKPP.").arg(e.rnokpp)};
    const QString name = e.fullName.simplified();
    if (name.isEmpty() || name.size() > 100)
        errors << FieldError{QStringLiteral("fullName"), QStringLiteral("length"),
                             tr("Full name: must have 1 to 100 characters.")};
    if (!errors.isEmpty())
        return Error{Error::Code::Validation, errors.first().message, errors};
    return {};
}

Status Registry::addEmployee(const Employee &input)
{
    if (!m_role)
        return Error{Error::Code::Denied, tr("Only a manager who has logged in can add employees."), {}};
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    Employee e = input;
    e.fullName = e.fullName.simplified();
    e.rnokpp = e.rnokpp.trimmed();
    if (Status s = checkEmployee(e); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto existing = m_staff.employee(e.rnokpp);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->role == Role::Manager && e.role != Role::Manager) {
            const auto managers = managerCount();
            if (!managers)
                return managers.error();
            if (*managers <= 1)
                return Error{Error::Code::Conflict,
                             tr("%1 is the only manager; make someone else a manager first.").arg((*existing)->fullName), {}};
        }
        e.added = *existing ? (*existing)->added : m_clock.now();
        if (Status s = m_staff.saveEmployee(e); !s)
            return s;
        return audit(*existing ? QStringLiteral("employee.edit") : QStringLiteral("employee.add"),
                     QStringLiteral("employee"), 0, roleId(e.role));
    });
}

Status Registry::removeEmployee(const QString &rnokpp)
{
    if (!m_role)
        return Error{Error::Code::Denied, tr("Only a manager who has logged in can remove employees."), {}};
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        const auto existing = m_staff.employee(rnokpp.trimmed());
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error{Error::Code::NotFound, tr("There is no employee with the RNOKPP %1.").arg(rnokpp), {}};
        if ((*existing)->role == Role::Manager) {
            const auto managers = managerCount();
            if (!managers)
                return managers.error();
            if (*managers <= 1)
                return Error{Error::Code::Conflict,
                             tr("%1 is the only manager and cannot be removed.").arg((*existing)->fullName), {}};
        }
        if (Status s = m_staff.deleteEmployee(rnokpp.trimmed()); !s)
            return s;
        return audit(QStringLiteral("employee.remove"), QStringLiteral("employee"), 0, QString());
    });
}

Status Registry::claimWorkspace(const Organization &input, const Employee &manager)
{
    const Organization org = Validator::normalized(input);
    if (auto errors = Validator::validate(org); !errors.isEmpty())
        return validationError(errors);
    if (Status s = checkEmployee(manager); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto people = m_staff.employees();
        if (!people)
            return people.error();
        if (!people->isEmpty())
            return Error{Error::Code::Conflict, tr("This workspace already has its manager."), {}};
        if (Status s = m_org.saveOrganization(org); !s)
            return s;
        Employee e = manager;
        e.role = Role::Manager;
        e.added = m_clock.now();
        if (Status s = m_staff.saveEmployee(e); !s)
            return s;
        return audit(QStringLiteral("workspace.claim"), QStringLiteral("organization"), 1, QString());
    });
}

Result<QList<SignedDocument>> Registry::signedDocuments(const QString &kind)
{
    return m_org.signedDocuments(kind);
}

Result<std::optional<SignedDocument>> Registry::latestSignedDocument(const QString &kind)
{
    const auto list = m_org.signedDocuments(kind);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<SignedDocument>();
    return std::optional<SignedDocument>(list->constFirst());
}

Result<RecordId> Registry::addSignedDocument(const SignedDocument &document)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    if (document.kind.isEmpty() || document.pdf.isEmpty() || document.signature.isEmpty()
        || !document.signedAt.isValid())
        return Error{Error::Code::Validation, tr("The signed document is incomplete: it needs the document, its signature "
                                              "and the signing time."),
                     {}};
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        const auto inserted = m_org.insertSignedDocument(document);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit(QStringLiteral("document.sign"), document.kind, id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<PosterCode>> Registry::posterCodes()
{
    return m_org.posterCodes();
}

Result<std::optional<PosterCode>> Registry::posterCode(RecordId serviceId, RecordId branchId)
{
    const auto all = m_org.posterCodes();
    if (!all)
        return all.error();
    for (const PosterCode &c : *all)
        if (c.serviceId == serviceId && c.branchId == branchId)
            return std::optional<PosterCode>(c);
    return std::optional<PosterCode>();
}

Status Registry::setPosterCode(const PosterCode &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    PosterCode code = input;
    code.text = code.text.trimmed();
    if (code.kind == PosterCode::Kind::Portal) {
        const auto link = DiiaLink::check(code.text);
        if (!link)
            return Error{Error::Code::Validation, link.error().message,
                         {FieldError{QStringLiteral("text"), QStringLiteral("diia-link"), link.error().message}}};
    } else if (code.text.isEmpty() || !code.expires.isValid()) {
        return Error{Error::Code::Validation, tr("A signed request needs its text and its expiry date."), {}};
    }
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
    code.added = m_clock.now();
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_org.savePosterCode(code); !s)
            return s;
        return audit(code.kind == PosterCode::Kind::Portal ? QStringLiteral("qr.import") : QStringLiteral("qr.issue"),
                     QStringLiteral("service"), code.serviceId, QStringLiteral("branch %1").arg(code.branchId));
    });
}

Status Registry::removePosterCode(RecordId serviceId, RecordId branchId)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_org.deletePosterCode(serviceId, branchId); !s)
            return s;
        return audit(QStringLiteral("qr.remove"), QStringLiteral("service"), serviceId,
                     QStringLiteral("branch %1").arg(branchId));
    });
}

Result<QList<Submission>> Registry::submissions(int limit)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissions(limit);
}

Result<QList<Submission>> Registry::querySubmissions(const SubmissionQuery &query, int offset, int limit)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.querySubmissions(query, offset, limit);
}

Result<QList<RecordId>> Registry::submissionIds(const SubmissionQuery &query)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissionIds(query);
}

Result<QList<Submission>> Registry::submissionsByIds(const QList<RecordId> &ids)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submissionsByIds(ids);
}

Result<Submission> Registry::submission(RecordId id)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return m_submissions.submission(id);
}

Result<QList<Mailbox>> Registry::mailboxes()
{
    return m_mailboxes.mailboxes();
}

Result<Mailbox> Registry::findMailbox(const QString &idOrName)
{
    const auto all = m_mailboxes.mailboxes();
    if (!all)
        return all.error();
    bool isNumber = false;
    const RecordId id = idOrName.toLongLong(&isNumber);
    for (const Mailbox &m : *all)
        if ((isNumber && m.id == id) || m.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    return Error{Error::Code::NotFound, tr("There is no mailbox \"%1\".").arg(idOrName), {}};
}

Status Registry::checkMailbox(Mailbox &m, RecordId self)
{
    m.name = m.name.simplified();
    m.host = m.host.trimmed().toLower();
    m.user = m.user.trimmed();
    m.folder = m.folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : m.folder.trimmed();
    QList<FieldError> errors;
    if (m.name.isEmpty() || m.name.size() > 64)
        errors << FieldError{QStringLiteral("name"), QStringLiteral("length"), tr("Name: must have 1 to 64 characters.")};
    if (m.host.isEmpty() || m.host.contains(QLatin1Char(' ')))
        errors << FieldError{QStringLiteral("host"), QStringLiteral("format"), tr("Server: enter the IMAP server's name, e.g. imap.ukr.net.")};
    if (m.port < 1 || m.port > 65535)
        errors << FieldError{QStringLiteral("port"), QStringLiteral("range"), tr("Port: must be 1 to 65535.")};
    if (m.user.isEmpty())
        errors << FieldError{QStringLiteral("user"), QStringLiteral("required"), tr("User: enter the login of the mailbox.")};
    const bool loopback = m.host == QLatin1String("localhost") || m.host == QLatin1String("127.0.0.1") || m.host == QLatin1String("::1");
    if (m.security == Mailbox::Security::None && !loopback)
        errors << FieldError{QStringLiteral("security"), QStringLiteral("plain"),
                             tr("Security: unencrypted IMAP would send the password and the citizens' documents in the "
                                "clear; it is allowed only to this computer. Use TLS or STARTTLS.")};
    if (!isAfterIngestAction(m.afterIngest))
        errors << FieldError{QStringLiteral("afterIngest"), QStringLiteral("format"),
                             tr("After ingest: use keep, flag:KEYWORD (letters, digits and $_.+:- only, at most 64) or "
                                "move:FOLDER (no control characters).")};
    if (!isImapFolderName(m.folder))
        errors << FieldError{QStringLiteral("folder"), QStringLiteral("format"),
                             tr("Folder: enter the folder's name, e.g. INBOX (no control characters).")};
    if (!m.pinSha256.isEmpty()) {
        m.pinSha256 = m.pinSha256.remove(QLatin1Char(':')).toLower();
        if (m.pinSha256.size() != 64 || QByteArray::fromHex(m.pinSha256.toLatin1()).size() != 32)
            errors << FieldError{QStringLiteral("pinSha256"), QStringLiteral("format"),
                                 tr("Certificate fingerprint: 64 hexadecimal digits (SHA-256).")};
    }
    if (m.branchId) {
        if (auto b = m_org.branch(m.branchId); !b)
            errors << FieldError{QStringLiteral("branch"), QStringLiteral("missing"), b.error().message};
    }
    if (!errors.isEmpty())
        return Error{Error::Code::Validation, errors.first().message, errors};
    const auto all = m_mailboxes.mailboxes();
    if (!all)
        return all.error();
    for (const Mailbox &other : *all)
        if (other.id != self && other.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return Error{Error::Code::Conflict, tr("A mailbox named \"%1\" already exists.").arg(m.name),
                         {FieldError{QStringLiteral("name"), QStringLiteral("duplicate"),
                                     tr("A mailbox named \"%1\" already exists.").arg(m.name)}}};
    return {};
}

Result<RecordId> Registry::addMailbox(const Mailbox &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed.error();
    Mailbox m = input;
    if (Status s = checkMailbox(m, 0); !s)
        return s.error();
    m.uidValidity = 0;
    m.lastUid = 0;
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        const auto inserted = m_mailboxes.insertMailbox(m);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit(QStringLiteral("mailbox.add"), QStringLiteral("mailbox"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status Registry::editMailbox(const Mailbox &input)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    Mailbox m = input;
    if (Status s = checkMailbox(m, m.id); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto all = m_mailboxes.mailboxes();
        if (!all)
            return all.error();
        const Mailbox *old = nullptr;
        for (const Mailbox &x : *all)
            if (x.id == m.id)
                old = &x;
        if (!old)
            return Error{Error::Code::NotFound, tr("There is no mailbox \"%1\".").arg(m.id), {}};
        // Another server, account or folder starts from the beginning; otherwise the state stays.
        const bool sameFolder = old->host == m.host && old->user == m.user && old->folder == m.folder;
        m.uidValidity = sameFolder ? old->uidValidity : 0;
        m.lastUid = sameFolder ? old->lastUid : 0;
        m.lastSync = old->lastSync;
        m.lastError = old->lastError;
        if (Status s = m_mailboxes.updateMailbox(m); !s)
            return s;
        return audit(QStringLiteral("mailbox.edit"), QStringLiteral("mailbox"), m.id, QString());
    });
}

Status Registry::removeMailbox(RecordId id)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_mailboxes.deleteMailbox(id); !s)
            return s;
        return audit(QStringLiteral("mailbox.remove"), QStringLiteral("mailbox"), id, QString());
    });
}

Status Registry::setSubmissionState(RecordId id, const QString &state)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed;
    if (state != QLatin1String("new") && state != QLatin1String("in-work") && state != QLatin1String("processed"))
        return Error{Error::Code::Validation, tr("A submission is new, in-work or processed; \"%1\" is none of them.").arg(state), {}};
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_submissions.setSubmissionState(id, state, m_clock.now()); !s)
            return s;
        return audit(QStringLiteral("submission.state"), QStringLiteral("submission"), id, state);
    });
}

Status Registry::deleteSubmission(RecordId id)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed;
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (Status d = m_submissions.deleteSubmission(id); !d)
            return d;
        return audit(QStringLiteral("submission.delete"), QStringLiteral("submission"), id, QString());
    });
    if (!s)
        return s;
    return m_session.scrubDeleted();
}

Result<RetentionPolicy> Registry::retention()
{
    RetentionPolicy policy;
    for (auto [key, value] : {std::pair{kMetaRetentionAfterProcessed, &policy.afterProcessedDays},
                              std::pair{kMetaRetentionMaxAge, &policy.maxAgeDays}}) {
        const auto stored = m_settings.meta(QString::fromLatin1(key));
        if (!stored)
            return stored.error();
        bool ok = false;
        const int days = stored->toInt(&ok);
        if (ok && days >= 0)
            *value = days;
    }
    return policy;
}

Status Registry::setRetention(const RetentionPolicy &policy)
{
    if (Status allowed = requireRole(Role::Manager); !allowed)
        return allowed;
    if (policy.afterProcessedDays < 0 || policy.afterProcessedDays > 3650 || policy.maxAgeDays < 1 || policy.maxAgeDays > 3650)
        return Error{Error::Code::Validation, tr("Keep copies 0 to 3650 days after processing, and 1 to 3650 days at most."), {}};
    if (policy.maxAgeDays < policy.afterProcessedDays)
        return Error{Error::Code::Validation,
                     tr("The maximum age (%1 days) cannot be shorter than the time kept after processing (%2 days).")
                         .arg(policy.maxAgeDays)
                         .arg(policy.afterProcessedDays),
                     {}};
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_settings.setMeta(QString::fromLatin1(kMetaRetentionAfterProcessed), QString::number(policy.afterProcessedDays)); !s)
            return s;
        if (Status s = m_settings.setMeta(QString::fromLatin1(kMetaRetentionMaxAge), QString::number(policy.maxAgeDays)); !s)
            return s;
        return audit(QStringLiteral("settings.retention"), QStringLiteral("workspace"), 0,
                     QStringLiteral("%1 days after processing, %2 days at most").arg(policy.afterProcessedDays).arg(policy.maxAgeDays));
    });
}

Result<QList<RecordId>> Registry::purgeByPolicy(bool dryRun)
{
    // The manager's policy, carried out by whoever runs Kopii (the GUI, the headless watcher):
    // keeping copies longer than the organisation decided is not a choice left to a role.
    const auto policy = retention();
    if (!policy)
        return policy.error();
    return purgeUnchecked(policy->afterProcessedDays, policy->maxAgeDays, dryRun);
}

Result<QList<RecordId>> Registry::purge(int afterProcessedDays, int maxAgeDays, bool dryRun)
{
    if (Status allowed = requireRole(Role::Clerk); !allowed)
        return allowed.error();
    return purgeUnchecked(afterProcessedDays, maxAgeDays, dryRun);
}

Result<QList<RecordId>> Registry::purgeUnchecked(int afterProcessedDays, int maxAgeDays, bool dryRun)
{
    if (afterProcessedDays < 0 || maxAgeDays < 1)
        return Error{Error::Code::Validation, tr("Retention needs 0 or more days after processing and at least one day of age."), {}};
    const QDateTime now = m_clock.now();
    const auto ids = m_submissions.submissionsToPurge(now.addDays(-afterProcessedDays), now.addDays(-maxAgeDays));
    if (!ids || dryRun || ids->isEmpty())
        return ids;
    const Status s = m_session.writeTransaction([&]() -> Status {
        for (RecordId id : *ids) {
            if (Status d = m_submissions.deleteSubmission(id); !d)
                return d;
            if (Status a = audit(QStringLiteral("submission.purge"), QStringLiteral("submission"), id, QString()); !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    if (Status scrub = m_session.scrubDeleted(); !scrub)
        return scrub.error();
    return ids;
}

} // namespace kopii
