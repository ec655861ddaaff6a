// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli employee: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

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

class EmployeeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int EmployeeCommand::run(const QString &sub, const QStringList &args)
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
            array << QJsonObject{{QStringLiteral("rnokpp"), e.rnokpp},
                                 {QStringLiteral("fullName"), e.fullName},
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

std::unique_ptr<Command> makeEmployeeCommand(Context &context)
{
    return std::make_unique<EmployeeCommand>(context);
}

} // namespace kopii::cli
