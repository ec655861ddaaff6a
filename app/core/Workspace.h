// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace kopii {

class SqlSession;

// A workspace is a folder private to the user: the database (kopii.db), the blob folder for
// received documents (blobs/) and a lock that keeps a second Kopii process out while one has it
// open.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    ~Workspace();

    // The platform's application-data location (e.g. ~/.local/share/Kopii/kopii/workspace).
    static QString defaultPath();
    // The folder to use: the explicit option if given, else KOPII_WORKSPACE, else the default.
    static QString resolvePath(const QString &option);

    // Opens (creating when missing) the workspace in `folder`.
    static Result<std::unique_ptr<Workspace>> open(const QString &folder);

    QString path() const { return m_path; }
    QString databasePath() const;
    QString blobPath() const;
    // The open database; each aggregate's SQL class works on it (OrganizationSql, SubmissionSql…).
    SqlSession &session() { return *m_session; }

private:
    explicit Workspace(QString path);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqlSession> m_session;
};

} // namespace kopii
