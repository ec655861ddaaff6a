// SPDX-License-Identifier: GPL-3.0-or-later
// The rights of an office server are the server's own (review finding H5): a clerk with psql (an
// independent client) gets exactly what Kopii gives her: the submissions of her branches, no
// change of her role, no edit or removal of the audit log, whose seals the server makes with a key
// no desk can read. Kopii itself, connected as each person, sees the same.
#include "core/AccessGuard.h"
#include "core/AuditLog.h"
#include "core/OfficeServer.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "core/StaffSql.h"
#include "inbox/InboxRules.h"
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

    // A document's bytes leave the server only through kopii_open_document, which writes the
    // audit entry (in the login's and the person's name) first; neither psql nor Kopii reads them
    // otherwise, nor the raw messages that hold them too.
    void documentsComeOnlyWithTheirLogEntry()
    {
        const QString mine = asPerson(QStringLiteral("olena"), kManagerPassword,
                                      QStringLiteral("SELECT d.id FROM document_copy d JOIN submission s ON s.id = "
                                                     "d.submission_id WHERE s.branch_id = %1")
                                          .arg(m_centre));
        const QString other = asPerson(QStringLiteral("olena"), kManagerPassword,
                                       QStringLiteral("SELECT d.id FROM document_copy d JOIN submission s ON s.id = "
                                                      "d.submission_id WHERE s.branch_id = %1")
                                           .arg(m_north));
        QVERIFY2(mine.toLongLong() > 0 && other.toLongLong() > 0, qPrintable(mine + other));
        for (const auto &[person, password] :
             {std::pair{QStringLiteral("ivan"), kClerkPassword}, std::pair{QStringLiteral("olena"), kManagerPassword}}) {
            for (const char *sql :
                 {"SELECT pdf FROM document_copy", "SELECT p7s FROM document_copy", "SELECT * FROM document_copy",
                  "SELECT data FROM raw_message", "SELECT count(*) FROM raw_message"})
                QVERIFY2(asPerson(person, password, QLatin1String(sql)).contains(QLatin1String("permission denied")),
                         qPrintable(person + QStringLiteral(": ") + QLatin1String(sql)));
            // Names and sizes are hers to list.
            QCOMPARE(asPerson(person, password,
                              QStringLiteral("SELECT pdf_name, pdf_size FROM document_copy WHERE id = %1").arg(mine)),
                     QStringLiteral("Паспорт.pdf|10"));
        }
        const auto countViews = [&] {
            return m_server
                .psqlOutput(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'document.%' AND object_id IN "
                                           "(%1, %2)")
                                .arg(mine, other),
                            kDb)
                .toInt();
        };
        const int before = countViews();
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword,
                          QStringLiteral("SELECT encode(pdf, 'escape') FROM kopii_open_document(%1, 'view')").arg(mine)),
                 QStringLiteral("%PDF-1.4 a"));
        QCOMPARE(countViews(), before + 1);
        QCOMPARE(
            m_server.psqlOutput(QStringLiteral("SELECT actor || '|' || action FROM audit_log ORDER BY id DESC LIMIT 1"), kDb),
            QStringLiteral("ivan: Іван Петренко|document.view"));
        // Another branch's document: nothing, and nothing logged; reception: nothing either.
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword,
                          QStringLiteral("SELECT count(*) FROM kopii_open_document(%1, 'view')").arg(other)),
                 QStringLiteral("0"));
        QCOMPARE(asPerson(QStringLiteral("iryna"), kReceptionPassword,
                          QStringLiteral("SELECT count(*) FROM kopii_open_document(%1, 'view')").arg(mine)),
                 QStringLiteral("0"));
        QVERIFY(asPerson(QStringLiteral("ivan"), kClerkPassword,
                         QStringLiteral("SELECT count(*) FROM kopii_open_document(%1, 'peek')").arg(mine))
                    .contains(QLatin1String("no way of opening")));
        QCOMPARE(countViews(), before + 1);
        // A read-only transaction cannot write the entry, so it gets no bytes.
        QVERIFY(
            asPerson(QStringLiteral("ivan"), kClerkPassword,
                     QStringLiteral("BEGIN READ ONLY; SELECT count(*) FROM kopii_open_document(%1, 'view'); COMMIT").arg(mine))
                .contains(QLatin1String("read-only")));

        // Kopii as Ivan: the inbox lists names and sizes; the bytes come with the entry.
        auto kopii = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(kopii);
        QCOMPARE(*SubmissionSql(*kopii).readsBytesDirectly(), false);
        const auto listed =
            SubmissionSql(*kopii).submission(SubmissionSql(*kopii).submissionIds({})->first(), SubmissionSql::Bytes::Left);
        QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
        QCOMPARE(listed->documents.first().pdfSize, qint64(10));
        QVERIFY(listed->documents.first().pdf.isEmpty());
        bool auditedHere = false;
        const auto opened = SubmissionSql(*kopii).openDocument(mine.toLongLong(), QStringLiteral("save"), [&] {
            auditedHere = true;
            return Status();
        });
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->pdf, QByteArray("%PDF-1.4 a"));
        QCOMPARE(opened->pdfName, QStringLiteral("Паспорт.pdf"));
        QVERIFY(!auditedHere); // the server wrote it
        QCOMPARE(countViews(), before + 2);
        const auto refused =
            SubmissionSql(*kopii).openDocument(other.toLongLong(), QStringLiteral("view"), [] { return Status(); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotFound);
        // The watcher reads bytes itself (it stores and checks them), unlogged.
        auto watcher = openAs(QStringLiteral("watcher"), kWatcherPassword);
        QVERIFY(watcher);
        QCOMPARE(*SubmissionSql(*watcher).readsBytesDirectly(), true);
        QCOMPARE(SubmissionSql(*watcher).document(other.toLongLong())->pdf, QByteArray("%PDF-1.4 b"));
        QCOMPARE(countViews(), before + 2);
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

    // Retention runs on the server, by the manager's policy and the server's clock, for the
    // watcher's role alone; every deletion (retention's, a person's, Kopii's or psql's) is in the
    // audit log, written by the server.
    void retentionIsTheWatchersAndEveryDeletionIsLogged()
    {
        auto watcher = openAs(QStringLiteral("watcher"), kWatcherPassword);
        QVERIFY(watcher);
        const auto aged = [&](char tag, const QDateTime &received) {
            const RecordId id = submission(*watcher, m_centre, tag);
            m_server.psql(
                QStringLiteral("UPDATE submission SET received_ms = %1 WHERE id = %2").arg(received.toMSecsSinceEpoch()).arg(id),
                kDb);
            return id;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RecordId old = aged('p', now.addDays(-200));      // past the 180 days' maximum age
        const RecordId recent = aged('q', now.addDays(-10));    // kept
        const RecordId processed = aged('r', now.addDays(-40)); // processed 31 days ago: past the 30 days
        QVERIFY(m_server.psql(QStringLiteral("UPDATE submission SET state = 'processed', processed_ms = %1 WHERE id = %2")
                                  .arg(now.addDays(-31).toMSecsSinceEpoch())
                                  .arg(processed),
                              kDb));
        const auto logged = [&](RecordId id) {
            return m_server.psqlOutput(
                QStringLiteral("SELECT string_agg(actor || '|' || action, ',') FROM audit_log WHERE object_type = "
                               "'submission' AND object_id = %1 AND action LIKE 'submission.%'")
                    .arg(id),
                kDb);
        };

        // Nobody but the watcher runs it; the watcher deletes nothing but through it.
        for (const auto &[person, password] :
             {std::pair{QStringLiteral("ivan"), kClerkPassword}, std::pair{QStringLiteral("olena"), kManagerPassword}})
            QVERIFY(asPerson(person, password, QStringLiteral("SELECT * FROM kopii_retention_purge()"))
                        .contains(QLatin1String("permission denied")));
        QVERIFY(asPerson(QStringLiteral("watcher"), kWatcherPassword, QStringLiteral("DELETE FROM submission"))
                    .contains(QLatin1String("permission denied")));
        // Kopii on a clerk's desk does not try: it says whose job it is.
        auto clerk = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(clerk);
        AccessGuard ivan(*clerk, QStringLiteral("Іван Петренко"));
        ivan.setSession(Role::Clerk, QStringLiteral("Іван Петренко"));
        const auto refused = InboxRules(ivan).purgeByPolicy();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QVERIFY(!InboxRules(ivan).purge(1, 1, false));
        const auto wouldGo = InboxRules(ivan).purgeByPolicy(true); // a look at what would go is hers
        QVERIFY2(wouldGo, wouldGo ? "" : qPrintable(wouldGo.error().message));
        QVERIFY(wouldGo->contains(old) && wouldGo->contains(processed) && !wouldGo->contains(recent));

        AccessGuard service(*watcher, QStringLiteral("watcher"));
        const auto purged = InboxRules(service).purgeByPolicy();
        QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message));
        QVERIFY(purged->contains(old) && purged->contains(processed) && !purged->contains(recent));
        QCOMPARE(logged(old), QStringLiteral("watcher: retention|submission.purge"));
        QCOMPARE(logged(processed), QStringLiteral("watcher: retention|submission.purge"));
        QCOMPARE(
            m_server.psqlOutput(
                QStringLiteral("SELECT count(*) FROM document_copy d WHERE d.submission_id IN (%1, %2)").arg(old).arg(processed),
                kDb),
            QStringLiteral("0"));
        QVERIFY(InboxRules(service).purgeByPolicy()->isEmpty()); // nothing more is due

        // A clerk's deletion, through Kopii: one entry, the server's; through psql: logged all the same.
        QVERIFY(InboxRules(ivan).deleteSubmission(recent));
        QCOMPARE(logged(recent), QStringLiteral("ivan: Іван Петренко|submission.delete"));
        const RecordId another = submission(*watcher, m_centre, 's');
        QCOMPARE(asPerson(QStringLiteral("ivan"), kClerkPassword,
                          QStringLiteral("SET kopii.retention = 'on'; DELETE FROM submission WHERE id = %1").arg(another)),
                 QString());
        QCOMPARE(logged(another), QStringLiteral("ivan: Іван Петренко|submission.delete")); // not a "purge"
        auto manager = openAs(QStringLiteral("olena"), kManagerPassword);
        QCOMPARE(AuditLog(*manager).verifyChain()->brokenAt, RecordId(0));
    }

    // A legal hold, on the server: placed and lifted by a manager only, however one connects; no
    // deletion (retention's, a person's through Kopii or psql) while it stands.
    void aLegalHoldHoldsOnTheServer()
    {
        auto watcher = openAs(QStringLiteral("watcher"), kWatcherPassword);
        QVERIFY(watcher);
        const RecordId held = submission(*watcher, m_centre, 'h');
        QVERIFY(m_server.psql(QStringLiteral("UPDATE submission SET received_ms = %1 WHERE id = %2")
                                  .arg(QDateTime::currentDateTimeUtc().addDays(-400).toMSecsSinceEpoch())
                                  .arg(held),
                              kDb));
        QVERIFY(asPerson(QStringLiteral("ivan"), kClerkPassword,
                         QStringLiteral("UPDATE submission SET legal_hold = 'mine' WHERE id = %1").arg(held))
                    .contains(QLatin1String("only a manager")));
        auto managerDb = openAs(QStringLiteral("olena"), kManagerPassword);
        QVERIFY(managerDb);
        AccessGuard olena(*managerDb, QStringLiteral("Олена Коваленко"));
        olena.setSession(Role::Manager, QStringLiteral("Олена Коваленко"));
        QVERIFY(InboxRules(olena).setLegalHold(held, QStringLiteral("Запит поліції № 17")));

        AccessGuard service(*watcher, QStringLiteral("watcher"));
        const auto purged = InboxRules(service).purgeByPolicy();
        QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message));
        QVERIFY(!purged->contains(held));
        QVERIFY(asPerson(QStringLiteral("ivan"), kClerkPassword, QStringLiteral("DELETE FROM submission WHERE id = %1").arg(held))
                    .contains(QLatin1String("legal hold")));
        QVERIFY(asPerson(QStringLiteral("ivan"), kClerkPassword,
                         QStringLiteral("UPDATE submission SET legal_hold = '' WHERE id = %1").arg(held))
                    .contains(QLatin1String("only a manager")));
        auto clerk = openAs(QStringLiteral("ivan"), kClerkPassword);
        QVERIFY(clerk);
        AccessGuard ivan(*clerk, QStringLiteral("Іван Петренко"));
        ivan.setSession(Role::Clerk, QStringLiteral("Іван Петренко"));
        QCOMPARE(InboxRules(ivan).deleteSubmission(held).error().code, Error::Code::Denied);
        QCOMPARE(m_server.psqlOutput(QStringLiteral("SELECT legal_hold FROM submission WHERE id = %1").arg(held), kDb),
                 QStringLiteral("Запит поліції № 17"));

        QVERIFY(InboxRules(olena).liftLegalHold(held));
        const auto after = InboxRules(service).purgeByPolicy();
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QVERIFY(after->contains(held));
    }

    void cleanupTestCase() { m_owner.reset(); }
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_server_rights.moc"
