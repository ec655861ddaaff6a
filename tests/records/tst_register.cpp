// SPDX-License-Identifier: GPL-3.0-or-later
// The register of incoming documents: the service's prefix before the branch's, a new count each
// year, the entries of submissions retention deleted kept with the day and the reason, submissions
// stored before the register numbered in the order they came, prefixes the manager's (audited),
// the CSV's cells quoted as Excel reads them.
#include "MailSamples.h"
#include "TestUtil.h"
#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "core/Staff.h"
#include "core/Workspace.h"
#include "inbox/InboxRules.h"
#include "mail/Ingestor.h"
#include "records/Register.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestRegister : public QObject
{
    Q_OBJECT

    int m_messages = 0;

    Result<IngestResult> receive(Ingestor &ingestor, const QByteArray &to = "centr@example.com")
    {
        const QByteArray n = QByteArray::number(++m_messages);
        QByteArray m = message(pairOf(QStringLiteral("Довідка"), "%PDF-" + n, "sig"), {}, "<ivan@example.com>", "<" + n + "@x>");
        m.replace("To: centr@example.com", "To: " + to);
        return ingestor.ingestMessage(m, QStringLiteral("ingest"));
    }
    static QStringList numbers(AccessGuard &guard)
    {
        QStringList all;
        for (const RegisterEntry &e : *Register(guard).entries({}, {}))
            all << e.number;
        return all;
    }

private Q_SLOTS:
    void prefixesYearsAndRetention()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        SqlSession &session = (*ws)->session();
        const auto centre = OrganizationSql(session).insertBranch(validBranch());
        QVERIFY(centre);
        // A moment late on New Year's Eve, local time.
        FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 58)).toUTC());
        AccessGuard guard(session, QStringLiteral("test"), clock);
        QVERIFY(Staff(guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        guard.setSession(Role::Manager, QStringLiteral("M"));
        QVERIFY(Register(guard).setPrefix(QStringLiteral("branch"), *centre, QStringLiteral("Ц")));
        QCOMPARE(guard.auditLog(1)->first().action, QStringLiteral("register.prefix"));
        QCOMPARE(Register(guard).setPrefix(QStringLiteral("branch"), *centre, QStringLiteral("Ц 1")).error().code,
                 Error::Code::Validation);
        QCOMPARE(Register(guard).setPrefix(QStringLiteral("branch"), 999, QStringLiteral("Ц")).error().code,
                 Error::Code::NotFound);

        Ingestor ingestor(session, clock);
        QVERIFY(receive(ingestor));
        QVERIFY(receive(ingestor));
        clock.advanceSecs(5 * 60); // the new year: counting starts again
        QVERIFY(receive(ingestor));
        QCOMPARE(
            numbers(guard),
            (QStringList{QStringLiteral("Ц-2026/000001"), QStringLiteral("Ц-2026/000002"), QStringLiteral("Ц-2027/000001")}));

        // A clerk reads the register but does not number it.
        guard.setSession(Role::Clerk, QStringLiteral("C"));
        QCOMPARE(Register(guard).setPrefix(QStringLiteral("branch"), *centre, QString()).error().code, Error::Code::Denied);
        QCOMPARE(Register(guard).entries({}, {})->size(), 3);
        QCOMPARE(Register(guard).entries(QDate(2027, 1, 1), QDate(2027, 1, 1))->size(), 1);
        QCOMPARE(Register(guard).find(QStringLiteral("ц-2027/000001"))->submissionId, RecordId(3));
        guard.setSession(Role::Reception, QStringLiteral("R"));
        QCOMPARE(Register(guard).entries({}, {}).error().code, Error::Code::Denied);

        // Retention deletes all three after their maximum age: their entries stay, saying so.
        guard.setSession(Role::Manager, QStringLiteral("M"));
        clock.advanceSecs(181 * 86400);
        QCOMPARE(InboxRules(guard).purge(30, 180, false)->size(), 3);
        const auto entries = Register(guard).entries({}, {});
        QCOMPARE(entries->size(), 3);
        for (const RegisterEntry &e : *entries) {
            QCOMPARE(e.submissionId, RecordId(0));
            QCOMPARE(e.deletedAt, clock.now());
            QCOMPARE(e.deletedHow, QStringLiteral("retention"));
            QVERIFY(Register::stateText(e).contains(QStringLiteral("за строком зберігання")));
        }
        // A new one gets the next number though SQLite may give it a deleted row's id.
        QVERIFY(receive(ingestor));
        QCOMPARE(numbers(guard).last(), QStringLiteral("Ц-2027/000002"));
    }

    void theServicesPrefixComesFirst()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        SqlSession &session = (*ws)->session();
        QVERIFY(OrganizationSql(session).insertBranch(validBranch()));
        AccessGuard guard(session, QStringLiteral("test"));
        Ingestor ingestor(session);
        // Diia names the service in the subject; a message without one is numbered by its branch.
        QSqlQuery q(session.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE branch SET register_prefix = 'Ц'")));
        QVERIFY(receive(ingestor));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO service (name, name_key, register_prefix) VALUES ('Запис', 'запис', 'ЗП')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET service_id = (SELECT id FROM service)")));
        Submission s;
        s.serviceId = 1;
        s.branchId = 1;
        s.receivedAt = QDateTime::currentDateTimeUtc();
        const QString year = QString::number(s.receivedAt.toLocalTime().date().year());
        QVERIFY(session.writeTransaction([&]() -> Status {
            const auto number = RegisterSql(session).enter(99, s);
            if (!number)
                return number.error();
            return *number == QStringLiteral("ЗП-%1/000001").arg(year) ? Status() : Error{Error::Code::Internal, *number, {}};
        }));
        QCOMPARE(numbers(guard).first(), QStringLiteral("Ц-%1/000001").arg(year));
    }

    // A workspace whose submissions came before the register: numbered once, in the order they came.
    void earlierSubmissionsAreNumberedInOrder()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        SqlSession &session = (*ws)->session();
        FixedClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        Ingestor ingestor(session, clock);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(receive(ingestor));
            clock.advanceSecs(60);
        }
        QSqlQuery q(session.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM register_entry")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM register_counter")));
        // The second came first.
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET received_ms = received_ms - 3600000 WHERE id = 2")));
        AccessGuard guard(session, QStringLiteral("test"));
        const auto entries = Register(guard).entries({}, {});
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).submissionId, RecordId(2));
        QCOMPARE(entries->at(0).number, QStringLiteral("2026/000001"));
        QCOMPARE(entries->at(2).number, QStringLiteral("2026/000003"));
        QCOMPARE(Register(guard).entries({}, {})->size(), 3); // once
    }

    void csvCellsAreQuotedAndNeverFormulas()
    {
        RegisterEntry e;
        e.number = QStringLiteral("2026/000001");
        e.sender = QStringLiteral("=cmd|' /C calc'!A0");
        e.documents = {QStringLiteral("Паспорт; стор. 1.pdf"), QStringLiteral("Довідка \"Форма 1\".pdf")};
        e.receivedAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        e.state = QStringLiteral("new");
        const QString csv = QString::fromUtf8(Register::csv({e}));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].contains(QStringLiteral(";\"'=cmd|' /C calc'!A0\";")) || lines[1].contains(QStringLiteral(";'=cmd")),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(QStringLiteral("\"Паспорт; стор. 1.pdf, Довідка \"\"Форма 1\"\".pdf\"")));
        QVERIFY(lines[1].endsWith(QStringLiteral(";нове")));
    }
};

QTEST_MAIN(TestRegister)
#include "tst_register.moc"
