// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kopii;

namespace {
int mode(const QString &path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsPrivateFolderAndFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/nested/ws"));
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(mode(path), 0700);
        QCOMPARE(mode((*ws)->blobPath()), 0700);
        QCOMPARE(mode((*ws)->databasePath()), 0600);
        // Write something so that SQLite creates its WAL files; they copy the database's mode.
        QVERIFY(OrganizationSql((*ws)->session()).insertBranch(test::validBranch()).ok());
        QVERIFY(QFile::exists((*ws)->databasePath() + QStringLiteral("-wal")));
        QCOMPARE(mode((*ws)->databasePath() + QStringLiteral("-wal")), 0600);
        QCOMPARE(mode((*ws)->databasePath() + QStringLiteral("-shm")), 0600);
        QCOMPARE(mode(path + QStringLiteral("/kopii.lock")), 0600);
    }

    void tightensLooseFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose"));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther));
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(mode(path), 0700);
    }

    void walAndForeignKeysAreOn()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("pragmas")));
        QVERIFY(ws.ok());
        const QString db = (*ws)->databasePath();
        ws = Error{}; // close
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        // Bytes 18 and 19 of the header are 2 in WAL mode.
        QCOMPARE(int(header.at(18)), 2);
        QCOMPARE(int(header.at(19)), 2);
    }

    void dataSurvivesRestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            AccessGuard guard((*ws)->session(), QStringLiteral("test"));
            QVERIFY(OrganizationRules(guard).setOrganization(test::validOrganization()).ok());
            QVERIFY(OrganizationRules(guard).addBranch(test::validBranch()).ok());
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        AccessGuard guard((*ws)->session(), QStringLiteral("test"));
        QCOMPARE(OrganizationRules(guard).organization()->value(), test::validOrganization());
        QCOMPARE(OrganizationRules(guard).branches()->size(), 1);
    }

    void secondProcessIsKeptOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(Workspace::open(path).ok()); // create, then close
        QProcess holder;
        QVERIFY(test::startHolder(holder, QStringLiteral("workspace"), path));
        const QByteArray before = test::fileHash(path + QStringLiteral("/kopii.db"));
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::Locked);
        QVERIFY2(ws.error().message.contains(QString::number(holder.processId())), qPrintable(ws.error().message));
        QVERIFY(ws.error().message.contains(QLatin1String("already open in another Kopii")));
        QCOMPARE(test::fileHash(path + QStringLiteral("/kopii.db")), before);
        test::stopHolder(holder);
        QVERIFY(Workspace::open(path).ok());
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("stale"));
        QVERIFY(Workspace::open(path).ok());
        QProcess holder;
        QVERIFY(test::startHolder(holder, QStringLiteral("workspace"), path));
        holder.kill(); // dies without unlocking
        holder.waitForFinished();
        QVERIFY(QFile::exists(path + QStringLiteral("/kopii.lock")));
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    }

    void databaseLockedByAnotherProgram()
    {
        const QString path = m_dir.filePath(QStringLiteral("sqlite-locked"));
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QProcess holder;
        QVERIFY(test::startHolder(holder, QStringLiteral("sqlite"), (*ws)->databasePath()));
        AccessGuard guard((*ws)->session(), QStringLiteral("test"));
        const auto id = OrganizationRules(guard).addBranch(test::validBranch());
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::Locked);
        QVERIFY(id.error().message.contains(QLatin1String("in use by another program")));
        test::stopHolder(holder);
        QVERIFY(OrganizationRules(guard).branches()->isEmpty()); // nothing half-written
        QVERIFY(OrganizationRules(guard).addBranch(test::validBranch()).ok());
    }

    void fileInsteadOfFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("afile"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QLatin1String("is a file, not a folder")));
    }

    void readOnlyFolder()
    {
        // Root may write anywhere, so the check runs as "nobody" through the CLI in tst_cli;
        // here as an ordinary user.
        if (test::runningAsRoot())
            QSKIP("runs as an ordinary user; tst_cli covers root by dropping to nobody");
        const QString path = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(Workspace::open(path).ok());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto ws = Workspace::open(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::ReadOnly);
    }

    // Review finding L2: a folder another user owns (here "nobody"'s, or the root folder for an
    // ordinary user) is refused before anything is written into it, whatever its mode.
    void foreignFolderIsRefused()
    {
        QString path = m_dir.filePath(QStringLiteral("foreign"));
        if (test::runningAsRoot()) {
            QVERIFY(QDir().mkpath(path));
            QVERIFY(QFile::setPermissions(path,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        } else {
            path = QDir::rootPath();
        }
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, Error::Code::Denied);
        QVERIFY2(ws.error().message.contains(QLatin1String("belongs to another user")), qPrintable(ws.error().message));
        QVERIFY(!QFile::exists(path + QStringLiteral("/kopii.db")));
        QVERIFY(!QFile::exists(path + QStringLiteral("/kopii.lock")));
    }

    // The database (or its lock, WAL, blob folder) as a link to a file elsewhere: not opened, the
    // file it points to untouched.
    void linkedDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("linked"));
        QVERIFY(QDir().mkpath(path));
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.db"));
        {
            QFile f(elsewhere);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not yours");
        }
        QVERIFY(QFile::link(elsewhere, path + QStringLiteral("/kopii.db")));
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QLatin1String("is a link or belongs to another user")),
                 qPrintable(ws.error().message));
        QFile f(elsewhere);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not yours"));
    }

    void resolvePath()
    {
        qputenv("KOPII_WORKSPACE", "/tmp/from-env");
        QCOMPARE(Workspace::resolvePath(QStringLiteral("/tmp/from-option")), QStringLiteral("/tmp/from-option"));
        QCOMPARE(Workspace::resolvePath(QString()), QStringLiteral("/tmp/from-env"));
        qunsetenv("KOPII_WORKSPACE");
        QCOMPARE(Workspace::resolvePath(QString()), Workspace::defaultPath());
        QVERIFY(Workspace::resolvePath(QStringLiteral("rel")).startsWith(QDir::currentPath()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
