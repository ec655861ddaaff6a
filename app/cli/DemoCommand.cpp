// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli demo: see its usage() below, and docs/man/kopii-cli.1.
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

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int DemoCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("demo"), args, 1, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (parser.positionalArguments().first() != QLatin1String("create"))
        return usage(tr("unknown subcommand \"demo %1\"; use create").arg(parser.positionalArguments().first()));
    const QString folder = parser.positionalArguments().value(1, DemoWorkspace::defaultPath());
    const auto created = DemoWorkspace::create(folder);
    if (!created)
        return refused(created.error());
    m_out << tr("A demo workspace is ready in %1.").arg(QDir::toNativeSeparators(created->folder)) << Qt::endl
          << tr("The manager's demo key file: %1 (password: %2).")
                 .arg(QDir::toNativeSeparators(created->keyFile), created->password)
          << Qt::endl
          << tr("%n sample submission(s) wait in %1; Kopii takes them in when the manager logs in.", nullptr, created->samples)
                 .arg(QDir::toNativeSeparators(created->dropFolder))
          << Qt::endl
          << tr("Open it with: kopii --workspace %1").arg(QDir::toNativeSeparators(created->folder)) << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeDemoCommand(Context &context)
{
    return std::make_unique<DemoCommand>(context);
}

} // namespace kopii::cli
