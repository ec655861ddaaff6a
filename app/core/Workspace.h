// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace kopii {

class SqlSession;

// A workspace is either a folder private to the user (a single desk): the database (kopii.db), the
// blob folder for received documents (blobs/) and a lock that keeps a second Kopii process out
// while one has it open; or an office server's database (postgresql://..., docs/office-server.md),
// which several desks and the watcher service share, each as its own person.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    ~Workspace();

    // The platform's application-data location (e.g. ~/.local/share/Kopii/kopii/workspace).
    static QString defaultPath();
    // The folder (or office server) to use: the explicit option if given, else KOPII_WORKSPACE,
    // else the default.
    static QString resolvePath(const QString &option);

    // Opens (creating when missing) the workspace in `folder`, or connects to the office server
    // at a postgresql:// address with the person's password (none: libpq's password file).
    static Result<std::unique_ptr<Workspace>> open(const QString &folder, SharedSecret password = {});

    // The folder, or the office server's address (without a password).
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    QString databasePath() const;
    QString blobPath() const;
    // The open database; each aggregate's SQL class works on it (OrganizationSql, SubmissionSql…).
    SqlSession &session() { return *m_session; }

private:
    explicit Workspace(QString path);
    static Result<std::unique_ptr<Workspace>> openServer(const QString &location, SharedSecret password);

    QString m_path;
    bool m_server = false;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqlSession> m_session;
};

} // namespace kopii
