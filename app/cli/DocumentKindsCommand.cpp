// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli document-kinds: see its usage() below, and docs/man/kopii-cli.1.
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

class DocumentKindsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKindsCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int DocumentKindsCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("document-kinds"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    const auto &kinds = DocumentKindCatalog::instance().kinds();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto &k : kinds)
            array << QJsonObject{{QStringLiteral("code"), k.code},
                                 {QStringLiteral("nameUk"), k.nameUk},
                                 {QStringLiteral("nameEn"), k.nameEn},
                                 {QStringLiteral("descriptionUk"), k.descriptionUk},
                                 {QStringLiteral("descriptionEn"), k.descriptionEn}};
        printJson(array);
        return Success;
    }
    for (const auto &k : kinds)
        m_out << pad(k.code, 40) << k.name() << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeDocumentKindsCommand(Context &context)
{
    return std::make_unique<DocumentKindsCommand>(context);
}

} // namespace kopii::cli
