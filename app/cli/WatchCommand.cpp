// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli watch: see its usage() below, and docs/man/kopii-cli.1.
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

namespace {

QString defaultDropFolder(Workspace &workspace)
{
    const auto configured = SettingsSql(workspace.session()).meta(QStringLiteral("dropFolder"));
    if (configured && !configured->isEmpty())
        return *configured;
    if (workspace.isServer()) // an office server has no folder: only the one --drop-folder names
        return {};
    return QDir(workspace.path()).filePath(QStringLiteral("drop"));
}

} // namespace

class WatchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int WatchCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption drop(QStringLiteral("drop-folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption only(QStringLiteral("mailbox"), QString(), QStringLiteral("N"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption standby(QStringLiteral("standby-seconds"), QString(), QStringLiteral("N"));
    for (const auto &o : {once, drop, only, passwordFile, standby})
        parser.addOption(o);
    addCredentialOptions(parser); // the key that seals the protocols at intake, not a login
    if (!parse(parser, QStringLiteral("watch"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    int standbySeconds = 5;
    if (parser.isSet(standby)) {
        bool ok = false;
        standbySeconds = parser.value(standby).toInt(&ok);
        if (!ok || standbySeconds < 1 || standbySeconds > 3600)
            return usage(tr("--standby-seconds takes a number of seconds from 1 to 3600"));
    }
    if (!openWorkspace())
        return Refused;
    // Opened once: each protocol kept at intake is sealed as it is kept.
    std::unique_ptr<Signer> seal;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (m_credentials.any()) {
        auto opened = openSigner();
        if (!opened)
            return refused(opened.error());
        seal = std::move(opened).value();
    }
    if (!parser.isSet(once)) {
        // Until SIGTERM (a systemd unit) or Ctrl+C: IDLE where the server has it, polling
        // otherwise, reconnecting with back-off; the drop folder every few seconds.
        const auto all = MailboxRules(*m_guard).mailboxes();
        if (!all)
            return refused(all.error());
        QList<Mailbox> chosen;
        for (const Mailbox &m : *all) {
            bool take = parser.values(only).isEmpty();
            for (const QString &w : parser.values(only))
                if (const auto f = MailboxRules(*m_guard).findMailbox(w); f && f->id == m.id)
                    take = true;
            if (take)
                chosen << m;
        }
        Ingestor ingestor(m_workspace->session(), m_context.clock());
        const QString passwordPath = parser.value(passwordFile);
        Watcher watcher(m_workspace->session(), ingestor,
                        [this, passwordPath](const Mailbox &m) { return mailboxPassword(m, passwordPath); });
        watcher.setLeadershipIntervalMs(standbySeconds * 1000);
        const QString folder = parser.isSet(drop) ? parser.value(drop) : defaultDropFolder(*m_workspace);
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            watcher.setDropFolder(folder);
        }
        QHash<qint64, QString> names;
        for (const Mailbox &m : chosen)
            names.insert(m.id, m.name);
        QObject::connect(&watcher, &Watcher::status, [this, names](qint64 id, const QString &text) {
            m_out << now().toLocalTime().toString(Qt::ISODate) << QLatin1Char(' ') << (id ? names.value(id) : tr("drop folder"))
                  << QStringLiteral(": ") << text << Qt::endl;
        });
        QObject::connect(&watcher, &Watcher::stored, [this, names, &seal](qint64 id, int count) {
            // Told once the new submissions are verified too: whoever reads the line (a person, a
            // script) finds them in the inbox with their verdicts.
            if (openTrust()) {
                if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, now()); !v)
                    m_err << QStringLiteral("kopii-cli: ") << v.error().message << Qt::endl;
                else
                    (void)afterArrival(seal.get());
            }
            m_out << now().toLocalTime().toString(Qt::ISODate) << QLatin1Char(' ') << (id ? names.value(id) : tr("drop folder"))
                  << QStringLiteral(": ") << tr("%n new submission(s)", nullptr, count) << Qt::endl;
        });
        QObject::connect(&watcher, &Watcher::leading, [this, names](qint64 id) {
            m_out << now().toLocalTime().toString(Qt::ISODate) << QLatin1Char(' ') << names.value(id) << QStringLiteral(": ")
                  << tr("this watcher leads the mailbox") << Qt::endl;
        });
        QHash<qint64, QString> tokenFiles;
        for (const Mailbox &m : chosen)
            tokenFiles.insert(m.id, Context::credentialFile(m, passwordPath));
        QObject::connect(&watcher, &Watcher::refreshTokenChanged, [this, tokenFiles](qint64 id, const SharedSecret &refresh) {
            if (Status s = writeTokenFile(tokenFiles.value(id), refresh); !s)
                m_err << QStringLiteral("kopii-cli: ") << s.error().message << Qt::endl;
        });
        QObject::connect(&watcher, &Watcher::signInNeeded, [this, names](qint64 id, const QString &) {
            m_err << QStringLiteral("kopii-cli: ")
                  << tr("mailbox %1: sign in again with: kopii-cli mailbox sign-in %2").arg(names.value(id)).arg(id) << Qt::endl;
        });
        int exitCode = Success;
        QObject::connect(&watcher, &Watcher::databaseLost, [this, &exitCode](const QString &message) {
            // Its leads went with the connection; a service manager starts it again (Restart=).
            m_err << QStringLiteral("kopii-cli: ") << tr("the connection to the workspace's database is lost: %1").arg(message)
                  << Qt::endl;
            exitCode = Refused;
            QCoreApplication::exit(Refused);
        });
        platform::quitOnTerminationRequest();
        // The retention policy, at start and every hour while watching; a package that did not
        // reach its hot folder on arrival is tried again then too.
        QTimer retention;
        retention.setInterval(60 * 60 * 1000);
        QObject::connect(&retention, &QTimer::timeout, [this, &seal] {
            applyRetention();
            if (openTrust()) {
                (void)afterArrival(seal.get());
            }
        });
        applyRetention();
        retention.start();
        watcher.start(chosen);
        if (folder.isEmpty())
            m_out << tr("Watching %n mailbox(es); stop with Ctrl+C.", nullptr, int(chosen.size())) << Qt::endl;
        else
            m_out << tr("Watching %n mailbox(es) and %1; stop with Ctrl+C.", nullptr, int(chosen.size()))
                         .arg(QDir::toNativeSeparators(folder))
                  << Qt::endl;
        QCoreApplication::exec();
        watcher.stop();
        m_out << tr("Stopped.") << Qt::endl;
        return exitCode;
    }
    bool problems = false;
    int checkedAlongside = 0; // verified while the mailboxes were read
    // The mailboxes first.
    const auto all = MailboxRules(*m_guard).mailboxes();
    if (!all)
        return refused(all.error());
    const QStringList wanted = parser.values(only);
    for (const QString &w : wanted)
        if (!MailboxRules(*m_guard).findMailbox(w))
            return refused(MailboxRules(*m_guard).findMailbox(w).error());
    for (const Mailbox &m : *all) {
        if (!wanted.isEmpty()) {
            bool chosen = false;
            for (const QString &w : wanted)
                chosen = chosen || MailboxRules(*m_guard).findMailbox(w)->id == m.id;
            if (!chosen)
                continue;
        }
        const auto password = mailboxPassword(m, parser.value(passwordFile));
        if (!password) {
            m_err << QStringLiteral("kopii-cli: ") << password.error().message << Qt::endl;
            problems = true;
            continue;
        }
        const auto r =
            runMailboxPass(m_workspace->session(), m, *password, false, m_context.clock(), openTrust() ? m_trust.get() : nullptr,
                           Context::credentialFile(m, parser.value(passwordFile)));
        checkedAlongside += r.verified;
        m_out << tr("Mailbox %1: new %2, with documents %3, stored %4, already stored %5, failed %6")
                     .arg(m.name)
                     .arg(r.newMessages)
                     .arg(r.candidates)
                     .arg(r.stored)
                     .arg(r.duplicates)
                     .arg(r.failed)
              << Qt::endl;
        if (!r.error.isEmpty()) {
            m_err << QStringLiteral("kopii-cli: ") << tr("mailbox %1: %2").arg(m.name, r.error) << Qt::endl;
            if (!r.errorCause.isEmpty())
                m_err << QStringLiteral("kopii-cli: ") << tr("technical cause: %1").arg(r.errorCause) << Qt::endl;
            problems = true;
        }
    }
    if (!wanted.isEmpty() && !parser.isSet(drop))
        return problems ? Refused : Success;
    const QString folder = parser.isSet(drop) ? parser.value(drop) : defaultDropFolder(*m_workspace);
    if (!parser.isSet(drop))
        QDir().mkpath(folder);
    Ingestor ingestor(m_workspace->session(), m_context.clock());
    const auto r = DropFolder(folder, ingestor).scan(now());
    if (!r)
        return refused(r.error());
    m_out << tr("Drop folder %1: stored %2, already stored %3, failed %4, still being written %5")
                 .arg(QDir::toNativeSeparators(folder))
                 .arg(r->stored)
                 .arg(r->duplicates)
                 .arg(r->failed)
                 .arg(r->postponed)
          << Qt::endl;
    for (const QString &e : r->errors)
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    if (openTrust()) {
        const auto verified = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, now());
        if (!verified) {
            m_err << QStringLiteral("kopii-cli: ") << verified.error().message << Qt::endl;
            problems = true;
        } else if (*verified + checkedAlongside > 0) {
            m_out << tr("Signatures checked: %1 document(s)").arg(*verified + checkedAlongside) << Qt::endl;
        }
        problems = !afterArrival(seal.get()) || problems;
    }
    problems = !applyRetention() || problems;
    return r->errors.isEmpty() && !problems ? Success : Refused;
}

std::unique_ptr<Command> makeWatchCommand(Context &context)
{
    return std::make_unique<WatchCommand>(context);
}

} // namespace kopii::cli
