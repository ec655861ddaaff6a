// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli mailbox and watch --once against a real Dovecot on loopback.
#include "CryptoTestUtil.h"
#include "CliRun.h"
#include "DovecotServer.h"
#include "MailSamples.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliMailbox : public QObject
{
    Q_OBJECT

    using Run = kopii::test::CliRun;

    QTemporaryDir m_dir;
    QString m_ws;
    DovecotServer m_dovecot;
    const QString m_user = QStringLiteral("filia@example.com");

    Run cli(const QStringList &args) { return kopii::test::runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }

    // A workspace of its own (made current) with one mailbox on `server`, its certificate pinned and
    // its password in a file; true when it was added.
    bool mailboxOn(const DovecotServer &server, const QString &name, const QString &user, const QByteArray &password)
    {
        m_ws = m_dir.filePath(QStringLiteral("ws-") + name);
        QFile pw(m_dir.filePath(name + QStringLiteral("-password")));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(password + '\n');
        pw.close();
        return cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--host"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.imapsPort),
                    QStringLiteral("--user"), user, QStringLiteral("--password-file"), pw.fileName(),
                    QStringLiteral("--pin-sha256"), server.fingerprint})
                   .code
            == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dovecot.start(m_dir.filePath(QStringLiteral("dovecot")), {m_user + QStringLiteral(":pass word 2")},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QFile pw(m_dir.filePath(QStringLiteral("password")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("pass word 2\n");
    }
    void cleanupTestCase() { m_dovecot.stop(); }

    void addTestWatch()
    {
        // A plain connection to a remote server is refused outright.
        Run r = cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Remote"),
                     QStringLiteral("--host"), QStringLiteral("imap.example.com"), QStringLiteral("--security"),
                     QStringLiteral("none"), QStringLiteral("--user"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("unencrypted")));

        // Without a pin, the self-signed test server is refused and its fingerprint shown.
        r = cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Unpinned"),
                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(m_dovecot.imapsPort), QStringLiteral("--user"), m_user, QStringLiteral("--password-file"),
                 m_dir.filePath(QStringLiteral("password"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("Unpinned")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--pin-sha256 ") + m_dovecot.fingerprint), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("mailbox"), QStringLiteral("remove"), QStringLiteral("Unpinned")}).code, 0);

        // Pinned: the test shows the server's capabilities.
        r = cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Філія"),
                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                 QString::number(m_dovecot.imapsPort), QStringLiteral("--user"), m_user, QStringLiteral("--password-file"),
                 m_dir.filePath(QStringLiteral("password")), QStringLiteral("--pin-sha256"), m_dovecot.fingerprint,
                 QStringLiteral("--after-ingest"), QStringLiteral("flag:Kopii")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("Філія")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("IDLE")));
        QVERIFY(r.out.contains(m_dovecot.fingerprint));

        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Паспорт"), "%PDF-w1", "sig-w1"), {}, "A <a@example.com>", "<w1@x>")));
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Довідка"), "%PDF-w2", "sig-w2"), {}, "B <b@example.com>", "<w2@x>")));
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--drop-folder"),
                 m_dir.filePath(QStringLiteral("drop"))});
        QVERIFY2(r.out.contains(QStringLiteral("stored 2")), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Філія")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("new 0")), qPrintable(r.out));

        const QJsonArray inbox =
            QJsonDocument::fromJson(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(inbox.size(), 2);
        QCOMPARE(inbox.first().toObject().value(QStringLiteral("source")).toString(), QStringLiteral("mailbox"));
        const QJsonArray boxes =
            QJsonDocument::fromJson(
                cli({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first().toObject().value(QStringLiteral("lastUid")).toInt(), 2);
        QVERIFY(boxes.first().toObject().value(QStringLiteral("lastError")).toString().isEmpty());

        // A wrong password file: the server's refusal is reported, exit 1.
        QFile bad(m_dir.filePath(QStringLiteral("bad")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("nope\n");
        bad.close();
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Філія"),
                 QStringLiteral("--password-file"), bad.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused the login")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("nope"))); // the password never shows
    }

    // kopii-cli watch keeps running: a delivered message is stored within seconds (IDLE), and
    // SIGTERM ends it cleanly.
    void watchRunsUntilTerminated()
    {
        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(KOPII_CLI),
                    {QStringLiteral("--workspace"), m_ws, QStringLiteral("watch"), QStringLiteral("--drop-folder"),
                     m_dir.filePath(QStringLiteral("drop2"))});
        QVERIFY(watch.waitForStarted());
        QString out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                watch.waitForReadyRead(100);
                out += QString::fromUtf8(watch.readAllStandardOutput());
                return out.contains(QStringLiteral(": idle"));
            },
            30000));
        QElapsedTimer latency;
        latency.start();
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Idle"), "%PDF-idle", "sig-idle"), {}, "I <i@example.com>", "<idle@x>")));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         watch.waitForReadyRead(50);
                         out += QString::fromUtf8(watch.readAllStandardOutput());
                         return out.contains(QStringLiteral("new submission"));
                     },
                     30000),
                 qPrintable(out));
        qInfo("delivery to stored under IDLE: %lld ms", latency.elapsed());
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        out += QString::fromUtf8(watch.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("Stopped.")));
    }

    // kopii-cli watch killed (SIGKILL) at named points of a sync (core/CrashPoint.h) while it
    // takes in 500 messages, 16 to a batch, then run again: every message is stored exactly once,
    // nothing half-stored survives, and the message whose reading was cut off twice is set aside
    // (review finding H6) instead of stopping the mailbox for good. The database is sound.
    void killedAndRestartedStoresEachMessageOnce()
    {
        const QString user = QStringLiteral("kill@example.com");
        DovecotServer server;
        QVERIFY(server.start(m_dir.filePath(QStringLiteral("dovecot-kill")), {user + QStringLiteral(":k")},
                             sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        const int count = 500;
        QByteArray big(128 * 1024, 'p');
        for (int i = 0; i < count; ++i) {
            big.replace(0, 12, QByteArray::number(100000000000LL + i));
            QVERIFY(server.deliver(user,
                                   message(pairOf(QStringLiteral("doc%1").arg(i), "%PDF-" + big, "sig" + QByteArray::number(i)),
                                           {}, "K <k@example.com>", "<kill-" + QByteArray::number(i) + "@x>")));
        }
        const QString saved = m_ws;
        QVERIFY(mailboxOn(server, QStringLiteral("Kill"), user, "k"));
        const QString ws = m_ws;
        auto stored = [&ws]() {
            QProcess sql;
            sql.start(QStringLiteral("sqlite3"),
                      {ws + QStringLiteral("/kopii.db"), QStringLiteral("SELECT COUNT(*) FROM submission;")});
            sql.waitForFinished(30000);
            return QString::fromUtf8(sql.readAllStandardOutput()).trimmed().toInt();
        };
        // Each round: where the kill lands, and how many submissions are stored after it.
        struct Round
        {
            const char *at;
            int stored;
        };
        const Round rounds[] = {
            {"mail.batch-fetched:1", 0},    // a batch in memory, handed to no one yet
            {"mail.batch-stored:3", 48},    // three batches committed, the server not yet told
            {"mail.message-written:5", 48}, // inside the fourth batch's transaction: rolled back
            {"mail.batch-stored:1", 64},    // the fourth batch, now one message at a time, stored
            {"mail.batch-reading:1", 64},   // the fifth batch's reading cut off...
            {"mail.batch-reading:1", 64},   // ... twice: its first message will be set aside
        };
        for (const Round &round : rounds) {
            QProcess watch;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KOPII_CRASH_AT"), QString::fromLatin1(round.at));
            watch.setProcessEnvironment(env);
            watch.start(QStringLiteral(KOPII_CLI),
                        {QStringLiteral("--workspace"), ws, QStringLiteral("watch"), QStringLiteral("--once"),
                         QStringLiteral("--mailbox"), QStringLiteral("Kill")});
            QVERIFY(watch.waitForStarted());
            QVERIFY(watch.waitForFinished(120000));
            QVERIFY2(watch.exitStatus() == QProcess::CrashExit,
                     qPrintable(QStringLiteral("%1: not killed: %2")
                                    .arg(QLatin1String(round.at), QString::fromUtf8(watch.readAllStandardError()))));
            QCOMPARE(stored(), round.stored);
        }
        const Run last =
            cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Kill")});
        QVERIFY2(last.code == 0, qPrintable(last.err));
        const QJsonArray inbox =
            QJsonDocument::fromJson(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json"),
                                         QStringLiteral("--limit"), QStringLiteral("1000")})
                                        .out.toUtf8())
                .array();
        QCOMPARE(inbox.size(), count);
        QSet<QString> documents;
        QStringList setAside;
        for (const auto &v : inbox) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("status")).toString() == QLatin1String("failed"))
                setAside << s.value(QStringLiteral("failure")).toString();
            else
                documents.insert(
                    s.value(QStringLiteral("documents")).toArray().first().toObject().value(QStringLiteral("pdf")).toString());
        }
        // Message 65, the first of the fifth batch, stopped Kopii twice while it was read.
        QCOMPARE(setAside.size(), 1);
        QVERIFY2(setAside.first().contains(QStringLiteral("stopped twice")) && setAside.first().contains(QStringLiteral("65")),
                 qPrintable(setAside.first()));
        QCOMPARE(documents.size(), count - 1);
        QProcess check;
        check.start(QStringLiteral("sqlite3"), {ws + QStringLiteral("/kopii.db"), QStringLiteral("PRAGMA integrity_check;")});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
        m_ws = saved;
        server.stop();
    }

    // The next batch is read while one is written, before it has a note of its own. Kopii stopped
    // there (the reading crashed, say) has stored the batch being written, or nothing of it; the
    // next run stores every message exactly once.
    void killedWhileReadingAheadStoresEachMessageOnce()
    {
        const QString user = QStringLiteral("ahead@example.com");
        DovecotServer server;
        QVERIFY(server.start(m_dir.filePath(QStringLiteral("dovecot-ahead")), {user + QStringLiteral(":a")},
                             sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        const int count = 40; // three batches
        for (int i = 0; i < count; ++i)
            QVERIFY(server.deliver(user,
                                   message(pairOf(QStringLiteral("ahead%1").arg(i), "%PDF-ahead " + QByteArray::number(i),
                                                  "sig" + QByteArray::number(i)),
                                           {}, "A <a@example.com>", "<ahead-" + QByteArray::number(i) + "@x>")));
        const QString saved = m_ws;
        QVERIFY(mailboxOn(server, QStringLiteral("Ahead"), user, "a"));
        const QString ws = m_ws;
        const QStringList watch{QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"),
                                QStringLiteral("Ahead")};
        QProcess killed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_CRASH_AT"), QStringLiteral("mail.read-ahead:1"));
        killed.setProcessEnvironment(env);
        killed.start(QStringLiteral(KOPII_CLI), QStringList{QStringLiteral("--workspace"), ws} + watch);
        QVERIFY(killed.waitForFinished(120000));
        // The second batch is normally in before the first one's reading ends (the store opens its
        // connection and notes the attempt first); if the network was slower this once, nothing was
        // read ahead and there was nothing to stop.
        if (killed.exitStatus() != QProcess::CrashExit)
            QSKIP("the second batch arrived after the first was read: nothing was read ahead this time");
        const auto listed = [this] {
            return QJsonDocument::fromJson(
                       cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        };
        // Whole batches (16 messages each) before the one read ahead, never part of one.
        const qsizetype before = listed().size();
        QVERIFY2(before % 16 == 0 && before < count, qPrintable(QString::number(before)));
        QCOMPARE(cli(watch).code, 0);
        const QJsonArray inbox = listed();
        QCOMPARE(inbox.size(), count);
        QSet<QString> documents;
        for (const auto &v : inbox) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
            documents.insert(v.toObject()
                                 .value(QStringLiteral("documents"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("pdf"))
                                 .toString());
        }
        QCOMPARE(documents.size(), count);
        m_ws = saved;
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliMailbox)
#include "tst_cli_mailbox.moc"
