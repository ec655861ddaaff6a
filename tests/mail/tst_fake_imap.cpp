// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a scripted server: no IDLE (polling), garbage lines, BYE in the middle
// of a download, answers dribbled a few bytes at a time.
#include "FakeImapServer.h"
#include "core/AuditLog.h"
#include "mail/MailboxSql.h"
#include "inbox/SubmissionSql.h"
#include "mail/ImapSession.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "mail/MailboxSync.h"
#include "core/AccessGuard.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include "TestUtil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestFakeImap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AccessGuard> m_lastGuard;
    // A guard for one call (an unclaimed workspace: no login needed).
    AccessGuard &guardOnce()
    {
        m_lastGuard = std::make_unique<AccessGuard>(m_ws->session(), QStringLiteral("t"));
        return *m_lastGuard;
    }

    Mailbox added(int port)
    {
        Mailbox m;
        m.name = QStringLiteral("fake");
        m.host = QStringLiteral("127.0.0.1");
        m.port = port;
        m.security = Mailbox::Security::None;
        m.user = QStringLiteral("u");
        AccessGuard guard(m_ws->session(), QStringLiteral("t"));
        const auto id = MailboxRules(guard).addMailbox(m);
        return *MailboxRules(guard).findMailbox(QString::number(*id));
    }
    Mailbox current(const Mailbox &m) { return *MailboxRules(guardOnce()).findMailbox(QString::number(m.id)); }

    MailboxSync::Report syncOnce(const Mailbox &m)
    {
        MailboxSync s(m_ws->session(), current(m), share(Secret::fromString(QStringLiteral("p"))));
        QSignalSpy done(&s, &MailboxSync::finished);
        s.start();
        if (!done.wait(30000))
            qFatal("sync did not finish");
        return s.report();
    }
    static QByteArray msg(int i)
    {
        return message(pairOf(QStringLiteral("d%1").arg(i), "%PDF-" + QByteArray(3000 + i, 'x'), "sig" + QByteArray::number(i)),
                       {}, "V <v@example.com>", "<fake" + QByteArray::number(i) + "@x>");
    }

private Q_SLOTS:
    // The password reaches the server exactly, however the server lets Kopii sign in: AUTHENTICATE
    // PLAIN with the initial response, with a continuation, or LOGIN with the password quoted;
    // a password LOGIN cannot carry is not sent at all.
    void signInCarriesThePasswordExactly_data()
    {
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QList<QByteArray>>("sent");
        const QByteArray plain = QByteArray("\0u\0pa\"s\\s", 9).toBase64();
        QTest::newRow("SASL-IR") << QByteArray("AUTH=PLAIN SASL-IR") << QStringLiteral("pa\"s\\s")
                                 << QList<QByteArray>{"AUTHENTICATE PLAIN " + plain};
        QTest::newRow("continuation") << QByteArray("AUTH=PLAIN") << QStringLiteral("pa\"s\\s")
                                      << QList<QByteArray>{"AUTHENTICATE PLAIN", plain};
        QTest::newRow("LOGIN") << QByteArray("") << QStringLiteral("pa\"s\\s")
                               << QList<QByteArray>{"LOGIN \"u\" \"pa\\\"s\\\\s\""};
        QTest::newRow("Cyrillic over PLAIN")
            << QByteArray("AUTH=PLAIN SASL-IR") << QStringLiteral("пароль")
            << QList<QByteArray>{"AUTHENTICATE PLAIN "
                                 + QByteArray("\0u\0", 3).append(QStringLiteral("пароль").toUtf8()).toBase64()};
        QTest::newRow("Cyrillic, LOGIN only") << QByteArray("") << QStringLiteral("пароль") << QList<QByteArray>{};
    }
    void signInCarriesThePasswordExactly()
    {
        QFETCH(QByteArray, auth);
        QFETCH(QString, password);
        QFETCH(QList<QByteArray>, sent);
        FakeImapServer server;
        server.auth = auth;
        const Mailbox m = added(server.port());
        MailboxSync s(m_ws->session(), current(m), share(Secret::fromString(password)));
        s.testOnly();
        QSignalSpy done(&s, &MailboxSync::finished);
        s.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(server.credentials, sent);
        if (sent.isEmpty())
            QVERIFY2(s.report().error.contains(QStringLiteral("cannot carry")), qPrintable(s.report().error));
        else
            QVERIFY2(s.report().error.isEmpty(), qPrintable(s.report().error));
    }

    void init()
    {
        m_ws.reset();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
    }

    void garbageAndDribbledLiterals()
    {
        FakeImapServer server;
        server.garbage = true;
        server.chunk = 7;
        for (int i = 1; i <= 3; ++i)
            server.messages.insert(i, msg(i));
        const auto r = syncOnce(added(server.port()));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored, 3);
        const auto list = SubmissionSql(m_ws->session()).submissions(10);
        QCOMPARE(list->size(), 3);
        // The literal was put together exactly, across hundreds of packets.
        const auto full = SubmissionSql(m_ws->session()).submission(list->last().id);
        QCOMPARE(full->documents.first().pdf, "%PDF-" + QByteArray(3001, 'x'));
    }

    void byeInTheMiddleOfADownload()
    {
        FakeImapServer server;
        for (int i = 1; i <= 4; ++i)
            server.messages.insert(i, msg(i));
        server.byeOnFetchOf = 3;
        const Mailbox m = added(server.port());
        auto r = syncOnce(m);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.stored, 2); // 1 and 2 are in; 3 was cut off, nothing half-stored
        QCOMPARE(current(m).lastUid, 2);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 2);
        QVERIFY(!current(m).lastError.isEmpty());
        // The next pass takes 3 and 4, and nothing twice.
        r = syncOnce(m);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored, 2);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 4);
        QCOMPARE(current(m).lastUid, 4);
    }

    void withoutIdleItPolls()
    {
        FakeImapServer server;
        server.messages.insert(1, msg(1));
        const Mailbox m = added(server.port());
        MailboxSync s(m_ws->session(), current(m), share(Secret::fromString(QStringLiteral("p"))));
        s.keepWatching(1);
        QSignalSpy passes(&s, &MailboxSync::passFinished);
        s.start();
        QVERIFY(passes.wait(20000));
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 1);
        server.messages.insert(2, msg(2));
        QVERIFY(QTest::qWaitFor([&] { return SubmissionSql(m_ws->session()).submissions(10)->size() == 2; }, 20000));
        QCOMPARE(server.logins, 1); // one connection, polled with NOOP
        s.stop();
    }

    void idleWakesOnNewMail()
    {
        FakeImapServer server;
        server.idle = true;
        const Mailbox m = added(server.port());
        MailboxSync s(m_ws->session(), current(m), share(Secret::fromString(QStringLiteral("p"))));
        s.keepWatching();
        QSignalSpy idling(&s, &MailboxSync::idling);
        s.start();
        QVERIFY(idling.wait(20000));
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 0);
        server.push(1, msg(1));
        QVERIFY(QTest::qWaitFor([&] { return SubmissionSql(m_ws->session()).submissions(10)->size() == 1; }, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(idling.count() >= 2, 20000); // and back to IDLE
        QCOMPARE(server.logins, 1);
        s.stop();
    }

    // L10: a message larger than Kopii reads (the server says so in RFC822.SIZE) is not
    // downloaded, and not skipped in silence either: a failed submission says what and why, the
    // messages around it are stored, and the next pass does not try it again.
    void overSizeMessageIsRecordedNotSkipped()
    {
        FakeImapServer server;
        server.messages.insert(1, msg(1));
        server.messages.insert(2, msg(2));
        server.messages.insert(3, msg(3));
        server.claimedSizes.insert(2, 80LL * 1024 * 1024);
        const Mailbox m = added(server.port());
        const auto report = syncOnce(m);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored, 2);
        QCOMPARE(report.failed, 1);
        QCOMPARE(server.fetches, 2); // message 2 was never asked for
        const auto all = SubmissionSql(m_ws->session()).submissions(100);
        QVERIFY(all);
        int failed = 0;
        for (const Submission &s : *all)
            if (s.status == Submission::Status::Failed) {
                ++failed;
                QVERIFY2(s.failure.contains(QStringLiteral("80.0 MB")) && s.failure.contains(QStringLiteral("64 MB"))
                             && s.failure.contains(QStringLiteral("number 2")),
                         qPrintable(s.failure));
                QCOMPARE(s.mailboxId, m.id);
            }
        QCOMPARE(failed, 1);
        QCOMPARE(current(m).lastUid, 3);
        const auto again = syncOnce(m);
        QCOMPARE(again.stored + again.failed + again.duplicates, 0);
    }

    // H6: a message that stops Kopii while it is read would be fetched again at every start, and
    // nothing after it would arrive. Kopii notes the start of reading before it reads; here the
    // notes two killed runs leave behind are made directly (a kill at a known point). The third
    // run sets that message aside as a failed submission, stores the ones after it, and does not
    // apply the after-ingest action to it (it stays on the server as it was).
    void aMessageThatStoppedKopiiTwiceIsSetAside()
    {
        FakeImapServer server;
        server.messages.insert(1, msg(1));
        Mailbox m = added(server.port());
        QCOMPARE(syncOnce(m).stored, 1);
        m = current(m);
        m.afterIngest = QStringLiteral("flag:$KopiiStored");
        QVERIFY(MailboxRules(guardOnce()).editMailbox(m));
        for (int uid : {2, 3, 4})
            server.messages.insert(uid, msg(uid));
        QCOMPARE(*MailboxSql(m_ws->session()).noteMailboxAttempt(m.id, 2), 1); // a run began reading 2..4, and was killed
        QCOMPARE(*MailboxSql(m_ws->session()).noteMailboxAttempt(m.id, 2), 2); // the next one began with 2 alone, killed too

        const auto report = syncOnce(m);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.stored, 2);
        QCOMPARE(current(m).lastUid, 4);
        QString reason;
        for (const Submission &s : *SubmissionSql(m_ws->session()).submissions(10))
            if (s.status == Submission::Status::Failed)
                reason = s.failure;
        QVERIFY2(reason.contains(QStringLiteral("stopped twice")) && reason.contains(QStringLiteral("number 2")),
                 qPrintable(reason));
        QCOMPARE(server.stores, QList<QByteArray>{"3,4"}); // the batch's action: 3 and 4, never 2
        // The attempt is forgotten once stored: the next new message is read as usual.
        server.messages.insert(5, msg(5));
        QCOMPARE(syncOnce(m).stored, 1);
        QCOMPARE(*MailboxSql(m_ws->session()).noteMailboxAttempt(m.id, 6), 1);
    }

    // One run that never finished is not held against the message: the batch is read again, one
    // message at a time, and everything is stored.
    void oneUnfinishedAttemptReadsOneAtATime()
    {
        FakeImapServer server;
        for (int uid : {1, 2, 3})
            server.messages.insert(uid, msg(uid));
        const Mailbox m = added(server.port());
        QCOMPARE(*MailboxSql(m_ws->session()).noteMailboxAttempt(m.id, 1), 1);
        const auto report = syncOnce(m);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored, 3);
        QCOMPARE(report.failed, 0);
        QCOMPARE(current(m).lastUid, 3);
    }

    // H6: messages are read before the write transaction opens. While the sync reads, another
    // connection (another desk, the GUI's audit of a view) writes without waiting.
    void othersWriteWhileMessagesAreRead()
    {
        FakeImapServer server;
        for (int uid : {1, 2, 3})
            server.messages.insert(uid, msg(uid));
        const Mailbox m = added(server.port());
        MailboxSync s(m_ws->session(), current(m), share(Secret::fromString(QStringLiteral("p"))));
        QStringList written; // on the store's thread, which the hook runs on; read after the pass
        const QString path = m_ws->databasePath();
        s.onMessageRead([&written, path](qint64 uid) {
            // Another connection (of this thread, as connections must be), which does not wait
            // for a lock at all: were the store's write transaction open, the write would fail.
            auto other = SqlSession::openSqlite(path);
            if (!other) {
                written << other.error().message;
                return;
            }
            QSqlQuery noWaiting((*other)->db());
            noWaiting.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            AuditEntry e{0,
                         QDateTime::currentDateTimeUtc(),
                         QStringLiteral("other desk"),
                         QStringLiteral("document.view"),
                         QStringLiteral("document"),
                         uid,
                         QString(),
                         QString()};
            const Status st = (*other)->writeTransaction([&] { return AuditLog(**other).append(e); });
            written << (st ? QStringLiteral("ok") : st.error().message);
        });
        QSignalSpy done(&s, &MailboxSync::finished);
        s.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(s.report().stored, 3);
        QCOMPARE(written, (QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")}));
    }

    // L6: plain IMAP goes only to a program of this user or of the system. When a mail bridge is
    // down, another user of the computer may bind its port: Kopii sees who owns the listening
    // socket and sends that program nothing, no password above all. (Another user needs root to
    // be played; without it this case is not run, the own-user case runs in every plain test.)
    void plainImapToAnotherUsersListenerIsRefused()
    {
        if (!test::runningAsRoot())
            QSKIP("another user's listener needs root to start");
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) is needed to drop root");
        QTemporaryDir reachable;
        QFile::setPermissions(reachable.path(),
                              QFile::permissions(reachable.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        const QString copy = reachable.filePath(QStringLiteral("holder"));
        QVERIFY(QFile::copy(QStringLiteral(KOPII_TEST_HOLDER), copy));
        QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        QProcess other;
        other.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), copy,
                     QStringLiteral("imap-greeter"), QStringLiteral("-")});
        QVERIFY(other.waitForStarted(5000) && other.waitForReadyRead(10000));
        const QByteArray ready = other.readLine().trimmed();
        QVERIFY2(ready.startsWith("ready "), ready.constData());
        const int port = ready.mid(6).toInt();

        ImapSession session;
        QSignalSpy failed(&session, &ImapSession::failed), ready2(&session, &ImapSession::ready);
        ImapSession::Options options;
        options.host = QStringLiteral("localhost");
        options.port = port;
        options.security = Mailbox::Security::None;
        session.open(options);
        QVERIFY(failed.wait(20000));
        QCOMPARE(ready2.count(), 0);
        const QString reason = failed.first().first().value<Error>().message;
        QVERIFY2(reason.contains(QStringLiteral("belongs to another user")) && reason.contains(QStringLiteral("65534")),
                 qPrintable(reason));
        QVERIFY(other.waitForFinished(20000));
        const QByteArray heard = other.readAllStandardOutput();
        QVERIFY2(heard.contains("closed") && !heard.contains("got "), heard.constData()); // not a byte from Kopii
    }

    // L1: a server that answers STARTTLS and then goes silent (or slips clear-text responses in
    // after its OK) fails the connection at the deadline, with the reason; nothing it sent in the
    // clear after the OK is taken as an answer.
    void silentStartTlsFailsAtTheDeadline_data()
    {
        QTest::addColumn<QByteArray>("afterOk");
        QTest::addColumn<QString>("words");
        QTest::newRow("silent") << QByteArray() << QStringLiteral("did not answer");
        // Clear text where the TLS handshake's answer should be: told at once as a failed handshake.
        QTest::newRow("clear text slipped in") << QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\nA2 OK LOGIN completed\r\n")
                                               << QStringLiteral("encrypted connection to 127.0.0.1");
    }
    void silentStartTlsFailsAtTheDeadline()
    {
        QFETCH(QByteArray, afterOk);
        QFETCH(QString, words);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            s->write("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [&received, s, afterOk] {
                const bool switching = received.contains("STARTTLS");
                const QByteArray line = s->readAll();
                received += line;
                if (line.contains("STARTTLS"))
                    s->write(line.left(line.indexOf(' ')) + " OK begin TLS\r\n");
                else if (switching) // the client's TLS hello: answered in clear text (or not at all)
                    s->write(afterOk);
            });
        });
        ImapSession session;
        QSignalSpy ready(&session, &ImapSession::ready), failed(&session, &ImapSession::failed);
        ImapSession::Options options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = server.serverPort();
        options.security = Mailbox::Security::StartTls;
        options.timeoutMs = 1500;
        session.open(options);
        QVERIFY(failed.wait(20000));
        QVERIFY(ready.isEmpty());
        const Error error = failed.first().first().value<Error>();
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY(received.contains("STARTTLS"));
        QVERIFY(!session.has("AUTH=PLAIN")); // the slipped-in capability was not read
    }
};

QTEST_GUILESS_MAIN(TestFakeImap)
#include "tst_fake_imap.moc"
