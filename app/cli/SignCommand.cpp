// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli sign: see its usage() below, and docs/man/kopii-cli.1.
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

class SignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int SignCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption attached(QStringLiteral("attached"));
    parser.addOption(attached);
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("sign"), args, 2, 2))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!m_credentials.any())
        return usage(tr("sign needs --pkcs12 FILE or --pkcs11 MODULE"));
    const QString in = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    QFile input(in);
    if (!input.open(QIODevice::ReadOnly))
        return refused(Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(in, input.errorString()), {}});
    const QByteArray content = input.readAll();
    auto signer = openSigner();
    if (!signer)
        return refused(signer.error());
    const auto p7s = Cades::sign(**signer, content, {parser.isSet(attached), now()});
    if (!p7s)
        return refused(p7s.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*p7s) != p7s->size() || !file.commit())
        return refused(Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(out, file.errorString()), {}});
    m_out << tr("Signed by %1: %2").arg((*signer)->certificate().info().holderName(), out) << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeSignCommand(Context &context)
{
    return std::make_unique<SignCommand>(context);
}

} // namespace kopii::cli
