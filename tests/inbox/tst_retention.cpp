// SPDX-License-Identifier: GPL-3.0-or-later
// Retention: processed submissions go after N days, all of them after the maximum age; the purge
// is logged, and nothing of the documents remains in the database files.
#include "mail/Ingestor.h"
#include "core/AuditLog.h"
#include "inbox/SubmissionSql.h"
#include "MailSamples.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/Staff.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"
#include "core/Migrations.h"
#include "core/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestRetention : public QObject
{
    Q_OBJECT

    // Whether any file of the workspace still holds these bytes.
    static bool anyFileContains(const QString &dir, const QByteArray &needle)
    {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

    // A workspace of schema version 10 holding one submission whose document carries `secret`,
    // written with that version's steps (no Kopii logic).
    static void makeVersion10Workspace(const QString &folder, const QByteArray &secret)
    {
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
            db.setDatabaseName(folder + QStringLiteral("/kopii.db"));
            QVERIFY(db.open());
            SqliteDialect dialect;
            QVERIFY(Migrations::migrate(db, dialect, 10).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO submission (id, status, source, content_hash, sender, sender_name, subject, received_ms) "
                "VALUES (1, 'received', 'ingest', x'01', 'olena@example.com', 'Олена Коваленко', 'Копії', 1000)")));
            q.prepare(
                QStringLiteral("INSERT INTO document_copy (id, submission_id, position, kind, pdf_name, pdf, p7s_name, p7s) "
                               "VALUES (1, 1, 0, 'passport', 'Паспорт.pdf', ?, 'Паспорт.pdf.p7s', x'30')"));
            q.addBindValue(QByteArray("%PDF " + secret));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    }

private Q_SLOTS:
    void processedGoAfterTheirDaysAndAllAfterTheMaximum()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        Ingestor ingestor((*ws)->session(), clock);
        const QByteArray secret = "PASSPORT-SERIAL-FB123456-UNIQUE";
        const auto a =
            ingestor.ingestMessage(message(pairOf(QStringLiteral("a"), "%PDF " + secret, "sig-a"), {}, "A <a@x.org>", "<a@x>"),
                                   QStringLiteral("ingest"));
        clock.advanceSecs(3600);
        const auto b = ingestor.ingestMessage(message(pairOf(QStringLiteral("b"), "%PDF-b", "sig-b"), {}, "B <b@x.org>", "<b@x>"),
                                              QStringLiteral("ingest"));
        QVERIFY(a && b);
        AccessGuard guard((*ws)->session(), QStringLiteral("test"), clock);
        QVERIFY(InboxRules(guard).setSubmissionState(a->id, QStringLiteral("processed")));
        QVERIFY(!InboxRules(guard).setSubmissionState(a->id, QStringLiteral("done")));

        // 10 days later: nothing is due yet.
        clock.advanceSecs(10 * 86400);
        QVERIFY(InboxRules(guard).purge(30, 180, false)->isEmpty());
        // 31 days later: the processed one; the dry run only lists it.
        clock.advanceSecs(21 * 86400);
        QCOMPARE(*InboxRules(guard).purge(30, 180, true), QList<RecordId>{a->id});
        QCOMPARE(SubmissionSql((*ws)->session()).submissions(10)->size(), 2);
        QCOMPARE(*InboxRules(guard).purge(30, 180, false), QList<RecordId>{a->id});
        QCOMPARE(SubmissionSql((*ws)->session()).submissions(10)->size(), 1);
        QVERIFY(!SubmissionSql((*ws)->session()).rawMessage(a->id));
        QCOMPARE(guard.auditLog(1)->first().action, QStringLiteral("submission.purge"));
        // Nothing of it remains in the database files.
        QVERIFY(!anyFileContains(dir.filePath(QStringLiteral("ws")), secret));
        QVERIFY(!anyFileContains(dir.filePath(QStringLiteral("ws")), secret.toBase64().left(20)));

        // After the maximum age even an unprocessed one goes.
        clock.advanceSecs(150 * 86400);
        QCOMPARE(*InboxRules(guard).purge(30, 180, false), QList<RecordId>{b->id});
        QVERIFY(SubmissionSql((*ws)->session()).submissions(10)->isEmpty());

        // Only clerks and managers purge a claimed workspace.
        QVERIFY(Staff(guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        guard.setSession(Role::Reception, QStringLiteral("r"));
        QCOMPARE(InboxRules(guard).purge(30, 180, false).error().code, Error::Code::Denied);
    }

    void thePolicyIsTheManagersAndAppliesToAnyone()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        Ingestor ingestor((*ws)->session(), clock);
        const auto a = ingestor.ingestMessage(message(pairOf(QStringLiteral("a"), "%PDF-a", "sig-a"), {}, "A <a@x.org>", "<a@x>"),
                                              QStringLiteral("ingest"));
        const auto b = ingestor.ingestMessage(message(pairOf(QStringLiteral("b"), "%PDF-b", "sig-b"), {}, "B <b@x.org>", "<b@x>"),
                                              QStringLiteral("ingest"));
        QVERIFY(a && b);
        AccessGuard guard((*ws)->session(), QStringLiteral("test"), clock);
        QCOMPARE(*InboxRules(guard).retention(), (RetentionPolicy{30, 180})); // the defaults
        QVERIFY(Staff(guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));

        // Only a manager sets it, within sense.
        guard.setSession(Role::Clerk, QStringLiteral("c"));
        QCOMPARE(InboxRules(guard).setRetention({7, 60}).error().code, Error::Code::Denied);
        guard.setSession(Role::Manager, QStringLiteral("m"));
        QCOMPARE(InboxRules(guard).setRetention({90, 60}).error().code, Error::Code::Validation); // max shorter than after
        QCOMPARE(InboxRules(guard).setRetention({-1, 60}).error().code, Error::Code::Validation);
        QCOMPARE(InboxRules(guard).setRetention({7, 0}).error().code, Error::Code::Validation);
        QVERIFY(InboxRules(guard).setRetention({7, 60}));
        QCOMPARE(*InboxRules(guard).retention(), (RetentionPolicy{7, 60}));
        QCOMPARE(guard.auditLog(1)->first().action, QStringLiteral("settings.retention"));
        QVERIFY(InboxRules(guard).setSubmissionState(a->id, QStringLiteral("processed")));

        // Carried out by whoever runs Kopii, even without a session (the headless watcher).
        AccessGuard watcher((*ws)->session(), QStringLiteral("watch"), clock);
        clock.advanceSecs(6 * 86400);
        QVERIFY(InboxRules(watcher).purgeByPolicy()->isEmpty());
        clock.advanceSecs(2 * 86400);
        QCOMPARE(*InboxRules(watcher).purgeByPolicy(true), QList<RecordId>{a->id});
        QCOMPARE(*InboxRules(watcher).purgeByPolicy(), QList<RecordId>{a->id});
        QCOMPARE(AuditLog((*ws)->session()).entries(1)->first().actor, QStringLiteral("watch"));
        clock.advanceSecs(60 * 86400);
        QCOMPARE(*InboxRules(watcher).purgeByPolicy(), QList<RecordId>{b->id});
    }

    // Review finding M4: the copy saved before a schema upgrade holds every document of its day.
    // Deleting a submission wipes it from there too: no workspace file keeps its bytes.
    void deletionLeavesNothingInTheUpgradeBackup()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        const QByteArray secret = "PASSPORT-SERIAL-KK998877-UPGRADE";
        makeVersion10Workspace(folder, secret);
        auto ws = Workspace::open(folder);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY(QFile::exists(folder + QStringLiteral("/kopii.db.v10.bak"))); // kept until the upgrade is proven
        QVERIFY(anyFileContains(folder, secret));
        AccessGuard guard((*ws)->session(), QStringLiteral("test"));
        QVERIFY(InboxRules(guard).deleteSubmission(1));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/kopii.db.v10.bak")));
        QVERIFY(!anyFileContains(folder, secret));
    }

    // Without a deletion, the copy goes at the first start after the upgrade: that start proves
    // the upgraded database opens and is sound.
    void upgradeBackupGoesOnceTheUpgradeIsProven()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        makeVersion10Workspace(folder, "anything");
        {
            auto ws = Workspace::open(folder);
            QVERIFY(ws);
            QVERIFY(QFile::exists(folder + QStringLiteral("/kopii.db.v10.bak")));
        }
        auto again = Workspace::open(folder);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/kopii.db.v10.bak")));
        QCOMPARE(SubmissionSql((*again)->session()).submissions(10)->size(), 1);
    }

    // The journal (WAL) keeps old pages until a checkpoint gets through; while another
    // connection reads an older snapshot it cannot. Deleting then says so instead of claiming a
    // wipe that did not happen, and the next deletion finishes it.
    void aWipeBlockedByAReaderIsReported()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        Ingestor ingestor((*ws)->session());
        const QByteArray secret = "PASSPORT-SERIAL-MM112233-READER";
        const auto a =
            ingestor.ingestMessage(message(pairOf(QStringLiteral("a"), "%PDF " + secret, "sig-a"), {}, "A <a@x.org>", "<a@x>"),
                                   QStringLiteral("ingest"));
        const auto b = ingestor.ingestMessage(message(pairOf(QStringLiteral("b"), "%PDF-b", "sig-b"), {}, "B <b@x.org>", "<b@x>"),
                                              QStringLiteral("ingest"));
        QVERIFY(a && b);
        AccessGuard guard((*ws)->session(), QStringLiteral("test"));
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName((*ws)->databasePath());
            reader.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM submission")) && q.next()); // holds its snapshot
            const Status deleted = InboxRules(guard).deleteSubmission(a->id);
            QVERIFY(!deleted);
            QVERIFY2(deleted.error().message.contains(QStringLiteral("could not yet be wiped")),
                     qPrintable(deleted.error().message));
            QVERIFY(!SubmissionSql((*ws)->session()).submission(a->id)); // deleted all the same
            q.exec(QStringLiteral("ROLLBACK"));
            q.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QVERIFY(InboxRules(guard).deleteSubmission(b->id));
        QVERIFY(!anyFileContains(dir.filePath(QStringLiteral("ws")), secret));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
