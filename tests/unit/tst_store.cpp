// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' contract: the SQL of every aggregate on one session. Every SQL dialect passes these:
// SQLite (a file) and PostgreSQL (a private cluster the test starts, tests/support/PostgresServer.h).
#include "core/Migrations.h"
#include "core/SqlSession.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "inbox/SubmissionSql.h"
#include "PostgresServer.h"
#include "TestUtil.h"

#include <QCollator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace kopii;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqlSession> m_session;
    int m_counter = 0;
    std::unique_ptr<test::PostgresServer> m_server; // started by the first PostgreSQL round

    test::PostgresServer &server()
    {
        if (!m_server) {
            m_server = std::make_unique<test::PostgresServer>();
            if (!m_server->start())
                qFatal("PostgreSQL did not start: %s", m_server->lastError.constData());
        }
        return *m_server;
    }

    // A new, empty database of the dialect this round of the test runs on (initTestCase_data):
    // its location for SqlSession::open.
    QString freshLocation()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect == QLatin1String("sqlite"))
            return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_counter));
        if (dialect == QLatin1String("postgresql")) {
            const QString name = QStringLiteral("store_%1").arg(++m_counter);
            if (!server().createDatabase(name))
                qFatal("no database: %s", server().lastError.constData());
            return server().tlsLocation(name);
        }
        qFatal("no test database for the dialect %s", qPrintable(dialect));
    }

    SharedSecret password()
    {
        QFETCH_GLOBAL(QString, dialect);
        return dialect == QLatin1String("postgresql") ? share(Secret::fromString(server().adminPassword)) : SharedSecret();
    }

    std::unique_ptr<SqlSession> openFresh()
    {
        auto s = SqlSession::open(freshLocation(), password());
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

private Q_SLOTS:
    // Every case runs once per SQL dialect: SQLite (a file) and PostgreSQL (the office server).
    void initTestCase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init() { m_session = openFresh(); }
    void cleanup() { m_session.reset(); }

    void newDatabaseIsAtLatestVersion()
    {
        QVERIFY(m_session->schemaVersion() >= 2);
        const auto org = OrganizationSql(*m_session).organization();
        QVERIFY(org.ok());
        QVERIFY(!org->has_value());
        QVERIFY(OrganizationSql(*m_session).branches()->isEmpty());
        QVERIFY(OrganizationSql(*m_session).services()->isEmpty());
    }

    void organizationRoundTrip()
    {
        Organization org = test::validOrganization();
        QVERIFY(OrganizationSql(*m_session).saveOrganization(org).ok());
        QCOMPARE(OrganizationSql(*m_session).organization()->value(), org);
        org.kind = OrganizationKind::SoleProprietor;
        org.code = QStringLiteral("3012304569");
        QVERIFY(OrganizationSql(*m_session).saveOrganization(org).ok());
        QCOMPARE(OrganizationSql(*m_session).organization()->value(), org);
    }

    void branchCrud()
    {
        Branch b = test::validBranch();
        b.customFullName = QStringLiteral("Центральне відділення ліцею");
        b.note = QStringLiteral("вхід з двору\nдзвінок праворуч");
        const auto id = OrganizationSql(*m_session).insertBranch(b);
        QVERIFY(id.ok());
        b.id = *id;
        QCOMPARE(OrganizationSql(*m_session).branch(b.id).value(), b);
        b.house = QStringLiteral("12-А");
        QVERIFY(OrganizationSql(*m_session).updateBranch(b).ok());
        QCOMPARE(OrganizationSql(*m_session).branches()->size(), 1);
        QCOMPARE(OrganizationSql(*m_session).branches()->first(), b);
        QVERIFY(OrganizationSql(*m_session).deleteBranch(b.id).ok());
        QCOMPARE(OrganizationSql(*m_session).branch(b.id).error().code, Error::Code::NotFound);
        QCOMPARE(OrganizationSql(*m_session).deleteBranch(b.id).error().code, Error::Code::NotFound);
        b.id = 999;
        QCOMPARE(OrganizationSql(*m_session).updateBranch(b).error().code, Error::Code::NotFound);
    }

    void uniqueConstraintsAreABackstop()
    {
        QVERIFY(OrganizationSql(*m_session).insertBranch(test::validBranch()).ok());
        // Same name in another case: refused by the database itself, not only by the guard.
        const auto dup = OrganizationSql(*m_session)
                             .insertBranch(test::validBranch(QStringLiteral("ЦЕНТР"), QStringLiteral("other@example.com")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::Conflict);
        const auto dupMail = OrganizationSql(*m_session)
                                 .insertBranch(test::validBranch(QStringLiteral("Інше"), QStringLiteral("CENTR@example.com")));
        QCOMPARE(dupMail.error().code, Error::Code::Conflict);
        QCOMPARE(OrganizationSql(*m_session).branches()->size(), 1);
    }

    void serviceCrudKeepsOrderAndLinks()
    {
        const RecordId a =
            *OrganizationSql(*m_session).insertBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b =
            *OrganizationSql(*m_session).insertBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        Service s;
        s.name = QStringLiteral("Запис до лікаря");
        s.branchIds = {a, b};
        s.documentKinds = {QStringLiteral("taxpayer-card"), QStringLiteral("passport")};
        s.returnLink = QStringLiteral("https://clinic.example.ua");
        const auto id = OrganizationSql(*m_session).insertService(s);
        QVERIFY(id.ok());
        s.id = *id;
        QCOMPARE(OrganizationSql(*m_session).service(s.id).value(), s);
        QCOMPARE(OrganizationSql(*m_session).servicesAtBranch(b)->size(), 1);

        s.branchIds = {a};
        s.documentKinds = {QStringLiteral("passport")};
        QVERIFY(OrganizationSql(*m_session).updateService(s).ok());
        QCOMPARE(OrganizationSql(*m_session).service(s.id).value(), s);
        QVERIFY(OrganizationSql(*m_session).servicesAtBranch(b)->isEmpty());

        QVERIFY(OrganizationSql(*m_session).deleteService(s.id).ok());
        QCOMPARE(OrganizationSql(*m_session).service(s.id).error().code, Error::Code::NotFound);
    }

    void branchInUseCannotBeDeletedByTheDatabase()
    {
        const RecordId a = *OrganizationSql(*m_session).insertBranch(test::validBranch());
        Service s;
        s.name = QStringLiteral("Послуга");
        s.branchIds = {a};
        s.documentKinds = {QStringLiteral("passport")};
        QVERIFY(OrganizationSql(*m_session).insertService(s).ok());
        const auto r = OrganizationSql(*m_session).deleteBranch(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(OrganizationSql(*m_session).branch(a).ok());
    }

    void serviceWithUnknownBranchIsRolledBackWhole()
    {
        Service s;
        s.name = QStringLiteral("Послуга");
        s.branchIds = {42};
        s.documentKinds = {QStringLiteral("passport")};
        const auto r = OrganizationSql(*m_session).insertService(s);
        QVERIFY(!r.ok());
        // No half-written service stays behind.
        QVERIFY(OrganizationSql(*m_session).services()->isEmpty());
    }

    void transactionRollsBackOnError()
    {
        const Status s = m_session->writeTransaction([&]() -> Status {
            if (auto id = OrganizationSql(*m_session).insertBranch(test::validBranch()); !id)
                return id.error();
            return Error{Error::Code::Validation, QStringLiteral("stop"), {}};
        });
        QVERIFY(!s.ok());
        QVERIFY(OrganizationSql(*m_session).branches()->isEmpty());
        // Nested transactions join the outer one.
        const Status ok = m_session->writeTransaction([&]() -> Status {
            return m_session->writeTransaction([&]() -> Status {
                auto id = OrganizationSql(*m_session).insertBranch(test::validBranch());
                return id ? Status{} : Status{id.error()};
            });
        });
        QVERIFY(ok.ok());
        QCOMPARE(OrganizationSql(*m_session).branches()->size(), 1);
    }

    void auditLogNewestFirst()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        QVERIFY(AuditLog(*m_session)
                    .append({0, t0, QStringLiteral("cli"), QStringLiteral("branch.add"), QStringLiteral("branch"), 1, QString(),
                             QString()})
                    .ok());
        QVERIFY(AuditLog(*m_session)
                    .append({0, t0.addSecs(5), QStringLiteral("gui"), QStringLiteral("branch.edit"), QStringLiteral("branch"), 1,
                             QString(), QString()})
                    .ok());
        const auto log = AuditLog(*m_session).entries(10);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().action, QStringLiteral("branch.edit"));
        QCOMPARE(log->first().time, t0.addSecs(5));
        QCOMPARE(log->last().actor, QStringLiteral("cli"));
        QCOMPARE(AuditLog(*m_session).entries(1)->size(), 1);
    }

    void submissionsAreStoredWholeAndOnce()
    {
        Submission s;
        s.source = QStringLiteral("ingest");
        s.messageId = QStringLiteral("abc@example.com");
        s.contentHash = QByteArray(32, '\x01');
        s.sender = QStringLiteral("ivan@example.com");
        s.senderName = QStringLiteral("Іван Петренко");
        s.subject = QStringLiteral("Копії документів");
        s.sentAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
        s.receivedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 1), Qt::UTC);
        s.recipient = QStringLiteral("centr@example.com");
        DocumentCopy passport;
        passport.kind = QStringLiteral("passport");
        passport.pdfName = QStringLiteral("Паспорт.pdf");
        passport.pdf = QByteArray("%PDF-1.4 passport");
        passport.p7sName = QStringLiteral("Паспорт.pdf.p7s");
        passport.p7s = QByteArray("\x30\x82 sig");
        DocumentCopy attached;
        attached.kind = QStringLiteral("other");
        attached.p7sName = QStringLiteral("Довідка.p7s");
        attached.p7s = QByteArray("\x30\x82 attached");
        s.documents = {passport, attached};
        const QByteArray raw("From: ivan@example.com\r\n\r\nbody");

        const auto id = SubmissionSql(*m_session).insertSubmission(s, raw);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(*SubmissionSql(*m_session).hasSubmission(s.contentHash));

        // The same message again: refused, nothing written.
        const auto again = SubmissionSql(*m_session).insertSubmission(s, raw);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(SubmissionSql(*m_session).submissions(100)->size(), 1);

        // A message's place in its mailbox is unique too: another message at the same UID (of the
        // same UIDVALIDITY) is the same message, whatever its bytes; a new UIDVALIDITY is not.
        Submission placed = s;
        placed.contentHash = QByteArray(32, '\x02');
        placed.uidValidity = 7;
        placed.uid = 42;
        const auto first = SubmissionSql(*m_session).insertSubmission(placed, raw);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(SubmissionSql(*m_session).submission(*first)->uid, qint64(42));
        placed.contentHash = QByteArray(32, '\x03');
        const auto samePlace = SubmissionSql(*m_session).insertSubmission(placed, raw);
        QVERIFY(!samePlace);
        QCOMPARE(samePlace.error().code, Error::Code::Conflict);
        placed.uidValidity = 8;
        const auto renumbered = SubmissionSql(*m_session).insertSubmission(placed, raw);
        QVERIFY(renumbered);
        QVERIFY(SubmissionSql(*m_session).deleteSubmission(*first));
        QVERIFY(SubmissionSql(*m_session).deleteSubmission(*renumbered));
        QCOMPARE(SubmissionSql(*m_session).submissions(100)->size(), 1);

        // The list carries names and sizes, not bytes.
        const auto list = SubmissionSql(*m_session).submissions(100);
        QCOMPARE(list->first().documents.size(), 2);
        QVERIFY(list->first().documents.first().pdf.isEmpty());
        QCOMPARE(list->first().documents.first().pdfSize, passport.pdf.size());
        QCOMPARE(list->first().documents.at(1).p7sSize, attached.p7s.size());
        QCOMPARE(list->first().senderName, s.senderName);

        const auto full = SubmissionSql(*m_session).submission(*id);
        QVERIFY(full);
        QCOMPARE(full->documents.first().pdf, passport.pdf);
        QCOMPARE(full->documents.first().p7s, passport.p7s);
        QVERIFY(full->documents.at(1).pdf.isEmpty());
        QCOMPARE(full->documents.at(1).p7s, attached.p7s);
        QCOMPARE(full->sentAt, s.sentAt);
        QCOMPARE(*SubmissionSql(*m_session).rawMessage(*id), raw);
        QCOMPARE(SubmissionSql(*m_session).submission(*id + 100).error().code, Error::Code::NotFound);
    }

    // A reader (SqlSession::readerOpener) on another thread sees what is committed, refuses to
    // change anything, and leaves the catch-ups (which write) to the session that opened.
    void readerOnAnotherThreadReadsOnly()
    {
        Submission s;
        s.source = QStringLiteral("mailbox");
        s.contentHash = QByteArray(32, 'r');
        s.receivedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        const auto id = SubmissionSql(*m_session).insertSubmission(s, QByteArray("raw"));
        QVERIFY(id);
        const SqlSession::ReaderOpener open = m_session->readerOpener();
        bool seen = false, refused = false, caughtUp = true;
        QThread *worker = QThread::create([&] {
            auto reader = open();
            if (!reader)
                return;
            const auto has = SubmissionSql(**reader).hasSubmission(s.contentHash);
            seen = has && *has;
            const Status write = (*reader)->writeTransaction([] { return Status(); });
            refused = !write && write.error().code == Error::Code::Internal;
            caughtUp = (*reader)->once(QStringLiteral("test-step"), [] { return Status(); });
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(seen);
        QVERIFY(refused);
        QVERIFY(!caughtUp);
    }

    // A mailbox's store writes through a connection of its own on its thread: configured like the
    // first one (synchronous commits, foreign keys), and a commit that need not wait for the disk
    // leaves the connection's later commits waiting for it again, also when the work fails.
    void writerOnAnotherThreadCommitsDurably()
    {
        const SqlSession::ReaderOpener open = m_session->writerOpener();
        QStringList seen;
        QThread *worker = QThread::create([&] {
            auto writer = open();
            if (!writer) {
                seen << writer.error().message;
                return;
            }
            // SQLite's synchronous: FULL is 2, NORMAL 1; PostgreSQL's synchronous_commit on and off
            // are the same promises. PostgreSQL always checks foreign keys.
            const bool postgres = (*writer)->dialect().name() == QLatin1String("postgresql");
            auto synchronous = [&] {
                QSqlQuery q((*writer)->db());
                if (postgres)
                    return q.exec(QStringLiteral("SHOW synchronous_commit")) && q.next()
                        ? (q.value(0).toString() == QLatin1String("on") ? QStringLiteral("2") : QStringLiteral("1"))
                        : QStringLiteral("?");
                return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toString() : QStringLiteral("?");
            };
            QSqlQuery keys((*writer)->db());
            if (postgres)
                seen << QStringLiteral("1");
            else
                seen << (keys.exec(QStringLiteral("PRAGMA foreign_keys")) && keys.next() ? keys.value(0).toString() : QString());
            seen << synchronous();
            Submission s;
            s.source = QStringLiteral("mailbox");
            s.contentHash = QByteArray(32, 'w');
            s.receivedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
            const Status light = (*writer)->writeTransaction(
                [&]() -> Status {
                    seen << synchronous(); // NORMAL (1) inside
                    const auto inserted = SubmissionSql(**writer).insertSubmission(s, QByteArray("raw"));
                    return inserted ? Status() : Status(inserted.error());
                },
                SqlSession::Commit::SurvivesCrash);
            seen << (light ? QStringLiteral("ok") : light.error().message) << synchronous();
            const Status failed = (*writer)->writeTransaction(
                [] {
                    return Status(Error{Error::Code::Internal, QStringLiteral("no"), {}});
                },
                SqlSession::Commit::SurvivesCrash);
            seen << (failed ? QStringLiteral("ok") : QStringLiteral("failed")) << synchronous();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        // foreign keys on; FULL (2) before, NORMAL (1) in the light commit, FULL after each.
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("ok"),
                              QStringLiteral("2"), QStringLiteral("failed"), QStringLiteral("2")}));
        const auto has = SubmissionSql(*m_session).hasSubmission(QByteArray(32, 'w'));
        QVERIFY(has && *has); // committed, and seen by the first connection
    }

    void inboxQueryFiltersSortsAndPages()
    {
        // Three branches' worth of submissions: 250 from one sender, the rest varied.
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QList<RecordId> ids;
        for (int i = 0; i < 260; ++i) {
            Submission s;
            s.source = QStringLiteral("ingest");
            s.contentHash = QByteArray::number(i).rightJustified(32, '0');
            s.branchId = 1 + i % 3;
            s.serviceId = i % 2 ? 7 : 0;
            s.sender = i == 5 ? QStringLiteral("olena@example.com") : QStringLiteral("visitor%1@example.com").arg(i);
            s.senderName = i == 5 ? QStringLiteral("Олена Коваленко") : QString();
            s.subject = QStringLiteral("Копії документів");
            s.receivedAt = t0.addSecs(60 * i);
            DocumentCopy d;
            d.kind = QStringLiteral("passport");
            d.pdfName = i == 9 ? QStringLiteral("Свідоцтво_про_народження.pdf") : QStringLiteral("Паспорт.pdf");
            d.pdf = QByteArray("%PDF-1.4");
            d.p7sName = d.pdfName + QStringLiteral(".p7s");
            d.p7s = QByteArray("sig");
            s.documents = {d};
            const auto id = SubmissionSql(*m_session).insertSubmission(s, QByteArray("raw"));
            QVERIFY(id);
            ids << *id;
        }
        auto count = [this](const SubmissionQuery &q) { return int(SubmissionSql(*m_session).submissionIds(q)->size()); };
        QCOMPARE(count({}), 260);
        // Nothing checked yet: all pending.
        SubmissionQuery pending;
        pending.verdict = QStringLiteral("pending");
        QCOMPARE(count(pending), 260);

        // Verdicts (with a signer) for three; the worst of a submission's documents counts.
        auto verdict = [this, &ids](int i, const QString &v, const QString &name, const QString &rnokpp) {
            const auto full = SubmissionSql(*m_session).submission(ids.at(i));
            StoredVerification sv;
            sv.documentId = full->documents.first().id;
            sv.verdict = v;
            sv.summary = v;
            sv.checksJson = QStringLiteral("[]");
            sv.signerName = name;
            sv.signerRnokpp = rnokpp;
            sv.verifiedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(SubmissionSql(*m_session).saveVerification(sv));
        };
        verdict(3, QStringLiteral("valid"), QStringLiteral("ШЕВЧЕНКО Тарас"), QStringLiteral("3012345670"));
        verdict(4, QStringLiteral("invalid"), QStringLiteral("Бондар Іван"), QStringLiteral("2912345672"));
        verdict(6, QStringLiteral("valid"), QStringLiteral("Бондар Іван"), QStringLiteral("2912345672"));
        verdict(6, QStringLiteral("indeterminate"), QStringLiteral("Бондар Іван"), QStringLiteral("2912345672"));
        SubmissionQuery q;
        q.verdict = QStringLiteral("valid");
        QCOMPARE(count(q), 1);
        q.verdict = QStringLiteral("indeterminate");
        QCOMPARE(count(q), 1); // verified again: the new verdict replaces the old
        QCOMPARE(count(pending), 257);

        // Text: case-insensitive Cyrillic, in the signer, РНОКПП, sender and file names.
        SubmissionQuery text;
        text.text = QStringLiteral("шевченко");
        QCOMPARE(count(text), 1);
        text.text = QStringLiteral("2912345672");
        QCOMPARE(count(text), 2);
        text.text = QStringLiteral("ОЛЕНА");
        QCOMPARE(count(text), 1);
        text.text = QStringLiteral("свідоцтво");
        QCOMPARE(count(text), 1);
        text.text = QStringLiteral("нікого такого");
        QCOMPARE(count(text), 0);

        // Branch, service, state, period.
        SubmissionQuery branch;
        branch.branchId = 2;
        QCOMPARE(count(branch), 87);
        branch.serviceId = 7;
        QCOMPARE(count(branch), 44);
        branch.serviceId = 0;
        QCOMPARE(count(branch), 43);
        QVERIFY(SubmissionSql(*m_session).setSubmissionState(ids.at(1), QStringLiteral("processed"), t0));
        SubmissionQuery state;
        state.state = QStringLiteral("processed");
        QCOMPARE(count(state), 1);
        QCOMPARE(SubmissionSql(*m_session).querySubmissions(state, 0, 10)->first().id, ids.at(1));
        SubmissionQuery period;
        period.receivedFrom = t0.addSecs(60 * 250);
        QCOMPARE(count(period), 10);
        period.receivedTo = t0.addSecs(60 * 255);
        QCOMPARE(count(period), 5);

        // Pages in order: newest first by default, then by verdict (worst last when ascending).
        const auto first = SubmissionSql(*m_session).querySubmissions({}, 0, 100);
        const auto second = SubmissionSql(*m_session).querySubmissions({}, 100, 100);
        const auto last = SubmissionSql(*m_session).querySubmissions({}, 200, 100);
        QCOMPARE(first->size(), 100);
        QCOMPARE(last->size(), 60);
        QCOMPARE(first->first().id, ids.last());
        QCOMPARE(second->first().id, ids.at(159));
        QCOMPARE(last->last().id, ids.first());
        QCOMPARE(first->first().documents.size(), 1);
        QVERIFY(first->first().documents.first().pdf.isEmpty()); // no bytes in lists
        SubmissionQuery byVerdict;
        byVerdict.sort = SubmissionQuery::Sort::Verdict;
        byVerdict.descending = true;
        const auto worst = SubmissionSql(*m_session).querySubmissions(byVerdict, 0, 3);
        QCOMPARE(worst->at(0).id, ids.at(6));
        QCOMPARE(worst->at(1).id, ids.at(4));
        QCOMPARE(worst->at(2).id, ids.at(3));
        SubmissionQuery bySender;
        bySender.sort = SubmissionQuery::Sort::Sender;
        bySender.descending = false;
        // Cyrillic before Latin, as Ukrainian collation (CLDR's [reorder Cyrl]) has it.
        QCOMPARE(SubmissionSql(*m_session).querySubmissions(bySender, 0, 1)->first().id, ids.at(5));
    }

    // Sorting by sender, signer, branch and service follows the Ukrainian alphabet, whatever the
    // case, the same as ICU's Ukrainian collation (QCollator), an implementation independent of
    // Kopii's SortKey: є after е, і and ї after и, ґ after г, which code-point order gets wrong.
    void inboxSortsCyrillicAsTheUkrainianAlphabet()
    {
        const QStringList names = {QStringLiteral("Яків"),    QStringLiteral("ігор"),   QStringLiteral("Євген"),
                                   QStringLiteral("Ґанна"),   QStringLiteral("Юрій"),   QStringLiteral("Їжак"),
                                   QStringLiteral("андрій"),  QStringLiteral("Гліб"),   QStringLiteral("Марʼяна"),
                                   QStringLiteral("Ерік"),    QStringLiteral("Ілля"),   QStringLiteral("Йосип"),
                                   QStringLiteral("Ємельян"), QStringLiteral("Дмитро"), QStringLiteral("Шевченко"),
                                   QStringLiteral("Щербак"),  QStringLiteral("Ольга"),  QStringLiteral("ЖАННА")};
        QCollator uk{QLocale(QLocale::Ukrainian, QLocale::Ukraine)};
        uk.setCaseSensitivity(Qt::CaseInsensitive);
        QStringList expected = names;
        std::sort(expected.begin(), expected.end(), uk);
        QCOMPARE(expected.first(), QStringLiteral("андрій")); // ICU answers, not a fallback
        QVERIFY(expected.indexOf(QStringLiteral("Ґанна")) < expected.indexOf(QStringLiteral("Дмитро")));

        QHash<RecordId, QString> byId;
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        for (qsizetype i = 0; i < names.size(); ++i) {
            Branch b = test::validBranch();
            b.name = names.at(i);
            b.email = QStringLiteral("b%1@example.com").arg(i);
            const auto branchId = OrganizationSql(*m_session).insertBranch(b);
            QVERIFY(branchId);
            Service v;
            v.name = names.at(i);
            v.documentKinds = {QStringLiteral("passport")};
            const auto serviceId = OrganizationSql(*m_session).insertService(v);
            QVERIFY(serviceId);
            Submission s;
            s.source = QStringLiteral("ingest");
            s.contentHash = QByteArray::number(int(i)).rightJustified(32, 'c');
            s.sender = QStringLiteral("v%1@example.com").arg(i);
            s.senderName = names.at(i);
            s.branchId = *branchId;
            s.serviceId = *serviceId;
            s.receivedAt = t0.addSecs(i);
            DocumentCopy d;
            d.kind = QStringLiteral("passport");
            d.pdfName = QStringLiteral("Паспорт.pdf");
            d.pdf = QByteArray("%PDF-1.4");
            s.documents = {d};
            const auto id = SubmissionSql(*m_session).insertSubmission(s, QByteArray("raw"));
            QVERIFY(id);
            byId.insert(*id, names.at(i));
            StoredVerification sv;
            sv.documentId = SubmissionSql(*m_session).submission(*id)->documents.first().id;
            sv.verdict = QStringLiteral("valid");
            sv.checksJson = QStringLiteral("[]");
            sv.signerName = names.at(i);
            sv.verifiedAt = t0;
            QVERIFY(SubmissionSql(*m_session).saveVerification(sv));
        }
        for (auto sort : {SubmissionQuery::Sort::Sender, SubmissionQuery::Sort::Signer, SubmissionQuery::Sort::Branch,
                          SubmissionQuery::Sort::Service}) {
            SubmissionQuery q;
            q.sort = sort;
            q.descending = false;
            QStringList got;
            for (RecordId id : *SubmissionSql(*m_session).submissionIds(q))
                got << byId.value(id);
            QCOMPARE(got, expected);
            q.descending = true;
            got.clear();
            for (RecordId id : *SubmissionSql(*m_session).submissionIds(q))
                got << byId.value(id);
            std::reverse(got.begin(), got.end());
            QCOMPARE(got, expected);
        }
    }

    // The inbox summary takes the documents' names from the submission (written with it, version
    // 19); for one stored before, from its documents, once, and keeps them. One batch of results
    // refreshes each submission once, with all its documents' verdicts.
    // A submission without a signer (not signed, not checked yet) sorts before every signer, on
    // every dialect: its sort key is an empty value, never NULL (which PostgreSQL puts last).
    void noSignerSortsFirstOnEveryDialect()
    {
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        QList<RecordId> ids;
        for (int i = 0; i < 2; ++i) {
            Submission s;
            s.source = QStringLiteral("ingest");
            s.contentHash = QByteArray::number(i).rightJustified(32, 'n');
            s.sender = QStringLiteral("v%1@example.com").arg(i);
            s.receivedAt = t0.addSecs(i);
            DocumentCopy d;
            d.kind = QStringLiteral("passport");
            d.pdfName = QStringLiteral("Паспорт.pdf");
            d.pdf = QByteArray("%PDF-1.4");
            s.documents = {d};
            const auto id = SubmissionSql(*m_session).insertSubmission(s, QByteArray("raw"));
            QVERIFY(id);
            ids << *id;
            StoredVerification sv;
            sv.documentId = SubmissionSql(*m_session).submission(*id)->documents.first().id;
            sv.verdict = i == 0 ? QStringLiteral("valid") : QStringLiteral("indeterminate");
            sv.checksJson = QStringLiteral("[]");
            sv.signerName = i == 0 ? QStringLiteral("Андрій") : QString();
            sv.verifiedAt = t0;
            QVERIFY(SubmissionSql(*m_session).saveVerification(sv));
        }
        SubmissionQuery q;
        q.sort = SubmissionQuery::Sort::Signer;
        q.descending = false;
        QCOMPARE(*SubmissionSql(*m_session).submissionIds(q), (QList<RecordId>{ids.at(1), ids.at(0)}));
        q.descending = true;
        QCOMPARE(*SubmissionSql(*m_session).submissionIds(q), (QList<RecordId>{ids.at(0), ids.at(1)}));
    }

    void summariesKnowDocumentNamesOldAndNew()
    {
        Submission s;
        s.source = QStringLiteral("ingest");
        s.contentHash = QByteArray(32, 'n');
        s.sender = QStringLiteral("v@example.com");
        s.receivedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        for (const QString &name : {QStringLiteral("Паспорт"), QStringLiteral("Довідка")}) {
            DocumentCopy d;
            d.kind = QStringLiteral("passport");
            d.pdfName = name + QStringLiteral(".pdf");
            d.pdf = QByteArray("%PDF-1.4");
            d.p7sName = QStringLiteral("підпис-") + name + QStringLiteral(".p7s");
            d.p7s = QByteArray("0");
            s.documents << d;
        }
        const auto id = SubmissionSql(*m_session).insertSubmission(s, QByteArray("raw"));
        QVERIFY(id);
        const auto found = [&](const QString &text) {
            SubmissionQuery q;
            q.text = text;
            return SubmissionSql(*m_session).submissionIds(q)->contains(*id);
        };
        const auto namesColumn = [&]() {
            QSqlQuery q(m_session->db());
            q.exec(QStringLiteral("SELECT document_names FROM submission WHERE id = %1").arg(*id));
            return q.next() ? q.value(0) : QVariant(QStringLiteral("no row"));
        };
        QVERIFY(found(QStringLiteral("ПІДПИС-довідка")));
        const QString names = QStringLiteral("Паспорт.pdf\nпідпис-Паспорт.p7s\nДовідка.pdf\nпідпис-Довідка.p7s");
        QCOMPARE(namesColumn().toString(), names);

        // As a submission stored before version 19 is.
        QSqlQuery old(m_session->db());
        QVERIFY(old.exec(QStringLiteral("UPDATE submission SET document_names = NULL, search = '', summary_ok = 0")));
        QVERIFY(namesColumn().isNull());
        const Submission stored = *SubmissionSql(*m_session).submission(*id);
        QList<StoredVerification> results;
        for (const QString &verdict : {QStringLiteral("valid"), QStringLiteral("indeterminate")}) {
            StoredVerification sv;
            sv.documentId = stored.documents.at(results.size()).id;
            sv.verdict = verdict;
            sv.checksJson = QStringLiteral("[]");
            sv.signerName = QStringLiteral("Підписант %1").arg(results.size());
            sv.verifiedAt = s.receivedAt;
            results << sv;
        }
        QVERIFY(SubmissionSql(*m_session).saveVerifications(results));
        QCOMPARE(namesColumn().toString(), names);
        QVERIFY(found(QStringLiteral("підпис-паспорт.p7s")));
        QVERIFY(found(QStringLiteral("підписант 1")));
        SubmissionQuery worst;
        worst.verdict = QStringLiteral("indeterminate");
        QVERIFY(SubmissionSql(*m_session).submissionIds(worst)->contains(*id));
    }

    void theFactoryOpensFilesAndRefusesWhatItCannotOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("factory.db"));
        auto file = SqlSession::open(QStringLiteral("sqlite:") + path);
        QVERIFY2(file, file ? "" : qPrintable(file.error().message));
        QCOMPARE((*file)->schemaVersion(), Migrations::latestVersion());
        auto server = SqlSession::open(QStringLiteral("postgresql://clerk:secret@office.example/kopii"));
        QVERIFY(!server);
        QVERIFY(server.error().message.contains(QLatin1String("office.example/kopii")));
        QVERIFY(!server.error().message.contains(QLatin1String("secret"))); // no password in messages
        auto web = SqlSession::open(QStringLiteral("https://example.com/kopii.db"));
        QVERIFY(!web);
    }

    void failedSubmissionsCountAsInvalid()
    {
        Submission s;
        s.source = QStringLiteral("ingest");
        s.status = Submission::Status::Failed;
        s.failure = QStringLiteral("not a MIME message");
        s.contentHash = QByteArray(32, 'f');
        s.receivedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(SubmissionSql(*m_session).insertSubmission(s, QByteArray("garbage")));
        SubmissionQuery q;
        q.verdict = QStringLiteral("invalid");
        QCOMPARE(int(SubmissionSql(*m_session).submissionIds(q)->size()), 1);
    }

    void dataSurvivesReopen()
    {
        const QString location = freshLocation();
        {
            auto s = SqlSession::open(location, password());
            QVERIFY(s.ok());
            QVERIFY(OrganizationSql(**s).insertBranch(test::validBranch()).ok());
        }
        auto s = SqlSession::open(location, password());
        QVERIFY(s.ok());
        QCOMPARE(OrganizationSql(**s).branches()->first().name, QStringLiteral("Центр"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
