#include "DropFolder.h"
#include "Ingestor.h"
#include "MailSamples.h"
#include "Registry.h"
#include "Store.h"
#include "TestUtil.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
        Registry registry(m_ws->store(), QStringLiteral("test"));
        const auto id = registry.addBranch(validBranch(QStringLiteral("Центр"), QStringLiteral("Centr@Example.com")));
        QVERIFY(id);
        m_branch = *id;
    }

    void messageIsStoredOnceAndRouted()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        Ingestor ingestor(m_ws->store(), clock);
        const QByteArray raw = message(pairOf(QStringLiteral("Паспорт"), "%PDF-p", "sig-p"));
        const auto r = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY(!r->duplicate && !r->failed);
        QCOMPARE(r->documents, 1);
        const auto stored = m_ws->store().submission(r->id);
        QVERIFY(stored);
        QCOMPARE(stored->branchId, m_branch); // To: centr@example.com, case aside
        QCOMPARE(stored->receivedAt, clock.now());
        QCOMPARE(stored->documents.first().pdf, QByteArray("%PDF-p"));
        QCOMPARE(*m_ws->store().rawMessage(r->id), raw);
        // The audit log says what happened without naming anyone.
        const AuditEntry a = m_ws->store().auditLog(1)->first();
        QCOMPARE(a.action, QStringLiteral("submission.receive"));
        QVERIFY(!a.summary.contains(QStringLiteral("ivan")));

        const auto again = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
        QVERIFY(again && again->duplicate);
        QCOMPARE(m_ws->store().submissions(10)->size(), 1);
    }

    void serviceIsRecognisedFromTheSubject()
    {
        Registry registry(m_ws->store(), QStringLiteral("test"));
        const auto other = registry.addBranch(validBranch(QStringLiteral("Філія"), QStringLiteral("filia@example.com")));
        QVERIFY(other);
        auto service = [&](const QString &name, RecordId branch) {
            Service s;
            s.name = name;
            s.branchIds = {branch};
            s.documentKinds = {QStringLiteral("passport")};
            const auto id = registry.addService(s);
            if (!id)
                qFatal("%s", qPrintable(id.error().message));
            return *id;
        };
        const RecordId reference = service(QStringLiteral("Довідка"), m_branch);
        const RecordId study = service(QStringLiteral("Довідка про навчання"), m_branch);
        service(QStringLiteral("Зарахування до ліцею"), *other);
        Ingestor ingestor(m_ws->store());
        const QByteArray subject = "=?UTF-8?B?" + QStringLiteral("Копії документів").toUtf8().toBase64() + "?=";
        auto ingest = [&](const QString &text, const QByteArray &id) {
            QByteArray raw = message(pairOf(QStringLiteral("Паспорт"), "%PDF-p", "sig-p"), QByteArray(),
                                     "<ivan@example.com>", id);
            raw.replace(subject, "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=");
            const auto r = ingestor.ingestMessage(raw, QStringLiteral("ingest"));
            if (!r)
                qFatal("%s", qPrintable(r.error().message));
            return m_ws->store().submission(r->id)->serviceId;
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
        Ingestor ingestor(m_ws->store());
        const auto empty = ingestor.ingestMessage("From: a@example.com\r\nSubject: hi\r\n\r\nNo attachments.", QStringLiteral("ingest"));
        QVERIFY(empty && empty->failed);
        QVERIFY(empty->reason.contains(QStringLiteral("no PDF or P7S")));
        const auto junk = ingestor.ingestMessage(QByteArray("   \r\n "), QStringLiteral("ingest"));
        QVERIFY(junk && junk->failed);
        const auto list = m_ws->store().submissions(10);
        QCOMPARE(list->size(), 2);
        for (const Submission &s : *list)
            QCOMPARE(s.status, Submission::Status::Failed);
        QCOMPARE(*m_ws->store().rawMessage(empty->id), QByteArray("From: a@example.com\r\nSubject: hi\r\n\r\nNo attachments."));
    }

    void dropFolderMovesWhatItStored()
    {
        Ingestor ingestor(m_ws->store());
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
        QCOMPARE(m_ws->store().submissions(10)->size(), 0);

        r = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QVERIFY(r);
        QCOMPARE(r->stored, 2);   // a.eml and the loose pair
        QCOMPARE(r->failed, 1);   // b.eml, stored as failed
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/a.eml")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/Паспорт.pdf")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/Паспорт.pdf.p7s")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/failed/b.EML")));
        QVERIFY(QFile::exists(drop + QStringLiteral("/notes.txt"))); // not ours: left alone
        QCOMPARE(m_ws->store().submissions(10)->size(), 3);

        // The same message dropped again: not stored twice, moved to done under a new name.
        QVERIFY(write(drop + QStringLiteral("/a.eml"), message(pairOf(QStringLiteral("Довідка"), "%PDF-a", "sig-a"))));
        r = folder.scan(QDateTime::currentDateTimeUtc().addSecs(10));
        QCOMPARE(r->duplicates, 1);
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/a (2).eml")));
        QCOMPARE(m_ws->store().submissions(10)->size(), 3);

        // Reading without moving (kopii-cli ingest DIR) leaves the files.
        QVERIFY(write(drop + QStringLiteral("/c.eml"), message(pairOf(QStringLiteral("c"), "%PDF-c", "sig-c"), {}, "<c@x>", "<c@x>")));
        r = folder.ingestWithoutMoving();
        QCOMPARE(r->stored, 1);
        QVERIFY(QFile::exists(drop + QStringLiteral("/c.eml")));
        QVERIFY(!DropFolder(m_dir.filePath(QStringLiteral("missing")), ingestor).scan());
    }

    void clerksReadSubmissionsReceptionDoesNot()
    {
        Ingestor ingestor(m_ws->store());
        QVERIFY(ingestor.ingestMessage(message(pairOf(QStringLiteral("x"), "%PDF", "sig")), QStringLiteral("ingest")));
        Registry registry(m_ws->store(), QStringLiteral("test"));
        QVERIFY(registry.claimWorkspace(validOrganization(), {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        registry.setSession(Role::Reception, QStringLiteral("r"));
        QCOMPARE(registry.submissions().error().code, Error::Code::Denied);
        registry.setSession(Role::Clerk, QStringLiteral("c"));
        QCOMPARE(registry.submissions()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
