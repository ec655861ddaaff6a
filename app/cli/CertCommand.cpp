// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli cert: see its usage() below, and docs/man/kopii-cli.1.
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

class CertCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CertCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int CertCommand::run(const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("show"))
        return usage(tr("unknown subcommand \"cert %1\"").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("cert show"), args, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const auto certs = Certificate::loadFile(parser.positionalArguments().first());
    if (!certs)
        return refused(certs.error());
    if (!openTrust())
        return Refused;
    const Certificate c = certs->first();
    const QList<Certificate> extra = certs->mid(1);
    const ChainResult chain = m_trust->buildChain(c, extra, now());
    const CertificateInfo &i = c.info();
    if (parser.isSet(json)) {
        QJsonObject o = certificateJson(c);
        o[QStringLiteral("trusted")] = chain.trusted;
        o[QStringLiteral("trustProblem")] = chain.reason;
        QJsonArray path;
        for (const Certificate &p : chain.path)
            path << p.info().holderName();
        o[QStringLiteral("chain")] = path;
        printJson(o);
        return Success;
    }
    auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << label.leftJustified(22, QLatin1Char(' ')) << value << Qt::endl;
    };
    line(tr("Holder:"), i.holderName());
    line(tr("RNOKPP:"), i.rnokpp);
    line(tr("EDRPOU:"), i.edrpou);
    line(tr("Organisation:"), i.organization);
    line(tr("Title:"), i.title);
    line(tr("Issuer:"), i.issuerCommonName);
    line(tr("Serial number:"), i.serialNumber);
    line(tr("Valid:"), tr("%1 to %2").arg(day(i.notBefore), day(i.notAfter)));
    line(tr("Key:"), i.publicKeyAlgorithm);
    line(tr("Key usage:"), usageNames(i).join(QStringLiteral(", ")));
    line(tr("For signing:"), yesNo(i.canSign()));
    line(tr("Qualified (KEP):"), yesNo(i.qualified()));
    line(tr("Trusted:"), chain.trusted ? tr("yes") : tr("no: %1").arg(chain.reason));
    QStringList path;
    for (const Certificate &p : chain.path)
        path << p.info().holderName();
    line(tr("Chain:"), path.join(QStringLiteral(" → ")));
    line(tr("SHA-256:"), i.sha256);
    return Success;
}

std::unique_ptr<Command> makeCertCommand(Context &context)
{
    return std::make_unique<CertCommand>(context);
}

} // namespace kopii::cli
