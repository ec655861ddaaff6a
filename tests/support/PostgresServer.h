// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private PostgreSQL 15 cluster for the tests (tests/support/start-postgres.sh): a Unix socket
// and a loopback TCP port with TLS (a test CA), in a temporary folder, stopped with the object.
#include <QDir>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

namespace kopii::test {

class PostgresServer
{
public:
    ~PostgresServer() { stop(); }

    static QString script()
    {
        return qEnvironmentVariable("KOPII_SOURCE_DIR", QStringLiteral(KOPII_SOURCE_DIR_FALLBACK))
            + QStringLiteral("/tests/support/start-postgres.sh");
    }

    // Starts the cluster in a new temporary folder; false (with the reason in lastError) when it
    // could not.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        dir = m_dir.path() + QStringLiteral("/cluster");
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            port = s.serverPort();
            s.close();
            if (run({QStringLiteral("start"), dir, QString::number(port), adminPassword}))
                return m_running = true;
            if (!lastError.contains("could not bind") && !lastError.contains("already in use"))
                return false;
            QDir(dir + QStringLiteral("/data")).removeRecursively();
        }
        return false;
    }

    void stop(bool immediate = false)
    {
        if (m_running)
            run({QStringLiteral("stop"), dir, immediate ? QStringLiteral("immediate") : QStringLiteral("fast")});
        m_running = false;
    }
    bool restart()
    {
        stop();
        return m_running = run({QStringLiteral("start"), dir, QString::number(port), adminPassword});
    }

    // Runs SQL as the superuser (psql, on the socket), in `database`; false with psql's message in
    // lastError when it fails.
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"), QString *output = nullptr)
    {
        return runPsql(QStringLiteral("host=%1/sock port=%2 user=kopii_admin dbname=%3").arg(dir).arg(port).arg(database),
                       adminPassword, sql, output);
    }
    // The superuser's answer (psql -tA), or its error message.
    QString psqlOutput(const QString &sql, const QString &database)
    {
        QString out;
        return psql(sql, database, &out) ? out : QString::fromUtf8(lastError).trimmed();
    }
    // The same as another person, over TLS (verify-full against the test CA), as a desk's own
    // psql would: an independent client, to prove what the server itself allows.
    bool psqlAs(const QString &user, const QString &password, const QString &sql, const QString &database,
                QString *output = nullptr)
    {
        return runPsql(QStringLiteral("host=localhost port=%1 user=%2 dbname=%3 sslmode=verify-full sslrootcert=%4")
                           .arg(port)
                           .arg(user, database, caFile()),
                       password, sql, output);
    }

    // A new, empty database that orders text as SQLite does (by code point), owned by the superuser.
    bool createDatabase(const QString &name)
    {
        return psql(
            QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(name));
    }

    // The address Kopii takes: over TLS to localhost (the CA given), or over the socket.
    QString tlsLocation(const QString &database, const QString &user = QStringLiteral("kopii_admin"),
                        const QString &ca = {}) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslrootcert=").arg(user).arg(port).arg(database)
            + QString::fromLatin1(QUrl::toPercentEncoding(ca.isEmpty() ? caFile() : ca));
    }
    QString socketLocation(const QString &database, const QString &user = QStringLiteral("kopii_admin")) const
    {
        // Concatenated: the percent-encoded path's "%2F" must not meet QString::arg.
        return QStringLiteral("postgresql://%1@/%2?port=%3&host=").arg(user, database).arg(port)
            + QString::fromLatin1(QUrl::toPercentEncoding(dir + QStringLiteral("/sock")));
    }
    QString caFile() const { return dir + QStringLiteral("/ca.pem"); }
    QString otherCaFile() const { return dir + QStringLiteral("/other-ca.pem"); }

    QString dir;
    int port = 0;
    QString adminPassword = QStringLiteral("admin-Пароль-1");
    QByteArray lastError;

private:
    bool runPsql(const QString &conninfo, const QString &password, const QString &sql, QString *output)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo, QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            lastError = p.readAllStandardError();
            return false;
        }
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return true;
    }

    bool run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), QStringList{script()} + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            lastError = p.readAllStandardError();
            qWarning("start-postgres.sh %s failed: %s", qPrintable(args.value(0)), lastError.constData());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    bool m_running = false;
};

} // namespace kopii::test
