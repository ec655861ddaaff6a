// Retention: processed submissions go after N days, all of them after the maximum age; the purge
// is logged, and nothing of the documents remains in the database files.
#include "Ingestor.h"
#include "MailSamples.h"
#include "Registry.h"
#include "Store.h"
#include "TestUtil.h"
#include "Workspace.h"

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

private Q_SLOTS:
    void processedGoAfterTheirDaysAndAllAfterTheMaximum()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        Ingestor ingestor((*ws)->store(), clock);
        const QByteArray secret = "PASSPORT-SERIAL-FB123456-UNIQUE";
        const auto a = ingestor.ingestMessage(message(pairOf(QStringLiteral("a"), "%PDF " + secret, "sig-a"), {}, "A <a@x.org>", "<a@x>"),
                                              QStringLiteral("ingest"));
        clock.advanceSecs(3600);
        const auto b = ingestor.ingestMessage(message(pairOf(QStringLiteral("b"), "%PDF-b", "sig-b"), {}, "B <b@x.org>", "<b@x>"),
                                              QStringLiteral("ingest"));
        QVERIFY(a && b);
        Registry registry((*ws)->store(), QStringLiteral("test"), clock);
        QVERIFY(registry.setSubmissionState(a->id, QStringLiteral("processed")));
        QVERIFY(!registry.setSubmissionState(a->id, QStringLiteral("done")));

        // 10 days later: nothing is due yet.
        clock.advanceSecs(10 * 86400);
        QVERIFY(registry.purge(30, 180, false)->isEmpty());
        // 31 days later: the processed one; the dry run only lists it.
        clock.advanceSecs(21 * 86400);
        QCOMPARE(*registry.purge(30, 180, true), QList<RecordId>{a->id});
        QCOMPARE((*ws)->store().submissions(10)->size(), 2);
        QCOMPARE(*registry.purge(30, 180, false), QList<RecordId>{a->id});
        QCOMPARE((*ws)->store().submissions(10)->size(), 1);
        QVERIFY(!(*ws)->store().rawMessage(a->id));
        QCOMPARE(registry.auditLog(1)->first().action, QStringLiteral("submission.purge"));
        // Nothing of it remains in the database files.
        QVERIFY(!anyFileContains(dir.filePath(QStringLiteral("ws")), secret));
        QVERIFY(!anyFileContains(dir.filePath(QStringLiteral("ws")), secret.toBase64().left(20)));

        // After the maximum age even an unprocessed one goes.
        clock.advanceSecs(150 * 86400);
        QCOMPARE(*registry.purge(30, 180, false), QList<RecordId>{b->id});
        QVERIFY((*ws)->store().submissions(10)->isEmpty());

        // Only clerks and managers purge a claimed workspace.
        QVERIFY(registry.claimWorkspace(validOrganization(), {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        registry.setSession(Role::Reception, QStringLiteral("r"));
        QCOMPARE(registry.purge(30, 180, false).error().code, Error::Code::Denied);
    }

    void thePolicyIsTheManagersAndAppliesToAnyone()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        Ingestor ingestor((*ws)->store(), clock);
        const auto a = ingestor.ingestMessage(message(pairOf(QStringLiteral("a"), "%PDF-a", "sig-a"), {}, "A <a@x.org>", "<a@x>"),
                                              QStringLiteral("ingest"));
        const auto b = ingestor.ingestMessage(message(pairOf(QStringLiteral("b"), "%PDF-b", "sig-b"), {}, "B <b@x.org>", "<b@x>"),
                                              QStringLiteral("ingest"));
        QVERIFY(a && b);
        Registry registry((*ws)->store(), QStringLiteral("test"), clock);
        QCOMPARE(*registry.retention(), (RetentionPolicy{30, 180})); // the defaults
        QVERIFY(registry.claimWorkspace(validOrganization(), {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));

        // Only a manager sets it, within sense.
        registry.setSession(Role::Clerk, QStringLiteral("c"));
        QCOMPARE(registry.setRetention({7, 60}).error().code, Error::Code::Denied);
        registry.setSession(Role::Manager, QStringLiteral("m"));
        QCOMPARE(registry.setRetention({90, 60}).error().code, Error::Code::Validation); // max shorter than after
        QCOMPARE(registry.setRetention({-1, 60}).error().code, Error::Code::Validation);
        QCOMPARE(registry.setRetention({7, 0}).error().code, Error::Code::Validation);
        QVERIFY(registry.setRetention({7, 60}));
        QCOMPARE(*registry.retention(), (RetentionPolicy{7, 60}));
        QCOMPARE(registry.auditLog(1)->first().action, QStringLiteral("settings.retention"));
        QVERIFY(registry.setSubmissionState(a->id, QStringLiteral("processed")));

        // Carried out by whoever runs Kopii, even without a session (the headless watcher).
        Registry watcher((*ws)->store(), QStringLiteral("watch"), clock);
        clock.advanceSecs(6 * 86400);
        QVERIFY(watcher.purgeByPolicy()->isEmpty());
        clock.advanceSecs(2 * 86400);
        QCOMPARE(*watcher.purgeByPolicy(true), QList<RecordId>{a->id});
        QCOMPARE(*watcher.purgeByPolicy(), QList<RecordId>{a->id});
        QCOMPARE((*ws)->store().auditLog(1)->first().actor, QStringLiteral("watch"));
        clock.advanceSecs(60 * 86400);
        QCOMPARE(*watcher.purgeByPolicy(), QList<RecordId>{b->id});
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
