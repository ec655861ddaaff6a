// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kopii {

// Everything that differs between SQL databases, in one place: SQLite for the single-desk
// workspace (SqliteDialect), PostgreSQL for an office server (PostgresDialect). The rest of the
// SQL (SqlSession and each aggregate's SQL class) is portable.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // The same dialect for another connection (a reader on another thread).
    virtual std::unique_ptr<SqlDialect> clone() const = 0;

    virtual QString name() const = 0;       // "sqlite", "postgresql"
    virtual QString driverName() const = 0; // Qt SQL driver, "QSQLITE", "QPSQL"
    // Whether the database is a file of this computer (SQLite), which Kopii itself copies before
    // an upgrade and checks page by page, or a server that keeps its own files.
    virtual bool embedded() const = 0;

    // Column type for a generated 64-bit primary key, and for a plain 64-bit integer.
    virtual QString idColumnType() const = 0;
    virtual QString int64Type() const = 0;
    // Column type for binary data.
    virtual QString blobType() const = 0;

    // Statements that start a transaction which will write, and take the database's one write
    // lock up front: writers take turns, so a check made inside a transaction (a unique name, the
    // audit chain's last seal) still holds at its commit, on every dialect.
    virtual QStringList beginWriteStatements() const = 0;
    // Runs them; on failure rolls back and gives the driver's error (none when it began).
    std::optional<QSqlError> beginWrite(QSqlDatabase &db) const;

    // Whether commits wait until the disk has the change (the default), or only until the
    // operating system has it: such a commit survives a crash of Kopii but not a power cut.
    virtual Status setFlushOnCommit(QSqlDatabase &db, bool flush) const = 0;

    // Sets up a new connection to `location` (a file's path; a server's address is the dialect's
    // own): database name, host, user, password and options, read-only for a probe or a reader.
    virtual void setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const = 0;
    // Applied right after a read-write connection opens (foreign keys, journal, timeouts).
    virtual Status configure(QSqlDatabase &db) const = 0;

    // Whether the database holds any table at all (a new, empty database).
    virtual Result<bool> isEmpty(QSqlDatabase &db) const = 0;
    virtual Result<bool> hasTable(QSqlDatabase &db, const QString &table) const = 0;
    // A consistency check (quick: structure only; otherwise also indexes); an error describes
    // what is damaged.
    virtual Status checkIntegrity(QSqlDatabase &db, bool quick) const = 0;
    // A consistent copy of the database at `path` (before a migration rewrites it).
    virtual Status backupTo(QSqlDatabase &db, const QString &path) const = 0;
    // After a deletion: makes the deleted rows unrecoverable from the database's files (SQLite:
    // its freed pages are zeroed by secure_delete; the WAL, which still holds old copies, is
    // checkpointed and truncated). An error when that could not be finished, e.g. because another
    // connection keeps reading.
    virtual Status scrubFreedPages(QSqlDatabase &db) const = 0;

    // Takes the lead of a task for as long as this connection lives (a mailbox's watching: one
    // watcher of an office leads it, others stand by): true when this connection has it now.
    // SQLite: always true, since the workspace's lock file keeps a second program out.
    virtual Result<bool> tryLead(QSqlDatabase &db, qint32 task, qint64 id) const;

    // After rows were written with their ids given (a workspace moved onto a server): new rows
    // go on after the highest id. SQLite does so by itself.
    virtual Status continueIdsAfter(QSqlDatabase &, const QString &, const QStringList &) const { return {}; }

    // A condition true when `column` contains the bound text (one placeholder), as is (both sides
    // are folded by Kopii before they reach SQL).
    virtual QString containsCondition(const QString &column) const = 0;

    // Maps a driver error to Kopii's error codes (busy/locked, corrupt, read-only, constraint...).
    virtual Error::Code classify(const QSqlError &error) const = 0;
    // Why a connection could not be opened, in the user's words, when the dialect can find out
    // more than the driver's text says (a server that does not answer, a certificate that does not
    // verify, a password refused); nothing for a file.
    virtual std::optional<Error> explainConnectFailure(const QSqlError &) const { return std::nullopt; }

    // Replaces %ID%, %I64% and %BLOB% in portable DDL with this dialect's types.
    QString ddl(QString statement) const;
};

class SqliteDialect final : public SqlDialect
{
public:
    std::unique_ptr<SqlDialect> clone() const override { return std::make_unique<SqliteDialect>(*this); }
    QString name() const override { return QStringLiteral("sqlite"); }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString idColumnType() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString int64Type() const override { return QStringLiteral("INTEGER"); }
    QString blobType() const override { return QStringLiteral("BLOB"); }
    bool embedded() const override { return true; }
    QStringList beginWriteStatements() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    void setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const override;
    Status configure(QSqlDatabase &db) const override;
    Status setFlushOnCommit(QSqlDatabase &db, bool flush) const override;
    Result<bool> isEmpty(QSqlDatabase &db) const override;
    Result<bool> hasTable(QSqlDatabase &db, const QString &table) const override;
    Status checkIntegrity(QSqlDatabase &db, bool quick) const override;
    Status backupTo(QSqlDatabase &db, const QString &path) const override;
    Status scrubFreedPages(QSqlDatabase &db) const override;
    QString containsCondition(const QString &column) const override { return QStringLiteral("instr(%1, ?) > 0").arg(column); }
    Error::Code classify(const QSqlError &error) const override;
};

} // namespace kopii
