// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to an office server (PostgreSQL 15, a private cluster this test starts): the ways in
// (TLS verified against the office's CA, a Unix socket), and everything that can go wrong on the
// way, each with a message that says what is wrong and what to do, and nothing half-written.
#include "core/Migrations.h"
#include "core/OrganizationSql.h"
#include "core/PostgresDialect.h"
#include "core/ServerWatch.h"
#include "core/SqlSession.h"
#include "PostgresServer.h"
#include "TestUtil.h"

#include <QMutex>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThread>

using namespace kopii;

class TestServerConnect : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;
    int m_counter = 0;

    SharedSecret admin() const { return share(Secret::fromString(m_server.adminPassword)); }

    QString freshDatabase()
    {
        const QString name = QStringLiteral("connect_%1").arg(++m_counter);
        if (!m_server.createDatabase(name))
            qFatal("no database: %s", m_server.lastError.constData());
        return name;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), m_server.lastError.constData()); }

    void opensOverVerifiedTlsAndOverTheSocket()
    {
        const QString db = freshDatabase();
        auto tls = SqlSession::open(m_server.tlsLocation(db), admin());
        QVERIFY2(tls, tls ? "" : qPrintable(tls.error().message));
        QCOMPARE((*tls)->dialect().name(), QStringLiteral("postgresql"));
        QCOMPARE((*tls)->schemaVersion(), Migrations::latestVersion());
        QSqlQuery q((*tls)->db());
        QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
        QVERIFY(q.value(0).toBool()); // the connection is encrypted
        QVERIFY(OrganizationSql(**tls).insertBranch(test::validBranch()).ok());

        auto socket = SqlSession::open(m_server.socketLocation(db), admin());
        QVERIFY2(socket, socket ? "" : qPrintable(socket.error().message));
        QCOMPARE(OrganizationSql(**socket).branches()->size(), 1);
    }

    void addressesThatAskForLessAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://clerk:Secret-1@office.example/kopii")
                                  << QStringLiteral("contains a password");
        QTest::newRow("no tls") << QStringLiteral("postgresql://clerk@office.example/kopii?sslmode=disable")
                                << QStringLiteral("sslmode=disable");
        QTest::newRow("tls unchecked") << QStringLiteral("postgresql://clerk@office.example/kopii?sslmode=require")
                                       << QStringLiteral("verify-full");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://clerk@office.example/kopii?gssencmode=prefer")
                                        << QStringLiteral("gssencmode");
        QTest::newRow("nobody") << QStringLiteral("postgresql://office.example/kopii") << QStringLiteral("PERSON@");
        QTest::newRow("no database") << QStringLiteral("postgresql://clerk@office.example/") << QStringLiteral("database");
        QTest::newRow("no server") << QStringLiteral("postgresql://clerk@/kopii") << QStringLiteral("no server");
        QTest::newRow("socket with ca") << QStringLiteral("postgresql://clerk@/kopii?host=/run/postgresql&sslrootcert=/ca.pem")
                                        << QStringLiteral("socket");
    }
    void addressesThatAskForLessAreRefused()
    {
        QFETCH(QString, address);
        QFETCH(QString, says);
        auto s = SqlSession::open(address, admin());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Validation);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(QLatin1String("Secret-1"))); // never a password in a message
    }

    void aCertificateThatDoesNotVerifyIsRefused()
    {
        const QString db = freshDatabase();
        auto s = SqlSession::open(m_server.tlsLocation(db, QStringLiteral("kopii_admin"), m_server.otherCaFile()), admin());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Denied);
        QVERIFY2(s.error().message.contains(QLatin1String("certificate that Kopii cannot trust")), qPrintable(s.error().message));

        // The right CA, but a name the certificate does not carry (127.0.0.2 answers as loopback).
        QString wrongName = m_server.tlsLocation(db);
        wrongName.replace(QLatin1String("@localhost:"), QLatin1String("@127.0.0.2:"));
        auto named = SqlSession::open(wrongName, admin());
        QVERIFY(!named);
        QVERIFY2(named.error().message.contains(QLatin1String("certificate")), qPrintable(named.error().message));

        auto missing = SqlSession::open(
            m_server.tlsLocation(db, QStringLiteral("kopii_admin"), QStringLiteral("/nonexistent/ca.pem")), admin());
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("CA file")), qPrintable(missing.error().message));
    }

    void aWrongOrMissingPasswordIsSaidSo()
    {
        const QString db = freshDatabase();
        auto wrong = SqlSession::open(m_server.tlsLocation(db), share(Secret::fromString(QStringLiteral("wrong"))));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Denied);
        QVERIFY2(wrong.error().message.contains(QLatin1String("did not let kopii_admin in")), qPrintable(wrong.error().message));
        auto none = SqlSession::open(m_server.socketLocation(db), {});
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QLatin1String("asks for kopii_admin's password")),
                 qPrintable(none.error().message));
    }

    void aServerThatIsDownIsSaidSo()
    {
        test::PostgresServer down;
        QVERIFY(down.start());
        const QString tls = down.tlsLocation(QStringLiteral("postgres"));
        const QString socket = down.socketLocation(QStringLiteral("postgres"));
        down.stop();
        auto s = SqlSession::open(tls, admin());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Io);
        QVERIFY2(s.error().message.contains(QLatin1String("does not answer")), qPrintable(s.error().message));
        auto local = SqlSession::open(socket, admin());
        QVERIFY(!local);
        QVERIFY2(local.error().message.contains(QLatin1String("not running")), qPrintable(local.error().message));
    }

    void aSchemaFromANewerKopiiIsLeftAlone()
    {
        const QString db = freshDatabase();
        QVERIFY(SqlSession::open(m_server.tlsLocation(db), admin()));
        QVERIFY(m_server.psql(QStringLiteral("UPDATE kopii_meta SET value = '999' WHERE key = 'schema_version'"), db));
        auto s = SqlSession::open(m_server.tlsLocation(db), admin());
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::NewerSchema);
        QVERIFY2(s.error().message.contains(QLatin1String("newer version of Kopii")), qPrintable(s.error().message));
        QString version;
        QVERIFY(m_server.psql(QStringLiteral("SELECT value FROM kopii_meta WHERE key = 'schema_version'"), db, &version));
        QCOMPARE(version, QStringLiteral("999"));
    }

    // Two desks opening a new office database at the same moment: one creates the schema, the
    // other waits for it and finds it made.
    void twoDesksCreatingTheSchemaAtOnceBothSucceed()
    {
        const QString location = m_server.tlsLocation(freshDatabase());
        QStringList results;
        QMutex mutex;
        QList<QThread *> desks;
        for (int i = 0; i < 3; ++i)
            desks << QThread::create([&] {
                auto s = SqlSession::open(location, admin());
                QMutexLocker lock(&mutex);
                results << (s ? QString::number((*s)->schemaVersion()) : s.error().message);
            });
        for (QThread *t : desks)
            t->start();
        for (QThread *t : desks) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        const QString latest = QString::number(Migrations::latestVersion());
        QCOMPARE(results, (QStringList{latest, latest, latest}));
    }

    // The server ends the connection in the middle of a change: the change is not there, and the
    // error says the database could not save it.
    void aConnectionDroppedMidTransactionLeavesNothingHalfWritten()
    {
        const QString db = freshDatabase();
        auto s = SqlSession::open(m_server.tlsLocation(db), admin());
        QVERIFY(s);
        const Status st = (*s)->writeTransaction([&]() -> Status {
            if (auto b = OrganizationSql(**s).insertBranch(test::validBranch()); !b)
                return b.error();
            // Another program (the server's administrator) ends this desk's connection now.
            if (!m_server.psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                              "datname = '%1' AND pid <> pg_backend_pid()")
                                   .arg(db)))
                return Error{Error::Code::Internal, QString::fromUtf8(m_server.lastError), {}};
            if (auto b = OrganizationSql(**s).insertBranch(
                    test::validBranch(QStringLiteral("Другий"), QStringLiteral("druhyi@example.com")));
                !b)
                return b.error();
            return {};
        });
        QVERIFY(!st);
        QVERIFY(!st.error().message.isEmpty());
        QString count;
        QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM branch"), db, &count));
        QCOMPARE(count, QStringLiteral("0"));
    }

    // A desk's window asks through a ServerWatch, on a thread and a connection of its own,
    // whether the server answers: yes; after it stopped, no, with the reason; after it started
    // again, yes (its connection opened anew).
    void aWatchTellsWhetherTheServerAnswers()
    {
        test::PostgresServer server;
        QVERIFY(server.start());
        auto desk =
            SqlSession::open(server.tlsLocation(QStringLiteral("postgres")), share(Secret::fromString(server.adminPassword)));
        QVERIFY(desk);
        ServerWatch watch((*desk)->readerOpener(), 3600 * 1000); // asked only when told, here
        QSignalSpy answers(&watch, &ServerWatch::answered);
        const auto next = [&] {
            const qsizetype before = answers.size();
            watch.checkNow();
            return answers.size() > before || answers.wait(30000);
        };
        QVERIFY(next());
        QCOMPARE(answers.last().at(0).toBool(), true);
        server.stop();
        QVERIFY(next());
        QCOMPARE(answers.last().at(0).toBool(), false);
        QVERIFY2(answers.last().at(1).toString().contains(QLatin1String("does not answer")),
                 qPrintable(answers.last().at(1).toString()));
        QVERIFY(server.start());
        QVERIFY(next());
        QCOMPARE(answers.last().at(0).toBool(), true);
        QCOMPARE(QThread::currentThread(), qApp->thread()); // answered on this thread
    }
};

QTEST_GUILESS_MAIN(TestServerConnect)
#include "tst_server_connect.moc"
