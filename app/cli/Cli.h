#pragma once

#include "Domain.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kopii {
class Registry;
class Workspace;
} // namespace kopii

namespace kopii::cli {

// Exit codes of kopii-cli.
enum ExitCode {
    Success = 0,
    Refused = 1, // validation, not found, conflict, or the workspace cannot be used
    UsageError = 2,
};

// kopii-cli: the scripting face of the same core the GUI uses.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int refused(const Error &error);
    int printHelp(const QString &command = QString());
    bool openWorkspace();

    int org(const QString &sub, const QStringList &args);
    int branch(const QString &sub, const QStringList &args);
    int service(const QString &sub, const QStringList &args);
    int documentKinds(const QStringList &args);
    int audit(const QStringList &args);

    // Parses the options of a subcommand; false (after printing the reason) on a usage error.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
               int minPositional, int maxPositional);

    void addBranchOptions(QCommandLineParser &parser);
    void applyBranchOptions(const QCommandLineParser &parser, Branch &branch);
    void addServiceOptions(QCommandLineParser &parser);
    Status applyServiceOptions(const QCommandLineParser &parser, Service &service);

    void printJson(const QJsonValue &value);

    QTextStream m_out;
    QTextStream m_err;
    QString m_workspaceOption;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Registry> m_registry;
};

} // namespace kopii::cli
