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
};

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
        for (const auto &o : {name, branchOpt, host, port, security, user, folder, after, ca, pin, passwordFile})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("mailbox add"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!parser.isSet(name) || !parser.isSet(host) || !parser.isSet(user))
            return usage(tr("mailbox add needs --name, --host and --user"));
        if (parser.isSet(ca) && parser.isSet(pin))
            return usage(tr("mailbox add takes --ca-file or --pin-sha256, not both"));
        Mailbox m;
        m.name = parser.value(name);
        m.host = parser.value(host);
        if (!mailboxSecurityFromId(parser.value(security), &m.security))
            return usage(tr("--security takes tls, starttls or none"));
        bool portOk = true;
        m.port = parser.isSet(port) ? parser.value(port).toInt(&portOk) : (m.security == Mailbox::Security::Tls ? 993 : 143);
        if (!portOk)
            return usage(tr("--port takes a number"));
        m.user = parser.value(user);
        m.folder = parser.value(folder);
        m.afterIngest = parser.value(after);
        m.caFile = parser.isSet(ca) ? QFileInfo(parser.value(ca)).absoluteFilePath() : QString();
        m.pinSha256 = parser.value(pin);
        m.passwordFile = parser.isSet(passwordFile) ? QFileInfo(parser.value(passwordFile)).absoluteFilePath() : QString();
        if (!openWorkspace())
            return Refused;
        if (parser.isSet(branchOpt)) {
            const auto b = OrganizationRules(*m_guard).findBranch(parser.value(branchOpt));
            if (!b)
                return refused(b.error());
            m.branchId = b->id;
        }
        const auto id = MailboxRules(*m_guard).addMailbox(m);
        if (!id)
            return refused(id.error());
        m_out << tr("Mailbox %1 added. Check it with: kopii-cli mailbox test %1").arg(*id) << Qt::endl;
        return Success;
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
                array << QJsonObject{{QStringLiteral("id"), m.id},
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
                                     {QStringLiteral("lastError"), m.lastError}};
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
    if (sub == QLatin1String("test") || sub == QLatin1String("remove")) {
        if (sub == QLatin1String("test"))
            parser.addOption(passwordFile);
        if (!parse(parser, QStringLiteral("mailbox ") + sub, args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto m = MailboxRules(*m_guard).findMailbox(parser.positionalArguments().first());
        if (!m)
            return refused(m.error());
        if (sub == QLatin1String("remove")) {
            if (Status s = MailboxRules(*m_guard).removeMailbox(m->id); !s)
                return refused(s.error());
            return Success;
        }
        const auto password = mailboxPassword(*m, parser.value(passwordFile));
        if (!password)
            return refused(password.error());
        const auto report = runMailboxPass(m_workspace->session(), *m, *password, true, m_context.clock());
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
    return usage(tr("unknown subcommand \"mailbox %1\"; use add, list, test or remove").arg(sub));
}

std::unique_ptr<Command> makeMailboxCommand(Context &context)
{
    return std::make_unique<MailboxCommand>(context);
}

} // namespace kopii::cli
