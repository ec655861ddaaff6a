// SPDX-License-Identifier: GPL-3.0-or-later
// Byte-exact IMAP dialogues (#17 change 9): what the sync sends, command by command, pinned
// against scripted servers (ImapScript.h). A change to a command the sync sends fails here with
// the line expected and the line sent, so that it is made on purpose. What each scenario pins:
// the sign-in, SELECT, the search from the last UID on, the structure pass before the bodies,
// BODY.PEEK (never marking the message read), and the after-ingest action: UID MOVE where the
// server has MOVE; UID COPY, UID STORE \Deleted and UID EXPUNGE (only those UIDs) with UIDPLUS;
// and with neither, COPY and \Deleted left for the server's own expunge (never a bare EXPUNGE,
// which would also remove what other desks had marked); IDLE ended with DONE when mail arrives.
#include "ImapScript.h"
#include "MailSamples.h"
#include "TestUtil.h"
#include "core/AccessGuard.h"
#include "core/Workspace.h"
#include "inbox/SubmissionSql.h"
#include "mail/Ingestor.h"
#include "mail/MailboxRules.h"
#include "mail/MailboxSync.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray structure()
{
    return "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 2 1 NIL NIL NIL NIL)"
           "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 8 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL "
           "NIL)"
           " \"mixed\" (\"boundary\" \"b\") NIL NIL NIL)";
}

QByteArray mail(int i)
{
    return message(pairOf(QStringLiteral("d%1").arg(i), "%PDF-1.4 " + QByteArray::number(i), "sig" + QByteArray::number(i)), {},
                   "V <v@example.com>", "<scenario" + QByteArray::number(i) + "@x>");
}

// The steps every pass begins with: sign-in with SASL-IR ("\0u\0p"), the capabilities, SELECT.
QList<ImapScript::Step> signInAndSelect(const QByteArray &capabilities, int exists)
{
    return {
        {"<T> AUTHENTICATE PLAIN AHUAcA==", "<T> OK logged in\r\n"},
        {"<T> CAPABILITY", "* CAPABILITY " + capabilities + "\r\n<T> OK done\r\n"},
        {"<T> SELECT \"INBOX\"",
         "* " + QByteArray::number(exists) + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n<T> OK [READ-WRITE] selected\r\n"},
    };
}

// Search from `from`, the structure of `uid`, then its body.
QList<ImapScript::Step> takeOne(qint64 from, qint64 uid, const QByteArray &raw)
{
    const QByteArray u = QByteArray::number(uid);
    return {
        {"<T> UID SEARCH UID " + QByteArray::number(from) + ":*", "* SEARCH " + u + "\r\n<T> OK search\r\n"},
        {"<T> UID FETCH " + u + " (UID RFC822.SIZE BODYSTRUCTURE)",
         "* 1 FETCH (UID " + u + " RFC822.SIZE " + QByteArray::number(raw.size()) + " BODYSTRUCTURE " + structure()
             + ")\r\n<T> OK fetched\r\n"},
        {"<T> UID FETCH " + u + " (UID BODY.PEEK[])",
         "* 1 FETCH (UID " + u + " BODY[] " + ImapScript::literal(raw) + ")\r\n<T> OK fetched\r\n"},
    };
}

const QList<ImapScript::Step> kLogout = {{"<T> LOGOUT", "* BYE see you\r\n<T> OK logout\r\n"}};

} // namespace

class TestImapScenarios : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;

    Mailbox added(int port, const QString &afterIngest)
    {
        Mailbox m;
        m.name = QStringLiteral("scripted");
        m.host = QStringLiteral("127.0.0.1");
        m.port = port;
        m.security = Mailbox::Security::None;
        m.user = QStringLiteral("u");
        m.afterIngest = afterIngest;
        AccessGuard guard(m_ws->session(), QStringLiteral("t"));
        const auto id = MailboxRules(guard).addMailbox(m);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *MailboxRules(guard).findMailbox(QString::number(*id));
    }

    // One pass against the script; or, with `stopAt`, a watch stopped once that many steps ran.
    void play(ImapScript &script, const QString &afterIngest, int stopAt = -1)
    {
        MailboxSync sync(m_ws->session(), added(script.port(), afterIngest), share(Secret::fromString(QStringLiteral("p"))));
        const bool idle = stopAt >= 0;
        if (idle)
            sync.keepWatching();
        QSignalSpy finished(&sync, &MailboxSync::finished);
        sync.start();
        if (idle) {
            QTRY_VERIFY2_WITH_TIMEOUT(script.done == stopAt || !script.failure.isEmpty(),
                                      (script.failure + "\nheard:\n" + script.heard.join('\n')).constData(), 30000);
            sync.stop();
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 || !script.failure.isEmpty(), 30000);
        QVERIFY2(script.failure.isEmpty(), script.failure.constData());
        QCOMPARE(script.done, script.steps.size());
    }

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
    }

    void keepLeavesTheMessageAsItIs()
    {
        ImapScript script("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n",
                          signInAndSelect("IMAP4rev1 AUTH=PLAIN SASL-IR", 1) + takeOne(1, 5, mail(5)) + kLogout);
        play(script, QStringLiteral("keep"));
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 1);
    }

    void moveWhereTheServerHasMove()
    {
        ImapScript script("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS MOVE] ready\r\n",
                          signInAndSelect("IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS MOVE", 1) + takeOne(1, 5, mail(5))
                              + QList<ImapScript::Step>{{"<T> UID MOVE 5 \"Done\"", "<T> OK moved\r\n"}} + kLogout);
        play(script, QStringLiteral("move:Done"));
    }

    void copyDeleteAndExpungeOnlyThoseUidsWithUidplus()
    {
        ImapScript script("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS] ready\r\n",
                          signInAndSelect("IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS", 1) + takeOne(1, 5, mail(5))
                              + QList<ImapScript::Step>{{"<T> UID COPY 5 \"Done\"", "<T> OK [COPYUID 9 5 1] copied\r\n"},
                                                        {"<T> UID STORE 5 +FLAGS.SILENT (\\Deleted)", "<T> OK stored\r\n"},
                                                        {"<T> UID EXPUNGE 5", "* 1 EXPUNGE\r\n<T> OK expunged\r\n"}}
                              + kLogout);
        play(script, QStringLiteral("move:Done"));
    }

    void copyAndDeleteButNoBareExpungeWithoutUidplus()
    {
        ImapScript script("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n",
                          signInAndSelect("IMAP4rev1 AUTH=PLAIN SASL-IR", 1) + takeOne(1, 5, mail(5))
                              + QList<ImapScript::Step>{{"<T> UID COPY 5 \"Done\"", "<T> OK copied\r\n"},
                                                        {"<T> UID STORE 5 +FLAGS.SILENT (\\Deleted)", "<T> OK stored\r\n"}}
                              + kLogout);
        play(script, QStringLiteral("move:Done"));
    }

    void flagWithAKeyword()
    {
        ImapScript script("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n",
                          signInAndSelect("IMAP4rev1 AUTH=PLAIN SASL-IR", 1) + takeOne(1, 5, mail(5))
                              + QList<ImapScript::Step>{{"<T> UID STORE 5 +FLAGS.SILENT (Kopii)", "<T> OK stored\r\n"}}
                              + kLogout);
        play(script, QStringLiteral("flag:Kopii"));
    }

    void idleEndsWithDoneWhenMailArrives()
    {
        const QByteArray caps = "IMAP4rev1 AUTH=PLAIN SASL-IR IDLE";
        ImapScript script(
            "* OK [CAPABILITY " + caps + "] ready\r\n",
            signInAndSelect(caps, 0) // an empty folder: no search, straight to IDLE
                + QList<ImapScript::Step>{{"<T> IDLE", "+ idling\r\n* 1 EXISTS\r\n"}, {"DONE", "<T> OK idle done\r\n"}}
                + takeOne(1, 3, mail(3))
                // Back to IDLE; stopping then closes the connection, sending nothing more.
                + QList<ImapScript::Step>{{"<T> IDLE", "+ idling\r\n"}});
        play(script, QStringLiteral("keep"), int(script.steps.size()));
        QTRY_COMPARE_WITH_TIMEOUT(SubmissionSql(m_ws->session()).submissions(10)->size(), 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestImapScenarios)
#include "tst_imap_scenarios.moc"
