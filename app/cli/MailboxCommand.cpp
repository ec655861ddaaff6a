// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli mailbox: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"
#include "cli/MailboxPass.h"

#include "inbox/InboxRules.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "core/SettingsSql.h"
#include "core/Wipe.h"
#include "mail/DropFolder.h"
#include "mail/Ingestor.h"
#include "crypto/TrustStore.h"
#include "inbox/CopyExport.h"
#include "inbox/VerificationPipeline.h"
#include "mail/MailboxSync.h"
#include "mail/MailPresets.h"
#include "mail/OAuthClient.h"
#include "mail/Watcher.h"
#include "core/platform/Platform.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include <QDir>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QJsonObject>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QLocale>

namespace kopii::cli {

class MailboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MailboxCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    // Signs in with the provider (the device flow, or the browser with `browser`) and writes the
    // refresh token to `tokenFile`.
    Status signIn(const OAuthProvider &provider, const QString &user, const QString &tokenFile, bool browser);
};

Status MailboxCommand::signIn(const OAuthProvider &provider, const QString &user, const QString &tokenFile, bool browser)
{
    OAuthClient client(provider, m_context.clock());
    std::optional<Result<OAuthTokens>> result;
    QEventLoop loop;
    auto done = [&](const Result<OAuthTokens> &r) {
        result = r;
        loop.quit();
    };
    if (browser) {
        client.authorize(
            user,
            [this](const QUrl &url) {
                m_out << tr("Open this address in a browser on this computer and allow Kopii to read the mailbox:") << Qt::endl
                      << url.toString(QUrl::FullyEncoded) << Qt::endl;
            },
            done);
    } else {
        client.authorizeDevice(
            [this, &provider](const OAuthClient::DeviceCode &code) {
                m_out << tr("To let Kopii read the mailbox, open %1 on a phone or a computer, sign in to %2 and enter the "
                            "code %3 (valid until %4).")
                             .arg(code.verificationUri.toString(), provider.name, code.userCode,
                                  code.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                      << Qt::endl
                      << tr("Waiting for the approval… (Ctrl+C stops)") << Qt::endl;
            },
            done);
    }
    if (!result)
        loop.exec();
    if (!*result)
        return result->error();
    if (!(*result)->refresh)
        return Error{Error::Code::Io,
                     tr("%1 gave no lasting permission (no refresh token): Kopii would have to ask again within the hour. "
                        "Check that the application may ask for offline access.")
                         .arg(provider.name),
                     {}};
    if (Status s = writeTokenFile(tokenFile, (*result)->refresh); !s)
        return s;
    m_out << tr("Signed in with %1; the permission is kept in %2 (readable by you only).")
                 .arg(provider.name, QDir::toNativeSeparators(tokenFile))
          << Qt::endl;
    return {};
}

int MailboxCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    if (sub == QLatin1String("add")) {
        const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
        const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
        const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("HOST"));
        const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("PORT"));
        const QCommandLineOption security(QStringLiteral("security"), QString(), QStringLiteral("tls|starttls|none"),
                                          QStringLiteral("tls"));
        const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("USER"));
        const QCommandLineOption folder(QStringLiteral("folder"), QString(), QStringLiteral("FOLDER"), QStringLiteral("INBOX"));
        const QCommandLineOption after(QStringLiteral("after-ingest"), QString(), QStringLiteral("ACTION"),
                                       QStringLiteral("keep"));
        const QCommandLineOption ca(QStringLiteral("ca-file"), QString(), QStringLiteral("FILE"));
        const QCommandLineOption pin(QStringLiteral("pin-sha256"), QString(), QStringLiteral("HEX"));
        const QCommandLineOption auth(QStringLiteral("auth"), QString(), QStringLiteral("password|oauth2"),
                                      QStringLiteral("password"));
        const QCommandLineOption providerOpt(QStringLiteral("provider"), QString(), QStringLiteral("google|microsoft|FILE.json"));
        const QCommandLineOption clientId(QStringLiteral("client-id"), QString(), QStringLiteral("ID"));
        const QCommandLineOption clientSecret(QStringLiteral("client-secret"), QString(), QStringLiteral("TEXT"));
        const QCommandLineOption tenant(QStringLiteral("tenant"), QString(), QStringLiteral("TENANT"));
        const QCommandLineOption tokenFile(QStringLiteral("token-file"), QString(), QStringLiteral("FILE"));
        const QCommandLineOption browser(QStringLiteral("browser"));
        const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("ADDRESS"));
        for (const auto &o : {name, branchOpt, host, port, security, user, folder, after, ca, pin, passwordFile, auth,
                              providerOpt, clientId, clientSecret, tenant, tokenFile, browser, email})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("mailbox add"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        // From the address: the provider's server and sign-in, unless given.
        std::optional<MailPreset> preset;
        if (parser.isSet(email)) {
            const auto p = MailPresets::forAddress(parser.value(email));
            if (!p)
                return refused(p.error());
            if (!p->imap)
                return refused(Error{Error::Code::Validation, MailPresets::adviceText(*p), {}});
            preset = *p;
            if (const QString advice = MailPresets::adviceText(*p); !advice.isEmpty())
                m_out << advice << Qt::endl;
        }
        auto value = [&](const QCommandLineOption &o, const QString &fromPreset) {
            return parser.isSet(o) || !preset ? parser.value(o) : fromPreset;
        };
        if (!parser.isSet(name) && !preset)
            return usage(tr("mailbox add needs --name, --host and --user (or --email ADDRESS)"));
        if (!preset && (!parser.isSet(host) || !parser.isSet(user)))
            return usage(tr("mailbox add needs --name, --host and --user (or --email ADDRESS)"));
        if (parser.isSet(ca) && parser.isSet(pin))
            return usage(tr("mailbox add takes --ca-file or --pin-sha256, not both"));
        Mailbox m;
        m.name = value(name, preset ? preset->address : QString());
        m.host = value(host, preset ? preset->host : QString());
        if (!mailboxSecurityFromId(value(security, preset ? mailboxSecurityId(preset->security) : QString()), &m.security))
            return usage(tr("--security takes tls, starttls or none"));
        bool portOk = true;
        m.port = parser.isSet(port) ? parser.value(port).toInt(&portOk)
            : preset                ? preset->port
                                    : (m.security == Mailbox::Security::Tls ? 993 : 143);
        if (!portOk)
            return usage(tr("--port takes a number"));
        m.user = value(user, preset ? preset->address : QString());
        m.folder = parser.value(folder);
        m.afterIngest = parser.value(after);
        m.caFile = parser.isSet(ca) ? QFileInfo(parser.value(ca)).absoluteFilePath() : QString();
        m.pinSha256 = parser.value(pin);
        m.passwordFile = parser.isSet(passwordFile) ? QFileInfo(parser.value(passwordFile)).absoluteFilePath() : QString();
        const bool presetOAuth = preset && !parser.isSet(auth) && preset->auth != QLatin1String("password");
        const bool oauth = parser.value(auth) == QLatin1String("oauth2") || presetOAuth;
        if (!oauth && parser.value(auth) != QLatin1String("password"))
            return usage(tr("--auth takes password or oauth2"));
        OAuthProvider provider;
        if (oauth) {
            if ((!parser.isSet(providerOpt) && !presetOAuth) || !parser.isSet(tokenFile))
                return usage(tr("mailbox add --auth oauth2 needs --provider and --token-file"));
            const QString given = parser.isSet(providerOpt) ? parser.value(providerOpt) : preset->auth;
            Result<OAuthProvider> p = Error{};
            if (given.startsWith(QLatin1String("https://")) || given.startsWith(QLatin1String("http://"))) {
                // An OpenID Connect issuer: its endpoints from its discovery document.
                std::optional<Result<OAuthProvider>> found;
                QEventLoop loop;
                discoverOAuthProvider(QUrl(given), &loop, [&](const Result<OAuthProvider> &r) {
                    found = r;
                    loop.quit();
                });
                if (!found)
                    loop.exec();
                p = *found;
            } else {
                p = OAuthProvider::byIdOrFile(given);
            }
            if (!p)
                return refused(p.error());
            provider = *p;
            if (parser.isSet(clientId))
                provider.clientId = parser.value(clientId);
            if (parser.isSet(clientSecret))
                provider.clientSecret = parser.value(clientSecret);
            if (parser.isSet(tenant))
                provider.tenant = parser.value(tenant);
            if (provider.clientId.isEmpty())
                return usage(tr("%1 needs the client id of the application your organisation registered: --client-id ID")
                                 .arg(provider.name));
            m.oauth = QString::fromUtf8(QJsonDocument(provider.toJson()).toJson(QJsonDocument::Compact));
            m.passwordFile = QFileInfo(parser.value(tokenFile)).absoluteFilePath();
        }
        if (!openWorkspace())
            return Refused;
        if (oauth) {
            if (const auto existing = MailboxRules(*m_guard).findMailbox(m.name); existing)
                return refused(Error{Error::Code::Conflict, tr("A mailbox named \"%1\" already exists.").arg(m.name), {}});
            if (Status s = signIn(provider, m.user, m.passwordFile, parser.isSet(browser)); !s)
                return refused(s.error());
        }
        if (parser.isSet(branchOpt)) {
            const auto b = OrganizationRules(*m_guard).findBranch(parser.value(branchOpt));
            if (!b)
                return refused(b.error());
            m.branchId = b->id;
        }
        const auto id = MailboxRules(*m_guard).addMailbox(m);
        if (!id) {
            if (oauth)
                QFile::remove(m.passwordFile); // the permission of a mailbox that was not added
            return refused(id.error());
        }
        m_out << tr("Mailbox %1 added. Check it with: kopii-cli mailbox test %1").arg(*id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("preset")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("mailbox preset"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        std::optional<Result<MailPreset>> found;
        QEventLoop loop;
        MailPresets::lookUp(parser.positionalArguments().first(), &loop, [&](const Result<MailPreset> &r) {
            found = r;
            loop.quit();
        });
        if (!found)
            loop.exec();
        if (!*found)
            return refused(found->error());
        const MailPreset &p = found->value();
        const QString advice = MailPresets::adviceText(p);
        if (parser.isSet(json)) {
            printJson(QJsonObject{{QStringLiteral("address"), p.address},
                                  {QStringLiteral("imap"), p.imap},
                                  {QStringLiteral("host"), p.imap ? p.host : QString()},
                                  {QStringLiteral("port"), p.port},
                                  {QStringLiteral("security"), mailboxSecurityId(p.security)},
                                  {QStringLiteral("auth"), p.auth},
                                  {QStringLiteral("advice"), advice}});
            return p.imap ? Success : Refused;
        }
        if (p.imap) {
            m_out << tr("Server: %1, port %2 (%3)").arg(p.host).arg(p.port).arg(mailboxSecurityId(p.security)) << Qt::endl;
            m_out << tr("Sign-in: %1")
                         .arg(p.auth == QLatin1String("google")          ? tr("Google account (OAuth 2.0)")
                                  : p.auth == QLatin1String("microsoft") ? tr("Microsoft 365 account (OAuth 2.0)")
                                                                         : tr("password"))
                  << Qt::endl;
        }
        if (!advice.isEmpty())
            (p.imap ? m_out : m_err) << advice << Qt::endl;
        return p.imap ? Success : Refused;
    }
    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("mailbox list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto list = MailboxRules(*m_guard).mailboxes();
        if (!list)
            return refused(list.error());
        QJsonArray array;
        for (const Mailbox &m : *list) {
            if (parser.isSet(json)) {
                array << QJsonObject{
                    {QStringLiteral("id"), m.id},
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("branchId"), m.branchId},
                    {QStringLiteral("host"), m.host},
                    {QStringLiteral("port"), m.port},
                    {QStringLiteral("security"), mailboxSecurityId(m.security)},
                    {QStringLiteral("user"), m.user},
                    {QStringLiteral("folder"), m.folder},
                    {QStringLiteral("afterIngest"), m.afterIngest},
                    {QStringLiteral("lastUid"), m.lastUid},
                    {QStringLiteral("lastSync"), m.lastSync.toString(Qt::ISODate)},
                    {QStringLiteral("lastError"), m.lastError},
                    {QStringLiteral("auth"), m.oauth.isEmpty() ? QStringLiteral("password") : QStringLiteral("oauth2")}};
            } else {
                m_out << QStringLiteral("%1  %2  %3@%4:%5 (%6) %7")
                             .arg(m.id)
                             .arg(m.name, m.user, m.host)
                             .arg(m.port)
                             .arg(mailboxSecurityId(m.security), m.folder)
                      << Qt::endl;
                if (!m.lastError.isEmpty())
                    m_out << QStringLiteral("    ") << tr("last error: %1").arg(m.lastError) << Qt::endl;
            }
        }
        if (parser.isSet(json))
            printJson(array);
        return Success;
    }
    if (sub == QLatin1String("test") || sub == QLatin1String("remove") || sub == QLatin1String("sign-in")) {
        const QCommandLineOption tokenFile(QStringLiteral("token-file"), QString(), QStringLiteral("FILE"));
        const QCommandLineOption browser(QStringLiteral("browser"));
        if (sub == QLatin1String("test"))
            parser.addOption(passwordFile);
        if (sub == QLatin1String("sign-in")) {
            parser.addOption(tokenFile);
            parser.addOption(browser);
        }
        if (!parse(parser, QStringLiteral("mailbox ") + sub, args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto m = MailboxRules(*m_guard).findMailbox(parser.positionalArguments().first());
        if (!m)
            return refused(m.error());
        if (sub == QLatin1String("sign-in")) {
            if (m->oauth.isEmpty())
                return refused(Error{Error::Code::Validation,
                                     tr("The mailbox \"%1\" signs in with a password, not with a provider.").arg(m->name),
                                     {}});
            const auto provider = OAuthProvider::fromText(m->oauth);
            if (!provider)
                return refused(provider.error());
            const QString path =
                parser.isSet(tokenFile) ? QFileInfo(parser.value(tokenFile)).absoluteFilePath() : m->passwordFile;
            if (path.isEmpty())
                return usage(tr("mailbox sign-in needs --token-file FILE"));
            if (Status s = signIn(*provider, m->user, path, parser.isSet(browser)); !s)
                return refused(s.error());
            return Success;
        }
        if (sub == QLatin1String("remove")) {
            if (Status s = MailboxRules(*m_guard).removeMailbox(m->id); !s)
                return refused(s.error());
            // A mailbox that signed in with a provider: the provider is told to forget Kopii's
            // permission, and the token file goes.
            if (!m->oauth.isEmpty() && !m->passwordFile.isEmpty() && QFile::exists(m->passwordFile)) {
                const auto provider = OAuthProvider::fromText(m->oauth);
                const auto token = mailboxPassword(*m, QString());
                if (provider && token) {
                    OAuthClient client(*provider, m_context.clock());
                    std::optional<Status> revoked;
                    QEventLoop loop;
                    client.revoke(*token, [&](const Status &st) {
                        revoked = st;
                        loop.quit();
                    });
                    if (!revoked)
                        loop.exec();
                    if (!*revoked)
                        m_err << QStringLiteral("kopii-cli: ")
                              << tr("%1 could not be told to withdraw Kopii's permission (%2); withdraw it in the "
                                    "account's security settings.")
                                     .arg(provider->name, revoked->error().message)
                              << Qt::endl;
                }
                QFile::remove(m->passwordFile);
            }
            return Success;
        }
        const auto password = mailboxPassword(*m, parser.value(passwordFile));
        if (!password)
            return refused(password.error());
        const auto report = runMailboxPass(m_workspace->session(), *m, *password, true, m_context.clock(), nullptr,
                                           Context::credentialFile(*m, parser.value(passwordFile)));
        if (!report.untrustedFingerprint.isEmpty())
            return refused(Error{Error::Code::Io,
                                 report.error + QLatin1Char(' ')
                                     + tr("If you have checked with your provider that this is your server's certificate, "
                                          "pin it: kopii-cli mailbox add … --pin-sha256 %1")
                                           .arg(report.untrustedFingerprint),
                                 {},
                                 report.errorCause});
        if (!report.error.isEmpty())
            return refused(Error{Error::Code::Io, report.error, {}, report.errorCause});
        m_out << tr("Connected, logged in and opened \"%1\".").arg(m->folder) << Qt::endl;
        if (!report.fingerprint.isEmpty())
            m_out << tr("Server certificate SHA-256: %1").arg(report.fingerprint) << Qt::endl;
        m_out << tr("Capabilities: %1").arg(report.capabilities.join(QLatin1Char(' '))) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"mailbox %1\"; use add, preset, sign-in, list, test or remove").arg(sub));
}

std::unique_ptr<Command> makeMailboxCommand(Context &context)
{
    return std::make_unique<MailboxCommand>(context);
}

} // namespace kopii::cli
