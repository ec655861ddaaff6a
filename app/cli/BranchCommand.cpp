// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli branch: see its usage() below, and docs/man/kopii-cli.1.
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

struct OptionSpec
{
    const char *name;
    const char *field; // Diia model field it sets
};

// Branch options and the fields they set.
constexpr OptionSpec kBranchOptions[] = {
    {"name", "name"},
    {"email", "email"},
    {"region", "region"},
    {"district", "district"},
    {"location", "location"},
    {"street", "street"},
    {"house", "house"},
    {"custom-full-name", "customFullName"},
    {"custom-full-address", "customFullAddress"},
    {"note", "note"},
};

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

} // namespace

class BranchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BranchCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    void addBranchOptions(QCommandLineParser &parser);
    void applyBranchOptions(const QCommandLineParser &parser, Branch &branch);
};

int BranchCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption detach(QStringLiteral("detach-services"));

    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        parser.addOption(search);
        if (!parse(parser, QStringLiteral("branch list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        auto list = OrganizationRules(*m_guard).branches();
        if (!list)
            return refused(list.error());
        QList<Branch> shown;
        const QString needle = parser.value(search).simplified();
        for (const auto &b : *list)
            if (needle.isEmpty() || b.name.contains(needle, Qt::CaseInsensitive) || b.email.contains(needle, Qt::CaseInsensitive)
                || b.displayAddress().contains(needle, Qt::CaseInsensitive))
                shown << b;
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &b : shown)
                array << json::toJson(b);
            printJson(array);
            return Success;
        }
        if (shown.isEmpty()) {
            m_out << (list->isEmpty() ? tr("No branches yet. Add one with \"kopii-cli branch add\".")
                                      : tr("No branch matches \"%1\".").arg(needle))
                  << Qt::endl;
            return Success;
        }
        m_out << pad(tr("No."), 5) << pad(tr("Name"), 34) << pad(tr("E-mail"), 32) << tr("Address") << Qt::endl;
        for (const auto &b : shown)
            m_out << pad(QString::number(b.id), 5) << pad(b.name, 34) << pad(b.email, 32) << b.displayAddress() << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("branch show"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        if (parser.isSet(json)) {
            printJson(json::toJson(*b));
            return Success;
        }
        for (const QString &field : Validator::branchFields()) {
            Branch copy = *b;
            const QString value = *branchField(copy, field);
            if (!value.isEmpty())
                m_out << Validator::fieldLabel(QStringLiteral("branch"), field) << QStringLiteral(": ") << value << Qt::endl;
        }
        return Success;
    }
    if (sub == QLatin1String("add")) {
        addBranchOptions(parser);
        if (!parse(parser, QStringLiteral("branch add"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        Branch b;
        applyBranchOptions(parser, b);
        const auto id = OrganizationRules(*m_guard).addBranch(b);
        if (!id)
            return refused(id.error());
        m_out << tr("Branch %1 added.").arg(*id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("edit")) {
        addBranchOptions(parser);
        if (!parse(parser, QStringLiteral("branch edit"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        bool any = false;
        for (const auto &spec : kBranchOptions)
            any = any || parser.isSet(QLatin1String(spec.name));
        if (!any)
            return usage(tr("branch edit: nothing to change; give at least one field option"));
        if (!openWorkspace())
            return Refused;
        auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        Branch edited = *b;
        applyBranchOptions(parser, edited);
        if (auto s = OrganizationRules(*m_guard).editBranch(edited); !s)
            return refused(s.error());
        m_out << tr("Branch %1 saved.").arg(edited.id) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        parser.addOption(detach);
        if (!parse(parser, QStringLiteral("branch remove"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto b = OrganizationRules(*m_guard).findBranch(parser.positionalArguments().first());
        if (!b)
            return refused(b.error());
        const auto policy = parser.isSet(detach) ? BranchRemoval::DetachFromServices : BranchRemoval::RefuseIfUsed;
        if (auto s = OrganizationRules(*m_guard).removeBranch(b->id, policy); !s) {
            Error e = s.error();
            if (e.code == Error::Code::Conflict)
                e.message += QLatin1Char('\n') + tr("To remove it anyway, add --detach-services.");
            return refused(e);
        }
        m_out << tr("Branch %1 removed.").arg(b->id) << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"branch %1\"; use list, show, add, edit or remove").arg(sub));
}

void BranchCommand::addBranchOptions(QCommandLineParser &parser)
{
    for (const auto &spec : kBranchOptions)
        parser.addOption(QCommandLineOption(QLatin1String(spec.name), QString(), QStringLiteral("VALUE")));
}

void BranchCommand::applyBranchOptions(const QCommandLineParser &parser, Branch &b)
{
    for (const auto &spec : kBranchOptions)
        if (parser.isSet(QLatin1String(spec.name)))
            *branchField(b, QLatin1String(spec.field)) = parser.value(QLatin1String(spec.name));
}

std::unique_ptr<Command> makeBranchCommand(Context &context)
{
    return std::make_unique<BranchCommand>(context);
}

} // namespace kopii::cli
