// SPDX-License-Identifier: GPL-3.0-or-later
// "In work by X" (WorkLease), on a single desk's SQLite and on an office server's PostgreSQL: a
// clerk takes a submission, another sees who has it and cannot mark or delete it, the lease lapses
// when nobody renews it (an injected clock), and of two clerks taking it at the same moment
// exactly one gets it.
#include "core/AccessGuard.h"
#include "core/Clock.h"
#include "core/SqlSession.h"
#include "inbox/InboxRules.h"
#include "inbox/SubmissionSql.h"
#include "inbox/WorkLease.h"
#include "PostgresServer.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kopii;

class TestLeases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresServer> m_server;
    int m_counter = 0;
    QString m_location;
    SharedSecret m_password;
    std::unique_ptr<SqlSession> m_ivanSession, m_olenaSession;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AccessGuard> m_ivan, m_olena;
    RecordId m_id = 0;

    std::unique_ptr<SqlSession> open()
    {
        auto s = SqlSession::open(m_location, m_password);
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect == QLatin1String("sqlite")) {
            m_location = m_dir.filePath(QStringLiteral("leases-%1.db").arg(++m_counter));
            m_password = {};
        } else {
            if (!m_server) {
                m_server = std::make_unique<test::PostgresServer>();
                QVERIFY2(m_server->start(), m_server->lastError.constData());
            }
            const QString db = QStringLiteral("leases_%1").arg(++m_counter);
            QVERIFY(m_server->createDatabase(db));
            m_location = m_server->tlsLocation(db);
            m_password = share(Secret::fromString(m_server->adminPassword));
        }
        // Two desks: two connections, each with its person logged in.
        m_ivanSession = open();
        m_olenaSession = open();
        m_ivan = std::make_unique<AccessGuard>(*m_ivanSession, QStringLiteral("gui"), m_clock);
        m_ivan->setSession(Role::Clerk, QStringLiteral("Іван Петренко"));
        m_olena = std::make_unique<AccessGuard>(*m_olenaSession, QStringLiteral("gui"), m_clock);
        m_olena->setSession(Role::Clerk, QStringLiteral("Олена Коваль"));
        Submission s;
        s.source = QStringLiteral("mailbox");
        s.contentHash = QByteArray(32, 'l');
        s.receivedAt = m_clock.now();
        const auto id = SubmissionSql(*m_ivanSession).insertSubmission(s, QByteArray("raw"));
        QVERIFY(id);
        m_id = *id;
    }

    void cleanup()
    {
        m_ivan.reset();
        m_olena.reset();
        m_ivanSession.reset();
        m_olenaSession.reset();
    }

    void anotherClerkSeesWhoHasItAndCannotChangeIt()
    {
        QVERIFY(WorkLease(*m_ivan).take(m_id));
        const auto holder = WorkLease(*m_olena).holder(m_id);
        QVERIFY(holder && *holder);
        QCOMPARE((*holder)->person, QStringLiteral("Іван Петренко"));
        QCOMPARE((*holder)->until, m_clock.now().addSecs(WorkLease::kSeconds));

        const Status taken = WorkLease(*m_olena).take(m_id);
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, Error::Code::Conflict);
        QVERIFY2(taken.error().message.contains(QStringLiteral("Іван Петренко is working on this submission")),
                 qPrintable(taken.error().message));
        const Status marked = InboxRules(*m_olena).setSubmissionState(m_id, QStringLiteral("processed"));
        QVERIFY(!marked);
        QCOMPARE(marked.error().code, Error::Code::Conflict);
        const Status deleted = InboxRules(*m_olena).deleteSubmission(m_id);
        QVERIFY(!deleted);
        QVERIFY(*SubmissionSql(*m_olenaSession).hasSubmission(QByteArray(32, 'l'))); // nothing lost

        // Ivan, who has it, marks it.
        QVERIFY(InboxRules(*m_ivan).setSubmissionState(m_id, QStringLiteral("processed")));
        QCOMPARE(InboxRules(*m_olena).submission(m_id)->state, QStringLiteral("processed"));
    }

    void aLeaseNobodyRenewsLapses()
    {
        QVERIFY(WorkLease(*m_ivan).take(m_id));
        m_clock.advanceSecs(200);
        QVERIFY(WorkLease(*m_ivan).take(m_id)); // renewed: until 200 + 300 s
        m_clock.advanceSecs(250);
        QVERIFY(!WorkLease(*m_olena).take(m_id));
        m_clock.advanceSecs(51); // 501 s: lapsed
        QVERIFY(!*WorkLease(*m_olena).holder(m_id));
        QVERIFY(WorkLease(*m_olena).take(m_id));
        QCOMPARE((*WorkLease(*m_ivan).holder(m_id))->person, QStringLiteral("Олена Коваль"));
    }

    // Ivan's lease lapsed while his window slept; Olena took the submission, marked it processed
    // and left. Ivan, back, acts on what his window still shows: refused, nothing of hers lost.
    void aChangeOnAStaleViewIsRefused()
    {
        const auto seen = InboxRules(*m_ivan).submission(m_id);
        QVERIFY(seen);
        QCOMPARE(seen->rowVersion, qint64(0));
        QVERIFY(WorkLease(*m_ivan).take(m_id));
        m_clock.advanceSecs(WorkLease::kSeconds + 1);
        QVERIFY(WorkLease(*m_olena).take(m_id));
        QVERIFY(InboxRules(*m_olena).setSubmissionState(m_id, QStringLiteral("processed"), seen->rowVersion));
        QVERIFY(WorkLease(*m_olena).release(m_id));

        const Status marked = InboxRules(*m_ivan).setSubmissionState(m_id, QStringLiteral("in-work"), seen->rowVersion);
        QVERIFY(!marked);
        QCOMPARE(marked.error().code, Error::Code::Conflict);
        QVERIFY2(marked.error().message.contains(QLatin1String("Somebody else changed")), qPrintable(marked.error().message));
        const Status deleted = InboxRules(*m_ivan).deleteSubmission(m_id, seen->rowVersion);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, Error::Code::Conflict);
        const auto now = InboxRules(*m_ivan).submission(m_id);
        QCOMPARE(now->state, QStringLiteral("processed"));
        QCOMPARE(now->rowVersion, qint64(1));
        // Seen anew, his change goes through.
        QVERIFY(InboxRules(*m_ivan).setSubmissionState(m_id, QStringLiteral("in-work"), now->rowVersion));
        const Status gone = InboxRules(*m_olena).deleteSubmission(m_id, now->rowVersion); // hers is stale now
        QCOMPARE(gone.error().code, Error::Code::Conflict);
        QVERIFY(InboxRules(*m_olena).deleteSubmission(m_id, now->rowVersion + 1));
        QCOMPARE(InboxRules(*m_ivan).setSubmissionState(m_id, QStringLiteral("new"), now->rowVersion + 1).error().code,
                 Error::Code::NotFound);
    }

    void aReleasedSubmissionIsFree()
    {
        QVERIFY(WorkLease(*m_ivan).take(m_id));
        QVERIFY(WorkLease(*m_olena).release(m_id)); // not hers: changes nothing
        QVERIFY(!WorkLease(*m_olena).take(m_id));
        QVERIFY(WorkLease(*m_ivan).release(m_id));
        QVERIFY(WorkLease(*m_olena).take(m_id));
    }

    void receptionTakesNothing()
    {
        AccessGuard reception(*m_olenaSession, QStringLiteral("gui"), m_clock);
        reception.setSession(Role::Reception, QStringLiteral("Ірина Бондар"));
        QCOMPARE(WorkLease(reception).take(m_id).error().code, Error::Code::Denied);
    }

    // Two clerks click the same submission at the same moment, from two connections on two
    // threads, twenty times over: each time exactly one has it.
    void ofTwoAtOnceExactlyOneWins()
    {
        for (int round = 0; round < 20; ++round) {
            QVERIFY(WorkLease(*m_ivan).release(m_id));
            QVERIFY(WorkLease(*m_olena).release(m_id));
            QList<Status> results;
            QMutex mutex;
            QList<QThread *> threads;
            for (const QString &person : {QStringLiteral("Перший"), QStringLiteral("Друга")}) {
                threads << QThread::create([&, person] {
                    auto session = open();
                    AccessGuard guard(*session, QStringLiteral("gui"), m_clock);
                    guard.setSession(Role::Clerk, person);
                    Status s = WorkLease(guard).take(m_id);
                    QMutexLocker lock(&mutex);
                    results << s;
                });
            }
            for (QThread *t : threads)
                t->start();
            for (QThread *t : threads) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            QCOMPARE(results.size(), 2);
            QCOMPARE(int(results.at(0).ok()) + int(results.at(1).ok()), 1);
            for (const Status &s : results)
                if (!s)
                    QCOMPARE(s.error().code, Error::Code::Conflict);
            // Free them for the next round (the winner's name is on it).
            const auto holder = WorkLease(*m_ivan).holder(m_id);
            QVERIFY(holder && *holder);
            m_clock.advanceSecs(WorkLease::kSeconds + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestLeases)
#include "tst_leases.moc"
