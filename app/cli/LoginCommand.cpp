// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli login: see its usage() below, and docs/man/kopii-cli.1.
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

class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int LoginCommand::run(const QString &, const QStringList &args)
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

std::unique_ptr<Command> makeLoginCommand(Context &context)
{
    return std::make_unique<LoginCommand>(context);
}

} // namespace kopii::cli
