// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the office server against the single desk's SQLite. Prints numbers; asserts nothing
// about time (timings never fail a test).
//   - ingest: N e-mails with two documents each stored through the Ingestor (what the watcher
//     does per message), into SQLite and into an office server (set up by `server init`, the
//     watcher's login, TLS on loopback; BENCH_SOCKET=1: the Unix socket), and the ratio;
//   - notify: from a watcher's commit to a desk's SubmissionNotices::arrived (median of 50);
//   - failover: a watcher's connection ends; how long until a standby holds the mailbox's lead
//     (the standby trying every second, as `watch --standby-seconds 1`).
//   bench_server [N]   (default 2000)
#include "core/OfficeServer.h"
#include "core/SqlSession.h"
#include "inbox/SubmissionNotices.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace kopii;

namespace {
QByteArray mail(int i)
{
    const QByteArray n = QByteArray::number(i);
    QList<test::Attachment> parts =
        test::pairOf(QStringLiteral("Паспорт"), QByteArray(60 * 1024, 'p') + n, QByteArray(3 * 1024, 's') + n);
    parts += test::pairOf(QStringLiteral("РНОКПП"), QByteArray(30 * 1024, 'r') + n, QByteArray(3 * 1024, 't') + n);
    return test::message(parts, QByteArray(), "<visitor" + n + "@example.com>", "<bench-" + n + "@example.com>");
}

qint64 ingest(SqlSession &store, const QList<QByteArray> &mails, QTextStream &out)
{
    Ingestor ingestor(store);
    Ingestor::Batch pass(ingestor); // as a watcher's pass over a mailbox
    QElapsedTimer t;
    t.start();
    for (const QByteArray &m : mails)
        if (const auto r = ingestor.ingestMessage(m, QStringLiteral("bench")); !r) {
            out << "ingest failed: " << r.error().message << "\n";
            return -1;
        }
    return t.elapsed();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 2000;
    test::PostgresServer server;
    if (!server.start() || !server.createDatabase(QStringLiteral("ingest")) || !server.createDatabase(QStringLiteral("notify"))) {
        out << "PostgreSQL did not start: " << server.lastError << "\n";
        return 1;
    }
    const SharedSecret admin = share(Secret::fromString(server.adminPassword));
    QList<QByteArray> mails;
    for (int i = 0; i < count; ++i)
        mails << mail(i);

    // Ingest.
    QTemporaryDir dir;
    auto file = SqlSession::openSqlite(dir.filePath(QStringLiteral("kopii.db")));
    // The office as it runs: set up, its watcher storing (the server seals the audit entries).
    {
        auto owner = SqlSession::open(server.tlsLocation(QStringLiteral("ingest")), admin);
        if (!owner)
            return 1;
        OfficeServer office(**owner);
        if (!office.init(QStringLiteral("olena"),
                         {QStringLiteral("1234567890"), QStringLiteral("Олена Коваль"), Role::Manager, {}},
                         Secret::fromString(QStringLiteral("manager-password-2026")))
            || !office.addWatcher(QStringLiteral("watcher"), Secret::fromString(QStringLiteral("watcher-password-2026")))) {
            out << "server init failed\n";
            return 1;
        }
    }
    const QString watcherLogin = QStringLiteral("watcher");
    auto pg =
        SqlSession::open(qEnvironmentVariableIsSet("BENCH_SOCKET") ? server.socketLocation(QStringLiteral("ingest"), watcherLogin)
                                                                   : server.tlsLocation(QStringLiteral("ingest"), watcherLogin),
                         share(Secret::fromString(QStringLiteral("watcher-password-2026"))));
    if (!file || !pg) {
        out << "open failed\n";
        return 1;
    }
    const qint64 sqliteMs = ingest(**file, mails, out);
    const qint64 pgMs = ingest(**pg, mails, out);
    if (sqliteMs < 0 || pgMs < 0)
        return 1;
    out << "ingest of " << count << " e-mails (2 documents each): SQLite " << sqliteMs << " ms, PostgreSQL " << pgMs
        << " ms, ratio " << QString::number(double(pgMs) / double(qMax<qint64>(1, sqliteMs)), 'f', 2) << "\n";
    out.flush();

    // Notify to the desk.
    {
        auto desk = SqlSession::open(server.tlsLocation(QStringLiteral("notify")), admin);
        auto watcher = SqlSession::open(server.tlsLocation(QStringLiteral("notify")), admin);
        if (!desk || !watcher)
            return 1;
        QSqlQuery(QStringLiteral("CREATE OR REPLACE FUNCTION bench_notify() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                                 "PERFORM pg_notify('kopii_submission', NEW.id::text); RETURN NULL; END $f$"),
                  (*watcher)->db());
        QSqlQuery(QStringLiteral("CREATE TRIGGER bench_notify AFTER INSERT ON submission FOR EACH ROW EXECUTE FUNCTION "
                                 "bench_notify()"),
                  (*watcher)->db());
        SubmissionNotices notices(**desk);
        Ingestor ingestor(**watcher);
        QList<qint64> latencies;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            QEventLoop loop;
            QObject::connect(&notices, &SubmissionNotices::arrived, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            t.start();
            if (!ingestor.ingestMessage(mails.at(i), QStringLiteral("bench")))
                return 1;
            const qint64 committed = t.elapsed();
            loop.exec();
            latencies << t.elapsed() - committed;
        }
        std::sort(latencies.begin(), latencies.end());
        out << "notify: commit to the desk's notice, median " << latencies.at(25) << " ms, worst " << latencies.last()
            << " ms (a notice gathers others for up to 100 ms)\n";
    }

    // Failover.
    {
        auto opened = SqlSession::open(server.tlsLocation(QStringLiteral("notify")), admin);
        std::unique_ptr<SqlSession> leader = opened ? std::move(opened).value() : nullptr;
        auto standby = SqlSession::open(server.tlsLocation(QStringLiteral("notify")), admin);
        if (!leader || !standby || !leader->tryLeadMailbox(1).value() || (*standby)->tryLeadMailbox(1).value()) {
            out << "leadership did not start as expected\n";
            return 1;
        }
        QElapsedTimer t;
        t.start();
        leader.reset(); // the connection ends (a killed watcher's socket closes the same way)
        qint64 took = -1;
        QEventLoop loop;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (const auto lead = (*standby)->tryLeadMailbox(1); lead && *lead) {
                took = t.elapsed();
                loop.quit();
            }
        });
        tick.start(1000);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        out << "failover: the standby leads " << took << " ms after the leader's connection ended (tries every 1000 ms)\n";
    }
    return 0;
}
