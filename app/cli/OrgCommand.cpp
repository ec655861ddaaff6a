// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli org: see its usage() below, and docs/man/kopii-cli.1.
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

class OrgCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OrgCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int OrgCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption edrpou(QStringLiteral("edrpou"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption rnokpp(QStringLiteral("rnokpp"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption head(QStringLiteral("head"), QString(), QStringLiteral("FULL-NAME"));

    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("org show"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto org = OrganizationRules(*m_guard).organization();
        if (!org)
            return refused(org.error());
        if (!org->has_value())
            return refused(Error{
                Error::Code::NotFound, tr("The workspace has no organisation yet. Create it with \"kopii-cli org set\"."), {}});
        const Organization &o = **org;
        if (parser.isSet(json)) {
            printJson(json::toJson(o));
            return Success;
        }
        const bool legal = o.kind == OrganizationKind::LegalEntity;
        m_out << tr("Organisation: %1").arg(o.name) << Qt::endl
              << (legal ? tr("Legal entity, EDRPOU %1").arg(o.code) : tr("Sole proprietor (FOP), RNOKPP %1").arg(o.code))
              << Qt::endl
              << tr("Head: %1").arg(o.headFullName) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("set")) {
        for (const auto &o : {name, edrpou, rnokpp, head})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("org set"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (parser.isSet(edrpou) && parser.isSet(rnokpp))
            return usage(tr("org set: give either --edrpou (legal entity) or --rnokpp (sole proprietor), not both"));
        if (!parser.isSet(name) && !parser.isSet(edrpou) && !parser.isSet(rnokpp) && !parser.isSet(head))
            return usage(tr("org set: nothing to change; give --name, --edrpou or --rnokpp, or --head"));
        if (!openWorkspace())
            return Refused;
        const auto existing = OrganizationRules(*m_guard).organization();
        if (!existing)
            return refused(existing.error());
        Organization o = existing->value_or(Organization{});
        if (!existing->has_value()
            && (!parser.isSet(name) || !(parser.isSet(edrpou) || parser.isSet(rnokpp)) || !parser.isSet(head)))
            return refused(Error{Error::Code::Validation,
                                 tr("The workspace has no organisation yet: give --name, --edrpou or --rnokpp, and "
                                    "--head together."),
                                 {}});
        if (parser.isSet(name))
            o.name = parser.value(name);
        if (parser.isSet(edrpou)) {
            o.kind = OrganizationKind::LegalEntity;
            o.code = parser.value(edrpou);
        }
        if (parser.isSet(rnokpp)) {
            o.kind = OrganizationKind::SoleProprietor;
            o.code = parser.value(rnokpp);
        }
        if (parser.isSet(head))
            o.headFullName = parser.value(head);
        if (auto s = OrganizationRules(*m_guard).setOrganization(o); !s)
            return refused(s.error());
        m_out << tr("Organisation saved.") << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"org %1\"; use show or set").arg(sub));
}

std::unique_ptr<Command> makeOrgCommand(Context &context)
{
    return std::make_unique<OrgCommand>(context);
}

} // namespace kopii::cli
