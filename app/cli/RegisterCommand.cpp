// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli register: see its usage in Commands.cpp, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include "records/RecordFiles.h"
#include "records/Register.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kopii::cli {

class RegisterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    bool period(const QCommandLineParser &parser, QDate *from, QDate *to);
};

bool RegisterCommand::period(const QCommandLineParser &parser, QDate *from, QDate *to)
{
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            usage(tr("--%1 takes a date like 2026-12-31").arg(name));
            return false;
        }
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        usage(tr("--from is after --to"));
        return false;
    }
    return true;
}

int RegisterCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOpt(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdfOpt(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    int positional = 0;
    if (sub == QLatin1String("list")) {
        for (const auto &o : {fromOpt, toOpt, json})
            parser.addOption(o);
    } else if (sub == QLatin1String("export")) {
        for (const auto &o : {fromOpt, toOpt, csvOpt, pdfOpt})
            parser.addOption(o);
    } else if (sub == QLatin1String("find")) {
        parser.addOption(json);
        positional = 1;
    } else if (sub == QLatin1String("prefix")) {
        parser.addOption(branchOpt);
        parser.addOption(serviceOpt);
        positional = 1;
    } else {
        return usage(tr("unknown subcommand \"register %1\"; use list, find, export or prefix").arg(sub));
    }
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("register ") + sub, args, sub == QLatin1String("prefix") ? 0 : positional, positional))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    QDate from, to;
    if (!period(parser, &from, &to))
        return UsageError;
    if (sub == QLatin1String("export") && !parser.isSet(csvOpt) && !parser.isSet(pdfOpt))
        return usage(tr("register export writes --csv FILE, --pdf FILE or both"));
    if (sub == QLatin1String("prefix") && parser.isSet(branchOpt) == parser.isSet(serviceOpt))
        return usage(tr("register prefix takes --branch B or --service S, and the prefix (none: no prefix)"));
    if (!openWorkspace())
        return Refused;
    Register book(*m_guard);

    if (sub == QLatin1String("prefix")) {
        const QString prefix = parser.positionalArguments().value(0);
        QString table;
        RecordId id = 0;
        if (int rc = findBranchOrService(parser, &table, &id); rc != Success)
            return rc;
        if (Status s = book.setPrefix(table, id, prefix); !s)
            return refused(s.error());
        m_out << (prefix.isEmpty() ? tr("New numbers have no prefix.") : tr("New numbers begin with %1.").arg(prefix))
              << Qt::endl;
        return Success;
    }

    QList<RegisterEntry> entries;
    if (sub == QLatin1String("find")) {
        const auto found = book.find(parser.positionalArguments().first());
        if (!found)
            return refused(found.error());
        entries << *found;
    } else {
        const auto all = book.entries(from, to);
        if (!all)
            return refused(all.error());
        entries = *all;
    }

    if (sub == QLatin1String("export")) {
        QList<QPair<QString, QByteArray>> files;
        if (parser.isSet(csvOpt))
            files << qMakePair(parser.value(csvOpt), Register::csv(entries));
        if (parser.isSet(pdfOpt)) {
            QString organization;
            if (const auto o = OrganizationRules(*m_guard).organization(); o && *o)
                organization = (*o)->name;
            const auto pdf = Register::pdf(entries, from, to, organization);
            if (!pdf)
                return refused(pdf.error());
            files << qMakePair(parser.value(pdfOpt), *pdf);
        }
        if (Status s = RecordFiles::write(files); !s)
            return refused(s.error());
        m_out << tr("%n entries written.", nullptr, int(entries.size())) << Qt::endl;
        return Success;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RegisterEntry &e : std::as_const(entries))
            array << QJsonObject{
                {QStringLiteral("number"), e.number},
                {QStringLiteral("submission"), e.submissionId > 0 ? QJsonValue(e.submissionId) : QJsonValue()},
                {QStringLiteral("received"), e.receivedAt.toString(Qt::ISODate)},
                {QStringLiteral("sender"), e.sender},
                {QStringLiteral("recipient"), e.recipient},
                {QStringLiteral("branch"), e.branchName},
                {QStringLiteral("service"), e.serviceName},
                {QStringLiteral("documents"), QJsonArray::fromStringList(e.documents)},
                {QStringLiteral("verdict"), e.verdict.isEmpty() ? QJsonValue() : QJsonValue(e.verdict)},
                {QStringLiteral("state"), e.deletedAt.isValid() ? QStringLiteral("deleted") : e.state},
                {QStringLiteral("clerk"), e.clerk},
                {QStringLiteral("deleted"), e.deletedAt.isValid() ? QJsonValue(e.deletedAt.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("deletedBy"), e.deletedHow.isEmpty() ? QJsonValue() : QJsonValue(e.deletedHow)}};
        printJson(array);
        return Success;
    }
    if (entries.isEmpty())
        m_out << tr("The register has no entries for this period.") << Qt::endl;
    for (const RegisterEntry &e : std::as_const(entries))
        m_out << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(e.number, QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat), e.sender,
                          e.documents.join(QStringLiteral(", ")), Register::stateText(e))
              << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeRegisterCommand(Context &context)
{
    return std::make_unique<RegisterCommand>(context);
}

} // namespace kopii::cli
