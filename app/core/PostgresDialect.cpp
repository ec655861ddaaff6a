// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PostgresDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace kopii {

namespace {
// How long a statement waits for a lock (the write lock, a row another program changes) before
// it fails with "busy", which Kopii reports; a lost connection is found by TCP keepalives.
constexpr int kLockTimeoutMs = 15000;

// A value for libpq's conninfo string, quoted.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    auto bad = [&](const QString &why) {
        // The message repeats the address without its password, if it had one.
        QUrl shown(location);
        shown.setPassword({});
        return Error{Error::Code::Validation,
                     tr("The office server's address %1 cannot be used: %2 Write it as "
                        "postgresql://PERSON@SERVER/DATABASE?sslrootcert=CA-FILE, or as "
                        "postgresql://PERSON@/DATABASE?host=SOCKET-FOLDER on the server itself.")
                         .arg(shown.toDisplayString(QUrl::RemovePassword), why),
                     {}};
    };
    if (!url.isValid() || !isServerLocation(location))
        return bad(tr("it is not a postgresql:// address."));
    if (!url.password().isEmpty())
        return bad(tr("it contains a password. Kopii asks for the password and keeps it in the system's keychain."));
    ServerAddress a;
    a.user = url.userName(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    a.host = url.host(QUrl::FullyDecoded);
    if (url.port() > 0)
        a.port = url.port();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslrootcert"))
            a.caFile = value;
        else if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port") && value.toInt() > 0)
            a.port = value.toInt();
        else if (key == QLatin1String("connect_timeout") && value.toInt() > 0)
            a.connectTimeoutSeconds = QString::number(value.toInt());
        else if (key == QLatin1String("sslmode") && value == QLatin1String("verify-full"))
            continue;
        else if (key == QLatin1String("sslmode"))
            return bad(tr("it asks for sslmode=%1, but Kopii connects over the network only with TLS and a "
                          "checked server certificate (verify-full).")
                           .arg(value));
        else
            return bad(tr("Kopii does not know the option \"%1\".").arg(key));
    }
    if (a.user.isEmpty())
        return bad(tr("it does not say who connects (PERSON@)."));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return bad(tr("it does not name the database after the server."));
    if (a.host.isEmpty())
        return bad(tr("it names no server."));
    if (a.host.startsWith(QLatin1Char('/')) && !a.caFile.isEmpty())
        return bad(tr("a connection through a socket on this computer does not use TLS, so it takes no CA file."));
    return a;
}

QString ServerAddress::passwordFile()
{
    return qEnvironmentVariable("PGPASSFILE", QDir::homePath() + QStringLiteral("/.pgpass"));
}

QString ServerAddress::display() const
{
    if (isSocket())
        return port == 5432 ? QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, host)
                            : QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, host).arg(port);
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, h).arg(port).arg(database);
}

PostgresDialect::PostgresDialect(ServerAddress address, SharedSecret password)
    : m_address(std::move(address)), m_password(std::move(password))
{
}

QStringList PostgresDialect::beginWriteStatements() const
{
    // One round trip to the server: both in one simple query.
    return {QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey)};
}

void PostgresDialect::setUpConnection(QSqlDatabase &db, const QString &, bool readOnly) const
{
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setDatabaseName(m_address.database);
    db.setUserName(m_address.user);
    if (m_password && !m_password->isEmpty())
        db.setPassword(QString::fromUtf8(m_password->c_str(), m_password->size()));
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_address.connectTimeoutSeconds),
                        QStringLiteral("application_name=kopii"), QStringLiteral("client_encoding=UTF8"),
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=3"),
                        // A server that vanished mid-statement: the statement fails after 20 s
                        // instead of waiting for TCP to give up (a quarter of an hour).
                        QStringLiteral("tcp_user_timeout=20000")};
    if (!m_address.isSocket()) {
        options << QStringLiteral("sslmode=verify-full");
        if (!m_address.caFile.isEmpty())
            options << QStringLiteral("sslrootcert=") + quoted(m_address.caFile);
    }
    // The server notices a desk or watcher that vanished (a cut cable, a crashed computer) within
    // about 25 s by its own keepalives, and lets go of what it held (a mailbox's lead).
    QString serverOptions = QStringLiteral("-c lock_timeout=%1 -c TimeZone=UTC -c tcp_keepalives_idle=10 "
                                           "-c tcp_keepalives_interval=5 -c tcp_keepalives_count=3")
                                .arg(kLockTimeoutMs);
    if (readOnly)
        serverOptions += QStringLiteral(" -c default_transaction_read_only=on");
    options << QStringLiteral("options=") + quoted(serverOptions);
    // Qt joins the options with spaces (it splits them on ';'): no ';' may be inside a value.
    for (QString &o : options)
        o.remove(QLatin1Char(';'));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

Result<bool> PostgresDialect::tryLead(QSqlDatabase &db, qint32 task, qint64 id) const
{
    // A session-level advisory lock (two 32-bit keys: the task, the record), released by the
    // server when this connection ends, however it ends: a standby's next try takes it over.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    q.addBindValue(task);
    q.addBindValue(qint32(id));
    if (!q.exec() || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return q.value(0).toBool();
}

Status PostgresDialect::continueIdsAfter(QSqlDatabase &db, const QString &table, const QStringList &columns) const
{
    if (!columns.contains(QLatin1String("id")))
        return {};
    // Only an identity column has a sequence (organization's fixed id has none: NULL, no change).
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM %1), "
                               "false)")
                    .arg(table)))
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Status PostgresDialect::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET synchronous_commit = on")))
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Status PostgresDialect::setFlushOnCommit(QSqlDatabase &db, bool flush) const
{
    // Off: the commit returns before the server's WAL reaches its disk; a crash of the server (not
    // of Kopii) may lose the last moments, never half of a transaction.
    QSqlQuery q(db);
    if (!q.exec(flush ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off")))
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Result<bool> PostgresDialect::isEmpty(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")) || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return q.value(0).toLongLong() == 0;
}

Result<bool> PostgresDialect::hasTable(QSqlDatabase &db, const QString &table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND "
                             "tablename = ?"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return q.value(0).toLongLong() > 0;
}

Status PostgresDialect::checkIntegrity(QSqlDatabase &db, bool) const
{
    // The server checks its own pages (data checksums, where its administrator turned them on);
    // what Kopii can see is whether the database answers.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return Error{classify(q.lastError()), q.lastError().text(), {}};
    return {};
}

Status PostgresDialect::backupTo(QSqlDatabase &, const QString &) const
{
    // Each migration step is one transaction (PostgreSQL changes tables transactionally): a step
    // that fails leaves the database as it was. Backups of the server are its administrator's.
    return Error{Error::Code::Internal, QStringLiteral("an office server is not copied by Kopii"), {}};
}

Status PostgresDialect::scrubFreedPages(QSqlDatabase &) const
{
    // Deleted rows are gone for every connection at once; the server's files keep them until
    // VACUUM reuses their space (autovacuum, and the retention job's VACUUM, docs/office-server.md).
    return {};
}

Error::Code PostgresDialect::classify(const QSqlError &error) const
{
    // The driver's native code is the SQLSTATE.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("23")))
        return Error::Code::Conflict; // integrity constraint violation
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")
        || state == QLatin1String("57014"))
        return Error::Code::Locked; // serialization failure, deadlock, lock not available, cancelled
    if (state == QLatin1String("25006"))
        return Error::Code::ReadOnly; // read-only transaction
    if (state.startsWith(QLatin1String("42501")) || state.startsWith(QLatin1String("28")))
        return Error::Code::Denied; // insufficient privilege, invalid authorization
    if (state.startsWith(QLatin1String("XX")))
        return Error::Code::Corrupt; // data corrupted, index corrupted
    return Error::Code::Io;
}

std::optional<Error> PostgresDialect::explainConnectFailure(const QSqlError &error) const
{
    // libpq's own text is translated into the desk's language and differs between versions:
    // what went wrong is found out here by asking the server the same way, step by step.
    const ServerAddress &a = m_address;
    const QString where = a.display();
    const int timeoutMs = a.connectTimeoutSeconds.toInt() * 1000;
    auto failure = [&](Error::Code code, const QString &message) { return Error{code, message, {}, error.text()}; };
    if (a.isSocket()) {
        if (!QFileInfo::exists(QStringLiteral("%1/.s.PGSQL.%2").arg(a.host).arg(a.port)))
            return failure(Error::Code::Io,
                           tr("The office server %1 is not running on this computer (it has no socket in %2). Start "
                              "the PostgreSQL service, or ask whoever looks after the server.")
                               .arg(where, a.host));
    } else {
        QSslSocket socket;
        socket.connectToHost(a.host, quint16(a.port));
        if (!socket.waitForConnected(timeoutMs))
            return failure(Error::Code::Io,
                           tr("The office server %1 does not answer. Check that this computer is connected to the "
                              "office network, that the address is right and that the server is running, then try "
                              "again.")
                               .arg(where));
        // PostgreSQL's request to speak TLS (protocol 1234.5679): answered 'S' or 'N'.
        socket.write(QByteArray::fromHex("0000000804d2162f"));
        if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(timeoutMs))
            return failure(Error::Code::Io, tr("The office server %1 stopped answering while Kopii connected.").arg(where));
        if (socket.read(1) != "S")
            return failure(Error::Code::Denied,
                           tr("The server %1 does not offer an encrypted connection, so Kopii does not send it a "
                              "password or any document. Ask whoever looks after the server to turn TLS on "
                              "(docs/office-server.md).")
                               .arg(where));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const QString ca = a.caFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.postgresql/root.crt") : a.caFile;
        const QList<QSslCertificate> anchors = QSslCertificate::fromPath(ca);
        if (anchors.isEmpty())
            return failure(Error::Code::Denied,
                           tr("Kopii cannot check the office server's certificate: the CA file %1 is missing or holds "
                              "no certificate. Get the office's CA certificate from whoever set the server up and "
                              "give it in the address (?sslrootcert=FILE).")
                               .arg(QDir::toNativeSeparators(ca)));
        tls.setCaCertificates(anchors);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(tls);
        socket.setPeerVerifyName(a.host);
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(timeoutMs)) {
            QStringList why;
            for (const QSslError &e : socket.sslHandshakeErrors())
                why << e.errorString();
            return Error{Error::Code::Denied,
                         tr("The office server %1 showed a certificate that Kopii cannot trust (%2), so Kopii did not "
                            "connect: someone may be standing between this computer and the server. Check the "
                            "server's name in the address and the CA file, or ask whoever looks after the server.")
                             .arg(where, why.isEmpty() ? socket.errorString() : why.join(QStringLiteral("; "))),
                         {},
                         error.text()};
        }
    }
    const QString passFile = ServerAddress::passwordFile();
    if ((!m_password || m_password->isEmpty()) && QFileInfo::exists(passFile))
        return failure(Error::Code::Denied,
                       tr("The office server %1 did not let %2 in with the password from the password file %3: the "
                          "password there is wrong or missing, or %2 may not use the database %4. Correct the file, or "
                          "ask your manager to check that you are added to the office (kopii-cli server add-desk).")
                           .arg(where, a.user, QDir::toNativeSeparators(passFile), a.database));
    if (!m_password || m_password->isEmpty())
        return failure(Error::Code::Denied,
                       tr("The office server %1 asks for %2's password. Give it when Kopii asks, or ask whoever set "
                          "the server up for it.")
                           .arg(where, a.user));
    return failure(Error::Code::Denied,
                   tr("The office server %1 did not let %2 in: the password is wrong, or %2 may not use the database "
                      "%3. Type the password again; if it still fails, ask your manager to check that you are added "
                      "to the office (kopii-cli server add-desk).")
                       .arg(where, a.user, a.database));
}

} // namespace kopii
