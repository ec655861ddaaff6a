// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a real Dovecot on loopback: TLS, STARTTLS, pinning, new messages only,
// never marked read, stored once, after-ingest actions, UIDVALIDITY change.
#include "CryptoTestUtil.h"
#include "TestTrust.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/TrustStore.h"
#include "mail/MailboxSql.h"
#include "inbox/SubmissionSql.h"
#include "DovecotServer.h"
#include "mail/ImapSession.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "mail/MailboxSync.h"
#include "core/AccessGuard.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "mail/Watcher.h"
#include "core/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestMailboxSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AccessGuard> m_lastGuard;
    // A guard for one call (an unclaimed workspace: no login needed).
    AccessGuard &guardOnce()
    {
        m_lastGuard = std::make_unique<AccessGuard>(m_ws->session(), QStringLiteral("t"));
        return *m_lastGuard;
    }
    int m_counter = 0;
    const QString m_user = QStringLiteral("centr@example.com");
    const QString m_password = QStringLiteral("secret-1");

    Mailbox mailbox(Mailbox::Security security = Mailbox::Security::Tls)
    {
        Mailbox m;
        m.name = QStringLiteral("Центр %1").arg(++m_counter);
        m.host = QStringLiteral("127.0.0.1");
        m.security = security;
        m.port = security == Mailbox::Security::Tls ? m_dovecot.imapsPort : m_dovecot.imapPort;
        m.user = m_user;
        m.pinSha256 = m_dovecot.fingerprint;
        return m;
    }

    Mailbox added(Mailbox m)
    {
        AccessGuard guard(m_ws->session(), QStringLiteral("test"));
        const auto id = MailboxRules(guard).addMailbox(m);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *MailboxRules(guard).findMailbox(QString::number(*id));
    }

    MailboxSync::Report sync(const Mailbox &m, const QString &password = QString(), bool testOnly = false)
    {
        const auto current = MailboxRules(guardOnce()).findMailbox(QString::number(m.id));
        MailboxSync s(m_ws->session(), *current, share(Secret::fromString(password.isEmpty() ? m_password : password)));
        if (testOnly)
            s.testOnly();
        QSignalSpy done(&s, &MailboxSync::finished);
        s.start();
        if (!done.wait(60000))
            qFatal("sync did not finish");
        return s.report();
    }

    // FLAGS of every message in INBOX, through a session of our own.
    QStringList flags()
    {
        ImapSession session;
        QStringList out;
        bool finished = false;
        QObject::connect(&session, &ImapSession::failed, [&](const Error &) { finished = true; });
        QObject::connect(&session, &ImapSession::ready, [&] {
            session.login(m_user, Secret::fromString(m_password), [&](const ImapResponse &, const QList<ImapResponse> &) {
                session.command("EXAMINE INBOX", [&](const ImapResponse &, const QList<ImapResponse> &) {
                    session.command("FETCH 1:* (FLAGS)", [&](const ImapResponse &, const QList<ImapResponse> &untagged) {
                        for (const ImapResponse &r : untagged)
                            if (r.status == "FETCH") {
                                QStringList f;
                                for (const ImapValue &v : r.values.first().find("FLAGS")->list)
                                    f << QString::fromLatin1(v.bytes());
                                out << f.join(QLatin1Char(' '));
                            }
                        finished = true;
                    });
                });
            });
        });
        session.open(
            {QStringLiteral("127.0.0.1"), m_dovecot.imapsPort, Mailbox::Security::Tls, QString(), m_dovecot.fingerprint});
        if (!QTest::qWaitFor([&] { return finished; }, 20000))
            qWarning("listing the flags timed out");
        session.close();
        return out;
    }

    void resetMail()
    {
        // A fresh maildir: delete everything through IMAP.
        ImapSession session;
        bool finished = false;
        QObject::connect(&session, &ImapSession::ready, [&] {
            session.login(m_user, Secret::fromString(m_password), [&](const ImapResponse &, const QList<ImapResponse> &) {
                session.command("SELECT INBOX", [&](const ImapResponse &, const QList<ImapResponse> &untagged) {
                    bool empty = true;
                    for (const ImapResponse &r : untagged)
                        if (r.status == "EXISTS" && r.number > 0)
                            empty = false;
                    if (empty) {
                        finished = true;
                        return;
                    }
                    session.command(
                        "STORE 1:* +FLAGS.SILENT (\\Deleted)", [&](const ImapResponse &, const QList<ImapResponse> &) {
                            session.command("EXPUNGE",
                                            [&](const ImapResponse &, const QList<ImapResponse> &) { finished = true; });
                        });
                });
            });
        });
        QObject::connect(&session, &ImapSession::failed, [&](const Error &) { finished = true; });
        session.open(
            {QStringLiteral("127.0.0.1"), m_dovecot.imapsPort, Mailbox::Security::Tls, QString(), m_dovecot.fingerprint});
        if (!QTest::qWaitFor([&] { return finished; }, 20000))
            qWarning("emptying the mailbox timed out");
        session.close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dovecot.start(m_dir.filePath(QStringLiteral("dovecot")), {m_user + QLatin1Char(':') + m_password},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
    }
    void cleanupTestCase() { m_dovecot.stop(); }

    void init()
    {
        m_ws.reset();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
        QVERIFY(OrganizationRules(guardOnce()).addBranch(validBranch(QStringLiteral("Центр"), m_user)));
        resetMail();
    }

    void newMessagesOnlyNeverMarkedRead()
    {
        const Mailbox m = added(mailbox());
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Паспорт"), "%PDF-1", "sig-1"), {}, "Ivan <ivan@example.com>", "<a1@x>")));
        QVERIFY(m_dovecot.deliver(m_user, "From: spam@example.net\r\nSubject: offer\r\nMessage-ID: <s@x>\r\n\r\nbuy now\r\n"));
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Довідка"), "%PDF-2", "sig-2"), {}, "Olena <o@example.com>", "<a2@x>")));

        auto r = sync(m);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.newMessages, 3);
        QCOMPARE(r.candidates, 2);
        QCOMPARE(r.stored, 2);
        QVERIFY(r.capabilities.contains(QStringLiteral("IDLE")));
        const auto list = SubmissionSql(m_ws->session()).submissions(10);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().branchId, 1);
        QCOMPARE(list->first().source, QStringLiteral("mailbox"));
        // BODY.PEEK[]: nothing became \Seen.
        for (const QString &f : flags())
            QVERIFY2(!f.contains(QStringLiteral("\\Seen")), qPrintable(f));
        const Mailbox state = *MailboxRules(guardOnce()).findMailbox(QString::number(m.id));
        QCOMPARE(state.lastUid, 3);
        QVERIFY(state.lastError.isEmpty());

        // Again: nothing new. Then one more message: only it.
        r = sync(m);
        QCOMPARE(r.newMessages, 0);
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Третій"), "%PDF-3", "sig-3"), {}, "P <p@example.com>", "<a3@x>")));
        r = sync(m);
        QCOMPARE(r.newMessages, 1);
        QCOMPARE(r.stored, 1);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 3);
    }

    // Each stored batch is verified while the sync goes on, and the pass ends only when the last
    // check is saved: a genuine signature Valid, a broken one Invalid, none left unchecked.
    void documentsAreVerifiedAlongside()
    {
        TrustStore trust(m_ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const Mailbox m = added(mailbox());
        for (int i = 0; i < 3; ++i) {
            const QByteArray pdf = "%PDF-1.7 genuine " + QByteArray::number(i);
            const auto p7s = Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
            QVERIFY(p7s);
            QVERIFY(m_dovecot.deliver(m_user,
                                      message(pairOf(QStringLiteral("Паспорт-%1").arg(i), pdf, *p7s), {},
                                              "Ivan <ivan@example.com>", "<v" + QByteArray::number(i) + "@x>")));
        }
        const QByteArray signedPdf = "%PDF-1.7 what was signed";
        const auto other = Cades::sign(**signer, signedPdf, {false, QDateTime::currentDateTimeUtc()});
        QVERIFY(other);
        QVERIFY(m_dovecot.deliver(m_user,
                                  message(pairOf(QStringLiteral("Підмінений"), "%PDF-1.7 something else", *other), {},
                                          "Mallory <m@example.com>", "<forged@x>")));

        MailboxSync s(m_ws->session(), m, share(Secret::fromString(m_password)));
        s.verifyAlongside(&trust);
        bool finished = false;
        int verifiedWhenFinished = -1;
        connect(&s, &MailboxSync::finished, this, [&] {
            finished = true;
            verifiedWhenFinished = s.report().verified;
        });
        s.start();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QVERIFY2(s.report().error.isEmpty(), qPrintable(s.report().error));
        QCOMPARE(s.report().stored, 4);
        QCOMPARE(verifiedWhenFinished, 4);
        const auto pending = SubmissionSql(m_ws->session()).documentsToVerify(trust.version(), 100);
        QVERIFY(pending && pending->isEmpty());
        QStringList verdicts;
        for (const Submission &sub : *SubmissionSql(m_ws->session()).querySubmissions(SubmissionQuery{}, 0, 10))
            for (const DocumentCopy &d : sub.documents)
                verdicts << (d.verification ? d.verification->verdict : QStringLiteral("none"));
        verdicts.sort();
        QCOMPARE(
            verdicts,
            (QStringList{QStringLiteral("invalid"), QStringLiteral("valid"), QStringLiteral("valid"), QStringLiteral("valid")}));
    }

    void uidValidityChangeRescansWithoutDuplicates()
    {
        const Mailbox m = added(mailbox());
        QVERIFY(m_dovecot.deliver(m_user,
                                  message(pairOf(QStringLiteral("a"), "%PDF-a", "sig-a"), {}, "A <a@example.com>", "<v1@x>")));
        QCOMPARE(sync(m).stored, 1);
        // The server's folder was recreated (as UIDVALIDITY says): a full rescan finds the same message.
        QVERIFY(MailboxSql(m_ws->session()).saveMailboxState(m.id, 12345, 99, QDateTime::currentDateTimeUtc(), QString()));
        const auto r = sync(m);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored, 0);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 1);
    }

    void afterIngestMoveAndFlag()
    {
        Mailbox moving = mailbox();
        moving.afterIngest = QStringLiteral("move:Processed");
        const Mailbox m = added(moving);
        QVERIFY(m_dovecot.deliver(m_user,
                                  message(pairOf(QStringLiteral("m"), "%PDF-m", "sig-m"), {}, "M <m@example.com>", "<mv@x>")));
        QVERIFY(m_dovecot.deliver(m_user, "From: x@example.net\r\nSubject: plain\r\nMessage-ID: <p@x>\r\n\r\ntext\r\n"));
        const auto r = sync(m);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.stored, 1);
        QCOMPARE(flags().size(), 1); // the stored one moved to Processed, the other stays

        resetMail();
        Mailbox flagging = mailbox();
        flagging.afterIngest = QStringLiteral("flag:KopiiStored");
        const Mailbox f = added(flagging);
        QVERIFY(m_dovecot.deliver(m_user,
                                  message(pairOf(QStringLiteral("f"), "%PDF-f", "sig-f"), {}, "F <f@example.com>", "<fl@x>")));
        QVERIFY(sync(f).error.isEmpty());
        const QStringList all = flags();
        QCOMPARE(all.size(), 1);
        QVERIFY2(all.first().contains(QStringLiteral("KopiiStored")), qPrintable(all.first()));
        QVERIFY(!all.first().contains(QStringLiteral("\\Seen")));
    }

    void securityModesAndRefusals()
    {
        // STARTTLS with the server's certificate as the CA file (no pin).
        Mailbox starttls = mailbox(Mailbox::Security::StartTls);
        starttls.pinSha256.clear();
        starttls.caFile = m_dovecot.certFile;
        auto r = sync(added(starttls), QString(), true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.fingerprint, m_dovecot.fingerprint);

        // Plain IMAP to loopback.
        Mailbox plain = mailbox(Mailbox::Security::None);
        plain.pinSha256.clear();
        r = sync(added(plain), QString(), true);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        // A self-signed certificate nobody pinned: refused, and the fingerprint is shown.
        Mailbox unpinned = mailbox();
        unpinned.pinSha256.clear();
        r = sync(added(unpinned), QString(), true);
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(r.error.contains(m_dovecot.fingerprint), qPrintable(r.error));
        QCOMPARE(r.untrustedFingerprint, m_dovecot.fingerprint); // the offer to pin, typed

        // A pin that does not match: refused, and nothing to offer (the user pinned another).
        Mailbox wrongPin = mailbox();
        wrongPin.pinSha256 = QString(64, QLatin1Char('a'));
        r = sync(added(wrongPin), QString(), true);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.untrustedFingerprint.isEmpty());

        // A wrong password: the server's refusal, and the state says so.
        const Mailbox m = added(mailbox());
        r = sync(m, QStringLiteral("wrong"), true);
        QVERIFY2(r.error.contains(QStringLiteral("refused the login")), qPrintable(r.error));
        // The server's own words are the technical cause, beside the sentence, not inside it;
        // the mailbox's last error keeps both.
        QVERIFY2(!r.errorCause.isEmpty() && !r.error.contains(r.errorCause), qPrintable(r.errorCause));
        const QString lastError = MailboxRules(guardOnce()).findMailbox(QString::number(m.id))->lastError;
        QVERIFY2(lastError.contains(r.error) && lastError.contains(r.errorCause), qPrintable(lastError));

        // Nothing listens there.
        Mailbox closed = mailbox();
        closed.port = DovecotServer::freePort();
        r = sync(added(closed), QString(), true);
        QVERIFY2(r.error.contains(QStringLiteral("could not connect")), qPrintable(r.error));
        QVERIFY(!r.errorCause.isEmpty()); // the socket's own words, e.g. "Connection refused"
    }

    // The server restarts while Kopii idles: the watcher reconnects after its back-off and takes
    // in what arrived meanwhile, once.
    void watcherReconnectsAfterAServerRestart()
    {
        const Mailbox m = added(mailbox());
        Ingestor ingestor(m_ws->session());
        Watcher watcher(m_ws->session(), ingestor,
                        [this](const Mailbox &) -> Result<SharedSecret> { return share(Secret::fromString(m_password)); });
        QStringList statuses;
        connect(&watcher, &Watcher::status, this, [&statuses](qint64, const QString &text) { statuses << text; });
        watcher.start({m});
        QTRY_VERIFY_WITH_TIMEOUT(statuses.contains(QStringLiteral("idle")), 20000);
        m_dovecot.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!statuses.filter(QStringLiteral("retry in")).isEmpty(), 60000);
        QVERIFY(m_dovecot.restart());
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("r"), "%PDF-r", "sig-r"), {}, "R <r@example.com>", "<restart@x>")));
        QTRY_VERIFY_WITH_TIMEOUT(SubmissionSql(m_ws->session()).submissions(10)->size() == 1, 60000);
        watcher.stop();
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 1);
    }

    void registryChecksMailboxes()
    {
        AccessGuard guard(m_ws->session(), QStringLiteral("t"));
        Mailbox remotePlain = mailbox(Mailbox::Security::None);
        remotePlain.host = QStringLiteral("imap.example.com");
        QCOMPARE(MailboxRules(guard).addMailbox(remotePlain).error().code, Error::Code::Validation);
        Mailbox badPin = mailbox();
        badPin.pinSha256 = QStringLiteral("1234");
        QVERIFY(!MailboxRules(guard).addMailbox(badPin));
        Mailbox badAction = mailbox();
        badAction.afterIngest = QStringLiteral("delete");
        QVERIFY(!MailboxRules(guard).addMailbox(badAction));
        // L9: what would change the IMAP command is refused: a system flag, a keyword with a
        // parenthesis or a line break (a second command), a folder with a line break.
        for (const char *action : {"flag:\\Deleted", "flag:Kopii) \\Deleted", "flag:a\r\nA9 DELETE INBOX", "flag:", "flag:Ключ",
                                   "move:", "move:Done\r\nA9 LOGOUT"}) {
            badAction.afterIngest = QString::fromUtf8(action);
            QVERIFY2(!MailboxRules(guard).addMailbox(badAction), action);
        }
        for (const char *action : {"flag:$KopiiStored", "flag:Kopii-1.2", "move:Опрацьовано/2026", "move:[Gmail]/All Mail"}) {
            QVERIFY2(isAfterIngestAction(QString::fromUtf8(action)), action);
        }
        Mailbox badFolder = mailbox();
        badFolder.folder = QStringLiteral("INBOX\r\nA9 LOGOUT");
        QVERIFY(!MailboxRules(guard).addMailbox(badFolder));
        Mailbox ok = mailbox();
        QVERIFY(MailboxRules(guard).addMailbox(ok));
        QCOMPARE(MailboxRules(guard).addMailbox(ok).error().code, Error::Code::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestMailboxSync)
#include "tst_mailbox_sync.moc"
