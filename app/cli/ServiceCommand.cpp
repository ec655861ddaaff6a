// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli service: see its usage() below, and docs/man/kopii-cli.1.
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

class ServiceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    void addServiceOptions(QCommandLineParser &parser);
    Status applyServiceOptions(const QCommandLineParser &parser, Service &service);
};

int ServiceCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));

    if (sub == QLatin1String("list") || sub == QLatin1String("show")) {
        const bool show = sub == QLatin1String("show");
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("service %1").arg(sub), args, show ? 1 : 0, show ? 1 : 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto branches = OrganizationRules(*m_guard).branches();
        if (!branches)
            return refused(branches.error());
        QList<Service> list;
        if (show) {
            const auto s = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
            if (!s)
                return refused(s.error());
            list << *s;
        } else {
            const auto all = OrganizationRules(*m_guard).services();
            if (!all)
                return refused(all.error());
            list = *all;
        }
        if (parser.isSet(json)) {
            if (show) {
                printJson(json::toJson(list.first(), *branches));
            } else {
                QJsonArray array;
                for (const auto &s : list)
                    array << json::toJson(s, *branches);
                printJson(array);
            }
            return Success;
        }
        if (list.isEmpty()) {
            m_out << tr("No services yet. Add one with \"kopii-cli service add\".") << Qt::endl;
            return Success;
        }
        for (const auto &s : list) {
            QStringList branchNames, docNames;
            for (RecordId id : s.branchIds)
                for (const auto &b : *branches)
                    if (b.id == id)
                        branchNames << b.name;
            for (const auto &code : s.documentKinds) {
                const auto *kind = DocumentKindCatalog::instance().find(code);
                docNames << (kind ? kind->name() : code);
            }
            m_out << QStringLiteral("%1. %2").arg(s.id).arg(s.name) << Qt::endl
                  << QStringLiteral("    ")
                  << tr("Branches: %1")
                         .arg(branchNames.isEmpty() ? tr("not offered at any branch yet")
                                                    : branchNames.join(QStringLiteral(", ")))
                  << Qt::endl
                  << QStringLiteral("    ") << tr("Documents: %1").arg(docNames.join(QStringLiteral("; "))) << Qt::endl;
            if (!s.returnLink.isEmpty())
                m_out << QStringLiteral("    ") << tr("Return link: %1").arg(s.returnLink) << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        const bool edit = sub == QLatin1String("edit");
        addServiceOptions(parser);
        if (!parse(parser, QStringLiteral("service %1").arg(sub), args, edit ? 1 : 0, edit ? 1 : 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (parser.isSet(QStringLiteral("branch")) && parser.isSet(QStringLiteral("no-branches")))
            return usage(tr("service %1: --branch and --no-branches exclude each other").arg(sub));
        if (edit && parser.optionNames().isEmpty())
            return usage(tr("service edit: nothing to change; give at least one option"));
        if (!openWorkspace())
            return Refused;
        Service s;
        if (edit) {
            const auto existing = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
            if (!existing)
                return refused(existing.error());
            s = *existing;
        }
        if (auto a = applyServiceOptions(parser, s); !a)
            return refused(a.error());
        if (edit) {
            if (auto r = OrganizationRules(*m_guard).editService(s); !r)
                return refused(r.error());
            m_out << tr("Service %1 saved.").arg(s.id) << Qt::endl;
        } else {
            const auto id = OrganizationRules(*m_guard).addService(s);
            if (!id)
                return refused(id.error());
            m_out << tr("Service %1 added.").arg(*id) << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        if (!parse(parser, QStringLiteral("service remove"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto s = OrganizationRules(*m_guard).findService(parser.positionalArguments().first());
        if (!s)
            return refused(s.error());
        if (auto r = OrganizationRules(*m_guard).removeService(s->id); !r)
            return refused(r.error());
        m_out << tr("Service %1 removed.").arg(s->id) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"service %1\"; use list, show, add, edit or remove").arg(sub));
}

void ServiceCommand::addServiceOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("branch"), QString(), QStringLiteral("BRANCH")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-branches")));
    parser.addOption(QCommandLineOption(QStringLiteral("document"), QString(), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("return-link"), QString(), QStringLiteral("URL")));
}

Status ServiceCommand::applyServiceOptions(const QCommandLineParser &parser, Service &s)
{
    if (parser.isSet(QStringLiteral("name")))
        s.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("document")))
        s.documentKinds = parser.values(QStringLiteral("document"));
    if (parser.isSet(QStringLiteral("return-link")))
        s.returnLink = parser.value(QStringLiteral("return-link"));
    if (parser.isSet(QStringLiteral("no-branches")))
        s.branchIds.clear();
    if (parser.isSet(QStringLiteral("branch"))) {
        s.branchIds.clear();
        for (const QString &ref : parser.values(QStringLiteral("branch"))) {
            const auto b = OrganizationRules(*m_guard).findBranch(ref);
            if (!b)
                return b.error();
            s.branchIds << b->id;
        }
    }
    return {};
}

std::unique_ptr<Command> makeServiceCommand(Context &context)
{
    return std::make_unique<ServiceCommand>(context);
}

} // namespace kopii::cli
