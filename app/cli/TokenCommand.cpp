// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli token: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/CertificateText.h"
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

class TokenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int TokenCommand::run(const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"token %1\"").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption module(QStringLiteral("pkcs11"), QString(), QStringLiteral("MODULE"));
    parser.addOption(json);
    parser.addOption(module);
    if (!parse(parser, QStringLiteral("token list"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    QString path = parser.value(module);
    if (path.isEmpty() && !m_credentials.pkcs11.isEmpty())
        path = m_credentials.pkcs11;
    if (path.isEmpty() || path == QLatin1String("default"))
        path = Pkcs11Module::defaultModulePath();
    const auto loaded = Pkcs11Module::load(path);
    if (!loaded)
        return refused(loaded.error());
    const auto tokens = (*loaded)->tokens();
    if (!tokens)
        return refused(tokens.error());
    QJsonArray array;
    for (const TokenInfo &t : *tokens) {
        const auto certs = (*loaded)->certificates(t);
        QJsonObject o;
        o[QStringLiteral("label")] = t.label;
        o[QStringLiteral("model")] = t.model;
        o[QStringLiteral("serial")] = t.serial;
        o[QStringLiteral("pinPad")] = t.pin.protectedPath;
        o[QStringLiteral("pinLocked")] = t.pin.locked;
        o[QStringLiteral("pinWarning")] = t.pin.warning();
        QJsonArray certArray;
        if (!parser.isSet(json))
            m_out << tr("Token %1, serial %2").arg(t.displayName(), t.serial) << Qt::endl;
        if (!parser.isSet(json) && !t.pin.warning().isEmpty())
            m_out << QStringLiteral("  ! ") << t.pin.warning() << Qt::endl;
        for (const TokenCertificate &tc : certs ? *certs : QList<TokenCertificate>()) {
            QJsonObject co = certificateJson(tc.certificate);
            co[QStringLiteral("id")] = QString::fromLatin1(tc.id.toHex());
            certArray << co;
            if (!parser.isSet(json))
                m_out << QStringLiteral("  --cert %1  %2, %3, %4 %5%6")
                             .arg(QString::fromLatin1(tc.id.toHex()), tc.certificate.info().holderName(),
                                  tc.certificate.info().rnokpp.isEmpty() ? tc.certificate.info().edrpou
                                                                         : tc.certificate.info().rnokpp,
                                  tr("valid to"), day(tc.certificate.info().notAfter),
                                  tc.certificate.info().canSign() ? QString() : tr(", not for signing"))
                      << Qt::endl;
        }
        o[QStringLiteral("certificates")] = certArray;
        array << o;
    }
    if (parser.isSet(json))
        printJson(array);
    else if (tokens->isEmpty())
        m_out << tr("No token is connected to %1.").arg(path) << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeTokenCommand(Context &context)
{
    return std::make_unique<TokenCommand>(context);
}

} // namespace kopii::cli
