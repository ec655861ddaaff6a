// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli server: setting up an office server (docs/office-server.md, docs/man/kopii-cli.1).
#include "cli/Command.h"

#include "core/OfficeServer.h"
#include "core/OrganizationRules.h"
#include "core/PostgresDialect.h"
#include "core/Secret.h"
#include "core/WorkspaceImport.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kopii::cli {

class ServerCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;

private:
    // The new desk's password (once its name is checked): the first line of --password-file, or
    // typed twice on a terminal.
    Result<Secret> newPassword(const QCommandLineParser &parser, const QString &desk);
    bool openServer();
};

Result<Secret> ServerCommand::newPassword(const QCommandLineParser &parser, const QString &desk)
{
    if (Status named = OfficeServer::checkDeskName(desk); !named)
        return named.error();
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile f(parser.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Error{Error::Code::Io, tr("Cannot read the password file %1: %2.").arg(f.fileName(), f.errorString()), {}};
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return Secret(std::move(line));
    }
    if (!platform::standardInputIsTerminal())
        return Error{Error::Code::Validation,
                     tr("No password was given for %1: use --password-file FILE (passwords are never taken from the "
                        "command line).")
                         .arg(desk),
                     {}};
    QByteArray first, second;
    if (!platform::promptSecret(tr("New password for %1: ").arg(desk), &first)
        || !platform::promptSecret(tr("The same password again: "), &second))
        return Error{Error::Code::Io, tr("The password could not be read from the terminal."), {}};
    Secret a(std::move(first)), b(std::move(second));
    if (a.size() != b.size() || qstrcmp(a.c_str(), b.c_str()) != 0)
        return Error{Error::Code::Validation, tr("The two passwords differ: nothing was changed."), {}};
    return a;
}

bool ServerCommand::openServer()
{
    if (!openWorkspace())
        return false;
    if (!m_workspace->isServer()) {
        refused(Error{Error::Code::Validation,
                      tr("\"server\" works on an office server: give its address with --workspace postgresql://... "
                         "(or KOPII_WORKSPACE)."),
                      {}});
        return false;
    }
    return true;
}

int ServerCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption rnokpp(QStringLiteral("rnokpp"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("FULL-NAME"));
    const QCommandLineOption desk(QStringLiteral("desk"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption branch(QStringLiteral("branch"), QString(), QStringLiteral("ID|NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));

    if (sub == QLatin1String("init")) {
        for (const auto &o : {rnokpp, name, desk, passwordFile})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("server init"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!parser.isSet(desk) || !parser.isSet(rnokpp) || !parser.isSet(name))
            return usage(tr("server init needs --desk NAME, --rnokpp CODE and --name FULL-NAME of the first manager"));
        m_context.m_workspaceOption = parser.positionalArguments().first();
        if (!ServerAddress::isServerLocation(m_context.m_workspaceOption))
            return usage(tr("server init takes the office server's address (postgresql://...)"));
        auto password = newPassword(parser, parser.value(desk));
        if (!password)
            return refused(password.error());
        if (!openServer())
            return Refused;
        const Employee manager{parser.value(rnokpp), parser.value(name), Role::Manager, now()};
        if (Status s = OfficeServer(m_workspace->session()).init(parser.value(desk), manager, *password); !s)
            return refused(s.error());
        m_out << tr("The office server %1 is set up; %2 is its first manager.").arg(m_workspace->path(), parser.value(desk))
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("update")) {
        if (!parse(parser, QStringLiteral("server update"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        m_context.m_workspaceOption = parser.positionalArguments().first();
        if (!ServerAddress::isServerLocation(m_context.m_workspaceOption))
            return usage(tr("server update takes the office server's address (postgresql://...)"));
        if (!openServer())
            return Refused;
        if (Status s = OfficeServer(m_workspace->session()).update(); !s)
            return refused(s.error());
        m_out << tr("The office server %1 has the rights and functions of this version of Kopii.").arg(m_workspace->path())
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("add-desk")) {
        for (const auto &o : {rnokpp, name, role, branch, passwordFile})
            parser.addOption(o);
        if (!parse(parser, QStringLiteral("server add-desk"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        const QString deskName = parser.positionalArguments().first();
        Role r = Role::Clerk;
        if (!parser.isSet(rnokpp) || !parser.isSet(name))
            return usage(tr("server add-desk needs --rnokpp CODE and --name FULL-NAME"));
        if (parser.isSet(role) && !roleFromId(parser.value(role), &r))
            return usage(tr("--role takes reception, clerk or manager"));
        auto password = newPassword(parser, deskName);
        if (!password)
            return refused(password.error());
        if (!openServer())
            return Refused;
        QList<RecordId> branches;
        for (const QString &b : parser.values(branch)) {
            const auto found = OrganizationRules(*m_guard).findBranch(b);
            if (!found)
                return refused(found.error());
            branches << found->id;
        }
        const Employee person{parser.value(rnokpp), parser.value(name), r, now()};
        if (Status s = OfficeServer(m_workspace->session()).addDesk(deskName, person, *password, branches); !s)
            return refused(s.error());
        return Success;
    }
    if (sub == QLatin1String("add-watcher")) {
        parser.addOption(passwordFile);
        if (!parse(parser, QStringLiteral("server add-watcher"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        const QString deskName = parser.positionalArguments().first();
        auto password = newPassword(parser, deskName);
        if (!password)
            return refused(password.error());
        if (!openServer())
            return Refused;
        if (Status s = OfficeServer(m_workspace->session()).addWatcher(deskName, *password); !s)
            return refused(s.error());
        return Success;
    }
    if (sub == QLatin1String("remove-desk")) {
        if (!parse(parser, QStringLiteral("server remove-desk"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openServer())
            return Refused;
        if (Status s = OfficeServer(m_workspace->session()).removeDesk(parser.positionalArguments().first()); !s)
            return refused(s.error());
        return Success;
    }
    if (sub == QLatin1String("import")) {
        if (!parse(parser, QStringLiteral("server import"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        const QString folder = QDir::cleanPath(QDir::current().absoluteFilePath(parser.positionalArguments().first()));
        if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("kopii.db"))))
            return refused(
                Error{Error::Code::NotFound,
                      tr("%1 is not a Kopii workspace folder (it has no kopii.db).").arg(QDir::toNativeSeparators(folder)),
                      {}});
        if (!openServer())
            return Refused;
        auto single = Workspace::open(folder);
        if (!single)
            return refused(single.error());
        const auto moved = WorkspaceImport((*single)->session(), m_workspace->session()).run();
        if (!moved)
            return refused(moved.error());
        for (const WorkspaceImport::Table &t : *moved)
            m_out << t.name.leftJustified(22, QLatin1Char(' ')) << QString::number(t.rows).rightJustified(9, QLatin1Char(' '))
                  << QStringLiteral("  sha256 ") << t.sha256 << Qt::endl;
        m_out << tr("Moved %1 onto the office server %2: every table has the same rows and the same content hash on "
                    "both sides. The folder is left as it was; keep it as a copy until the office works on the server, "
                    "then delete it.")
                     .arg(QDir::toNativeSeparators(folder), m_workspace->path())
              << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("desks")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("server desks"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openServer())
            return Refused;
        const auto desks = OfficeServer(m_workspace->session()).desks();
        if (!desks)
            return refused(desks.error());
        QJsonArray array;
        for (const OfficeServer::Desk &d : *desks) {
            QJsonArray branches;
            QStringList shown;
            for (RecordId b : d.branches) {
                branches << b;
                shown << QString::number(b);
            }
            array << QJsonObject{{QStringLiteral("name"), d.name},
                                 {QStringLiteral("role"), d.role},
                                 {QStringLiteral("rnokpp"), d.rnokpp},
                                 {QStringLiteral("branches"), branches}};
            if (!parser.isSet(json))
                m_out << d.name.leftJustified(24, QLatin1Char(' ')) << d.role.leftJustified(11, QLatin1Char(' '))
                      << d.rnokpp.leftJustified(12, QLatin1Char(' ')) << shown.join(QLatin1Char(',')) << Qt::endl;
        }
        if (parser.isSet(json))
            printJson(array);
        return Success;
    }
    return usage(tr("unknown subcommand \"server %1\"").arg(sub));
}

std::unique_ptr<Command> makeServerCommand(Context &context)
{
    return std::make_unique<ServerCommand>(context);
}

} // namespace kopii::cli
