// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Workspace.h"

#include "core/Log.h"
#include "core/PostgresDialect.h"
#include "core/SqlSession.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace kopii {

namespace {
const QString kDatabaseFile = QStringLiteral("kopii.db");
const QString kBlobFolder = QStringLiteral("blobs");
const QString kLockFile = QStringLiteral("kopii.lock");

bool canWriteIn(const QString &folder)
{
    // Asks the file system itself, so read-only mounts and ACLs count too.
    QTemporaryFile probe(folder + QStringLiteral("/.kopii-write-probe-XXXXXX"));
    return probe.open() && probe.write("x", 1) == 1 && probe.flush();
}
} // namespace

Workspace::Workspace(QString path) : m_path(std::move(path)) {}

Workspace::~Workspace()
{
    m_session.reset(); // close the database before the lock goes
    m_lock.reset();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

QString Workspace::resolvePath(const QString &option)
{
    const QString given = !option.isEmpty() ? option : qEnvironmentVariable("KOPII_WORKSPACE");
    if (given.isEmpty())
        return defaultPath();
    if (ServerAddress::isServerLocation(given))
        return given;
    return QDir::cleanPath(QDir::current().absoluteFilePath(given));
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString &location, SharedSecret password)
{
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    std::unique_ptr<Workspace> ws(new Workspace(address->display()));
    ws->m_server = true;
    auto session = SqlSession::open(location, std::move(password));
    if (!session)
        return session.error();
    ws->m_session = std::move(session).value();
    qCInfo(lcWorkspace) << "connected to the office server, schema version" << ws->m_session->schemaVersion();
    return ws;
}

QString Workspace::databasePath() const
{
    return m_path + QLatin1Char('/') + kDatabaseFile;
}

QString Workspace::blobPath() const
{
    return m_path + QLatin1Char('/') + kBlobFolder;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &folder, SharedSecret password)
{
    if (ServerAddress::isServerLocation(folder))
        return openServer(folder, std::move(password));
    std::unique_ptr<Workspace> ws(new Workspace(QDir::cleanPath(folder)));
    const QString path = ws->m_path;
    const QFileInfo info(path);

    if (info.exists() && !info.isDir())
        return Error{Error::Code::Io, tr("%1 is a file, not a folder. Give a folder for the workspace.").arg(path), {}};
    if (!info.exists()) {
        if (!QDir().mkpath(path))
            return Error{Error::Code::ReadOnly,
                         tr("Could not create the workspace folder %1. Check that you may write to the folder "
                            "above it, or choose another place.")
                             .arg(path),
                         {}};
        qCInfo(lcWorkspace) << "created a new workspace folder";
    }
    // A folder another user owns is theirs to read and replace, whatever its mode: refused
    // (review finding L2). So is one that cannot be made private.
    if (!platform::isOwnedByCurrentUser(path))
        return Error{Error::Code::Denied,
                     tr("The workspace folder %1 belongs to another user of this computer, who could read and change "
                        "the citizens' documents in it. Choose a folder of your own, for example in your home folder.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    if (!platform::isPrivate(path) && !platform::makePrivate(path, true))
        return Error{Error::Code::Denied,
                     tr("The workspace folder %1 cannot be made private to you, so other users of this computer could "
                        "read the citizens' documents in it. Choose a folder of your own, for example in your home folder.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    if (!canWriteIn(path))
        return Error{Error::Code::ReadOnly,
                     tr("The workspace folder %1 is read-only, so Kopii cannot keep its records there. Check "
                        "the folder's permissions and the disk, or choose another workspace.")
                         .arg(path),
                     {}};

    ws->m_lock = std::make_unique<QLockFile>(path + QLatin1Char('/') + kLockFile);
    ws->m_lock->setStaleLockTime(0); // stale only when the owning process is gone
    if (!ws->m_lock->tryLock(0)) {
        if (ws->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            ws->m_lock->getLockInfo(&pid, &host, &app);
            return Error{Error::Code::Locked,
                         tr("The workspace %1 is already open in another Kopii program (process %2 on %3). "
                            "Close it there first, or choose another workspace.")
                             .arg(path)
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("this computer") : host),
                         {}};
        }
        return Error{Error::Code::ReadOnly,
                     tr("Could not lock the workspace %1 for this program. Check the folder's permissions.").arg(path),
                     {}};
    }
    platform::makePrivate(path + QLatin1Char('/') + kLockFile, false);

    const QString blobs = ws->blobPath();
    if (!QFileInfo::exists(blobs) && !QDir().mkpath(blobs))
        return Error{Error::Code::Io, tr("Could not create the folder %1.").arg(blobs), {}};
    platform::makePrivate(blobs, true);

    const QString db = ws->databasePath();
    // The database is opened by name: it must be the folder's own file, not a link elsewhere.
    for (const QString &file :
         {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), path + QLatin1Char('/') + kLockFile, blobs})
        if (QFileInfo(file).isSymLink() || (QFileInfo::exists(file) && !platform::isOwnedByCurrentUser(file)))
            return Error{Error::Code::Denied,
                         tr("%1 in the workspace is a link or belongs to another user, so Kopii does not open it. "
                            "Someone may have changed the workspace folder: ask whoever looks after this computer.")
                             .arg(QDir::toNativeSeparators(file)),
                         {}};
    if (!QFileInfo::exists(db)) {
        // Create the file private before SQLite opens it: its -wal and -shm files copy its mode.
        QFile file(db);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{Error::Code::Io, tr("Could not create the database file %1.").arg(db), {}};
        file.close();
    }
    if (!platform::isPrivate(db))
        platform::makePrivate(db, false);

    auto session = SqlSession::openSqlite(db);
    if (!session)
        return session.error();
    ws->m_session = std::move(session).value();
    qCInfo(lcWorkspace) << "workspace opened, schema version" << ws->m_session->schemaVersion();
    return ws;
}

} // namespace kopii
