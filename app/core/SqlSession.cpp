// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqlSession.h"

#include "core/AuditLog.h"
#include "core/FileWipe.h"
#include "core/Log.h"
#include "core/Migrations.h"
#include "core/PostgresDialect.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
QAtomicInt g_connectionCounter;

} // namespace

SqlSession::SqlSession(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString path)
    : m_dialect(std::move(dialect)), m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

SqlSession::~SqlSession()
{
    m_prepared.clear(); // before their connection
    m_unprepared.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlSession>> SqlSession::openSqlite(const QString &path)
{
    return openWith(std::make_unique<SqliteDialect>(), path);
}

Result<std::unique_ptr<SqlSession>> SqlSession::open(const QString &location, SharedSecret password)
{
    if (ServerAddress::isServerLocation(location)) {
        auto address = ServerAddress::parse(location);
        if (!address)
            return address.error();
        const QString shown = address->display();
        return openWith(std::make_unique<PostgresDialect>(std::move(address).value(), std::move(password)), shown);
    }
    if (location.startsWith(QLatin1String("sqlite:")))
        return openSqlite(location.mid(7));
    if (location.contains(QLatin1String("://")))
        return Error{Error::Code::Validation,
                     tr("\"%1\" is not a workspace database: give the path of a kopii.db file, or an office server's "
                        "address (postgresql://...).")
                         .arg(location),
                     {}};
    return openSqlite(location);
}

Result<std::unique_ptr<SqlSession>> SqlSession::openWith(std::unique_ptr<SqlDialect> dialect, const QString &path)
{
    const QString name = QStringLiteral("kopii-session-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqlSession> store(new SqlSession(std::move(dialect), name, path));
    if (auto s = store->probe(); !s)
        return s.error();
    if (auto s = store->connect(); !s)
        return s.error();
    return store;
}

SqlSession::ReaderOpener SqlSession::readerOpener() const
{
    return opener(true);
}

SqlSession::ReaderOpener SqlSession::writerOpener() const
{
    return opener(false);
}

SqlSession::ReaderOpener SqlSession::opener(bool readOnly) const
{
    std::shared_ptr<const SqlDialect> dialect(m_dialect->clone());
    const QString path = m_path;
    const int version = m_version;
    return [dialect, path, version, readOnly]() -> Result<std::unique_ptr<SqlSession>> {
        const QString name = QStringLiteral("kopii-%1-%2")
                                 .arg(readOnly ? QLatin1String("reader") : QLatin1String("writer"))
                                 .arg(g_connectionCounter.fetchAndAddRelaxed(1));
        std::unique_ptr<SqlSession> session(new SqlSession(dialect->clone(), name, path));
        session->m_db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        dialect->setUpConnection(session->m_db, path, readOnly);
        if (!session->m_db.open())
            return session->connectError(session->m_db.lastError());
        if (!readOnly)
            if (auto s = dialect->configure(session->m_db); !s)
                return session->describe(s.error().code, s.error().message, tr("prepare the database"));
        session->m_version = version;
        session->m_readOnly = readOnly;
        return session;
    };
}

Error SqlSession::describe(Error::Code code, const QString &detail, const QString &what) const
{
    QString message;
    switch (code) {
    case Error::Code::Locked:
        message = tr("The workspace database %1 is in use by another program, so Kopii could not %2. "
                     "Close the other program (or wait until it finishes) and try again.")
                      .arg(m_path, what);
        break;
    case Error::Code::Corrupt:
        message = tr("The workspace database %1 is damaged or is not a database (%2). Kopii has not changed "
                     "it. Restore it from a backup copy, or choose another workspace.")
                      .arg(m_path, detail);
        break;
    case Error::Code::ReadOnly:
        message = tr("The workspace database %1 cannot be written, so Kopii could not %2. Check that the "
                     "folder and the file belong to you and that the disk is not read-only.")
                      .arg(m_path, what);
        break;
    default:
        message = tr("The workspace database %1 reported an error when Kopii tried to %2: %3").arg(m_path, what, detail);
        break;
    }
    return Error{code, message, {}, detail};
}

Error SqlSession::dbError(const QSqlError &error, const QString &what) const
{
    const Error::Code code = m_dialect->classify(error);
    qCWarning(lcStore) << "database error:" << errorCodeName(code) << "native code" << error.nativeErrorCode();
    return describe(code, error.text(), what);
}

Result<QList<RecordId>> SqlSession::readIds(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, what);
    QList<RecordId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Error SqlSession::connectError(const QSqlError &error) const
{
    if (std::optional<Error> explained = m_dialect->explainConnectFailure(error)) {
        qCWarning(lcStore) << "could not connect to the database:" << errorCodeName(explained->code);
        return *explained;
    }
    return dbError(error, tr("open the database"));
}

Error SqlSession::sqlError(const QSqlQuery &query, const QString &what) const
{
    return dbError(query.lastError(), what);
}

Status SqlSession::probe()
{
    // A read-only look first: nothing is written to a database we are going to refuse.
    if (m_dialect->embedded()) {
        const QFileInfo info(m_path);
        if (!info.exists() || info.size() == 0)
            return {};
    }
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), probeName);
        m_dialect->setUpConnection(db, m_path, true);
        if (!db.open()) {
            result = connectError(db.lastError());
        } else if (const auto empty = m_dialect->isEmpty(db); !empty) {
            result = describe(empty.error().code, empty.error().message, tr("read the database"));
        } else if (!*empty) {
            const auto ours = m_dialect->hasTable(db, QStringLiteral("kopii_meta"));
            const auto version = Migrations::currentVersion(db, *m_dialect);
            if (!ours) {
                result = describe(ours.error().code, ours.error().message, tr("read the database"));
            } else if (!*ours) {
                result = Error{Error::Code::Corrupt,
                               tr("The file %1 is not a Kopii workspace database (it holds other tables). "
                                  "Kopii has not changed it. Choose another workspace folder.")
                                   .arg(m_path),
                               {}};
            } else if (!version) {
                result = describe(version.error().code, version.error().message, tr("read the database"));
            } else if (const auto check = m_dialect->checkIntegrity(db, true); !check) {
                result = describe(check.error().code, check.error().message, tr("check the database"));
            } else if (*version > Migrations::latestVersion()) {
                result = Error{Error::Code::NewerSchema,
                               tr("The workspace database %1 was written by a newer version of Kopii "
                                  "(database version %2, this Kopii knows up to %3). Kopii has not changed "
                                  "it. Install the newer Kopii to open this workspace.")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(Migrations::latestVersion()),
                               {}};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return result;
}

Status SqlSession::connect()
{
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_dialect->setUpConnection(m_db, m_path, false);
    if (!m_db.open())
        return connectError(m_db.lastError());
    if (auto s = m_dialect->configure(m_db); !s)
        return describe(s.error().code, s.error().message, tr("prepare the database"));

    auto version = Migrations::currentVersion(m_db, *m_dialect);
    if (!version)
        return describe(version.error().code, version.error().message, tr("read the database"));
    if (*version > Migrations::latestVersion()) // written by a newer Kopii between probe and open
        return Error{
            Error::Code::NewerSchema, tr("The workspace database %1 was written by a newer version of Kopii.").arg(m_path), {}};
    if (*version < Migrations::latestVersion()) {
        if (*version > 0 && m_dialect->embedded()) { // a server's steps are transactions of their own
            if (auto s = m_dialect->checkIntegrity(m_db, false); !s)
                return describe(Error::Code::Corrupt, s.error().message, tr("check the database"));
            const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(*version);
            if (!QFileInfo::exists(backup)) {
                if (auto s = m_dialect->backupTo(m_db, backup); !s)
                    return Error{s.error().code,
                                 tr("Could not save a backup copy of the workspace database to %1 before "
                                    "upgrading it: %2")
                                     .arg(backup, s.error().message),
                                 {}};
                qCInfo(lcStore) << "saved a copy of the version" << *version << "database before upgrading";
            }
        }
        if (auto s = Migrations::migrate(m_db, *m_dialect); !s)
            return describe(s.error().code, s.error().message, tr("upgrade the database"));
        if (*version > 0 && *version < 9) { // the entries written before the chain existed
            m_version = Migrations::latestVersion();
            if (Status s = writeTransaction([this] { return AuditLog(*this).sealUnsealed(); }); !s)
                return s;
        }
    } else if (!upgradeBackups().isEmpty()) {
        // The upgrade is proven: this start opened the upgraded database and finds it sound. The
        // copy saved before it holds every document of its day (deleted ones too): removed.
        if (Status sound = m_dialect->checkIntegrity(m_db, true); !sound)
            qCWarning(lcStore) << "kept the copy saved before the upgrade: the database is not sound";
        else if (Status removed = removeUpgradeBackups(); !removed)
            qCWarning(lcStore) << "the copy saved before the upgrade could not be removed";
    }
    // What a crash left in the journal (deleted documents among it) goes now.
    if (Status scrubbed = m_dialect->scrubFreedPages(m_db); !scrubbed)
        qCInfo(lcStore) << "the journal could not be checkpointed at the start:" << scrubbed.error().message;
    m_version = Migrations::latestVersion();
    return {};
}

Status SqlSession::writeTransaction(const std::function<Status()> &work, Commit commit)
{
    if (m_readOnly)
        return Error{
            Error::Code::Internal, tr("Kopii tried to change the workspace through a connection meant for reading."), {}};
    if (m_transactionDepth > 0) // nested: part of the outer transaction
        return work();
    if (commit == Commit::SurvivesCrash) {
        if (Status s = m_dialect->setFlushOnCommit(m_db, false); !s)
            return describe(s.error().code, s.error().message, tr("start a change"));
        Status result = writeTransaction(work, Commit::Durable);
        if (Status s = m_dialect->setFlushOnCommit(m_db, true); !s) {
            // Every later commit of this connection would wait for nothing: refuse to go on.
            qCCritical(lcStore) << "commits could not be made durable again:" << s.error().message;
            return describe(s.error().code, s.error().message, tr("save the change"));
        }
        return result;
    }
    if (const auto failed = m_dialect->beginWrite(m_db))
        return dbError(*failed, tr("start a change"));
    QSqlQuery q(m_db);
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        if (q.exec(QStringLiteral("COMMIT")))
            return result;
        result = sqlError(q, tr("save the change"));
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    return result;
}

Status SqlSession::scrubDeleted()
{
    if (Status s = m_dialect->scrubFreedPages(m_db); !s) {
        qCWarning(lcStore) << "deleted rows could not be wiped from the journal yet:" << s.error().message;
        return Error{s.error().code,
                     tr("Deleted, but the deleted documents could not yet be wiped from the workspace's journal file, "
                        "because another Kopii program (the watcher, or another window) is reading it. They are wiped "
                        "at the next deletion or the next start of Kopii."),
                     {}};
    }
    // A copy saved before an upgrade holds every document of its day, the deleted ones too.
    return removeUpgradeBackups();
}

QStringList SqlSession::upgradeBackups() const
{
    if (!m_dialect->embedded())
        return {};
    const QFileInfo db(m_path);
    QStringList found;
    const QStringList names =
        db.dir().entryList({db.fileName() + QStringLiteral(".v*.bak")}, QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : names)
        found << db.dir().filePath(name);
    return found;
}

Status SqlSession::removeUpgradeBackups()
{
    for (const QString &backup : upgradeBackups()) {
        if (!files::wipeAndRemove(backup))
            return Error{Error::Code::Io,
                         tr("The copy %1 saved before an upgrade could not be removed; it holds citizens' documents. "
                            "Delete it by hand.")
                             .arg(QDir::toNativeSeparators(backup)),
                         {}};
        qCInfo(lcStore) << "removed the copy of the database saved before an upgrade";
    }
    return {};
}

Result<bool> SqlSession::tryLeadMailbox(qint64 id)
{
    constexpr qint32 kMailboxTask = 0x6b6d6278; // "kmbx"
    auto lead = m_dialect->tryLead(m_db, kMailboxTask, id);
    if (!lead)
        return describe(lead.error().code, lead.error().message, tr("take the lead of the mailbox"));
    return lead;
}

Status SqlSession::ping()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return sqlError(q, tr("reach the database"));
    return {};
}

Status SqlSession::reconnect()
{
    m_prepared.clear();
    m_db.close();
    m_transactionDepth = 0;
    m_facts.clear();
    if (!m_db.open())
        return connectError(m_db.lastError());
    if (!m_readOnly)
        if (auto s = m_dialect->configure(m_db); !s)
            return describe(s.error().code, s.error().message, tr("prepare the database"));
    qCInfo(lcStore) << "connected to the database again";
    return {};
}

QSqlQuery &SqlSession::prepared(const QString &sql)
{
    if (const auto kept = m_prepared.find(sql); kept != m_prepared.end())
        return *kept->second;
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // Not kept: it fails at exec() with the reason, and is prepared anew next time.
        m_unprepared = std::move(query);
        return *m_unprepared;
    }
    return *(m_prepared[sql] = std::move(query));
}

bool SqlSession::once(const QString &step, const std::function<Status()> &work, Status *result)
{
    // A reader leaves the catch-ups, which write, to the session that opened the database.
    if (m_readOnly || m_done.contains(step))
        return false;
    Status s = work();
    if (s)
        m_done.insert(step);
    if (result)
        *result = s;
    return true;
}

} // namespace kopii
