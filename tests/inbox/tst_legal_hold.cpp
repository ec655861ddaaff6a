// SPDX-License-Identifier: GPL-3.0-or-later
// A legal hold keeps a submission from any deletion (a person's, retention's) until a manager
// lifts it; a service's own retention comes before the workspace's. Both are the manager's, and
// audited.
#include "mail/Ingestor.h"
#include "inbox/SubmissionSql.h"
#include "inbox/RegisterSql.h"
#include "MailSamples.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/Staff.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestLegalHold : public QObject
{
    Q_OBJECT

    struct Office
    {
        QTemporaryDir dir;
        std::unique_ptr<Workspace> ws;
        FixedClock clock{QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)};
        std::unique_ptr<AccessGuard> guard;
    };

    static std::unique_ptr<Office> office()
    {
        auto o = std::make_unique<Office>();
        auto ws = Workspace::open(o->dir.filePath(QStringLiteral("ws")));
        if (!ws)
            return nullptr;
        o->ws = std::move(ws).value();
        o->guard = std::make_unique<AccessGuard>(o->ws->session(), QStringLiteral("test"), o->clock);
        if (!Staff(*o->guard).claimWorkspace(validOrganization(),
                                             {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}))
            return nullptr;
        o->guard->setSession(Role::Manager, QStringLiteral("Олена"));
        return o;
    }

    static RecordId receive(Office &o, const char *tag)
    {
        const QByteArray t(tag);
        const auto s = Ingestor(o.ws->session(), o.clock)
                           .ingestMessage(message(pairOf(QString::fromLatin1(t), "%PDF-" + t, "sig-" + t), {},
                                                  "A <" + t + "@x.org>", "<" + t + "@x>"),
                                          QStringLiteral("ingest"));
        return s ? s->id : 0;
    }

    static QString audited(Office &o) { return o.guard->auditLog(1)->first().action; }

private Q_SLOTS:
    void aHeldSubmissionOutlivesRetentionAndDeletion()
    {
        auto o = office();
        QVERIFY(o);
        const RecordId held = receive(*o, "held");
        const RecordId other = receive(*o, "other");
        QVERIFY(held && other);
        InboxRules rules(*o->guard);

        // A manager's, with a reason.
        QCOMPARE(rules.setLegalHold(held, QStringLiteral("   ")).error().code, Error::Code::Validation);
        QCOMPARE(rules.setLegalHold(held, QString(501, QLatin1Char('x'))).error().code, Error::Code::Validation);
        QCOMPARE(rules.setLegalHold(999, QStringLiteral("Справа 2-123/26")).error().code, Error::Code::NotFound);
        o->guard->setSession(Role::Clerk, QStringLiteral("Іван"));
        QCOMPARE(rules.setLegalHold(held, QStringLiteral("Справа 2-123/26")).error().code, Error::Code::Denied);
        o->guard->setSession(Role::Manager, QStringLiteral("Олена"));
        QVERIFY(rules.setLegalHold(held, QStringLiteral("  Справа   2-123/26 ")));
        QCOMPARE(audited(*o), QStringLiteral("submission.hold"));
        QCOMPARE(rules.submission(held)->legalHold, QStringLiteral("Справа 2-123/26"));
        // The reason is the submission's, not the audit log's (which holds no personal data).
        QVERIFY(o->guard->auditLog(1)->first().summary.isEmpty());

        // Past the maximum age: retention takes the other one only, even as a dry run says.
        o->clock.advanceSecs(200 * 86400);
        QCOMPARE(*rules.purge(30, 180, true), QList<RecordId>{other});
        QCOMPARE(*rules.purgeByPolicy(), QList<RecordId>{other});
        QVERIFY(rules.submission(held));
        // Nor does a person delete it, manager or clerk; it says why and who can change that.
        for (Role role : {Role::Manager, Role::Clerk}) {
            o->guard->setSession(role, QStringLiteral("someone"));
            const Status refused = rules.deleteSubmission(held);
            QCOMPARE(refused.error().code, Error::Code::Denied);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Справа 2-123/26")), qPrintable(refused.error().message));
            QVERIFY(refused.error().message.contains(QLatin1String("manager")));
            QVERIFY(rules.submission(held));
        }
        // Its register entry is still its own.
        const auto entries = RegisterSql(o->ws->session()).entries({}, {});
        QVERIFY(entries);
        for (const RegisterEntry &e : *entries)
            QCOMPARE(e.deletedAt.isValid(), e.submissionId != held);

        // A clerk cannot lift it; a manager can, and then retention applies again.
        QCOMPARE(rules.liftLegalHold(held).error().code, Error::Code::Denied);
        o->guard->setSession(Role::Manager, QStringLiteral("Олена"));
        QVERIFY(rules.liftLegalHold(held));
        QCOMPARE(audited(*o), QStringLiteral("submission.release"));
        QVERIFY(rules.submission(held)->legalHold.isEmpty());
        QCOMPARE(*rules.purgeByPolicy(), QList<RecordId>{held});
        QCOMPARE(rules.liftLegalHold(held).error().code, Error::Code::NotFound);
    }

    void aServicesOwnRetentionComesFirst()
    {
        auto o = office();
        QVERIFY(o);
        QSqlQuery q(o->ws->session().db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO service (name, name_key) VALUES ('Зарахування', 'зарахування')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO service (name, name_key) VALUES ('Довідка', 'довідка')")));
        const RecordId enrolment = receive(*o, "enrolment");
        const RecordId certificate = receive(*o, "certificate");
        const RecordId none = receive(*o, "none");
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET service_id = 1 WHERE id = %1").arg(enrolment)));
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET service_id = 2 WHERE id = %1").arg(certificate)));
        InboxRules rules(*o->guard);
        for (RecordId id : {enrolment, certificate, none})
            QVERIFY(rules.setSubmissionState(id, QStringLiteral("processed")));

        QVERIFY(!rules.serviceRetention(1)->has_value()); // the workspace's, until set
        QCOMPARE(rules.setServiceRetention(1, RetentionPolicy{400, 365}).error().code, Error::Code::Validation);
        QCOMPARE(rules.setServiceRetention(1, RetentionPolicy{-1, 365}).error().code, Error::Code::Validation);
        QCOMPARE(rules.setServiceRetention(99, RetentionPolicy{1, 365}).error().code, Error::Code::NotFound);
        // Enrolment files are kept a year after processing; certificates go after a day.
        QVERIFY(rules.setServiceRetention(1, RetentionPolicy{365, 400}));
        QCOMPARE(audited(*o), QStringLiteral("service.retention"));
        QVERIFY(rules.setServiceRetention(2, RetentionPolicy{1, 400}));
        QCOMPARE(rules.serviceRetention(1)->value(), (RetentionPolicy{365, 400}));
        o->guard->setSession(Role::Clerk, QStringLiteral("Іван"));
        QCOMPARE(rules.setServiceRetention(2, std::nullopt).error().code, Error::Code::Denied);
        o->guard->setSession(Role::Manager, QStringLiteral("Олена"));

        o->clock.advanceSecs(2 * 86400);
        QCOMPARE(*rules.purgeByPolicy(), QList<RecordId>{certificate});
        o->clock.advanceSecs(30 * 86400); // the workspace's 30 days
        QCOMPARE(*rules.purgeByPolicy(), QList<RecordId>{none});
        o->clock.advanceSecs(300 * 86400);
        QVERIFY(rules.purgeByPolicy()->isEmpty());
        // Back to the workspace's: then its days apply.
        QVERIFY(rules.setServiceRetention(1, std::nullopt));
        QVERIFY(!rules.serviceRetention(1)->has_value());
        QCOMPARE(*rules.purgeByPolicy(), QList<RecordId>{enrolment});
    }
};

QTEST_GUILESS_MAIN(TestLegalHold)
#include "tst_legal_hold.moc"
