#pragma once

#include "core/Secret.h"

#include "core/Domain.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QPageSize>
#include <QCoreApplication>
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
    int demo(const QStringList &args);
    int audit(const QStringList &args);
    QString auditProblem(const AuditCheck &check);
    int cert(const QString &sub, const QStringList &args);
    int token(const QString &sub, const QStringList &args);
    int trust(const QString &sub, const QStringList &args);
    int employee(const QString &sub, const QStringList &args);
    int login(const QStringList &args);
    int sign(const QStringList &args);
    int accession(const QString &sub, const QStringList &args);
    int qr(const QString &sub, const QStringList &args);
    int poster(const QStringList &args);
    int ingest(const QStringList &args);
    int verify(const QStringList &args);
    int inbox(const QString &sub, const QStringList &args);
    int watch(const QStringList &args);
    // Deletes what the retention policy says is due; false (with the reason printed) on failure.
    bool applyRetention();
    int mailbox(const QString &sub, const QStringList &args);
    // The password of a mailbox: --password-file, else the mailbox's own file (first line).
    Result<SharedSecret> mailboxPassword(const Mailbox &mailbox, const QString &passwordFile);
    static bool paperFromName(const QString &name, QPageSize::PageSizeId *paper);
    // The service and the branch named by --service and --branch (number or name); Success or the
    // exit code after the reason was printed.
    int findServiceAndBranch(const QCommandLineParser &parser, Service *service, Branch *branch);

    // How to reach the key: --pkcs12 FILE or --pkcs11 MODULE [--token LABEL] [--cert ID], and
    // the PIN from --pin-file F or --pin-fd N (or a prompt on a terminal); never on the command line.
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
    static void addCredentialOptions(QCommandLineParser &parser);
    bool takeCredentialOptions(const QCommandLineParser &parser);
    // Consumes one global credential option at the front of `args`; 1 taken, 0 not one, -1 error.
    int takeGlobalCredential(const QString &arg, QStringList &args);
    Result<std::unique_ptr<Signer>> openSigner();
    // Logs in with the credentials and gives the access guard the person's role.
    // With `keepSigner`, the open key is handed back for signing after the login.
    Result<Identity> loginWithCredentials(std::unique_ptr<Signer> *keepSigner = nullptr);
    // For commands whose point is the login (login, accession sign, qr issue): opens the workspace
    // without its automatic login, then logs in once with the key options. Reports the refusal itself.
    Result<Identity> logInToWorkspace(std::unique_ptr<Signer> *keepSigner = nullptr);
    bool openTrust();
    // The workspace and its trust store, for a manager's change of trust: Success, or the exit
    // code with the reason already said.
    int openTrustForManager();
    // SHA-256 fingerprints as typed (any case, with colons or spaces), in the trust store's form.
    static QStringList fingerprints(const QStringList &typed);

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
    std::unique_ptr<AccessGuard> m_guard;
    std::unique_ptr<TrustStore> m_trust;
    Credentials m_credentials;
};

} // namespace kopii::cli
