// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Context.h"
#include "core/AccessGuard.h"
#include "core/Workspace.h"
#include "crypto/Login.h"
#include "crypto/Signer.h"
#include "crypto/TrustStore.h"

namespace kopii::cli {

// One command of kopii-cli (`kopii-cli org …`, `kopii-cli verify …`), a class of its own in
// <Name>Command.cpp. Commands.cpp lists them with their help; the shared state and helpers are the
// Context's, reachable here under the same names.
class Command
{
public:
    explicit Command(Context &context)
        : m_context(context), m_out(context.m_out), m_err(context.m_err), m_workspace(context.m_workspace),
          m_guard(context.m_guard), m_trust(context.m_trust), m_credentials(context.m_credentials)
    {
    }
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // `sub` is the subcommand for the commands that have them (org show, branch add…), else empty.
    virtual int run(const QString &sub, const QStringList &args) = 0;

protected:
    int usage(const QString &problem) { return m_context.usage(problem); }
    int refused(const Error &error) { return m_context.refused(error); }
    int printHelp(const QString &command = QString()) { return m_context.printHelp(command); }
    bool openWorkspace() { return m_context.openWorkspace(); }
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int minPositional, int maxPositional)
    {
        return m_context.parse(parser, command, args, minPositional, maxPositional);
    }
    void printJson(const QJsonValue &value) { m_context.printJson(value); }
    QDateTime now() const { return m_context.clock().now(); }
    static void addCredentialOptions(QCommandLineParser &parser) { Context::addCredentialOptions(parser); }
    bool takeCredentialOptions(const QCommandLineParser &parser) { return m_context.takeCredentialOptions(parser); }
    Result<std::unique_ptr<Signer>> openSigner() { return m_context.openSigner(); }
    Result<Identity> loginWithCredentials(std::unique_ptr<Signer> *keepSigner = nullptr)
    {
        return m_context.loginWithCredentials(keepSigner);
    }
    Result<Identity> logInToWorkspace(std::unique_ptr<Signer> *keepSigner = nullptr)
    {
        return m_context.logInToWorkspace(keepSigner);
    }
    bool openTrust() { return m_context.openTrust(); }
    int openTrustForManager() { return m_context.openTrustForManager(); }
    static QStringList fingerprints(const QStringList &typed) { return Context::fingerprints(typed); }
    Result<SharedSecret> mailboxPassword(const Mailbox &mailbox, const QString &passwordFile)
    {
        return m_context.mailboxPassword(mailbox, passwordFile);
    }
    int findServiceAndBranch(const QCommandLineParser &parser, Service *service, Branch *branch)
    {
        return m_context.findServiceAndBranch(parser, service, branch);
    }
    int findBranchOrService(const QCommandLineParser &parser, QString *table, RecordId *id)
    {
        return m_context.findBranchOrService(parser, table, id);
    }
    static bool paperFromName(const QString &name, QPageSize::PageSizeId *paper) { return Context::paperFromName(name, paper); }
    bool applyRetention() { return m_context.applyRetention(); }
    bool afterArrival(Signer *seal = nullptr) { return m_context.afterArrival(seal); }

    Context &m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> &m_workspace;
    std::unique_ptr<AccessGuard> &m_guard;
    std::unique_ptr<TrustStore> &m_trust;
    Credentials &m_credentials;
};

} // namespace kopii::cli
