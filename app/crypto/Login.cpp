// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Login.h"
#include "core/AuditLog.h"
#include "core/OfficeServer.h"
#include "core/OrganizationSql.h"
#include "core/SettingsSql.h"
#include "core/StaffSql.h"

#include "crypto/CryptoLog.h"
#include "core/AccessGuard.h"
#include "core/Staff.h"
#include "crypto/Signer.h"
#include "core/SqlSession.h"
#include "core/Validator.h"

#include <openssl/rand.h>

namespace kopii {

Login::Login(SqlSession &store, TrustStore &trust, const Clock &clock) : m_session(store), m_trust(trust), m_clock(clock) {}

bool Login::isDemo(SqlSession &store)
{
    const auto demo = SettingsSql(store).meta(QStringLiteral("demo"));
    return demo && *demo == QLatin1String("1");
}

Status Login::checkCertificate(const Certificate &cert, const QList<Certificate> &extra, bool demo, ChainResult *chainOut) const
{
    const CertificateInfo &info = cert.info();
    const QDateTime now = m_clock.now();
    const QString who = info.holderName();
    const QString day = QStringLiteral("yyyy-MM-dd");
    if (now > info.notAfter)
        return Error{Error::Code::Validation,
                     tr("The certificate of %1 expired on %2. Log in with a valid certificate; your provider issues "
                        "a new one.")
                         .arg(who, info.notAfter.toString(day)),
                     {}};
    if (now < info.notBefore)
        return Error{Error::Code::Validation,
                     tr("The certificate of %1 is valid only from %2.").arg(who, info.notBefore.toString(day)),
                     {}};
    if (!info.canSign())
        return Error{Error::Code::Validation,
                     tr("The certificate of %1 is not a signing certificate (it is for encryption or key "
                        "agreement). Choose the signing certificate on the token or in the key file.")
                         .arg(who),
                     {}};
    ChainResult chain = m_trust.buildChain(cert, extra, now);
    if (chainOut)
        *chainOut = chain;
    if (!chain.trusted)
        return Error{Error::Code::Validation, tr("The certificate of %1 is not trusted: %2").arg(who, chain.reason), {}};
    if (!info.qualified() && !demo)
        return Error{Error::Code::Validation,
                     tr("The certificate of %1 is not a qualified one (KEP). Only a qualified electronic signature "
                        "may set up Diia.QR; a non-qualified certificate works in a demo workspace only.")
                         .arg(who),
                     {}};
    if (info.rnokpp.isEmpty())
        return Error{Error::Code::Validation,
                     tr("The certificate of %1 does not name its holder's RNOKPP, so Kopii cannot tell who is "
                        "logging in. Use a personal KEP.")
                         .arg(who),
                     {}};
    return {};
}

CancelToken Login::start(QObject *owner, SqlSession &store, TrustStore &trust, KeyOpener open,
                         std::function<void(Result<Admitted>)> done, const Clock &clock)
{
    struct Opened
    {
        std::shared_ptr<Signer> signer;
        Status proof;
        RevocationStatus revocation;
    };
    const bool online = onlineAllowed(store);
    const TrustStore *chains = &trust;
    return Jobs::run(
        owner,
        [open = std::move(open), chains, online, &clock](const CancelToken &) -> Result<Opened> {
            auto key = open();
            if (!key)
                return key.error();
            Opened opened;
            opened.signer = std::move(key).value();
            opened.proof = proveKey(*opened.signer);
            // Revocation may ask the issuer over the network: here, not on the store's thread.
            if (opened.proof) {
                const QDateTime now = clock.now();
                const Certificate cert = opened.signer->certificate();
                const ChainResult chain = chains->buildChain(cert, opened.signer->chain(), now);
                opened.revocation = revocationOf(cert, chain, *chains, now, online);
            }
            return opened;
        },
        [&store, &trust, &clock, done = std::move(done)](Result<Opened> opened) {
            if (!opened)
                return done(opened.error());
            if (!opened->proof)
                return done(opened->proof.error());
            auto identity = Login(store, trust, clock).admit(*opened->signer, &opened->revocation);
            if (!identity)
                return done(identity.error());
            done(Admitted{*identity, opened->signer});
        });
}

Result<Identity> Login::login(Signer &signer)
{
    const Certificate cert = signer.certificate();
    if (cert.isNull())
        return Error{Error::Code::NotFound, tr("No certificate was chosen."), {}};
    ChainResult chain;
    if (Status s = checkCertificate(cert, signer.chain(), isDemo(m_session), &chain); !s)
        return s.error();
    if (Status s = proveKey(signer); !s)
        return s.error();
    return admit(signer);
}

Status Login::proveKey(Signer &signer)
{
    const Certificate cert = signer.certificate();
    QByteArray challenge(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(challenge.data()), int(challenge.size())) != 1)
        return Error{Error::Code::Internal, tr("No random numbers are available."), {}};
    challenge.prepend(QByteArrayLiteral("kopii-login-challenge:"));
    const auto signature = signer.signData(challenge);
    if (!signature)
        return signature.error();
    if (Status s = Signer::verifyData(cert, challenge, *signature); !s)
        return Error{Error::Code::Validation,
                     tr("The key did not prove that it belongs to the certificate: %1").arg(s.error().message),
                     {}};
    return {};
}

bool Login::onlineAllowed(SqlSession &store)
{
    const auto online = SettingsSql(store).meta(QLatin1String(kMetaRevocationOnline));
    return !online || *online != QLatin1String("0");
}

RevocationStatus Login::revocationOf(const Certificate &cert, const ChainResult &chain, const TrustStore &trust,
                                     const QDateTime &now, bool online)
{
    RevocationStatus rs;
    if (chain.trusted && chain.revocationChecked) {
        rs.state = RevocationStatus::State::Good; // the newest CRL of the issuer, fresh enough
        rs.source = tr("CRL of the issuer");
        return rs;
    }
    if (chain.path.size() < 2)
        return rs;
    const RevocationOptions options{online, 8, nullptr};
    rs = Revocation::checkOcsp(cert, chain.path.at(1), trust, now, options);
    if (rs.state == RevocationStatus::State::NotChecked) {
        const RevocationStatus fromCrl = Revocation::checkCrl(cert, chain.path.at(1), now, options);
        if (fromCrl.state != RevocationStatus::State::NotChecked)
            rs = fromCrl;
    }
    return rs;
}

Result<Identity> Login::admit(Signer &signer, const RevocationStatus *revocation)
{
    const Certificate cert = signer.certificate();
    if (cert.isNull())
        return Error{Error::Code::NotFound, tr("No certificate was chosen."), {}};
    const CertificateInfo &info = cert.info();
    Identity id;
    if (Status s = checkCertificate(cert, signer.chain(), isDemo(m_session), &id.chain); !s)
        return s.error();
    // Revocation (M3): a revoked certificate, or one its issuer does not know, never logs in.
    const RevocationStatus rs =
        revocation ? *revocation : revocationOf(cert, id.chain, m_trust, m_clock.now(), onlineAllowed(m_session));
    if (rs.state == RevocationStatus::State::Revoked)
        return Error{Error::Code::Denied,
                     tr("The certificate of %1 was revoked on %2 (%3). Log in with a valid certificate.")
                         .arg(info.holderName(), rs.revokedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), rs.source),
                     {}};
    if (rs.state == RevocationStatus::State::Unknown)
        return Error{
            Error::Code::Denied,
            tr("The issuer of %1's certificate does not know it (%2): it cannot log in.").arg(info.holderName(), rs.source),
            {}};
    id.revocationChecked = rs.state == RevocationStatus::State::Good;
    m_revocationDetail = rs.detail;

    id.fullName = info.holderName();
    id.rnokpp = info.rnokpp;
    id.edrpou = info.edrpou;
    id.title = info.title;
    id.certificate = cert;

    AccessGuard guard(m_session, id.fullName, m_clock);
    const auto people = StaffSql(m_session).employees();
    if (!people)
        return people.error();
    const auto org = OrganizationSql(m_session).organization();
    if (!org)
        return org.error();

    if (people->isEmpty()) {
        // The first login makes its holder the manager of everything: it needs proof that the
        // certificate is not revoked (a current CRL of the issuer, or its OCSP responder).
        if (!id.revocationChecked && !isDemo(m_session))
            return Error{
                Error::Code::Denied,
                tr("Kopii could not check whether the certificate of %1 was revoked (%2), and the first login "
                   "makes its holder the manager. Connect to the internet, or import the current CRL of your "
                   "provider (kopii-cli trust import, or \"Import CA certificates…\" in the login dialog), then log in again.")
                    .arg(id.fullName, m_revocationDetail.isEmpty() ? tr("no answer") : m_revocationDetail),
                {}};
        Organization o;
        if (*org) {
            // Set up before logins existed: only its head may claim it.
            o = **org;
            const QString code = o.kind == OrganizationKind::LegalEntity ? info.edrpou : info.rnokpp;
            if (code != o.code)
                return Error{Error::Code::Denied,
                             tr("This workspace belongs to %1 (code %2); the certificate of %3 is not of its head.")
                                 .arg(o.name, o.code, id.fullName),
                             {}};
            // Every employee's work КЕП carries the organisation's ЄДРПОУ: only the head named
            // when it was set up may claim it (M7).
            const auto normal = [](const QString &name) { return name.simplified().toCaseFolded(); };
            if (o.kind == OrganizationKind::LegalEntity && normal(o.headFullName) != normal(id.fullName))
                return Error{Error::Code::Denied,
                             tr("This workspace of %1 was set up for its head, %2; %3 cannot claim it. The head logs in "
                                "first and then adds the employees.")
                                 .arg(o.name, o.headFullName, id.fullName),
                             {}};
        } else if (!info.edrpou.isEmpty() && info.edrpou != info.rnokpp) {
            o.kind = OrganizationKind::LegalEntity;
            o.code = info.edrpou;
            o.name = info.organization;
            o.headFullName = id.fullName;
            if (o.name.isEmpty())
                return Error{Error::Code::Validation,
                             tr("The certificate names the EDRPOU %1 but not the organisation.").arg(info.edrpou),
                             {}};
        } else {
            o.kind = OrganizationKind::SoleProprietor;
            o.code = info.rnokpp;
            o.name = tr("FOP %1").arg(id.fullName);
            o.headFullName = id.fullName;
        }
        const Employee manager{id.rnokpp, id.fullName, Role::Manager, m_clock.now()};
        if (Status s = Staff(guard).claimWorkspace(o, manager); !s)
            return s.error();
        id.role = Role::Manager;
        id.createdOrganization = !*org;
    } else {
        const auto me = StaffSql(m_session).employee(id.rnokpp);
        if (!me)
            return me.error();
        if (!*me)
            return Error{Error::Code::Denied,
                         tr("%1 is not an employee of %2. A manager can add them by their RNOKPP "
                            "on the Employees page (or with kopii-cli employee add).")
                             .arg(id.fullName, *org ? (*org)->name : tr("this organisation")),
                         {}};
        id.role = (*me)->role;
        // On an office server the person's desk decides: the КЕП must be of the person the desk
        // is (a clerk's login with a manager's key goes no further), and the desk's role is the
        // role the server grants.
        if (const auto sealed = OfficeServer::sealsAuditLog(m_session); sealed && *sealed) {
            const auto desk = OfficeServer::currentDesk(m_session);
            if (!desk)
                return desk.error();
            if (!*desk || (*desk)->rnokpp != id.rnokpp)
                return Error{Error::Code::Denied,
                             tr("This connection to the office server is not the desk of %1. Connect to the server "
                                "with your own name on it, then log in with your own KEP.")
                                 .arg(id.fullName),
                             {}};
            Role deskRole = Role::Reception;
            if (!roleFromId((*desk)->role, &deskRole))
                return Error{Error::Code::Denied, tr("The watcher service's login cannot be used at a desk."), {}};
            id.role = deskRole;
        }
    }
    guard.setSession(id.role, id.fullName);
    (void)AuditLog(m_session).append(
        AuditEntry{0, m_clock.now(), id.fullName, QStringLiteral("session.login"), QStringLiteral("employee"), 0,
                   roleId(id.role) + (id.revocationChecked ? QString() : QStringLiteral(" revocation-unchecked")), QString()});
    qCInfo(lcCrypto) << "login accepted, role" << roleId(id.role);
    return id;
}

} // namespace kopii
