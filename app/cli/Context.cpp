// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Context.h"
#include "records/Arrival.h"
#include "records/IntakeProtocol.h"

#include "cli/Commands.h"
#include "accession/Accession.h"
#include "core/AccessGuard.h"
#include "core/AuditLog.h"
#include "core/DocumentKinds.h"
#include "core/DomainJson.h"
#include "core/Language.h"
#include "core/OrganizationRules.h"
#include "core/OrganizationSql.h"
#include "core/PostgresDialect.h"
#include "core/Secret.h"
#include "core/SettingsSql.h"
#include "core/SqlSession.h"
#include "core/Staff.h"
#include "core/Validator.h"
#include "core/Wipe.h"
#include "core/Workspace.h"
#include "core/WorkspaceSettings.h"
#include "core/platform/Platform.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/Pkcs11Token.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/Signer.h"
#include "crypto/TrustSql.h"
#include "crypto/TrustStore.h"
#include "demo/DemoWorkspace.h"
#include "inbox/CopyExport.h"
#include "inbox/InboxRules.h"
#include "inbox/VerificationPipeline.h"
#include "mail/DropFolder.h"
#include "mail/Ingestor.h"
#include "mail/MailboxRules.h"
#include "mail/MailboxSync.h"
#include "mail/SignatureFiles.h"
#include "mail/Watcher.h"
#include "qr/PortalImport.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "qr/QrDecoder.h"
#include "qr/SignedRequest.h"
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>

#include <cstdio>

namespace kopii::cli {

Context::Context() : m_out(stdout), m_err(stderr) {}

Context::~Context()
{
    m_trust.reset();
    m_guard.reset();
    m_workspace.reset();
}

int Context::printHelp(const QString &command)
{
    return printCommandHelp(*this, command);
}

int Context::usage(const QString &problem)
{
    m_err << QStringLiteral("kopii-cli: ") << problem << Qt::endl
          << tr("Run \"kopii-cli --help\" for the commands and their options.") << Qt::endl;
    return UsageError;
}

int Context::refused(const Error &error)
{
    m_err << QStringLiteral("kopii-cli: ") << error.fullText() << Qt::endl;
    // The technical cause on a line of its own, for whoever helps (never personal data).
    if (!error.cause.isEmpty())
        m_err << QStringLiteral("kopii-cli: ") << tr("technical cause: %1").arg(error.cause) << Qt::endl;
    return Refused;
}

Result<SharedSecret> Context::serverPassword(const QString &location)
{
    // A password file of libpq's (PGPASSFILE, ~/.pgpass: the watcher service's way) answers by
    // itself; else the person types it on a terminal; else the server says what it misses.
    const QString passFile = ServerAddress::passwordFile();
    if (QFileInfo::exists(passFile) || !platform::standardInputIsTerminal())
        return SharedSecret();
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    QByteArray typed;
    if (!platform::promptSecret(tr("Password of %1 on the office server: ").arg(address->user), &typed))
        return Error{Error::Code::Io, tr("The password could not be read from the terminal."), {}};
    return share(Secret(std::move(typed)));
}

bool Context::openWorkspace()
{
    const QString location = Workspace::resolvePath(m_workspaceOption);
    SharedSecret password;
    if (ServerAddress::isServerLocation(location)) {
        auto typed = serverPassword(location);
        if (!typed) {
            refused(typed.error());
            return false;
        }
        password = *typed;
    }
    auto ws = Workspace::open(location, password);
    if (!ws) {
        refused(ws.error());
        return false;
    }
    m_workspace = std::move(ws).value();
    m_guard = std::make_unique<AccessGuard>(m_workspace->session(), QStringLiteral("cli"), m_clock);
    if (m_credentials.any()) {
        const auto identity = loginWithCredentials();
        if (!identity) {
            refused(identity.error());
            return false;
        }
    }
    return true;
}

bool Context::parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int minPositional,
                    int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser.parse(QStringList{QStringLiteral("kopii-cli")} + args)) {
        usage(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(command.section(QLatin1Char(' '), 0, 0));
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional) {
        usage(tr("%1 needs the number or the name of a record").arg(command));
        return false;
    }
    if (n > maxPositional) {
        usage(tr("%1: unexpected argument \"%2\"").arg(command, parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

void Context::printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    m_out << QString::fromUtf8(bytes);
    m_out.flush();
}

void Context::addCredentialOptions(QCommandLineParser &parser)
{
    for (const char *name : {"pkcs12", "pkcs11", "token", "cert", "pin-file", "pin-fd"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
}

bool Context::takeCredentialOptions(const QCommandLineParser &parser)
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

int Context::takeGlobalCredential(const QString &arg, QStringList &args)
{
    static const QStringList names = {QStringLiteral("--pkcs12"), QStringLiteral("--pkcs11"),   QStringLiteral("--token"),
                                      QStringLiteral("--cert"),   QStringLiteral("--pin-file"), QStringLiteral("--pin-fd")};
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
    if (name == QLatin1String("--pkcs12"))
        m_credentials.pkcs12 = value;
    else if (name == QLatin1String("--pkcs11"))
        m_credentials.pkcs11 = value;
    else if (name == QLatin1String("--token"))
        m_credentials.token = value;
    else if (name == QLatin1String("--cert"))
        m_credentials.certId = value;
    else if (name == QLatin1String("--pin-file"))
        m_credentials.pinFile = value;
    else {
        bool ok = false;
        m_credentials.pinFd = value.toInt(&ok);
        if (!ok || m_credentials.pinFd < 0)
            return -1;
    }
    return 1;
}

Result<std::unique_ptr<Signer>> Context::openSigner()
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
        const QString prompt =
            c.pkcs12.isEmpty() ? tr("PIN of the token: ") : tr("Password of %1: ").arg(QFileInfo(c.pkcs12).fileName());
        if (!platform::promptSecret(prompt, &pinBytes))
            return Error{Error::Code::Io, tr("The PIN could not be read from the terminal."), {}};
    } else {
        return Error{Error::Code::Validation,
                     tr("No PIN was given: use --pin-file FILE or --pin-fd N (PINs are never taken from the command line)."),
                     {}};
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
        return Error{Error::Code::NotFound,
                     c.token.isEmpty() ? tr("No token is connected.") : tr("No token labelled \"%1\" is connected.").arg(c.token),
                     {}};
    if (matching.size() > 1) {
        QStringList names;
        for (const TokenInfo &t : matching)
            names << t.label;
        return Error{
            Error::Code::Conflict,
            tr("Several tokens are connected (%1): choose one with --token LABEL.").arg(names.join(QStringLiteral(", "))),
            {}};
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
        return Error{Error::Code::NotFound,
                     c.certId.isEmpty()
                         ? tr("The token %1 has no signing certificate.").arg(token.displayName())
                         : tr("The token %1 has no certificate with the ID %2.").arg(token.displayName(), c.certId),
                     {}};
    if (candidates.size() > 1) {
        QStringList names;
        for (const TokenCertificate &tc : candidates)
            names << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(tc.id.toHex()), tc.certificate.info().holderName());
        return Error{Error::Code::Conflict,
                     tr("The token has several signing certificates: choose one with --cert ID: %1.")
                         .arg(names.join(QStringLiteral(", "))),
                     {}};
    }
    return (*module)->login(token, candidates.first().id, pin);
}

bool Context::openTrust()
{
    if (!m_workspace && !openWorkspace())
        return false;
    if (m_trust)
        return true;
    m_trust = std::make_unique<TrustStore>(m_workspace->session(), m_clock);
    if (Status s = m_trust->load(); !s) {
        m_trust.reset(); // a store that did not load is never used later
        refused(s.error());
        return false;
    }
    return true;
}

Result<Identity> Context::loginWithCredentials(std::unique_ptr<Signer> *keepSigner)
{
    if (!m_trust) {
        m_trust = std::make_unique<TrustStore>(m_workspace->session(), m_clock);
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

Result<Identity> Context::logInToWorkspace(std::unique_ptr<Signer> *keepSigner)
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

int Context::openTrustForManager()
{
    if (!openWorkspace())
        return Refused;
    if (Status allowed = m_guard->requireRole(Role::Manager); !allowed)
        return refused(allowed.error());
    return openTrust() ? Success : Refused;
}

QStringList Context::fingerprints(const QStringList &typed)
{
    QStringList out;
    for (QString f : typed)
        out << f.toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return out;
}

Result<SharedSecret> Context::mailboxPassword(const Mailbox &mailbox, const QString &passwordFile)
{
    const QString path = credentialFile(mailbox, passwordFile);
    if (path.isEmpty() && !mailbox.oauth.isEmpty())
        return Error{Error::Code::Validation,
                     tr("The mailbox \"%1\" has no sign-in on this computer: kopii-cli mailbox sign-in %2 --token-file FILE.")
                         .arg(mailbox.name)
                         .arg(mailbox.id),
                     {}};
    if (path.isEmpty())
        return Error{
            Error::Code::Validation, tr("No password for the mailbox \"%1\": give --password-file FILE.").arg(mailbox.name), {}};
    // Unbuffered, into a fixed buffer of Kopii's own that is wiped: the password is never in a
    // buffer nobody wipes (review finding L5).
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{Error::Code::Io, tr("Cannot read the password file %1: %2.").arg(path, f.errorString()), {}};
    char line[1024];
    qint64 length = f.readLine(line, sizeof line);
    const bool whole = length >= 0 && (length < qint64(sizeof line) - 1 || line[length - 1] == '\n' || f.atEnd());
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        --length;
    SharedSecret password = share(Secret(QByteArray(line, int(qMax<qint64>(length, 0)))));
    wipeMemory(line, sizeof line);
    if (!whole)
        return Error{Error::Code::Validation, tr("The first line of the password file %1 is too long.").arg(path), {}};
    if (password->isEmpty())
        return Error{Error::Code::Validation, tr("The password file %1 is empty.").arg(path), {}};
    return password;
}

int Context::findServiceAndBranch(const QCommandLineParser &parser, Service *service, Branch *branch)
{
    if (!parser.isSet(QStringLiteral("branch")) || (service && !parser.isSet(QStringLiteral("service"))))
        return usage(service ? tr("--branch and --service are both needed") : tr("--branch is needed"));
    const auto b = OrganizationRules(*m_guard).findBranch(parser.value(QStringLiteral("branch")));
    if (!b)
        return refused(b.error());
    *branch = *b;
    if (service) {
        const auto s = OrganizationRules(*m_guard).findService(parser.value(QStringLiteral("service")));
        if (!s)
            return refused(s.error());
        *service = *s;
    }
    return Success;
}

int Context::findBranchOrService(const QCommandLineParser &parser, QString *table, RecordId *id)
{
    if (parser.isSet(QStringLiteral("branch"))) {
        const auto b = OrganizationRules(*m_guard).findBranch(parser.value(QStringLiteral("branch")));
        if (!b)
            return refused(b.error());
        *table = QStringLiteral("branch");
        *id = b->id;
        return Success;
    }
    const auto s = OrganizationRules(*m_guard).findService(parser.value(QStringLiteral("service")));
    if (!s)
        return refused(s.error());
    *table = QStringLiteral("service");
    *id = s->id;
    return Success;
}

bool Context::paperFromName(const QString &name, QPageSize::PageSizeId *paper)
{
    const QString n = name.trimmed().toUpper();
    for (auto id : {QPageSize::A4, QPageSize::A5, QPageSize::A3})
        if (QPageSize(id).name().toUpper() == n) {
            *paper = id;
            return true;
        }
    return false;
}

bool Context::applyRetention()
{
    const auto purged = InboxRules(*m_guard).purgeByPolicy();
    if (!purged) {
        m_err << QStringLiteral("kopii-cli: ") << tr("retention: %1").arg(purged.error().message) << Qt::endl;
        return false;
    }
    if (!purged->isEmpty())
        m_out << m_clock.now().toLocalTime().toString(Qt::ISODate) << QLatin1Char(' ')
              << tr("Retention: deleted %n submission(s) kept longer than the workspace's policy allows.", nullptr,
                    int(purged->size()))
              << Qt::endl;
    return true;
}

bool Context::afterArrival(Signer *seal)
{
    if (!m_trust || !m_workspace)
        return true;
    const QString actor = m_guard->actor() + QStringLiteral(": after arrival");
    const auto done = Arrival::run(m_workspace->session(), *m_trust, m_clock, actor);
    if (!done) {
        m_err << QStringLiteral("kopii-cli: ") << done.error().message << Qt::endl;
        return false;
    }
    const QString now = m_clock.now().toLocalTime().toString(Qt::ISODate);
    for (const QString &path : done->written)
        m_out << now << QLatin1Char(' ') << tr("Handed on: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    if (done->kept > 0)
        m_out << now << QLatin1Char(' ') << tr("Protocols kept at intake: %1").arg(done->kept) << Qt::endl;
    for (const QString &e : done->errors)
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    if (!seal)
        return done->errors.isEmpty();
    const auto sealed = IntakeProtocol::sealPending(m_workspace->session(), *seal, m_clock, actor);
    if (!sealed) {
        m_err << QStringLiteral("kopii-cli: ") << tr("protocol at intake: %1").arg(sealed.error().message) << Qt::endl;
        return false;
    }
    if (*sealed > 0)
        m_out << now << QLatin1Char(' ') << tr("Protocols sealed: %1").arg(*sealed) << Qt::endl;
    return done->errors.isEmpty();
}

} // namespace kopii::cli
