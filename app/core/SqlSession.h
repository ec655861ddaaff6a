// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/Secret.h"
#include "core/SqlDialect.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

class QSqlQuery;

namespace kopii {

// One connection to a workspace database: it opens it (probing first, so that a database Kopii
// must refuse is left exactly as it was), upgrades its schema (Migrations), runs write
// transactions and turns driver errors into Kopii's errors. The SQL of each aggregate lives in
// the class of the layer that owns it, all on one session: OrganizationSql, StaffSql, SettingsSql
// and AuditLog in core, TrustSql in crypto, SubmissionSql in inbox, MailboxSql in mail.
// Portable SQL only; what differs between databases is in SqlDialect.
// One instance owns one connection and is used from the thread that opened it.
class SqlSession
{
    Q_DECLARE_TR_FUNCTIONS(SqlSession)

public:
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    // Opens an SQLite database file, creating the schema in an empty one and migrating an older
    // one (after a backup copy beside it). A database from a newer Kopii, a damaged one, or one
    // that another program holds is refused and left exactly as it was.
    static Result<std::unique_ptr<SqlSession>> openSqlite(const QString &path);
    // The one factory: opens the database at `location`, a file (SQLite; also written
    // "sqlite:PATH") or an office server's address (PostgreSQL, ServerAddress), with the person's
    // password for a server (from the keychain; none for a file).
    static Result<std::unique_ptr<SqlSession>> open(const QString &location, SharedSecret password = {});

    // A second connection to this database, read-only, for a job's worker thread: no probe, no
    // upgrade, no scrub (this session did them). Call the returned function on the thread that
    // uses the reader, which must also destroy it; the reader sees what is committed.
    using ReaderOpener = std::function<Result<std::unique_ptr<SqlSession>>()>;
    ReaderOpener readerOpener() const;
    // The same for a connection that writes (a mailbox's store thread): configured like this one
    // (journal, synchronous writes, foreign keys), still without probe, upgrade or scrub.
    ReaderOpener writerOpener() const;

    // Schema version of the open database (the newest this build knows, once open).
    int schemaVersion() const { return m_version; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QSqlDatabase &db() { return m_db; }

    // Runs `work` in one write transaction: all of it is committed, or none of it. Nested calls
    // are part of the outer transaction. Durable: the commit returns once the disk has it.
    // SurvivesCrash: once the operating system has it, so a crash of Kopii keeps it but a power
    // cut may lose it; only for notes whose loss costs a repetition, never a document or a state
    // that the server is told about.
    enum class Commit { Durable, SurvivesCrash };
    Status writeTransaction(const std::function<Status()> &work, Commit commit = Commit::Durable);

    // Errors of a failed statement, in the clerk's words (the driver's text as the detail).
    Error sqlError(const QSqlQuery &query, const QString &what) const;
    // The first column of a query's rows as record ids (the statement bound to `values`).
    Result<QList<RecordId>> readIds(const QString &sql, const QVariantList &values, const QString &what);

    // After a deletion: makes deleted data unrecoverable from the database files (the dialect's
    // scrub), and removes the copies saved before upgrades.
    Status scrubDeleted();
    // The copies saved before schema upgrades (kopii.db.vN.bak), removed once the upgrade is
    // proven (the next start) and at every deletion.
    QStringList upgradeBackups() const;

    // Takes the lead of watching the mailbox `id` for as long as this connection lives: true when
    // it has it (SqlDialect::tryLead).
    Result<bool> tryLeadMailbox(qint64 id);
    // Whether the connection still answers (the server may have gone or dropped it).
    Status ping();
    // Opens the connection again after it was lost (an office server restarted); what the old one
    // held (a transaction under way, leads, subscriptions) is gone.
    Status reconnect();

    // A statement prepared once per connection and kept, for those run once a message or more
    // (on a server, each preparation is a round trip of its own). The caller binds, runs, reads
    // and finish()es it; a reconnection prepares it anew.
    QSqlQuery &prepared(const QString &sql);

    // Facts about the database that, once true, stay true for the connection's life (the office
    // server seals the audit log, say): remembered so as not to ask at every statement; a
    // reconnection forgets them.
    bool remembers(const QString &fact) const { return m_facts.contains(fact); }
    void remember(const QString &fact) { m_facts.insert(fact); }

    // Runs `work` once per connection (an aggregate's catch-up after an upgrade, done before its
    // first use): true when it ran now, with its status in `result`. A failed step runs again
    // next time.
    bool once(const QString &step, const std::function<Status()> &work, Status *result = nullptr);

private:
    SqlSession(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString path);

    static Result<std::unique_ptr<SqlSession>> openWith(std::unique_ptr<SqlDialect> dialect, const QString &path);
    Status probe();
    Status connect();
    Status removeUpgradeBackups();
    ReaderOpener opener(bool readOnly) const;
    Error describe(Error::Code code, const QString &detail, const QString &what) const;
    Error dbError(const QSqlError &error, const QString &what) const;
    Error connectError(const QSqlError &error) const;

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_version = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false; // a reader (readerOpener): no write, no catch-up
    QSet<QString> m_done;
    QSet<QString> m_facts;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::unique_ptr<QSqlQuery> m_unprepared;
};

// A null QString binds as SQL NULL; the schema keeps empty text as ''.
inline QVariant sqlText(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// The same for bytes: a null QByteArray would bind as NULL on PostgreSQL but as an empty blob on
// SQLite; this makes it an empty blob on both.
inline QVariant sqlBlob(const QByteArray &b)
{
    return b.isNull() ? QVariant(QByteArray("")) : QVariant(b);
}

} // namespace kopii
