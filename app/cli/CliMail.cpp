// kopii-cli ingest, watch and inbox: received copies.
#include "cli/Cli.h"
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
    return QDir(workspace.path()).filePath(QStringLiteral("drop"));
}

} // namespace

int Cli::ingest(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("ingest"), args, 1, 1000))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
    Ingestor ingestor(m_workspace->session());
    int stored = 0, duplicates = 0, failed = 0;
    QStringList errors;
    for (const QString &path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const auto r = DropFolder(path, ingestor).ingestWithoutMoving();
            if (!r) {
                errors << r.error().message;
                continue;
            }
            stored += r->stored;
            duplicates += r->duplicates;
            failed += r->failed;
            errors += r->errors;
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << tr("Cannot read %1: %2.").arg(path, f.errorString());
            continue;
        }
        const auto r = ingestor.ingestMessage(f.readAll(), QStringLiteral("ingest"));
        if (!r) {
            errors << QStringLiteral("%1: %2").arg(path, r.error().message);
            continue;
        }
        if (r->duplicate) {
            ++duplicates;
        } else if (r->failed) {
            ++failed;
            m_err << tr("%1: kept as a failed submission: %2").arg(path, r->reason) << Qt::endl;
        } else {
            ++stored;
        }
    }
    m_out << tr("Stored: %1; already stored: %2; failed (kept with the reason): %3").arg(stored).arg(duplicates).arg(failed)
          << Qt::endl;
    if (stored > 0 && openTrust())
        if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, QDateTime::currentDateTimeUtc()); !v)
            errors << v.error().message;
    for (const QString &e : std::as_const(errors))
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    return errors.isEmpty() ? Success : Refused;
}

Result<SharedSecret> Cli::mailboxPassword(const Mailbox &mailbox, const QString &passwordFile)
{
    const QString path = !passwordFile.isEmpty() ? passwordFile : mailbox.passwordFile;
    if (path.isEmpty())
        return Error{Error::Code::Validation,
                     tr("No password for the mailbox \"%1\": give --password-file FILE.").arg(mailbox.name), {}};
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

namespace {

// Runs one pass over a mailbox and waits for it.
MailboxSync::Report runSync(SqlSession &store, Ingestor &ingestor, const Mailbox &mailbox, const SharedSecret &password, bool testOnly)
{
    MailboxSync sync(store, ingestor, mailbox, password);
    if (testOnly)
        sync.testOnly();
    QEventLoop loop;
    QObject::connect(&sync, &MailboxSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    return sync.report();
}

} // namespace

int Cli::mailbox(const QString &sub, const QStringList &args)
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
        const QCommandLineOption after(QStringLiteral("after-ingest"), QString(), QStringLiteral("ACTION"), QStringLiteral("keep"));
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
                m_out << QStringLiteral("%1  %2  %3@%4:%5 (%6) %7").arg(m.id).arg(m.name, m.user, m.host).arg(m.port)
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
        Ingestor ingestor(m_workspace->session());
        const auto report = runSync(m_workspace->session(), ingestor, *m, *password, true);
        if (!report.untrustedFingerprint.isEmpty())
            return refused(Error{Error::Code::Io,
                                 report.error + QLatin1Char(' ')
                                     + tr("If you have checked with your provider that this is your server's certificate, "
                                          "pin it: kopii-cli mailbox add … --pin-sha256 %1")
                                           .arg(report.untrustedFingerprint),
                                 {}});
        if (!report.error.isEmpty())
            return refused(Error{Error::Code::Io, report.error, {}});
        m_out << tr("Connected, logged in and opened \"%1\".").arg(m->folder) << Qt::endl;
        if (!report.fingerprint.isEmpty())
            m_out << tr("Server certificate SHA-256: %1").arg(report.fingerprint) << Qt::endl;
        m_out << tr("Capabilities: %1").arg(report.capabilities.join(QLatin1Char(' '))) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"mailbox %1\"; use add, list, test or remove").arg(sub));
}

int Cli::watch(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption drop(QStringLiteral("drop-folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption only(QStringLiteral("mailbox"), QString(), QStringLiteral("N"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    for (const auto &o : {once, drop, only, passwordFile})
        parser.addOption(o);
    if (!parse(parser, QStringLiteral("watch"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
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
        Ingestor ingestor(m_workspace->session());
        const QString passwordPath = parser.value(passwordFile);
        Watcher watcher(m_workspace->session(), ingestor, [this, passwordPath](const Mailbox &m) {
            return mailboxPassword(m, passwordPath);
        });
        const QString folder = parser.isSet(drop) ? parser.value(drop) : defaultDropFolder(*m_workspace);
        QDir().mkpath(folder);
        watcher.setDropFolder(folder);
        QHash<qint64, QString> names;
        for (const Mailbox &m : chosen)
            names.insert(m.id, m.name);
        QObject::connect(&watcher, &Watcher::status, [this, names](qint64 id, const QString &text) {
            m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << QLatin1Char(' ')
                  << (id ? names.value(id) : tr("drop folder")) << QStringLiteral(": ") << text << Qt::endl;
        });
        QObject::connect(&watcher, &Watcher::stored, [this, names](qint64 id, int count) {
            m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << QLatin1Char(' ')
                  << (id ? names.value(id) : tr("drop folder")) << QStringLiteral(": ")
                  << tr("%n new submission(s)", nullptr, count) << Qt::endl;
            if (openTrust())
                if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust,
                                                                         QDateTime::currentDateTimeUtc());
                    !v)
                    m_err << QStringLiteral("kopii-cli: ") << v.error().message << Qt::endl;
        });
        platform::quitOnTerminationRequest();
        // The retention policy, at start and every hour while watching.
        QTimer retention;
        retention.setInterval(60 * 60 * 1000);
        QObject::connect(&retention, &QTimer::timeout, [this] { applyRetention(); });
        applyRetention();
        retention.start();
        watcher.start(chosen);
        m_out << tr("Watching %n mailbox(es) and %1; stop with Ctrl+C.", nullptr, int(chosen.size()))
                     .arg(QDir::toNativeSeparators(folder))
              << Qt::endl;
        QCoreApplication::exec();
        watcher.stop();
        m_out << tr("Stopped.") << Qt::endl;
        return Success;
    }
    bool problems = false;
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
        Ingestor ingestor(m_workspace->session());
        const auto r = runSync(m_workspace->session(), ingestor, m, *password, false);
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
            problems = true;
        }
    }
    if (!wanted.isEmpty() && !parser.isSet(drop))
        return problems ? Refused : Success;
    const QString folder = parser.isSet(drop) ? parser.value(drop) : defaultDropFolder(*m_workspace);
    if (!parser.isSet(drop))
        QDir().mkpath(folder);
    Ingestor ingestor(m_workspace->session());
    const auto r = DropFolder(folder, ingestor).scan();
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
        const auto verified = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, QDateTime::currentDateTimeUtc());
        if (!verified) {
            m_err << QStringLiteral("kopii-cli: ") << verified.error().message << Qt::endl;
            problems = true;
        } else if (*verified > 0) {
            m_out << tr("Signatures checked: %1 document(s)").arg(*verified) << Qt::endl;
        }
    }
    problems = !applyRetention() || problems;
    return r->errors.isEmpty() && !problems ? Success : Refused;
}

bool Cli::applyRetention()
{
    const auto purged = InboxRules(*m_guard).purgeByPolicy();
    if (!purged) {
        m_err << QStringLiteral("kopii-cli: ") << tr("retention: %1").arg(purged.error().message) << Qt::endl;
        return false;
    }
    if (!purged->isEmpty())
        m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << QLatin1Char(' ')
              << tr("Retention: deleted %n submission(s) kept longer than the workspace's policy allows.", nullptr,
                    int(purged->size()))
              << Qt::endl;
    return true;
}

int Cli::inbox(const QString &sub, const QStringList &args)
{
    if (sub == QLatin1String("show") || sub == QLatin1String("export") || sub == QLatin1String("mark")
        || sub == QLatin1String("purge") || sub == QLatin1String("delete") || sub == QLatin1String("retention")) {
        QCommandLineParser p;
        const QCommandLineOption dry(QStringLiteral("dry-run"));
        const QCommandLineOption afterDays(QStringLiteral("after-processed-days"), QString(), QStringLiteral("N"));
        const QCommandLineOption maxDays(QStringLiteral("max-age-days"), QString(), QStringLiteral("N"));
        if (sub == QLatin1String("purge") || sub == QLatin1String("retention")) {
            p.addOption(dry);
            p.addOption(afterDays);
            p.addOption(maxDays);
        }
        addCredentialOptions(p);
        const int positional = sub == QLatin1String("purge") || sub == QLatin1String("retention") ? 0
                               : sub == QLatin1String("show") || sub == QLatin1String("delete") ? 1
                                                                                                  : 2;
        if (!parse(p, QStringLiteral("inbox ") + sub, args, positional, positional))
            return p.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!takeCredentialOptions(p))
            return UsageError;
        if (!openWorkspace())
            return Refused;
        if (sub == QLatin1String("retention")) {
            // Without options: the policy; with them: a new one (a manager's decision).
            auto policy = InboxRules(*m_guard).retention();
            if (!policy)
                return refused(policy.error());
            RetentionPolicy next = *policy;
            bool ok = true;
            if (p.isSet(afterDays))
                next.afterProcessedDays = p.value(afterDays).toInt(&ok);
            if (ok && p.isSet(maxDays))
                next.maxAgeDays = p.value(maxDays).toInt(&ok);
            if (!ok)
                return usage(tr("the number of days must be a whole number"));
            if (p.isSet(afterDays) || p.isSet(maxDays)) {
                if (Status s = InboxRules(*m_guard).setRetention(next); !s)
                    return refused(s.error());
            }
            m_out << tr("Copies are deleted %1 day(s) after they are marked processed, and %2 day(s) after they arrived "
                        "in any case.")
                         .arg(next.afterProcessedDays)
                         .arg(next.maxAgeDays)
                  << Qt::endl;
            return Success;
        }
        if (sub == QLatin1String("purge")) {
            // The workspace's policy, unless the days are given here.
            const bool custom = p.isSet(afterDays) || p.isSet(maxDays);
            const auto policy = InboxRules(*m_guard).retention();
            if (!policy)
                return refused(policy.error());
            const auto ids = custom ? InboxRules(*m_guard).purge(p.isSet(afterDays) ? p.value(afterDays).toInt() : policy->afterProcessedDays,
                                                        p.isSet(maxDays) ? p.value(maxDays).toInt() : policy->maxAgeDays, p.isSet(dry))
                                    : InboxRules(*m_guard).purgeByPolicy(p.isSet(dry));
            if (!ids)
                return refused(ids.error());
            m_out << (p.isSet(dry) ? tr("Would delete %1 submission(s).") : tr("Deleted %1 submission(s).")).arg(ids->size())
                  << Qt::endl;
            return Success;
        }
        bool ok = false;
        const RecordId id = p.positionalArguments().first().toLongLong(&ok);
        if (!ok)
            return usage(tr("inbox %1 needs the number of a submission").arg(sub));
        if (sub == QLatin1String("mark")) {
            if (Status s = InboxRules(*m_guard).setSubmissionState(id, p.positionalArguments().at(1)); !s)
                return refused(s.error());
            return Success;
        }
        if (sub == QLatin1String("delete")) {
            if (Status s = InboxRules(*m_guard).deleteSubmission(id); !s)
                return refused(s.error());
            return Success;
        }
        if (m_guard->requireRole(Role::Clerk) && openTrust())
            (void)VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, QDateTime::currentDateTimeUtc());
        const auto s = InboxRules(*m_guard).submission(id);
        if (!s)
            return refused(s.error());
        // Logged before anything is shown or written: no look at a citizen's document goes unrecorded.
        const InboxRules::Access access = sub == QLatin1String("export") ? InboxRules::Access::Save : InboxRules::Access::View;
        if (sub == QLatin1String("export") && !QDir(p.positionalArguments().at(1)).exists()) // before the log says "saved"
            return refused(Error{Error::Code::NotFound,
                                 tr("The folder %1 does not exist.").arg(p.positionalArguments().at(1)), {}});
        for (const DocumentCopy &d : s->documents)
            if (Status a = InboxRules(*m_guard).recordAccess(access, d.id); !a)
                return refused(a.error());
        if (sub == QLatin1String("export")) {
            const auto written = CopyExport::write(*s, p.positionalArguments().at(1), WorkspaceSettings(*m_guard).isDemo());
            if (!written)
                return refused(written.error());
            for (const QString &path : written->files)
                m_out << path << Qt::endl;
            return Success;
        }
        m_out << QStringLiteral("#%1  %2 <%3>  %4").arg(s->id).arg(s->senderName, s->sender, s->subject) << Qt::endl;
        for (const DocumentCopy &d : s->documents) {
            m_out << QStringLiteral("  %1 — %2").arg(d.pdfName.isEmpty() ? d.p7sName : d.pdfName,
                                                    d.verification ? d.verification->summary : tr("not checked yet"))
                  << Qt::endl;
            if (d.verification)
                for (const QJsonValue &c : QJsonDocument::fromJson(d.verification->checksJson.toUtf8()).array())
                    m_out << QStringLiteral("    %1 %2")
                                 .arg(c.toObject().value(QStringLiteral("ok")).toBool() ? QStringLiteral("✓") : QStringLiteral("✗"),
                                      c.toObject().value(QStringLiteral("detail")).toString())
                          << Qt::endl;
        }
        return Success;
    }
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"inbox %1\"; use list, show, export, mark, delete, purge or retention").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption verdictOpt(QStringLiteral("verdict"), QString(), QStringLiteral("V"));
    const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    const QCommandLineOption stateOpt(QStringLiteral("state"), QString(), QStringLiteral("STATE"));
    const QCommandLineOption searchOpt(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    for (const auto &o : {json, limit, verdictOpt, branchOpt, serviceOpt, stateOpt, searchOpt})
        parser.addOption(o);
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("inbox list"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!openWorkspace())
        return Refused;
    // Documents that arrived since the last check are verified first.
    if (m_guard->requireRole(Role::Clerk) && openTrust())
        if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, QDateTime::currentDateTimeUtc()); !v)
            return refused(v.error());
    // The same filters as the Inbox area; --verdict is a submission's worst verdict.
    SubmissionQuery query;
    if (parser.isSet(branchOpt)) {
        const auto b = OrganizationRules(*m_guard).findBranch(parser.value(branchOpt));
        if (!b)
            return refused(b.error());
        query.branchId = b->id;
    }
    if (parser.isSet(serviceOpt)) {
        const auto s = OrganizationRules(*m_guard).findService(parser.value(serviceOpt));
        if (!s)
            return refused(s.error());
        query.serviceId = s->id;
    }
    if (parser.isSet(verdictOpt)) {
        const QStringList verdicts = verdictOrder() + QStringList{QStringLiteral("pending")};
        query.verdict = parser.value(verdictOpt);
        if (!verdicts.contains(query.verdict))
            return usage(tr("--verdict takes one of: %1").arg(verdicts.join(QStringLiteral(", "))));
    }
    if (parser.isSet(stateOpt)) {
        query.state = parser.value(stateOpt);
        if (!QStringList{QStringLiteral("new"), QStringLiteral("in-work"), QStringLiteral("processed")}.contains(query.state))
            return usage(tr("--state takes new, in-work or processed"));
    }
    query.text = parser.value(searchOpt);
    const auto fetched = InboxRules(*m_guard).querySubmissions(query, 0, parser.value(limit).toInt());
    if (!fetched)
        return refused(fetched.error());
    const QList<Submission> list = *fetched;
    const auto branches = OrganizationRules(*m_guard).branches();
    const auto services = OrganizationRules(*m_guard).services();
    const auto mailboxes = MailboxRules(*m_guard).mailboxes();
    auto mailboxName = [&](RecordId id) {
        if (mailboxes)
            for (const Mailbox &m : *mailboxes)
                if (m.id == id)
                    return m.name;
        return QString();
    };
    auto serviceName = [&](RecordId id) {
        if (services)
            for (const Service &s : *services)
                if (s.id == id)
                    return s.name;
        return QString();
    };
    auto worst = [](const Submission &s) {
        const QString verdict = worstVerdict(s);
        return verdict.isEmpty() ? QStringLiteral("pending") : verdict;
    };
    auto branchName = [&](RecordId id) {
        if (branches)
            for (const Branch &b : *branches)
                if (b.id == id)
                    return b.name;
        return QString();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Submission &s : std::as_const(list)) {
            QJsonArray docs;
            for (const DocumentCopy &d : s.documents)
                docs << QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("kind"), d.kind},
                                    {QStringLiteral("pdf"), d.pdfName},
                                    {QStringLiteral("pdfBytes"), d.pdfSize},
                                    {QStringLiteral("p7s"), d.p7sName},
                                    {QStringLiteral("p7sBytes"), d.p7sSize},
                                    {QStringLiteral("verdict"), d.verification ? d.verification->verdict : QString()},
                                    {QStringLiteral("indication"), d.verification ? d.verification->indication : QString()},
                                    {QStringLiteral("subIndication"), d.verification ? d.verification->subIndication : QString()},
                                    {QStringLiteral("proofOfExistence"),
                                     d.verification ? QJsonValue(QJsonObject{{QStringLiteral("kind"), d.verification->poe},
                                                                             {QStringLiteral("time"), d.verification->poeTime.toString(Qt::ISODate)}})
                                                    : QJsonValue()},
                                    {QStringLiteral("summary"), d.verification ? d.verification->summary : QString()},
                                    {QStringLiteral("signer"), d.verification ? d.verification->signerName : QString()},
                                    {QStringLiteral("signerRnokpp"), d.verification ? d.verification->signerRnokpp : QString()}};
            array << QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("status"), s.status == Submission::Status::Failed ? QStringLiteral("failed")
                                                                                                    : QStringLiteral("received")},
                                 {QStringLiteral("failure"), s.failure},
                                 {QStringLiteral("received"), s.receivedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), s.source},
                                 {QStringLiteral("mailboxId"), s.mailboxId},
                                 {QStringLiteral("mailbox"), mailboxName(s.mailboxId)},
                                 {QStringLiteral("branch"), branchName(s.branchId)},
                                 {QStringLiteral("service"), serviceName(s.serviceId)},
                                 {QStringLiteral("verdict"), worst(s)},
                                 {QStringLiteral("sender"), s.sender},
                                 {QStringLiteral("senderName"), s.senderName},
                                 {QStringLiteral("subject"), s.subject},
                                 {QStringLiteral("state"), s.state},
                                 {QStringLiteral("documents"), docs}};
        }
        printJson(array);
        return Success;
    }
    if (list.isEmpty())
        m_out << tr("No submissions yet.") << Qt::endl;
    for (const Submission &s : std::as_const(list)) {
        m_out << QStringLiteral("#%1  %2  %3  %4 <%5>  %6")
                     .arg(s.id)
                     .arg(QLocale().toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat), branchName(s.branchId),
                          s.senderName, s.sender, s.subject)
              << Qt::endl;
        if (s.status == Submission::Status::Failed)
            m_out << QStringLiteral("    ") << tr("NOT READ: %1").arg(s.failure) << Qt::endl;
        for (const DocumentCopy &d : s.documents)
            m_out << QStringLiteral("    %1: %2 (%3 B) + %4 (%5 B) — %6")
                         .arg(d.kind, d.pdfName.isEmpty() ? QStringLiteral("—") : d.pdfName)
                         .arg(d.pdfSize)
                         .arg(d.p7sName.isEmpty() ? QStringLiteral("—") : d.p7sName)
                         .arg(d.p7sSize)
                         .arg(d.verification ? d.verification->summary : tr("not checked yet"))
                  << Qt::endl;
    }
    return Success;
}

} // namespace kopii::cli
