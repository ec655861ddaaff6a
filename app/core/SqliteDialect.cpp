// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SqlDialect.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
constexpr int kBusyTimeoutMs = 3000;
} // namespace

Result<bool> SqlDialect::tryLead(QSqlDatabase &, qint32, qint64) const
{
    return true;
}

std::optional<QSqlError> SqlDialect::beginWrite(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    for (const QString &begin : beginWriteStatements())
        if (!q.exec(begin)) {
            const QSqlError error = q.lastError();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    return std::nullopt;
}

QString SqlDialect::ddl(QString statement) const
{
    statement.replace(QLatin1String("%ID%"), idColumnType());
    statement.replace(QLatin1String("%I64%"), int64Type());
    statement.replace(QLatin1String("%BLOB%"), blobType());
    return statement;
}

void SqliteDialect::setUpConnection(QSqlDatabase &db, const QString &location, bool readOnly) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setDatabaseName(location);
    db.setConnectOptions(options);
}

Status SqliteDialect::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    // 64 KB pages (for a new database; an existing one keeps its size): the documents are blobs of
    // hundreds of kilobytes; a mailbox's first sync stores a quarter faster than with 16 KB pages,
    // and the inbox's queries over 100,000 submissions are no slower. The WAL is checkpointed
    // every 256 pages (16 MB, SQLite's default in bytes), not every 1000 (64 MB).
    for (const char *pragma : {"PRAGMA page_size = 65536", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON", "PRAGMA wal_autocheckpoint = 256"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Error{classify(q.lastError()), q.lastError().text(), {}};
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{Error::Code::Io, QStringLiteral("journal_mode is %1, not wal").arg(q.value(0).toString()), {}};
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return Error{Error::Code::Internal, QStringLiteral("foreign keys could not be enabled"), {}};
    return {};
}

Status SqliteDialect::setFlushOnCommit(QSqlDatabase &db, bool flush) const
{
    // WAL with synchronous NORMAL: the commit is written to the WAL without fsync; the next
    // commit with FULL (or the next checkpoint) makes it durable too.
    QSqlQuery q(db);
    if (!q.exec(flush ? QStringLiteral("PRAGMA synchronous = FULL") : QStringLiteral("PRAGMA synchronous = NORMAL")))
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Result<bool> SqliteDialect::isEmpty(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return q.value(0).toLongLong() == 0;
}

Result<bool> SqliteDialect::hasTable(QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return q.value(0).toLongLong() > 0;
}

Status SqliteDialect::checkIntegrity(QSqlDatabase &db, bool quick) const
{
    QStringList problems;
    auto run = [&](const QString &pragma) -> Status {
        QSqlQuery q(db);
        if (!q.exec(pragma))
            return Error{classify(q.lastError()), q.lastError().text(), {}};
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        return {};
    };
    if (!quick) {
        if (Status s = run(QStringLiteral("PRAGMA integrity_check")); !s)
            return s;
    } else {
        // A check of every page reads the whole file: gigabytes once the inbox has filled up, at
        // every start. At open: the file's length against its header (a truncated copy), and a
        // quick check of every table but the two that hold the documents' bytes, whose pages are
        // read when a document is opened (and all of them by integrity_check before an upgrade).
        QSqlQuery size(db);
        qint64 pages = 0, pageSize = 0;
        if (size.exec(QStringLiteral("PRAGMA page_count")) && size.next())
            pages = size.value(0).toLongLong();
        if (size.exec(QStringLiteral("PRAGMA page_size")) && size.next())
            pageSize = size.value(0).toLongLong();
        const QString path = db.databaseName();
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if ((!wal.exists() || wal.size() == 0) && QFileInfo(path).size() < pages * pageSize)
            problems << QStringLiteral("the file is shorter than its header says (%1 of %2 bytes): it was cut off")
                            .arg(QFileInfo(path).size())
                            .arg(pages * pageSize);
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT IN ('document_copy', 'raw_message')")))
            return Error{classify(tables.lastError()), tables.lastError().text(), {}};
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : std::as_const(names))
            if (Status s = run(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(name)); !s)
                return s;
    }
    if (!problems.isEmpty())
        return Error{Error::Code::Corrupt, problems.mid(0, 5).join(QStringLiteral("; ")), {}};
    return {};
}

Status SqliteDialect::backupTo(QSqlDatabase &db, const QString &path) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Status SqliteDialect::scrubFreedPages(QSqlDatabase &db) const
{
    // TRUNCATE waits (the busy timeout) for readers of older snapshots; its answer says whether it
    // got through: "busy" 1 means the WAL still holds pages, and with them deleted documents.
    // Not through: an honest error rather than a silent half-wipe (review finding M4).
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    const bool busy = q.value(0).toInt() != 0;
    q.finish();
    if (busy)
        return Error{Error::Code::Locked,
                     QStringLiteral("the write-ahead log could not be checkpointed: another connection is reading"),
                     {}};
    return {};
}

Error::Code SqliteDialect::classify(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Error::Code::Io;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::Code::Locked;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::Code::Corrupt;
    case 8: // SQLITE_READONLY
        return Error::Code::ReadOnly;
    case 19: // SQLITE_CONSTRAINT
        return Error::Code::Conflict;
    default: return Error::Code::Io;
    }
}

} // namespace kopii
