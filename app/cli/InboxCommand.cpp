// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli inbox: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

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
#include "records/HandOff.h"
#include "records/ProtocolSource.h"
#include "records/RecordFiles.h"
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

#include <optional>

namespace kopii::cli {

class InboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InboxCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    int protocol(const QStringList &args);
    int serviceRetention(const QString &service, bool workspace, const std::optional<QString> &after,
                         const std::optional<QString> &maxAge);
};

// inbox retention --service S [--after-processed-days N --max-age-days N | --workspace]: a
// service's own retention (a manager's decision), or back to the workspace's; without: shown.
int InboxCommand::serviceRetention(const QString &service, bool workspace, const std::optional<QString> &after,
                                   const std::optional<QString> &maxAge)
{
    const auto found = OrganizationRules(*m_guard).findService(service);
    if (!found)
        return refused(found.error());
    InboxRules rules(*m_guard);
    const auto stored = rules.serviceRetention(found->id);
    if (!stored)
        return refused(stored.error());
    std::optional<RetentionPolicy> own = *stored;
    if (workspace && (after || maxAge))
        return usage(tr("--workspace takes no days: the service then keeps copies as the workspace does"));
    if (workspace || after || maxAge) {
        std::optional<RetentionPolicy> next;
        if (!workspace) {
            const auto base = rules.retention();
            if (!base)
                return refused(base.error());
            RetentionPolicy policy = own.value_or(*base);
            bool ok = true;
            if (after)
                policy.afterProcessedDays = after->toInt(&ok);
            if (ok && maxAge)
                policy.maxAgeDays = maxAge->toInt(&ok);
            if (!ok)
                return usage(tr("the number of days must be a whole number"));
            next = policy;
        }
        if (Status s = rules.setServiceRetention(found->id, next); !s)
            return refused(s.error());
        own = next;
    }
    if (!own) {
        const auto policy = rules.retention();
        if (!policy)
            return refused(policy.error());
        m_out << tr("\"%1\" keeps copies as the workspace does: %2 day(s) after they are marked processed, and %3 day(s) "
                    "after they arrived in any case.")
                     .arg(found->name)
                     .arg(policy->afterProcessedDays)
                     .arg(policy->maxAgeDays)
              << Qt::endl;
        return Success;
    }
    m_out << tr("\"%1\" keeps copies %2 day(s) after they are marked processed, and %3 day(s) after they arrived in any "
                "case, whatever the workspace's retention.")
                 .arg(found->name)
                 .arg(own->afterProcessedDays)
                 .arg(own->maxAgeDays)
          << Qt::endl;
    return Success;
}

// inbox protocol ID DIR [--document N]: the submission's documents checked again, the protocol
// written as DIR/protocol-ID.pdf and .xml (never over an earlier one).
int InboxCommand::protocol(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption documentOpt(QStringLiteral("document"), QString(), QStringLiteral("N"));
    p.addOption(documentOpt);
    addCredentialOptions(p);
    if (!parse(p, QStringLiteral("inbox protocol"), args, 2, 2))
        return p.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(p))
        return UsageError;
    bool ok = false;
    const RecordId id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("inbox protocol needs the number of a submission"));
    RecordId documentId = 0;
    if (p.isSet(documentOpt)) {
        documentId = p.value(documentOpt).toLongLong(&ok);
        if (!ok || documentId <= 0)
            return usage(tr("--document takes the number of a document (kopii-cli inbox show %1 lists them)").arg(id));
    }
    const QString folder = p.positionalArguments().at(1);
    if (!QFileInfo(folder).isDir())
        return refused(Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(folder), {}});
    if (!openWorkspace())
        return Refused;
    if (!openTrust())
        return Refused;
    const auto made = ProtocolSource::make(*m_guard, *m_trust, id, documentId, now());
    if (!made)
        return refused(made.error());
    const auto pdf = VerificationProtocol::pdf(made->context, made->documents);
    if (!pdf)
        return refused(pdf.error());
    const QString base = RecordFiles::unusedPath(folder, ProtocolSource::baseName(id, documentId),
                                                 {QStringLiteral(".pdf"), QStringLiteral(".xml")});
    const QString pdfPath = base + QStringLiteral(".pdf");
    const QString xmlPath = base + QStringLiteral(".xml");
    if (Status s =
            RecordFiles::write({{pdfPath, *pdf}, {xmlPath, VerificationProtocol::etsiXml(made->context, made->documents)}});
        !s)
        return refused(s.error());
    for (const ProtocolDocument &d : made->documents)
        m_out << QStringLiteral("%1 — %2").arg(d.fileName, d.verification.summary) << Qt::endl;
    m_out << pdfPath << Qt::endl << xmlPath << Qt::endl;
    return Success;
}

int InboxCommand::run(const QString &sub, const QStringList &args)
{
    if (sub == QLatin1String("protocol"))
        return protocol(args);
    if (sub == QLatin1String("show") || sub == QLatin1String("export") || sub == QLatin1String("mark")
        || sub == QLatin1String("purge") || sub == QLatin1String("delete") || sub == QLatin1String("retention")
        || sub == QLatin1String("hold") || sub == QLatin1String("release")) {
        QCommandLineParser p;
        const QCommandLineOption dry(QStringLiteral("dry-run"));
        const QCommandLineOption afterDays(QStringLiteral("after-processed-days"), QString(), QStringLiteral("N"));
        const QCommandLineOption maxDays(QStringLiteral("max-age-days"), QString(), QStringLiteral("N"));
        const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
        const QCommandLineOption workspaceOpt(QStringLiteral("workspace"));
        if (sub == QLatin1String("purge") || sub == QLatin1String("retention")) {
            p.addOption(dry);
            p.addOption(afterDays);
            p.addOption(maxDays);
        }
        if (sub == QLatin1String("retention")) {
            p.addOption(serviceOpt);
            p.addOption(workspaceOpt);
        }
        addCredentialOptions(p);
        const int positional = sub == QLatin1String("purge") || sub == QLatin1String("retention")               ? 0
            : sub == QLatin1String("show") || sub == QLatin1String("delete") || sub == QLatin1String("release") ? 1
                                                                                                                : 2;
        if (!parse(p, QStringLiteral("inbox ") + sub, args, positional, positional))
            return p.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!takeCredentialOptions(p))
            return UsageError;
        if (!openWorkspace())
            return Refused;
        if (sub == QLatin1String("retention") && p.isSet(serviceOpt))
            return serviceRetention(p.value(serviceOpt), p.isSet(workspaceOpt),
                                    p.isSet(afterDays) ? std::optional<QString>(p.value(afterDays)) : std::nullopt,
                                    p.isSet(maxDays) ? std::optional<QString>(p.value(maxDays)) : std::nullopt);
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
            const auto ids = custom
                ? InboxRules(*m_guard).purge(p.isSet(afterDays) ? p.value(afterDays).toInt() : policy->afterProcessedDays,
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
            const QString state = p.positionalArguments().at(1);
            if (Status s = InboxRules(*m_guard).setSubmissionState(id, state); !s)
                return refused(s.error());
            // Its package to the hot folder, when the manager set one for processed submissions.
            if (state == QLatin1String("processed") && openTrust()) {
                const auto handed = HandOff(*m_guard).afterChange(*m_trust, id, state, now());
                if (!handed)
                    return refused(Error{handed.error().code,
                                         tr("The submission is marked processed, but its package did not reach the hot "
                                            "folder: %1 Hand it on with kopii-cli handoff package %2 FOLDER --hot.")
                                             .arg(handed.error().message)
                                             .arg(id),
                                         {}});
                if (!handed->isEmpty())
                    m_out << *handed << Qt::endl;
            }
            return Success;
        }
        if (sub == QLatin1String("delete")) {
            if (Status s = InboxRules(*m_guard).deleteSubmission(id); !s)
                return refused(s.error());
            return Success;
        }
        if (sub == QLatin1String("hold") || sub == QLatin1String("release")) {
            const Status s = sub == QLatin1String("hold") ? InboxRules(*m_guard).setLegalHold(id, p.positionalArguments().at(1))
                                                          : InboxRules(*m_guard).liftLegalHold(id);
            if (!s)
                return refused(s.error());
            m_out << (sub == QLatin1String("hold")
                          ? tr("Submission %1 is on legal hold: nobody and no retention deletes it until a manager lifts the "
                               "hold (kopii-cli inbox release %1).")
                          : tr("The legal hold of submission %1 is lifted: retention and deletion apply to it again."))
                         .arg(id)
                  << Qt::endl;
            return Success;
        }
        if (m_guard->requireRole(Role::Clerk) && openTrust())
            (void)VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, now());
        auto s = InboxRules(*m_guard).submission(id);
        if (!s)
            return refused(s.error());
        if (sub == QLatin1String("export") && !QDir(p.positionalArguments().at(1)).exists()) // before the log says "saved"
            return refused(
                Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(p.positionalArguments().at(1)), {}});
        // Logged before anything is shown or written: no look at a citizen's document goes
        // unrecorded, and the bytes to save come only with their entry.
        for (DocumentCopy &d : s.value().documents) {
            if (sub != QLatin1String("export")) {
                if (Status a = InboxRules(*m_guard).recordAccess(InboxRules::Access::View, d.id); !a)
                    return refused(a.error());
                continue;
            }
            const auto opened = InboxRules(*m_guard).openDocument(InboxRules::Access::Save, d.id);
            if (!opened)
                return refused(opened.error());
            d.pdf = opened->pdf;
            d.p7s = opened->p7s;
        }
        if (sub == QLatin1String("export")) {
            const auto written = CopyExport::write(*s, p.positionalArguments().at(1), WorkspaceSettings(*m_guard).isDemo());
            if (!written)
                return refused(written.error());
            for (const QString &path : written->files)
                m_out << path << Qt::endl;
            return Success;
        }
        m_out
            << QStringLiteral("#%1  %2  %3 <%4>  %5").arg(s->id).arg(s->registrationNumber, s->senderName, s->sender, s->subject)
            << Qt::endl;
        if (!s->legalHold.isEmpty())
            m_out << "  " << tr("On legal hold: %1").arg(s->legalHold) << Qt::endl;
        for (const DocumentCopy &d : s->documents) {
            m_out << QStringLiteral("  %1 — %2")
                         .arg(d.pdfName.isEmpty() ? d.p7sName : d.pdfName,
                              d.verification ? d.verification->summary : tr("not checked yet"))
                  << Qt::endl;
            if (d.verification)
                for (const QJsonValue &c : QJsonDocument::fromJson(d.verification->checksJson.toUtf8()).array()) {
                    const QJsonObject o = c.toObject();
                    // A file of several signatures: each under its heading, its checks indented.
                    if (o.value(QStringLiteral("name")).toString() == QLatin1String("signature-of")) {
                        m_out << QStringLiteral("    %1").arg(o.value(QStringLiteral("detail")).toString()) << Qt::endl;
                        continue;
                    }
                    m_out << (o.contains(QStringLiteral("signature")) ? QStringLiteral("      ") : QStringLiteral("    "))
                          << QStringLiteral("%1 %2").arg(o.value(QStringLiteral("info")).toBool()     ? QStringLiteral("•")
                                                             : o.value(QStringLiteral("ok")).toBool() ? QStringLiteral("✓")
                                                                                                      : QStringLiteral("✗"),
                                                         o.value(QStringLiteral("detail")).toString())
                          << Qt::endl;
                }
        }
        return Success;
    }
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"inbox %1\"; use list, show, export, protocol, mark, delete, hold, release, purge "
                        "or retention")
                         .arg(sub));
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
        if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, now()); !v)
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
                                     d.verification ? QJsonValue(
                                         QJsonObject{{QStringLiteral("kind"), d.verification->poe},
                                                     {QStringLiteral("time"), d.verification->poeTime.toString(Qt::ISODate)}})
                                                    : QJsonValue()},
                                    {QStringLiteral("summary"), d.verification ? d.verification->summary : QString()},
                                    {QStringLiteral("signer"), d.verification ? d.verification->signerName : QString()},
                                    {QStringLiteral("signerRnokpp"), d.verification ? d.verification->signerRnokpp : QString()}};
            array << QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("number"), s.registrationNumber},
                                 {QStringLiteral("status"),
                                  s.status == Submission::Status::Failed ? QStringLiteral("failed") : QStringLiteral("received")},
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
        m_out << QStringLiteral("#%1  %2  %3  %4  %5 <%6>  %7")
                     .arg(s.id)
                     .arg(s.registrationNumber, QLocale().toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat),
                          branchName(s.branchId), s.senderName, s.sender, s.subject)
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

std::unique_ptr<Command> makeInboxCommand(Context &context)
{
    return std::make_unique<InboxCommand>(context);
}

} // namespace kopii::cli
