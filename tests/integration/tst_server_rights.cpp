// SPDX-License-Identifier: GPL-3.0-or-later
// The rights of an office server are the server's own (review finding H5): a clerk with psql (an
// independent client) gets exactly what Kopii gives her: the submissions of her branches, no
// change of her role, no edit or removal of the audit log, whose seals the server makes with a key
// no desk can read. Kopii itself, connected as each person, sees the same.
#include "core/AuditLog.h"
#include "core/OfficeServer.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "core/StaffSql.h"
#include "inbox/SubmissionNotices.h"
#include "inbox/SubmissionSql.h"
#include "PostgresServer.h"
#include "TestUtil.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

namespace {
const QString kDb = QStringLiteral("office");
const QString kManagerPassword = QStringLiteral("manager-Пароль-2026");
const QString kClerkPassword = QStringLiteral("clerk-password-2026");
const QString kReceptionPassword = QStringLiteral("reception-password-1");
const QString kWatcherPassword = QStringLiteral("watcher-password-2026");
} // namespace

class TestServerRights : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;
    std::unique_ptr<SqlSession> m_owner;
    RecordId m_centre = 0, m_north = 0;

    std::unique_ptr<SqlSession> openAs(const QString &person, const QString &password)
    {
        auto s = SqlSession::open(m_server.tlsLocation(kDb, person), share(Secret::fromString(password)));
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return s ? std::move(s).value() : nullptr;
    }

    RecordId submission(SqlSession &session, RecordId branch, char tag)
    {
        Submission s;
        s.source = QStringLiteral("mailbox");
        s.branchId = branch;
        s.contentHash = QByteArray(32, tag);
        s.sender = QStringLiteral("citizen@example.com");
        s.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(9, tag % 60), Qt::UTC);
        DocumentCopy d;
        d.kind = QStringLiteral("passport");
        d.pdfName = QStringLiteral("Паспорт.pdf");
        d.pdf = QByteArray("%PDF-1.4 ") + tag;
        s.documents = {d};
        const auto id = SubmissionSql(session).insertSubmission(s, QByteArray("raw ") + tag);
        if (!id)
            qWarning("%s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // psql as `person`: the output, or "ERROR:..." with the server's refusal.
    QString asPerson(const QString &person, const QString &password, const QString &sql)
    {
        QString out;
        if (!m_server.psqlAs(person, password, sql, kDb, &out))
            return QString::fromUtf8(m_server.lastError).trimmed();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.lastError.constData());
        QVERIFY(m_server.createDatabase(kDb));
        auto owner = SqlSession::open(m_server.tlsLocation(kDb), share(Secret::fromString(m_server.adminPassword)));
        QVERIFY2(owner, owner ? "" : qPrintable(owner.error().message));
        m_owner = std::move(owner).value();
        m_centre = *OrganizationSql(*m_owner).insertBranch(test::validBranch());
        m_north = *OrganizationSql(*m_owner).insertBranch(
            test::validBranch(QStringLiteral("Північ"), QStringLiteral("pivnich@example.com")));
        // A single desk's history, sealed by Kopii, before the office moved to the server.
        QVERIFY(AuditLog(*m_owner).append(AuditEntry{0,
                                                     QDateTime::currentDateTimeUtc(),
                                                     QStringLiteral("gui"),
                                                     QStringLiteral("branch.add"),
                                                     QStringLiteral("branch"),
                                                     m_centre,
                                                     QStringLiteral("before the server"),
                                                     {}}));
        QVERIFY(submission(*m_owner, m_centre, 'a'));
        QVERIFY(submission(*m_owner, m_north, 'b'));

        OfficeServer office(*m_owner);
        Employee manager{QStringLiteral("1234567890"), QStringLiteral("Олена Коваль"), Role::Manager,
                         QDateTime::currentDateTimeUtc()};
        const Status init = office.init(QStringLiteral("olena"), manager, Secret::fromString(kManagerPassword));
        QVERIFY2(init, init ? "" : qPrintable(init.error().message));
        // Again: idempotent set-up, but the manager's desk exists now.
        const Status again = office.init(QStringLiteral("olena"), manager, Secret::fromString(kManagerPassword));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);

        Employee clerk{QStringLiteral("2345678901"), QStringLiteral("Іван Петренко"), Role::Clerk,
                       QDateTime::currentDateTimeUtc()};
        const Status added = office.addDesk(QStringLiteral("ivan"), clerk, Secret::fromString(kClerkPassword), {m_centre});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        Employee reception{QStringLiteral("3456789012"), QStringLiteral("Ірина Бондар"), Role::Reception,
                           QDateTime::currentDateTimeUtc()};
        QVERIFY(office.addDesk(QStringLiteral("iryna"), reception, Secret::fromString(kReceptionPassword), {}));
        QVERIFY(office.addWatcher(QStringLiteral("watcher"), Secret::fromString(kWatcherPassword)));
        QCOMPARE(office.desks()->size(), 4);
    }

    void deskNamesAndPasswordsAreChecked()
    {
        OfficeServer office(*m_owner);
        Employee e{QStringLiteral("4567890123"), QStringLiteral("Хтось"), Role::Reception, {}};
        for (const QString &bad : {QStringLiteral("Olena"), QStringLiteral("kopii_clerk"), QStringLiteral("pg_x"),
                                   QStringLiteral("a b"), QStringLiteral("x\"; DROP TABLE submission; --")}) {
            const Status s = office.addDesk(bad, e, Secret::fromString(kClerkPassword), {});
            QVERIFY2(!s && s.error().code == Error::Code::Validation, qPrintable(bad));
        }
        const Status shortPassword = office.addDesk(QStringLiteral("petro"), e, Secret::fromString(QStringLiteral("short")), {});
        QVERIFY(!shortPassword);
        QVERIFY(shortPassword.error().message.contains(QLatin1String("12 characters")));
        Employee clerk{QStringLiteral("4567890123"), QStringLiteral("Хтось"), Role::Clerk, {}};
        QVERIFY(!office.addDesk(QStringLiteral("petro"), clerk, Secret::fromString(kClerkPassword), {})); // no branch
        QCOMPARE(office.desks()->size(), 4);                                                              // nothing half-made
        QString roles;
        QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'petro'"), kDb, &roles));
        QCOMPARE(roles, QStringLiteral("0"));
    }

    void theServerKeepsNoPassword()
    {
        QString verifier;
        QVERIFY(m_server.psql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'ivan'"), kDb, &verifier));
        QVERIFY2(verifier.startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(verifier));
        QVERIFY(!verifier.contains(kClerkPassword));
    }

    void aClerkSeesHerBranchesOnly()
    {
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword, QStringLiteral("SELECT count(*) FROM submission")),
                 QStringLiteral("1"));
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword, QStringLiteral("SELECT count(*) FROM document_copy")),
                 QStringLiteral("1"));
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword, QStringLiteral("SELECT count(*) FROM raw_message")),
                 QStringLiteral("1"));
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword,
                          QStringLiteral("SELECT count(*) FROM submission WHERE branch_id = %1").arg(m_north)),
                 QStringLiteral("0"));
        // Moving a submission to a branch that is not hers: refused by the policy's check.
        QVERIFY(
            asPerson(QStringLiteral("ivan"), kClerkPassword, QStringLiteral("UPDATE submission SET branch_id = %1").arg(m_north))
                .contains(QLatin1String("row-level security")));
        // Kopii, connected as Ivan, sees the same.
        auto kopii = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(kopii);
        const auto ids = SubmissionSql(*kopii).submissionIds(SubmissionQuery{});
        QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
        QCOMPARE(ids->size(), 1);
        // She marks her submission processed through Kopii.
        const Status marked =
            SubmissionSql(*kopii).setSubmissionState(ids->first(), QStringLiteral("processed"), QDateTime::currentDateTimeUtc());
        QVERIFY2(marked, marked ? "" : qPrintable(marked.error().message));
    }

    void aClerkCannotRaiseHerself_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("her role") << QStringLiteral("UPDATE employee SET role = 'manager' WHERE rnokpp = '2345678901'");
        QTest::newRow("her desk") << QStringLiteral("UPDATE kopii_desk SET role = 'manager' WHERE name = 'ivan'");
        QTest::newRow("another branch") << QStringLiteral("INSERT INTO kopii_desk_branch (desk, branch_id) VALUES ('ivan', 2)");
        QTest::newRow("a new employee") << QStringLiteral("INSERT INTO employee (rnokpp, full_name, role, added_ms) VALUES "
                                                          "('9999999999', 'x', 'manager', 0)");
        QTest::newRow("a group") << QStringLiteral("GRANT kopii_manager TO ivan");
        QTest::newRow("the organisation") << QStringLiteral("UPDATE organization SET name = 'x'");
        QTest::newRow("a branch") << QStringLiteral("DELETE FROM branch");
        QTest::newRow("the seal key") << QStringLiteral("SELECT * FROM kopii_private.seal_key");
        QTest::newRow("the audit log") << QStringLiteral("SELECT count(*) FROM audit_log");
        QTest::newRow("edit audit") << QStringLiteral("UPDATE audit_log SET summary = 'nothing happened'");
        QTest::newRow("delete audit") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("truncate audit") << QStringLiteral("TRUNCATE audit_log");
        QTest::newRow("drop trigger") << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER kopii_audit_seal");
        QTest::newRow("check audit") << QStringLiteral("SELECT * FROM kopii_audit_check()");
        QTest::newRow("a table") << QStringLiteral("CREATE TABLE mine (x int)");
    }
    void aClerkCannotRaiseHerself()
    {
        QFETCH(QString, sql);
        const QString answer = asPerson(QStringLiteral("ivan"), kClerkPassword, sql);
        QVERIFY2(answer.contains(QLatin1String("ERROR"))
                     && (answer.contains(QLatin1String("permission denied")) || answer.contains(QLatin1String("must be owner"))
                         || answer.contains(QLatin1String("must have admin option"))),
                 qPrintable(answer));
    }

    void receptionReadsPostersAndBranchesOnly()
    {
        QCOMPARE(asPerson(QStringLiteral("iryna"), kReceptionPassword, QStringLiteral("SELECT count(*) FROM branch")),
                 QStringLiteral("2"));
        for (const char *table : {"submission", "document_copy", "raw_message", "verification", "mailbox", "trust_entry"})
            QVERIFY2(asPerson(QStringLiteral("iryna"), kReceptionPassword,
                              QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                         .contains(QLatin1String("permission denied")),
                     table);
    }

    void theManagerSeesEverything()
    {
        QCOMPARE(asPerson(QStringLiteral("olena"), kManagerPassword, QStringLiteral("SELECT count(*) FROM submission")),
                 QStringLiteral("2"));
        auto kopii = openAs(QStringLiteral("olena"), kManagerPassword);
        QVERIFY(kopii);
        QCOMPARE(SubmissionSql(*kopii).submissionIds(SubmissionQuery{})->size(), 2);
        QVERIFY(OrganizationSql(*kopii).insertBranch(
            test::validBranch(QStringLiteral("Південь"), QStringLiteral("pivden@example.com"))));
    }

    // Every desk may add to the audit log, through Kopii or psql; the server numbers the entry,
    // names the login that wrote it, and seals it: a seal a desk sends is replaced.
    void theAuditLogIsAppendOnlyAndSealedByTheServer()
    {
        auto clerk = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(clerk);
        QVERIFY(AuditLog(*clerk).append(AuditEntry{0,
                                                   QDateTime::currentDateTimeUtc(),
                                                   QStringLiteral("gui"),
                                                   QStringLiteral("document.view"),
                                                   QStringLiteral("submission"),
                                                   1,
                                                   QStringLiteral("viewed"),
                                                   {}}));
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword,
                          QStringLiteral("INSERT INTO audit_log (id, time_ms, actor, action, object_type, summary, seal) "
                                         "VALUES (1000, 0, 'olena', 'forged', 'x', 'x', 'forged-seal')")),
                 QString());

        auto manager = openAs(QStringLiteral("olena"), kManagerPassword);
        QVERIFY(manager);
        const auto entries = AuditLog(*manager).entries(10);
        QVERIFY(entries);
        QVERIFY(entries->size() >= 3);
        const AuditEntry forged = entries->first();
        QVERIFY(forged.id < 1000);
        QCOMPARE(forged.actor, QStringLiteral("ivan: olena")); // the login that wrote it comes first
        QVERIFY(forged.hash.startsWith(QLatin1String("server:")));
        QCOMPARE(entries->at(1).actor, QStringLiteral("ivan: gui"));
        const auto check = AuditLog(*manager).verifyChain();
        QVERIFY2(check, check ? "" : qPrintable(check.error().message));
        QCOMPARE(check->brokenAt, RecordId(0));
        QCOMPARE(check->entries, qint64(entries->size())); // the entry from before the server too

        // Whoever goes round the rights (the database's owner) and edits an entry is found out.
        QVERIFY(
            m_server.psql(QStringLiteral("UPDATE audit_log SET summary = 'changed' WHERE id = %1").arg(entries->at(1).id), kDb));
        const auto broken = AuditLog(*manager).verifyChain();
        QVERIFY(broken);
        QCOMPARE(broken->brokenAt, entries->at(1).id);
        QCOMPARE(broken->problem, QStringLiteral("edited"));
        QVERIFY(
            m_server.psql(QStringLiteral("UPDATE audit_log SET summary = 'viewed' WHERE id = %1").arg(entries->at(1).id), kDb));
        QCOMPARE(AuditLog(*manager).verifyChain()->brokenAt, RecordId(0));
    }

    // A desk hears of a submission another program stores, with its id, at once: the clerk of
    // its branch reads it then; the notice itself carries nothing but the id.
    void desksAreToldOfNewSubmissions()
    {
        auto clerk = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(clerk);
        SubmissionNotices notices(*clerk);
        QVERIFY(notices.listening());
        QSignalSpy arrived(&notices, &SubmissionNotices::arrived);
        auto watcher = openAs(QStringLiteral("watcher"), kWatcherPassword);
        QVERIFY(watcher);
        const RecordId first = submission(*watcher, m_centre, 'n');
        const RecordId second = submission(*watcher, m_north, 'o');
        QVERIFY(first && second);
        QVERIFY(arrived.wait(5000));
        QList<RecordId> ids;
        for (const QList<QVariant> &signal : std::as_const(arrived))
            ids << signal.at(0).value<QList<RecordId>>();
        while (ids.size() < 2 && arrived.wait(2000))
            ids << arrived.last().at(0).value<QList<RecordId>>();
        QCOMPARE(ids, (QList<RecordId>{first, second}));
        // The notice names both; the clerk's query finds hers only.
        SubmissionQuery query;
        const auto visible = SubmissionSql(*clerk).submissionIds(query);
        QVERIFY(visible->contains(first));
        QVERIFY(!visible->contains(second));
        // A single-desk workspace has no other writer, and listens to nothing.
        QTemporaryDir dir;
        auto file = SqlSession::openSqlite(dir.filePath(QStringLiteral("desk.db")));
        QVERIFY(file);
        QVERIFY(!SubmissionNotices(**file).listening());
    }

    void onlyTheOfficesDesksConnect()
    {
        // The office's database: no login but its desks (another office's on the same cluster).
        QVERIFY(m_server.psql(QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD 'stranger-password'"), kDb));
        QVERIFY(asPerson(QStringLiteral("stranger"), QStringLiteral("stranger-password"), QStringLiteral("SELECT 1"))
                    .contains(QLatin1String("permission denied for database")));
    }

    void aRemovedDeskCannotConnect()
    {
        OfficeServer office(*m_owner);
        QVERIFY(office.removeDesk(QStringLiteral("iryna")));
        QVERIFY(
            !asPerson(QStringLiteral("iryna"), kReceptionPassword, QStringLiteral("SELECT 1")).startsWith(QLatin1String("1")));
        QCOMPARE(office.removeDesk(QStringLiteral("iryna")).error().code, Error::Code::NotFound);
        QCOMPARE(office.desks()->size(), 3);
    }

    void cleanupTestCase() { m_owner.reset(); }
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_server_rights.moc"
