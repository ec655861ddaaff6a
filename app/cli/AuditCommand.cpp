// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli audit: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/OrganizationRules.h"
#include "demo/DemoWorkspace.h"
#include "core/DocumentKinds.h"
#include "core/DomainJson.h"
#include "core/Language.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "crypto/Signer.h"
#include "crypto/TrustStore.h"
#include "core/Validator.h"
#include "core/Workspace.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace kopii::cli {

namespace {

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

} // namespace

class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    QString auditProblem(const AuditCheck &check);
};

int AuditCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption csv(QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(csv);
    parser.addOption(limit);
    if (!parse(parser, QStringLiteral("audit"), args, 0, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const QString sub = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (sub == QLatin1String("verify")) {
        if (!openWorkspace())
            return Refused;
        const auto check = m_guard->verifyAudit();
        if (!check)
            return refused(check.error());
        if (check->brokenAt == 0) {
            m_out << tr("The audit log is intact: %n entries, each sealed to the one before.", nullptr, int(check->entries))
                  << Qt::endl;
            return Success;
        }
        m_err << auditProblem(*check) << Qt::endl;
        return Refused;
    }
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"audit %1\"; use list or verify").arg(sub));
    if (parser.isSet(json) && parser.isSet(csv))
        return usage(tr("audit: give either --json or --csv, not both"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return usage(tr("audit: --limit takes a positive number"));
    if (!openWorkspace())
        return Refused;
    const auto log = m_guard->auditLog(n);
    if (!log)
        return refused(log.error());
    if (parser.isSet(csv)) {
        m_out << auditCsv(QList<AuditEntry>(log->crbegin(), log->crend()));
        m_out.flush();
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &e : *log)
            array << json::toJson(e);
        printJson(array);
        return Success;
    }
    for (const auto &e : *log)
        m_out << e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << QStringLiteral("  ") << pad(e.actor, 6)
              << pad(e.action, 24) << e.objectType << QLatin1Char(' ') << e.objectId << Qt::endl;
    return Success;
}

QString AuditCommand::auditProblem(const AuditCheck &check)
{
    if (check.problem == QLatin1String("edited"))
        return tr("The audit log was altered: entry %1 is not what was written. Keep the workspace as it is and "
                  "compare it with a backup copy.")
            .arg(check.brokenAt);
    if (check.problem == QLatin1String("missing-seal"))
        return tr("The audit log was altered: entry %1 was added outside Kopii. Keep the workspace as it is and "
                  "compare it with a backup copy.")
            .arg(check.brokenAt);
    if (check.problem == QLatin1String("removed-before"))
        return tr("The audit log was altered: entries before %1 were removed. Keep the workspace as it is and "
                  "compare it with a backup copy.")
            .arg(check.brokenAt);
    return tr("The audit log was altered: its newest entries, from %1 on, were removed. Keep the workspace as it "
              "is and compare it with a backup copy.")
        .arg(check.brokenAt);
}

std::unique_ptr<Command> makeAuditCommand(Context &context)
{
    return std::make_unique<AuditCommand>(context);
}

} // namespace kopii::cli
