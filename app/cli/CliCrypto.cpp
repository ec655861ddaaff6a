// kopii-cli: certificates, tokens, trust, login, employees and signing.
#include "cli/Cli.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"

#include "accession/Accession.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/Pkcs11Token.h"
#include "core/AccessGuard.h"
#include "core/Secret.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kopii::cli {

namespace {

QString day(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd"));
}

QString yesNo(bool b)
{
    return b ? Cli::tr("yes") : Cli::tr("no");
}

QStringList usageNames(const CertificateInfo &i)
{
    if (!i.hasKeyUsage)
        return {Cli::tr("any")};
    QStringList list;
    if (i.keyUsage & unsigned(KeyUsage::DigitalSignature)) list << QStringLiteral("digitalSignature");
    if (i.keyUsage & unsigned(KeyUsage::NonRepudiation)) list << QStringLiteral("nonRepudiation");
    if (i.keyUsage & unsigned(KeyUsage::KeyEncipherment)) list << QStringLiteral("keyEncipherment");
    if (i.keyUsage & unsigned(KeyUsage::KeyAgreement)) list << QStringLiteral("keyAgreement");
    if (i.keyUsage & unsigned(KeyUsage::KeyCertSign)) list << QStringLiteral("keyCertSign");
    if (i.keyUsage & unsigned(KeyUsage::CrlSign)) list << QStringLiteral("cRLSign");
    return list;
}

QJsonObject certificateJson(const Certificate &c)
{
    const CertificateInfo &i = c.info();
    QJsonObject o;
    o[QStringLiteral("holder")] = i.holderName();
    o[QStringLiteral("rnokpp")] = i.rnokpp;
    o[QStringLiteral("edrpou")] = i.edrpou;
    o[QStringLiteral("organization")] = i.organization;
    o[QStringLiteral("title")] = i.title;
    o[QStringLiteral("issuer")] = i.issuerCommonName;
    o[QStringLiteral("serial")] = i.serialNumber;
    o[QStringLiteral("notBefore")] = i.notBefore.toString(Qt::ISODate);
    o[QStringLiteral("notAfter")] = i.notAfter.toString(Qt::ISODate);
    o[QStringLiteral("keyUsage")] = QJsonArray::fromStringList(usageNames(i));
    o[QStringLiteral("canSign")] = i.canSign();
    o[QStringLiteral("ca")] = i.isCa;
    o[QStringLiteral("qualified")] = i.qualified();
    o[QStringLiteral("publicKey")] = i.publicKeyAlgorithm;
    o[QStringLiteral("signatureAlgorithm")] = i.signatureAlgorithm;
    o[QStringLiteral("sha256")] = i.sha256;
    o[QStringLiteral("subject")] = i.subjectLine;
    return o;
}

} // namespace

void Cli::addCredentialOptions(QCommandLineParser &parser)
{
    for (const char *name : {"pkcs12", "pkcs11", "token", "cert", "pin-file", "pin-fd"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
}

bool Cli::takeCredentialOptions(const QCommandLineParser &parser)
{
    auto take = [&](const char *name, QString &into) {
        if (parser.isSet(QString::fromLatin1(name)))
            into = parser.value(QString::fromLatin1(name));
    };
    take("pkcs12", m_credentials.pkcs12);
    take("pkcs11", m_credentials.pkcs11);
    take("token", m_credentials.token);
    take("cert", m_credentials.certId);
    take("pin-file", m_credentials.pinFile);
    if (parser.isSet(QStringLiteral("pin-fd"))) {
        bool ok = false;
        m_credentials.pinFd = parser.value(QStringLiteral("pin-fd")).toInt(&ok);
        if (!ok || m_credentials.pinFd < 0) {
            usage(tr("--pin-fd takes the number of an open file descriptor"));
            return false;
        }
    }
    if (!m_credentials.pkcs12.isEmpty() && !m_credentials.pkcs11.isEmpty()) {
        usage(tr("give either --pkcs12 or --pkcs11, not both"));
        return false;
    }
    return true;
}

int Cli::takeGlobalCredential(const QString &arg, QStringList &args)
{
    static const QStringList names = {QStringLiteral("--pkcs12"), QStringLiteral("--pkcs11"), QStringLiteral("--token"),
                                      QStringLiteral("--cert"), QStringLiteral("--pin-file"), QStringLiteral("--pin-fd")};
    QString name = arg.section(QLatin1Char('='), 0, 0);
    if (!names.contains(name))
        return 0;
    QString value;
    if (arg.contains(QLatin1Char('=')))
        value = arg.section(QLatin1Char('='), 1);
    else if (!args.isEmpty())
        value = args.takeFirst();
    if (value.isEmpty())
        return -1;
    if (name == QLatin1String("--pkcs12")) m_credentials.pkcs12 = value;
    else if (name == QLatin1String("--pkcs11")) m_credentials.pkcs11 = value;
    else if (name == QLatin1String("--token")) m_credentials.token = value;
    else if (name == QLatin1String("--cert")) m_credentials.certId = value;
    else if (name == QLatin1String("--pin-file")) m_credentials.pinFile = value;
    else {
        bool ok = false;
        m_credentials.pinFd = value.toInt(&ok);
        if (!ok || m_credentials.pinFd < 0)
            return -1;
    }
    return 1;
}

Result<std::unique_ptr<Signer>> Cli::openSigner()
{
    const Credentials &c = m_credentials;
    // The PIN: never from the command line.
    QByteArray pinBytes;
    if (!c.pinFile.isEmpty()) {
        QFile f(c.pinFile);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) // no read-ahead buffer keeps a copy of the PIN
            return Error{Error::Code::Io, tr("Cannot read the PIN file %1: %2.").arg(c.pinFile, f.errorString()), {}};
        pinBytes = f.readLine(4096);
        while (pinBytes.endsWith('\n') || pinBytes.endsWith('\r'))
            pinBytes.chop(1);
    } else if (c.pinFd >= 0) {
        if (!platform::readLineFromDescriptor(c.pinFd, &pinBytes))
            return Error{Error::Code::Io, tr("Cannot read the PIN from descriptor %1.").arg(c.pinFd), {}};
    } else if (platform::standardInputIsTerminal()) {
        const QString prompt = c.pkcs12.isEmpty() ? tr("PIN of the token: ") : tr("Password of %1: ").arg(QFileInfo(c.pkcs12).fileName());
        if (!platform::promptSecret(prompt, &pinBytes))
            return Error{Error::Code::Io, tr("The PIN could not be read from the terminal."), {}};
    } else {
        return Error{Error::Code::Validation,
                     tr("No PIN was given: use --pin-file FILE or --pin-fd N (PINs are never taken from the command line)."), {}};
    }
    const Secret pin(std::move(pinBytes));

    if (!c.pkcs12.isEmpty())
        return KeyFile::open(c.pkcs12, pin);

    const QString modulePath = c.pkcs11 == QLatin1String("default") ? Pkcs11Module::defaultModulePath() : c.pkcs11;
    auto module = Pkcs11Module::load(modulePath);
    if (!module)
        return module.error();
    const auto tokens = (*module)->tokens();
    if (!tokens)
        return tokens.error();
    QList<TokenInfo> matching;
    for (const TokenInfo &t : *tokens)
        if (c.token.isEmpty() || t.label == c.token || t.serial == c.token)
            matching << t;
    if (matching.isEmpty())
        return Error{Error::Code::NotFound, c.token.isEmpty() ? tr("No token is connected.")
                                                              : tr("No token labelled \"%1\" is connected.").arg(c.token), {}};
    if (matching.size() > 1) {
        QStringList names;
        for (const TokenInfo &t : matching)
            names << t.label;
        return Error{Error::Code::Conflict, tr("Several tokens are connected (%1): choose one with --token LABEL.")
                                                .arg(names.join(QStringLiteral(", "))), {}};
    }
    const TokenInfo token = matching.first();
    const auto certs = (*module)->certificates(token);
    if (!certs)
        return certs.error();
    QList<TokenCertificate> candidates;
    for (const TokenCertificate &tc : *certs) {
        if (!c.certId.isEmpty() ? QString::fromLatin1(tc.id.toHex()) == c.certId.toLower() : tc.certificate.info().canSign())
            candidates << tc;
    }
    if (candidates.isEmpty())
        return Error{Error::Code::NotFound, c.certId.isEmpty() ? tr("The token %1 has no signing certificate.").arg(token.displayName())
                                                               : tr("The token %1 has no certificate with the ID %2.").arg(token.displayName(), c.certId), {}};
    if (candidates.size() > 1) {
        QStringList names;
        for (const TokenCertificate &tc : candidates)
            names << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(tc.id.toHex()), tc.certificate.info().holderName());
        return Error{Error::Code::Conflict, tr("The token has several signing certificates: choose one with --cert ID: %1.")
                                                .arg(names.join(QStringLiteral(", "))), {}};
    }
    return (*module)->login(token, candidates.first().id, pin);
}

bool Cli::openTrust()
{
    if (!m_workspace && !openWorkspace())
        return false;
    if (m_trust)
        return true;
    m_trust = std::make_unique<TrustStore>(m_workspace->session());
    if (Status s = m_trust->load(); !s) {
        refused(s.error());
        return false;
    }
    return true;
}

Result<Identity> Cli::loginWithCredentials(std::unique_ptr<Signer> *keepSigner)
{
    if (!m_trust) {
        m_trust = std::make_unique<TrustStore>(m_workspace->session());
        if (Status s = m_trust->load(); !s)
            return s.error();
    }
    auto signer = openSigner();
    if (!signer)
        return signer.error();
    Login check(m_workspace->session(), *m_trust);
    auto identity = check.login(**signer);
    if (identity)
        m_guard->setSession(identity->role, identity->fullName);
    if (identity && keepSigner)
        *keepSigner = std::move(signer).value();
    return identity;
}

Result<Identity> Cli::logInToWorkspace(std::unique_ptr<Signer> *keepSigner)
{
    const Credentials credentials = m_credentials;
    m_credentials = {}; // openWorkspace must not log in a second time
    if (!openWorkspace() || !openTrust())
        return Error{Error::Code::Denied, QString(), {}}; // already reported
    m_credentials = credentials;
    auto identity = loginWithCredentials(keepSigner);
    if (!identity)
        refused(identity.error());
    return identity;
}

// ---- login -------------------------------------------------------------------------------------

int Cli::login(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("login"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!m_credentials.any())
        return usage(tr("login needs --pkcs12 FILE or --pkcs11 MODULE"));
    const auto identity = logInToWorkspace();
    if (!identity)
        return Refused;
    const auto org = OrganizationSql(m_workspace->session()).organization();
    const QString orgName = org && *org ? (*org)->name : QString();
    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("fullName")] = identity->fullName;
        o[QStringLiteral("rnokpp")] = identity->rnokpp;
        o[QStringLiteral("edrpou")] = identity->edrpou;
        o[QStringLiteral("role")] = roleId(identity->role);
        o[QStringLiteral("organization")] = orgName;
        o[QStringLiteral("createdOrganization")] = identity->createdOrganization;
        printJson(o);
        return Success;
    }
    m_out << tr("Logged in: %1, RNOKPP %2").arg(identity->fullName, identity->rnokpp) << Qt::endl
          << tr("Organisation: %1").arg(orgName) << Qt::endl
          << tr("Role: %1").arg(AccessGuard::roleName(identity->role)) << Qt::endl;
    if (identity->createdOrganization)
        m_out << tr("The organisation was created from the certificate; you are its manager.") << Qt::endl;
    return Success;
}

// ---- cert --------------------------------------------------------------------------------------

int Cli::cert(const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("show"))
        return usage(tr("unknown subcommand \"cert %1\"").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("cert show"), args, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const auto certs = Certificate::loadFile(parser.positionalArguments().first());
    if (!certs)
        return refused(certs.error());
    if (!openTrust())
        return Refused;
    const Certificate c = certs->first();
    const QList<Certificate> extra = certs->mid(1);
    const ChainResult chain = m_trust->buildChain(c, extra, QDateTime::currentDateTimeUtc());
    const CertificateInfo &i = c.info();
    if (parser.isSet(json)) {
        QJsonObject o = certificateJson(c);
        o[QStringLiteral("trusted")] = chain.trusted;
        o[QStringLiteral("trustProblem")] = chain.reason;
        QJsonArray path;
        for (const Certificate &p : chain.path)
            path << p.info().holderName();
        o[QStringLiteral("chain")] = path;
        printJson(o);
        return Success;
    }
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << label.leftJustified(22, QLatin1Char(' ')) << value << Qt::endl;
    };
    line(tr("Holder:"), i.holderName());
    line(tr("RNOKPP:"), i.rnokpp);
    line(tr("EDRPOU:"), i.edrpou);
    line(tr("Organisation:"), i.organization);
    line(tr("Title:"), i.title);
    line(tr("Issuer:"), i.issuerCommonName);
    line(tr("Serial number:"), i.serialNumber);
    line(tr("Valid:"), tr("%1 to %2").arg(day(i.notBefore), day(i.notAfter)));
    line(tr("Key:"), i.publicKeyAlgorithm);
    line(tr("Key usage:"), usageNames(i).join(QStringLiteral(", ")));
    line(tr("For signing:"), yesNo(i.canSign()));
    line(tr("Qualified (KEP):"), yesNo(i.qualified()));
    line(tr("Trusted:"), chain.trusted ? tr("yes") : tr("no: %1").arg(chain.reason));
    QStringList path;
    for (const Certificate &p : chain.path)
        path << p.info().holderName();
    line(tr("Chain:"), path.join(QStringLiteral(" → ")));
    line(tr("SHA-256:"), i.sha256);
    return Success;
}

// ---- token -------------------------------------------------------------------------------------

int Cli::token(const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"token %1\"").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption module(QStringLiteral("pkcs11"), QString(), QStringLiteral("MODULE"));
    parser.addOption(json);
    parser.addOption(module);
    if (!parse(parser, QStringLiteral("token list"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    QString path = parser.value(module);
    if (path.isEmpty() && !m_credentials.pkcs11.isEmpty())
        path = m_credentials.pkcs11;
    if (path.isEmpty() || path == QLatin1String("default"))
        path = Pkcs11Module::defaultModulePath();
    const auto loaded = Pkcs11Module::load(path);
    if (!loaded)
        return refused(loaded.error());
    const auto tokens = (*loaded)->tokens();
    if (!tokens)
        return refused(tokens.error());
    QJsonArray array;
    for (const TokenInfo &t : *tokens) {
        const auto certs = (*loaded)->certificates(t);
        QJsonObject o;
        o[QStringLiteral("label")] = t.label;
        o[QStringLiteral("model")] = t.model;
        o[QStringLiteral("serial")] = t.serial;
        o[QStringLiteral("pinPad")] = t.pin.protectedPath;
        o[QStringLiteral("pinLocked")] = t.pin.locked;
        o[QStringLiteral("pinWarning")] = t.pin.warning();
        QJsonArray certArray;
        if (!parser.isSet(json))
            m_out << tr("Token %1, serial %2").arg(t.displayName(), t.serial) << Qt::endl;
        if (!parser.isSet(json) && !t.pin.warning().isEmpty())
            m_out << QStringLiteral("  ! ") << t.pin.warning() << Qt::endl;
        for (const TokenCertificate &tc : certs ? *certs : QList<TokenCertificate>()) {
            QJsonObject co = certificateJson(tc.certificate);
            co[QStringLiteral("id")] = QString::fromLatin1(tc.id.toHex());
            certArray << co;
            if (!parser.isSet(json))
                m_out << QStringLiteral("  --cert %1  %2, %3, %4 %5%6").arg(
                             QString::fromLatin1(tc.id.toHex()), tc.certificate.info().holderName(),
                             tc.certificate.info().rnokpp.isEmpty() ? tc.certificate.info().edrpou : tc.certificate.info().rnokpp,
                             tr("valid to"), day(tc.certificate.info().notAfter),
                             tc.certificate.info().canSign() ? QString() : tr(", not for signing"))
                      << Qt::endl;
        }
        o[QStringLiteral("certificates")] = certArray;
        array << o;
    }
    if (parser.isSet(json))
        printJson(array);
    else if (tokens->isEmpty())
        m_out << tr("No token is connected to %1.").arg(path) << Qt::endl;
    return Success;
}

// ---- trust -------------------------------------------------------------------------------------

int Cli::openTrustForManager()
{
    if (!openWorkspace())
        return Refused;
    if (Status allowed = m_guard->requireRole(Role::Manager); !allowed)
        return refused(allowed.error());
    return openTrust() ? Success : Refused;
}

QStringList Cli::fingerprints(const QStringList &typed)
{
    QStringList out;
    for (QString f : typed)
        out << f.toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return out;
}

int Cli::trust(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("trust list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openTrust())
            return Refused;
        QJsonArray array;
        for (const TrustedCertificate &t : m_trust->certificates()) {
            QJsonObject o = certificateJson(t.certificate);
            o[QStringLiteral("bundled")] = t.bundled;
            o[QStringLiteral("anchor")] = t.anchor;
            o[QStringLiteral("source")] = t.source;
            array << o;
            if (!parser.isSet(json))
                m_out << (t.anchor ? tr("root") : tr("CA  ")) << QStringLiteral("  ") << t.certificate.info().holderName()
                      << QStringLiteral("  ") << tr("valid to %1").arg(day(t.certificate.info().notAfter))
                      << QStringLiteral("  ") << (t.bundled ? tr("(comes with Kopii)") : t.source) << Qt::endl;
        }
        if (parser.isSet(json))
            printJson(array);
        else if (m_trust->crlCount() > 0)
            m_out << tr("%n revocation list(s) imported.", nullptr, m_trust->crlCount()) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("import")) {
        const QCommandLineOption addAnchor(QStringLiteral("add-anchor"),
                                           tr("Trust this self-signed root (its SHA-256 fingerprint, as shown when it was left out)."),
                                           QStringLiteral("SHA256"));
        parser.addOption(addAnchor);
        if (!parse(parser, QStringLiteral("trust import"), args, 1, 1000))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (const int opened = openTrustForManager(); opened != Success)
            return opened;
        const QStringList confirmed = fingerprints(parser.values(addAnchor));
        int added = 0, leftOut = 0;
        QStringList fingerprints;
        for (const QString &file : parser.positionalArguments()) {
            const auto report = m_trust->importFile(file, QDateTime::currentDateTimeUtc(), confirmed);
            if (!report)
                return refused(report.error());
            for (const QString &s : report->added)
                m_out << tr("added: %1").arg(s) << Qt::endl;
            for (const QString &s : report->present)
                m_out << tr("already trusted: %1").arg(s) << Qt::endl;
            for (const QString &s : report->withdrawn)
                m_out << tr("withdrawn by the trusted list, no longer trusted: %1").arg(s.section(QLatin1Char(' '), 1)) << Qt::endl;
            for (const UnconfirmedRoot &root : report->unconfirmedRoots)
                m_out << tr("left out: the root \"%1\" is trusted only when you confirm it. Compare its fingerprint with "
                            "the one its provider publishes, then import again with --add-anchor %2")
                             .arg(root.name, root.sha256)
                      << Qt::endl;
            for (const QString &note : report->notes)
                m_out << note << Qt::endl;
            added += int(report->added.size());
            leftOut += int(report->unconfirmedRoots.size());
            for (const QString &t : report->trusted)
                fingerprints << QStringLiteral("+") + t.section(QLatin1Char(' '), 0, 0);
            for (const QString &t : report->withdrawn)
                fingerprints << QStringLiteral("-") + t.section(QLatin1Char(' '), 0, 0);
        }
        // Fingerprints only: which trust changed, without names.
        (void)AuditLog(m_workspace->session()).append(AuditEntry{0, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"), QStringLiteral("trust.import"),
                                                          QStringLiteral("trust"), added, fingerprints.join(QLatin1Char(' ')), QString()});
        return leftOut > 0 && added == 0 ? Refused : Success;
    }
    if (sub == QLatin1String("tl-signer")) {
        const QStringList rest = args.mid(1);
        const QString action = args.value(0);
        if (action == QLatin1String("list")) {
            if (!parse(parser, QStringLiteral("trust tl-signer list"), rest, 0, 0))
                return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
            if (!openTrust())
                return Refused;
            const auto signers = m_trust->tlSigners();
            if (!signers)
                return refused(signers.error());
            for (const Certificate &c : *signers)
                m_out << c.sha256() << QStringLiteral("  ") << c.info().holderName() << QStringLiteral("  ")
                      << tr("valid to %1").arg(day(c.info().notAfter)) << Qt::endl;
            if (signers->isEmpty())
                m_out << tr("No signer of trusted lists is allowed yet: add the ЦЗО's with `kopii-cli trust tl-signer add CERT`.")
                      << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("add")) {
            if (!parse(parser, QStringLiteral("trust tl-signer add"), rest, 1, 1))
                return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
            if (const int opened = openTrustForManager(); opened != Success)
                return opened;
            const auto certs = Certificate::loadFile(parser.positionalArguments().constFirst());
            if (!certs)
                return refused(certs.error());
            if (certs->size() != 1)
                return refused(Error{Error::Code::Validation, tr("Give exactly one certificate, the trusted list's signer's."), {}});
            const Certificate &c = certs->constFirst();
            if (Status s = m_trust->addTlSigner(c, QDateTime::currentDateTimeUtc()); !s)
                return refused(s.error());
            m_out << tr("Trusted lists signed by \"%1\" (SHA-256 %2) are accepted from now on.").arg(c.info().holderName(), c.sha256())
                  << Qt::endl;
            (void)AuditLog(m_workspace->session()).append(AuditEntry{0, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"),
                                                              QStringLiteral("trust.tl-signer.add"), QStringLiteral("trust"), 1,
                                                              QStringLiteral("+") + c.sha256(), QString()});
            return Success;
        }
        return usage(tr("unknown subcommand \"trust tl-signer %1\"").arg(action));
    }
    return usage(tr("unknown subcommand \"trust %1\"").arg(sub));
}

// ---- employee ----------------------------------------------------------------------------------

int Cli::employee(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption rnokpp(QStringLiteral("rnokpp"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("FULL-NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("employee list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto list = Staff(*m_guard).employees();
        if (!list)
            return refused(list.error());
        QJsonArray array;
        for (const Employee &e : *list) {
            array << QJsonObject{{QStringLiteral("rnokpp"), e.rnokpp}, {QStringLiteral("fullName"), e.fullName},
                                 {QStringLiteral("role"), roleId(e.role)}};
            if (!parser.isSet(json))
                m_out << e.rnokpp << QStringLiteral("  ") << e.fullName.leftJustified(36, QLatin1Char(' '))
                      << AccessGuard::roleName(e.role) << Qt::endl;
        }
        if (parser.isSet(json))
            printJson(array);
        return Success;
    }
    if (sub == QLatin1String("add")) {
        parser.addOption(rnokpp);
        parser.addOption(name);
        parser.addOption(role);
        if (!parse(parser, QStringLiteral("employee add"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        Role r = Role::Clerk;
        if (!parser.isSet(rnokpp) || !parser.isSet(name))
            return usage(tr("employee add needs --rnokpp CODE and --name FULL-NAME"));
        if (parser.isSet(role) && !roleFromId(parser.value(role), &r))
            return usage(tr("--role takes reception, clerk or manager"));
        if (!openWorkspace())
            return Refused;
        if (Status s = Staff(*m_guard).addEmployee({parser.value(rnokpp), parser.value(name), r, {}}); !s)
            return refused(s.error());
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        if (!parse(parser, QStringLiteral("employee remove"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        if (Status s = Staff(*m_guard).removeEmployee(parser.positionalArguments().first()); !s)
            return refused(s.error());
        return Success;
    }
    return usage(tr("unknown subcommand \"employee %1\"").arg(sub));
}

// ---- sign --------------------------------------------------------------------------------------

int Cli::sign(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption attached(QStringLiteral("attached"));
    parser.addOption(attached);
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("sign"), args, 2, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!m_credentials.any())
        return usage(tr("sign needs --pkcs12 FILE or --pkcs11 MODULE"));
    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    QFile input(in);
    if (!input.open(QIODevice::ReadOnly))
        return refused(Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(in, input.errorString()), {}});
    const QByteArray content = input.readAll();
    auto signer = openSigner();
    if (!signer)
        return refused(signer.error());
    const auto p7s = Cades::sign(**signer, content, {parser.isSet(attached), QDateTime::currentDateTimeUtc()});
    if (!p7s)
        return refused(p7s.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*p7s) != p7s->size() || !file.commit())
        return refused(Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(out, file.errorString()), {}});
    m_out << tr("Signed by %1: %2").arg((*signer)->certificate().info().holderName(), out) << Qt::endl;
    return Success;
}

// ---- accession ---------------------------------------------------------------------------------

int Cli::accession(const QString &sub, const QStringList &args)
{
    const QString kind = QString::fromLatin1(kAccessionApplication);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (sub == QLatin1String("sign")) {
        addCredentialOptions(parser);
        if (!parse(parser, QStringLiteral("accession sign"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!takeCredentialOptions(parser))
            return UsageError;
        if (!m_credentials.any())
            return usage(tr("accession sign needs --pkcs12 FILE or --pkcs11 MODULE"));
        std::unique_ptr<Signer> signer;
        const auto identity = logInToWorkspace(&signer);
        if (!identity)
            return Refused;
        if (identity->role != Role::Manager)
            return refused(Error{Error::Code::Denied,
                                 tr("Only a manager of the organisation may sign the accession application."), {}});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto data = Accession::collect(*m_guard, signer->certificate(), now.toLocalTime().date());
        if (!data)
            return refused(data.error());
        const auto document = Accession::renderAndSign(*data, *signer, now);
        if (!document)
            return refused(document.error());
        const auto id = Accession::keep(*m_guard, *m_trust, *document, now);
        if (!id)
            return refused(id.error());
        m_out << tr("The accession application is signed by %1 and kept in the workspace.").arg(document->signerName)
              << Qt::endl
              << tr("Save it with: kopii-cli accession export DIR") << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("accession show"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openTrust())
            return Refused;
        const auto doc = OrganizationRules(*m_guard).latestSignedDocument(kind);
        if (!doc)
            return refused(doc.error());
        if (!doc->has_value())
            return refused(Error{Error::Code::NotFound,
                                 tr("The accession application has not been signed yet: kopii-cli accession sign "
                                    "KEY-OPTIONS"),
                                 {}});
        const SignedDocument &d = **doc;
        const auto check = Accession::verify(d, *m_trust, QDateTime::currentDateTimeUtc());
        const bool valid = check && check->valid();
        if (parser.isSet(json)) {
            QJsonObject o;
            o[QStringLiteral("fileName")] = d.fileName;
            o[QStringLiteral("signer")] = d.signerName;
            o[QStringLiteral("signerRnokpp")] = d.signerRnokpp;
            o[QStringLiteral("signedAt")] = d.signedAt.toString(Qt::ISODate);
            o[QStringLiteral("pdfBytes")] = qint64(d.pdf.size());
            o[QStringLiteral("valid")] = valid;
            o[QStringLiteral("summary")] = Accession::summary(d, check);
            if (check && !check->signer.isNull()) {
                o[QStringLiteral("certificateSerial")] = check->signer.info().serialNumber;
                o[QStringLiteral("certificateIssuer")] = check->signer.info().issuerCommonName;
            }
            printJson(o);
        } else {
            m_out << tr("File: %1").arg(d.fileName) << Qt::endl
                  << Accession::summary(d, check) << Qt::endl;
            if (check && !check->signer.isNull())
                m_out << tr("Certificate: %1, serial %2, issued by %3")
                             .arg(check->signer.info().holderName(), check->signer.info().serialNumber,
                                  check->signer.info().issuerCommonName)
                      << Qt::endl;
        }
        return valid ? Success : Refused;
    }
    if (sub == QLatin1String("export")) {
        if (!parse(parser, QStringLiteral("accession export"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto doc = OrganizationRules(*m_guard).latestSignedDocument(kind);
        if (!doc)
            return refused(doc.error());
        if (!doc->has_value())
            return refused(Error{Error::Code::NotFound,
                                 tr("The accession application has not been signed yet: kopii-cli accession sign "
                                    "KEY-OPTIONS"),
                                 {}});
        const QDir dir(parser.positionalArguments().first());
        if (!dir.exists())
            return refused(Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(dir.path()), {}});
        const QString pdfPath = dir.filePath((*doc)->fileName);
        const QString p7sPath = pdfPath + QStringLiteral(".p7s");
        for (const auto &[path, bytes] : {std::pair{pdfPath, (*doc)->pdf}, std::pair{p7sPath, (*doc)->signature}}) {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return refused(Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(path, f.errorString()), {}});
        }
        m_out << pdfPath << Qt::endl << p7sPath << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"accession %1\"; use sign, show or export").arg(sub));
}

} // namespace kopii::cli
