// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/Secret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPageSize>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kopii {
class AccessGuard;
class Signer;
class TrustStore;
class Workspace;
struct Identity;
} // namespace kopii

namespace kopii::cli {

// Exit codes of kopii-cli.
enum ExitCode {
    Success = 0,
    Refused = 1, // validation, not found, conflict, or the workspace cannot be used
    UsageError = 2,
};

// How to reach the key: --pkcs12 FILE or --pkcs11 MODULE [--token LABEL] [--cert ID], and the PIN
// from --pin-file F or --pin-fd N (or a prompt on a terminal); never on the command line.
struct Credentials
{
    QString pkcs12;
    QString pkcs11;
    QString token;
    QString certId;
    QString pinFile;
    int pinFd = -1;
    bool any() const { return !pkcs12.isEmpty() || !pkcs11.isEmpty(); }
};

// What every command of kopii-cli shares: the output, the workspace with its trust store and
// access guard (opened when a command asks), the key options given before the command, and the
// helpers several commands use. Each command is a class of its own (Command.h, *Command.cpp).
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)

public:
    Context();
    ~Context();

    // The one clock of a command: every time it reads (verification, audit, logs) comes from here.
    const Clock &clock() const { return m_clock; }

    const Clock &m_clock = Clock::system();
    QTextStream m_out;
    QTextStream m_err;
    QString m_workspaceOption;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AccessGuard> m_guard;
    std::unique_ptr<TrustStore> m_trust;
    Credentials m_credentials;

    // Prints the problem and the hint to --help; returns UsageError.
    int usage(const QString &problem);
    // Prints the refusal; returns Refused.
    int refused(const Error &error);
    // The command's help (the table in Commands.cpp), or the whole program's.
    int printHelp(const QString &command = QString());
    // Opens the workspace (and logs in when key options were given before the command).
    bool openWorkspace();
    // The person's password for an office server at `location`: typed on the terminal, or none
    // when libpq's password file answers (or there is no terminal to ask on).
    Result<SharedSecret> serverPassword(const QString &location);
    // Parses the options of a subcommand; false (after printing the reason) on a usage error.
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int minPositional, int maxPositional);
    void printJson(const QJsonValue &value);

    static void addCredentialOptions(QCommandLineParser &parser);
    bool takeCredentialOptions(const QCommandLineParser &parser);
    // Consumes one global credential option at the front of `args`; 1 taken, 0 not one, -1 error.
    int takeGlobalCredential(const QString &arg, QStringList &args);
    Result<std::unique_ptr<Signer>> openSigner();
    // Logs in with the credentials and gives the access guard the person's role.
    // With `keepSigner`, the open key is handed back for signing after the login.
    Result<Identity> loginWithCredentials(std::unique_ptr<Signer> *keepSigner = nullptr);
    // For commands whose point is the login (login, accession sign): opens the workspace
    // without its automatic login, then logs in once with the key options. Reports the refusal itself.
    Result<Identity> logInToWorkspace(std::unique_ptr<Signer> *keepSigner = nullptr);
    bool openTrust();
    // The workspace and its trust store, for a manager's change of trust: Success, or the exit
    // code with the reason already said.
    int openTrustForManager();
    // SHA-256 fingerprints as typed (any case, with colons or spaces), in the trust store's form.
    static QStringList fingerprints(const QStringList &typed);

    // The password of a mailbox: --password-file, else the mailbox's own file (first line).
    Result<SharedSecret> mailboxPassword(const Mailbox &mailbox, const QString &passwordFile);
    // Where a mailbox's password (or refresh token) is kept: the file given, else the mailbox's own.
    static QString credentialFile(const Mailbox &mailbox, const QString &given)
    {
        return given.isEmpty() ? mailbox.passwordFile : given;
    }
    // The service and the branch named by --service and --branch (number or name); Success or the
    // exit code after the reason was printed.
    int findServiceAndBranch(const QCommandLineParser &parser, Service *service, Branch *branch);
    // The branch given with --branch, else the service given with --service: "branch" or
    // "service" and its id.
    int findBranchOrService(const QCommandLineParser &parser, QString *table, RecordId *id);
    static bool paperFromName(const QString &name, QPageSize::PageSizeId *paper);
    // Deletes what the retention policy says is due; false (with the reason printed) on failure.
    bool applyRetention();
    // What the manager set to follow an arrival, for what arrived and is checked (the trust store
    // open): packages to hot folders set "on arrival", protocols kept at intake, sealed with
    // `seal` when one is given (the key she chose). False, with the reasons printed, on trouble
    // (tried again next pass).
    bool afterArrival(Signer *seal = nullptr);
};

} // namespace kopii::cli
