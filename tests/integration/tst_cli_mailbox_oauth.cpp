// SPDX-License-Identifier: GPL-3.0-or-later
// A mailbox that signs in with OAuth 2.0, through kopii-cli, against the test identity provider
// (kopii-test-idp, refresh tokens rotated on every use) and a Dovecot that validates its JWTs:
// added with the device code (the test approving as the person would), watched, withdrawn at the
// provider ("sign in again", no mail lost), signed in again, and watched on without a message
// stored twice; the watcher service refreshes an access token that ended while it was idle.
#include "CliRun.h"
#include "CryptoTestUtil.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "TestIdp.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliMailboxOAuth : public QObject
{
    Q_OBJECT

    using Run = kopii::test::CliRun;

    QTemporaryDir m_dir;
    QString m_ws;
    TestIdp m_idp;
    DovecotServer m_dovecot;
    QString m_providerFile;
    QString m_tokenFile;
    const QString m_user = QStringLiteral("centr@example.com");

    Run cli(const QStringList &args) { return runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }

    QStringList mailboxArgs(const QString &name, const QString &tokenFile) const
    {
        return {QStringLiteral("mailbox"),      QStringLiteral("add"),
                QStringLiteral("--name"),       name,
                QStringLiteral("--host"),       QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),       QString::number(m_dovecot.imapsPort),
                QStringLiteral("--user"),       m_user,
                QStringLiteral("--pin-sha256"), m_dovecot.fingerprint,
                QStringLiteral("--auth"),       QStringLiteral("oauth2"),
                QStringLiteral("--provider"),   m_providerFile,
                QStringLiteral("--token-file"), tokenFile};
    }

    // Runs kopii-cli with `args` while the test acts as the person: it reads the code Kopii prints
    // and approves it (or refuses it) at the provider.
    Run withDeviceCode(const QStringList &args, bool approve = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KOPII_CLI), QStringList{QStringLiteral("--workspace"), m_ws} + args);
        QString out;
        static const QRegularExpression code(QStringLiteral("enter the code (\\S+) "));
        QString userCode;
        const bool shown = QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                out += QString::fromUtf8(p.readAllStandardOutput());
                userCode = code.match(out).captured(1);
                return !userCode.isEmpty() || p.state() == QProcess::NotRunning;
            },
            30000);
        if (shown && !userCode.isEmpty())
            m_idp.approve(userCode, !approve);
        if (!p.waitForFinished(60000))
            return {};
        out += QString::fromUtf8(p.readAllStandardOutput());
        return {p.exitCode(), out, QString::fromUtf8(p.readAllStandardError())};
    }

    QByteArray tokenFileContent() const
    {
        QFile f(m_tokenFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }

    int inboxSize()
    {
        return int(
            QJsonDocument::fromJson(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array()
                .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start(m_dir.path(), {QStringLiteral("--rotate"), QStringLiteral("--user"), m_user}));
        const QString dovecot = m_dir.filePath(QStringLiteral("dovecot"));
        QVERIFY(QDir().mkpath(dovecot));
        QVERIFY(QFile::copy(m_idp.keyPath, dovecot + QStringLiteral("/oauth2-key.pem")));
        QVERIFY(m_dovecot.start(dovecot, {m_user + QStringLiteral(":not-used")},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        m_providerFile = m_dir.filePath(QStringLiteral("test-idp.json"));
        QFile f(m_providerFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(m_idp.provider()).toJson());
        f.close();
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        m_tokenFile = m_dir.filePath(QStringLiteral("centr.token"));
    }

    void badInputIsExplained()
    {
        Run r = cli(QStringList{mailboxArgs(QStringLiteral("X"), m_dir.filePath(QStringLiteral("x.token")))}.replaceInStrings(
            m_providerFile, QStringLiteral("yahoo")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("google, microsoft")), qPrintable(r.err));
        r = cli(QStringList{mailboxArgs(QStringLiteral("X"), m_dir.filePath(QStringLiteral("x.token")))}.replaceInStrings(
            m_providerFile, QStringLiteral("google")));
        QCOMPARE(r.code, 2); // usage: the organisation's client id is needed
        QVERIFY2(r.err.contains(QStringLiteral("--client-id")), qPrintable(r.err));
        // From the address: the provider's settings, or why there are none.
        r = cli(
            {QStringLiteral("mailbox"), QStringLiteral("preset"), QStringLiteral("school@gmail.com"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("host")).toString(), QStringLiteral("imap.gmail.com"));
        QCOMPARE(r.json().value(QStringLiteral("auth")).toString(), QStringLiteral("google"));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("school@i.ua")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("forward")), qPrintable(r.err));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("school@gmail.com"),
                 QStringLiteral("--token-file"), m_dir.filePath(QStringLiteral("g.token"))});
        QCOMPARE(r.code, 2); // Google: the organisation's client id is needed
        QVERIFY2(r.err.contains(QStringLiteral("--client-id")), qPrintable(r.err));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("preset"), QStringLiteral("not an address")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("name@example.ua")), qPrintable(r.err));
        // A provider given by its issuer's address (OpenID Connect Discovery), refused at the provider.
        r = withDeviceCode(
            QStringList{mailboxArgs(QStringLiteral("X"), m_dir.filePath(QStringLiteral("x.token")))}.replaceInStrings(
                m_providerFile, m_idp.base())
                << QStringLiteral("--client-id") << QStringLiteral("kopii-test"),
            false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        // Refused at the provider: no mailbox, no token file.
        r = withDeviceCode(mailboxArgs(QStringLiteral("X"), m_dir.filePath(QStringLiteral("x.token"))), false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.token"))));
        QVERIFY(!cli({QStringLiteral("mailbox"), QStringLiteral("list")}).out.contains(QStringLiteral("X  ")));
    }

    void addedWatchedWithdrawnAndSignedInAgain()
    {
        // Added with the device code.
        Run r = withDeviceCode(mailboxArgs(QStringLiteral("Центр"), m_tokenFile));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signed in with Test IdP")));
        const QByteArray first = tokenFileContent();
        QVERIFY(!first.isEmpty());
        QCOMPARE(QFileInfo(m_tokenFile).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!r.out.contains(QString::fromLatin1(first)) && !r.err.contains(QString::fromLatin1(first)));
        const QJsonArray boxes =
            QJsonDocument::fromJson(
                cli({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(boxes.first().toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("oauth2"));

        // Watched: signs in with a fresh access token; the rotated refresh token is kept.
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Паспорт"), "%PDF-o1", "sig-o1"), {}, "A <a@example.com>", "<o1@x>")));
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Довідка"), "%PDF-o2", "sig-o2"), {}, "B <b@example.com>", "<o2@x>")));
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Центр")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("stored 2")), qPrintable(r.out));
        const QByteArray second = tokenFileContent();
        QVERIFY(!second.isEmpty() && second != first);
        // No token in the workspace.
        QFile db(m_ws + QStringLiteral("/kopii.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains(first) && !bytes.contains(second));
        db.close();

        // The person withdraws the permission: "sign in again"; the mail that comes meanwhile waits.
        QCOMPARE(m_idp.revokeAll(), 200);
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Диплом"), "%PDF-o3", "sig-o3"), {}, "C <c@example.com>", "<o3@x>")));
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Центр")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Sign in to the mailbox again")), qPrintable(r.err));
        QCOMPARE(inboxSize(), 2);

        // Signed in again: the sync goes on from where it stopped, nothing twice.
        r = withDeviceCode({QStringLiteral("mailbox"), QStringLiteral("sign-in"), QStringLiteral("Центр")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("Центр")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("new 1")) && r.out.contains(QStringLiteral("stored 1")), qPrintable(r.out));
        QCOMPARE(inboxSize(), 3);

        // Removed: the provider is told to forget the permission, and the token file goes.
        const int revocations = int(m_idp.requests().count(QStringLiteral("request POST /revoke")));
        r = cli({QStringLiteral("mailbox"), QStringLiteral("remove"), QStringLiteral("Центр")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_idp.requests().count(QStringLiteral("request POST /revoke")), revocations + 1);
        QVERIFY(!QFile::exists(m_tokenFile));
        QCOMPARE(inboxSize(), 3); // the copies stay
    }

    // The watcher service holds an IDLE connection; its access token ends and the connection
    // drops (here: the server restarts). It refreshes the token, signs in again and takes in
    // what came meanwhile, once.
    void anEndedTokenIsRefreshedAndTheWatcherResumes()
    {
        TestIdp shortLived;
        QTemporaryDir dir;
        QVERIFY(
            shortLived.start(dir.path(), {QStringLiteral("--user"), m_user, QStringLiteral("--lifetime"), QStringLiteral("61")}));
        // The server now trusts this provider's key (the start script installs it on restart).
        const QString key = m_dir.filePath(QStringLiteral("dovecot/oauth2-key.pem"));
        QFile::remove(key);
        QVERIFY(QFile::copy(shortLived.keyPath, key));
        QVERIFY(m_dovecot.restart());
        m_providerFile = m_dir.filePath(QStringLiteral("short.json"));
        QFile f(m_providerFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(shortLived.provider()).toJson());
        f.close();
        m_ws = m_dir.filePath(QStringLiteral("ws-idle"));
        m_tokenFile = m_dir.filePath(QStringLiteral("idle.token"));
        QProcess add;
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
            add.setProcessEnvironment(env);
        }
        add.start(QStringLiteral(KOPII_CLI),
                  QStringList{QStringLiteral("--workspace"), m_ws} + mailboxArgs(QStringLiteral("Idle"), m_tokenFile));
        QString out;
        static const QRegularExpression code(QStringLiteral("enter the code (\\S+) "));
        QVERIFY(QTest::qWaitFor(
            [&] {
                add.waitForReadyRead(100);
                out += QString::fromUtf8(add.readAllStandardOutput());
                return code.match(out).hasMatch();
            },
            30000));
        QCOMPARE(shortLived.approve(code.match(out).captured(1)), 200);
        QVERIFY(add.waitForFinished(60000));
        QCOMPARE(add.exitCode(), 0);

        // Something for the first pass, whatever the tests before left in the mailbox.
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Before"), "%PDF-o0", "sig-o0"), {}, "E <e@example.com>", "<o0@x>")));
        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(KOPII_CLI),
                    {QStringLiteral("--workspace"), m_ws, QStringLiteral("watch"), QStringLiteral("--mailbox"),
                     QStringLiteral("Idle"), QStringLiteral("--drop-folder"), dir.filePath(QStringLiteral("drop"))});
        QString log;
        auto waitFor = [&](const QString &text, int count) {
            return QTest::qWaitFor(
                [&] {
                    watch.waitForReadyRead(100);
                    log += QString::fromUtf8(watch.readAllStandardOutput()) + QString::fromUtf8(watch.readAllStandardError());
                    return log.count(text) >= count;
                },
                60000);
        };
        QVERIFY2(waitFor(QStringLiteral(": idle"), 1) && log.count(QStringLiteral("new submission")) == 1, qPrintable(log));
        const int refreshesBefore = int(shortLived.requests().count(QStringLiteral("request POST /token")));
        // The access token (61 s, used until a minute before its end) has ended by the time the
        // server drops the connection (as a server does when a session's token ends).
        QCOMPARE(QProcess::execute(QStringLiteral("doveadm"),
                                   {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("dovecot/dovecot.conf")),
                                    QStringLiteral("kick"), m_user}),
                 0);
        QVERIFY2(waitFor(QStringLiteral(": connecting"), 2), qPrintable(log));
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Idle"), "%PDF-o4", "sig-o4"), {}, "D <d@example.com>", "<o4@x>")));
        // The first pass took in what the mailbox already had; this is the second.
        QVERIFY2(waitFor(QStringLiteral("new submission"), 2), qPrintable(log));
        QVERIFY2(shortLived.requests().count(QStringLiteral("request POST /token")) > refreshesBefore,
                 qPrintable(shortLived.requests().join(QLatin1Char('\n')) + QLatin1Char('\n') + log));
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        const QJsonArray inbox =
            QJsonDocument::fromJson(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QSet<QString> senders; // each message of the test has a sender of its own
        for (const QJsonValue &v : inbox)
            senders.insert(v.toObject().value(QStringLiteral("sender")).toString());
        QCOMPARE(senders.size(), inbox.size()); // none twice
        QVERIFY2(senders.contains(QStringLiteral("d@example.com")),
                 qPrintable(QStringList(senders.values()).join(QLatin1Char(','))));
    }
};

QTEST_GUILESS_MAIN(TestCliMailboxOAuth)
#include "tst_cli_mailbox_oauth.moc"
