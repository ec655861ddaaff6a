// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/DropFolder.h"
#include "core/AuditLog.h"
#include "inbox/SubmissionSql.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kopii;
using namespace kopii::test;

class TestIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    RecordId m_branch = 0;

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
        AccessGuard guard(m_ws->session(), QStringLiteral("test"));
        const auto id =
            OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Центр"), QStringLiteral("Centr@Example.com")));
        QVERIFY(id);
        m_branch = *id;
    }

    void messageIsStoredOnceAndRouted()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        Ingestor ingestor(m_ws->session(), clock);
        const QByteArray raw = message(pairOf(QStringLiteral("Паспорт"), "%PDF-p", "sig-p"));
        const auto r = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(!r->duplicate && !r->failed);
        QCOMPARE(r->documents, 1);
        const auto stored = SubmissionSql(m_ws->session()).submission(r->id);
        QVERIFY(stored);
        QCOMPARE(stored->branchId, m_branch); // To: centr@example.com, case aside
        QCOMPARE(stored->receivedAt, clock.now());
        QCOMPARE(stored->documents.first().pdf, QByteArray("%PDF-p"));
        QCOMPARE(*SubmissionSql(m_ws->session()).rawMessage(r->id), raw);
        // The audit log says what happened without naming anyone.
        const AuditEntry a = AuditLog(m_ws->session()).entries(1)->first();
        QCOMPARE(a.action, QStringLiteral("submission.receive"));
        QVERIFY(!a.summary.contains(QStringLiteral("ivan")));

        const auto again = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
        QVERIFY(again && again->duplicate);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 1);
    }

    void serviceIsRecognisedFromTheSubject()
    {
        AccessGuard guard(m_ws->session(), QStringLiteral("test"));
        const auto other =
            OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Філія"), QStringLiteral("filia@example.com")));
        QVERIFY(other);
        auto service = [&](const QString &name, RecordId branch) {
            Service s;
            s.name = name;
            s.branchIds = {branch};
            s.documentKinds = {QStringLiteral("passport")};
            const auto id = OrganizationRules(guard).addService(s);
            if (!id)
                qFatal("%s", qPrintable(id.error().message));
            return *id;
        };
        const RecordId reference = service(QStringLiteral("Довідка"), m_branch);
        const RecordId study = service(QStringLiteral("Довідка про навчання"), m_branch);
        service(QStringLiteral("Зарахування до ліцею"), *other);
        Ingestor ingestor(m_ws->session());
        const QByteArray subject = "=?UTF-8?B?" + QStringLiteral("Копії документів").toUtf8().toBase64() + "?=";
        auto ingest = [&](const QString &text, const QByteArray &id) {
            QByteArray raw =
                message(pairOf(QStringLiteral("Паспорт"), "%PDF-p", "sig-p"), QByteArray(), "<ivan@example.com>", id);
            raw.replace(subject, "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=");
            const auto r = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
            if (!r)
                qFatal("%s", qPrintable(r.error().message));
            return SubmissionSql(m_ws->session()).submission(r->id)->serviceId;
        };
        // The longest name found wins, in any case.
        QCOMPARE(ingest(QStringLiteral("Дія: ДОВІДКА ПРО НАВЧАННЯ — копії документів"), "<s1@x>"), study);
        QCOMPARE(ingest(QStringLiteral("Дія: Довідка"), "<s2@x>"), reference);
        // A service of another branch is not this branch's; nothing named: not recognised.
        QCOMPARE(ingest(QStringLiteral("Зарахування до ліцею"), "<s3@x>"), RecordId(0));
        QCOMPARE(ingest(QStringLiteral("Копії документів"), "<s4@x>"), RecordId(0));
    }

    void unreadableAndEmptyMessagesAreKeptAsFailed()
    {
        Ingestor ingestor(m_ws->session());
        const auto empty =
            ingestor.ingestMessage("From: a@example.com\r\nSubject: hi\r\n\r\nNo attachments.", QStringLiteral("ingest"));
        QVERIFY(empty && empty->failed);
        QVERIFY(empty->reason.contains(QStringLiteral("no PDF or P7S")));
        const auto junk = ingestor.ingestMessage(QByteArray("   \r\n "), QStringLiteral("ingest"));
        QVERIFY(junk && junk->failed);
        const auto list = SubmissionSql(m_ws->session()).submissions(10);
        QCOMPARE(list->size(), 2);
        for (const Submission &s : *list)
            QCOMPARE(s.status, Submission::Status::Failed);
        QCOMPARE(*SubmissionSql(m_ws->session()).rawMessage(empty->id),
                 QByteArray("From: a@example.com\r\nSubject: hi\r\n\r\nNo attachments."));
    }

    void dropFolderMovesWhatItStored()
    {
        Ingestor ingestor(m_ws->session());
        const QString drop = m_dir.filePath(QStringLiteral("drop%1").arg(m_counter));
        QVERIFY(QDir().mkpath(drop));
        QVERIFY(write(drop + QStringLiteral("/a.eml"), message(pairOf(QStringLiteral("Довідка"), "%PDF-a", "sig-a"))));
        QVERIFY(write(drop + QStringLiteral("/b.EML"), "From: x@example.com\r\n\r\nnothing"));
        QVERIFY(write(drop + QStringLiteral("/Паспорт.pdf"), "%PDF-loose"));
        QVERIFY(write(drop + QStringLiteral("/Паспорт.pdf.p7s"), "sig-loose"));
        QVERIFY(write(drop + QStringLiteral("/notes.txt"), "not ours"));

        // Files still being written (changed in the last two seconds) wait for the next scan.
        DropFolder folder(drop, ingestor);
        auto r = folder.scan(QFileInfo(drop + QStringLiteral("/a.eml")).lastModified().toUTC());
        QVERIFY(r);
        QCOMPARE(r->postponed, 4);
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 0);

        r = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QVERIFY(r);
        QCOMPARE(r->stored, 2); // a.eml and the loose pair
        QCOMPARE(r->failed, 1); // b.eml, stored as failed
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/a.eml")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/Паспорт.pdf")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/Паспорт.pdf.p7s")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/failed/b.EML")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/notes.txt"))); // not ours: left alone
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 3);

        // The same message dropped again: not stored twice, moved to done under a new name.
        QVERIFY(write(drop + QStringLiteral("/a.eml"), message(pairOf(QStringLiteral("Довідка"), "%PDF-a", "sig-a"))));
        r = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QCOMPARE(r->duplicates, 1);
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/a (2).eml")));
        QCOMPARE(SubmissionSql(m_ws->session()).submissions(10)->size(), 3);

        // Reading without moving (kopii-cli ingest DIR) leaves the files.
        QVERIFY(write(drop + QStringLiteral("/c.eml"),
                      message(pairOf(QStringLiteral("c"), "%PDF-c", "sig-c"), {}, "<c@x>", "<c@x>")));
        r = folder.ingestWithoutMoving();
        QCOMPARE(r->stored, 1);
        QVERIFY(QFile::exists(drop + QStringLiteral("/c.eml")));
        QVERIFY(!DropFolder(m_dir.filePath(QStringLiteral("missing")), ingestor).scan());
    }

    // Review finding L3: whoever can write to a shared or scanner drop folder is a stranger. A link
    // to a private file, a dangling link, a pipe and an over-size file are never read: each becomes
    // a failed submission with its reason and moves to "failed"; ordinary files beside them are
    // stored as before.
    void dropFolderReadsNoLinksPipesOrGiants()
    {
        Ingestor ingestor(m_ws->session());
        const QString drop = m_dir.filePath(QStringLiteral("drop-hostile%1").arg(m_counter));
        QVERIFY(QDir().mkpath(drop));
        const QByteArray secret = "-----BEGIN OPENSSH PRIVATE KEY----- secret of the clerk";
        const QString secretPath = m_dir.filePath(QStringLiteral("id_ed25519-%1").arg(m_counter));
        QVERIFY(write(secretPath, secret));
        QVERIFY(QFile::link(secretPath, drop + QStringLiteral("/key.pdf")));
        QVERIFY(write(drop + QStringLiteral("/key.pdf.p7s"), "sig"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere")), drop + QStringLiteral("/dangling.eml")));
        QCOMPARE(::mkfifo(QFile::encodeName(drop + QStringLiteral("/pipe.eml")).constData(), 0600), 0);
        {
            QFile giant(drop + QStringLiteral("/giant.eml"));
            QVERIFY(giant.open(QIODevice::WriteOnly));
            QVERIFY(giant.resize(DropFolder::kMaxFileBytes + 1)); // sparse: no disk used
        }
        QVERIFY(write(drop + QStringLiteral("/good.eml"), message(pairOf(QStringLiteral("Довідка"), "%PDF-good", "sig-good"))));

        DropFolder folder(drop, ingestor);
        const auto r = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QVERIFY(r);
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
        QCOMPARE(r->stored, 1);
        QCOMPARE(r->failed, 4); // the linked pair, the dangling link, the pipe, the giant

        QStringList reasons;
        for (const Submission &s : *SubmissionSql(m_ws->session()).submissions(10)) {
            const auto full = SubmissionSql(m_ws->session()).submission(s.id);
            QVERIFY(full);
            for (const DocumentCopy &d : full->documents)
                QVERIFY(!d.pdf.contains("secret of the clerk"));
            if (s.status == Submission::Status::Failed)
                reasons << s.subject + QStringLiteral(": ") + s.failure;
        }
        reasons.sort();
        QCOMPARE(reasons.size(), 4);
        QVERIFY2(reasons.at(0).startsWith(QStringLiteral("dangling.eml: dangling.eml in the drop folder is a link")),
                 qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QStringLiteral("larger than 64 MB")), qPrintable(reasons.at(1)));
        QVERIFY2(reasons.at(2).startsWith(QStringLiteral("key.pdf: key.pdf in the drop folder is a link")),
                 qPrintable(reasons.at(2)));
        QVERIFY2(reasons.at(3).contains(QStringLiteral("not an ordinary file")), qPrintable(reasons.at(3)));

        // Nothing is lost: every one of them waits in "failed", the secret file where it was.
        for (const char *name : {"key.pdf", "key.pdf.p7s", "dangling.eml", "pipe.eml", "giant.eml"})
            QVERIFY2(QFileInfo(drop + QStringLiteral("/failed/") + QLatin1String(name)).isSymLink()
                         || QFileInfo::exists(drop + QStringLiteral("/failed/") + QLatin1String(name)),
                     name);
        QVERIFY(QFileInfo(drop + QStringLiteral("/failed/key.pdf")).isSymLink());
        QVERIFY(QFileInfo::exists(drop + QStringLiteral("/done/good.eml")));
        QCOMPARE(QDir(drop).entryList(QDir::Files | QDir::System), QStringList());
        QVERIFY(QFileInfo::exists(secretPath));

        // "done" replaced by a link to somewhere else: nothing is moved through it, and the
        // clerk is told why; the message is stored all the same (and found again next time).
        QVERIFY(QDir(drop + QStringLiteral("/done")).removeRecursively());
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere%1").arg(m_counter));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::link(elsewhere, drop + QStringLiteral("/done")));
        QVERIFY(write(drop + QStringLiteral("/next.eml"),
                      message(pairOf(QStringLiteral("Довідка"), "%PDF-next", "sig-next"), {}, "V <v@x>", "<next@x>")));
        const auto again = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QVERIFY(again);
        QCOMPARE(again->stored, 1);
        QCOMPARE(again->errors.size(), 1);
        QVERIFY2(again->errors.first().contains(QStringLiteral("is a link, not a folder")), qPrintable(again->errors.first()));
        QVERIFY(QDir(elsewhere).isEmpty());
        QVERIFY(QFileInfo::exists(drop + QStringLiteral("/next.eml")));
    }

    void clerksReadSubmissionsReceptionDoesNot()
    {
        Ingestor ingestor(m_ws->session());
        QVERIFY(ingestor.ingestMessage(message(pairOf(QStringLiteral("x"), "%PDF", "sig")), QStringLiteral("ingest")));
        AccessGuard guard(m_ws->session(), QStringLiteral("test"));
        QVERIFY(Staff(guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        guard.setSession(Role::Reception, QStringLiteral("r"));
        QCOMPARE(InboxRules(guard).submissions().error().code, Error::Code::Denied);
        guard.setSession(Role::Clerk, QStringLiteral("c"));
        QCOMPARE(InboxRules(guard).submissions()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
