// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli handoff: see its usage in Commands.cpp, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/Workspace.h"
#include "crypto/TrustStore.h"
#include "records/HandOff.h"

#include <QDir>

namespace kopii::cli {

class HandOffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandOffCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int HandOffCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption zip(QStringLiteral("zip"));
    const QCommandLineOption hot(QStringLiteral("hot"));
    const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    const QCommandLineOption arrival(QStringLiteral("on-arrival"));
    int least = 0, most = 0;
    if (sub == QLatin1String("package")) {
        parser.addOption(zip);
        parser.addOption(hot);
        least = most = 2;
    } else if (sub == QLatin1String("folder")) {
        for (const auto &o : {branchOpt, serviceOpt, arrival})
            parser.addOption(o);
        most = 1;
    } else {
        return usage(tr("unknown subcommand \"handoff %1\"; use package or folder").arg(sub));
    }
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("handoff ") + sub, args, least, most))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;

    if (sub == QLatin1String("folder")) {
        if (parser.isSet(branchOpt) == parser.isSet(serviceOpt))
            return usage(tr("handoff folder takes --branch B or --service S, and the folder (none: no hand-off)"));
        const HandOffFolder folder{
            parser.positionalArguments().isEmpty() ? QString() : QDir(parser.positionalArguments().first()).absolutePath(),
            parser.isSet(arrival) ? QStringLiteral("arrival") : QStringLiteral("processed")};
        if (!openWorkspace())
            return Refused;
        QString table;
        RecordId id = 0;
        if (int rc = findBranchOrService(parser, &table, &id); rc != Success)
            return rc;
        if (Status s = HandOff(*m_guard).setFolder(table, id, folder); !s)
            return refused(s.error());
        m_out << (folder.folder.isEmpty() ? tr("No packages are handed on from here.")
                      : parser.isSet(arrival)
                      ? tr("Each submission's package goes to %1 when it arrives, once its signatures are checked (by the "
                           "watcher, or a desk with the inbox open).")
                            .arg(QDir::toNativeSeparators(folder.folder))
                      : tr("Each submission's package goes to %1 when it is marked processed.")
                            .arg(QDir::toNativeSeparators(folder.folder)))
              << Qt::endl;
        return Success;
    }

    bool ok = false;
    const RecordId id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("handoff package needs the number of a submission"));
    const QString folder = parser.positionalArguments().at(1);
    if (!QFileInfo(folder).isDir())
        return refused(Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(folder), {}});
    if (!openWorkspace() || !openTrust())
        return Refused;
    const auto package = HandOff(*m_guard).build(*m_trust, id, now());
    if (!package)
        return refused(package.error());
    const auto written = parser.isSet(hot) ? HandOff::writeHot(*package, folder, parser.isSet(zip))
                                           : HandOff::write(*package, folder, parser.isSet(zip));
    if (!written)
        return refused(written.error());
    m_out << *written << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makeHandOffCommand(Context &context)
{
    return std::make_unique<HandOffCommand>(context);
}

} // namespace kopii::cli
