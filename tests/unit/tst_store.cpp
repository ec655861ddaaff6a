// The Store contract. Every store implementation (SQLite now, PostgreSQL later) must pass these.
#include "core/SqlStore.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_counter = 0;

    std::unique_ptr<Store> openFresh()
    {
        auto s = SqlStore::openSqlite(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_counter)));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

private Q_SLOTS:
    void init() { m_store = openFresh(); }
    void cleanup() { m_store.reset(); }

    void newDatabaseIsAtLatestVersion()
    {
        QVERIFY(m_store->schemaVersion() >= 2);
        const auto org = m_store->organization();
        QVERIFY(org.ok());
        QVERIFY(!org->has_value());
        QVERIFY(m_store->branches()->isEmpty());
        QVERIFY(m_store->services()->isEmpty());
    }

    void organizationRoundTrip()
    {
        Organization org = test::validOrganization();
        QVERIFY(m_store->saveOrganization(org).ok());
        QCOMPARE(m_store->organization()->value(), org);
        org.kind = OrganizationKind::SoleProprietor;
        org.code = QStringLiteral("3012304569");
        QVERIFY(m_store->saveOrganization(org).ok());
        QCOMPARE(m_store->organization()->value(), org);
    }

    void branchCrud()
    {
        Branch b = test::validBranch();
        b.customFullName = QStringLiteral("Центральне відділення ліцею");
        b.note = QStringLiteral("вхід з двору\nдзвінок праворуч");
        const auto id = m_store->insertBranch(b);
        QVERIFY(id.ok());
        b.id = *id;
        QCOMPARE(m_store->branch(b.id).value(), b);
        b.house = QStringLiteral("12-А");
        QVERIFY(m_store->updateBranch(b).ok());
        QCOMPARE(m_store->branches()->size(), 1);
        QCOMPARE(m_store->branches()->first(), b);
        QVERIFY(m_store->deleteBranch(b.id).ok());
        QCOMPARE(m_store->branch(b.id).error().code, Error::Code::NotFound);
        QCOMPARE(m_store->deleteBranch(b.id).error().code, Error::Code::NotFound);
        b.id = 999;
        QCOMPARE(m_store->updateBranch(b).error().code, Error::Code::NotFound);
    }

    void uniqueConstraintsAreABackstop()
    {
        QVERIFY(m_store->insertBranch(test::validBranch()).ok());
        // Same name in another case: refused by the database itself, not only by the registry.
        const auto dup = m_store->insertBranch(test::validBranch(QStringLiteral("ЦЕНТР"), QStringLiteral("other@example.com")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::Conflict);
        const auto dupMail = m_store->insertBranch(test::validBranch(QStringLiteral("Інше"), QStringLiteral("CENTR@example.com")));
        QCOMPARE(dupMail.error().code, Error::Code::Conflict);
        QCOMPARE(m_store->branches()->size(), 1);
    }

    void serviceCrudKeepsOrderAndLinks()
    {
        const RecordId a = *m_store->insertBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b = *m_store->insertBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        Service s;
        s.name = QStringLiteral("Запис до лікаря");
        s.branchIds = {a, b};
        s.documentKinds = {QStringLiteral("taxpayer-card"), QStringLiteral("passport")};
        s.returnLink = QStringLiteral("https://clinic.example.ua");
        const auto id = m_store->insertService(s);
        QVERIFY(id.ok());
        s.id = *id;
        QCOMPARE(m_store->service(s.id).value(), s);
        QCOMPARE(m_store->servicesAtBranch(b)->size(), 1);

        s.branchIds = {a};
        s.documentKinds = {QStringLiteral("passport")};
        QVERIFY(m_store->updateService(s).ok());
        QCOMPARE(m_store->service(s.id).value(), s);
        QVERIFY(m_store->servicesAtBranch(b)->isEmpty());

        QVERIFY(m_store->deleteService(s.id).ok());
        QCOMPARE(m_store->service(s.id).error().code, Error::Code::NotFound);
    }

    void branchInUseCannotBeDeletedByTheDatabase()
    {
        const RecordId a = *m_store->insertBranch(test::validBranch());
        Service s;
        s.name = QStringLiteral("Послуга");
        s.branchIds = {a};
        s.documentKinds = {QStringLiteral("passport")};
        QVERIFY(m_store->insertService(s).ok());
        const auto r = m_store->deleteBranch(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(m_store->branch(a).ok());
    }

    void serviceWithUnknownBranchIsRolledBackWhole()
    {
        Service s;
        s.name = QStringLiteral("Послуга");
        s.branchIds = {42};
        s.documentKinds = {QStringLiteral("passport")};
        const auto r = m_store->insertService(s);
        QVERIFY(!r.ok());
        // No half-written service stays behind.
        QVERIFY(m_store->services()->isEmpty());
    }

    void transactionRollsBackOnError()
    {
        const Status s = m_store->writeTransaction([&]() -> Status {
            if (auto id = m_store->insertBranch(test::validBranch()); !id)
                return id.error();
            return Error{Error::Code::Validation, QStringLiteral("stop"), {}};
        });
        QVERIFY(!s.ok());
        QVERIFY(m_store->branches()->isEmpty());
        // Nested transactions join the outer one.
        const Status ok = m_store->writeTransaction([&]() -> Status {
            return m_store->writeTransaction([&]() -> Status {
                auto id = m_store->insertBranch(test::validBranch());
                return id ? Status{} : Status{id.error()};
            });
        });
        QVERIFY(ok.ok());
        QCOMPARE(m_store->branches()->size(), 1);
    }

    void auditLogNewestFirst()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        QVERIFY(m_store->appendAudit({0, t0, QStringLiteral("cli"), QStringLiteral("branch.add"), QStringLiteral("branch"), 1, QString(), QString()}).ok());
        QVERIFY(m_store->appendAudit({0, t0.addSecs(5), QStringLiteral("gui"), QStringLiteral("branch.edit"), QStringLiteral("branch"), 1, QString(), QString()}).ok());
        const auto log = m_store->auditLog(10);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().action, QStringLiteral("branch.edit"));
        QCOMPARE(log->first().time, t0.addSecs(5));
        QCOMPARE(log->last().actor, QStringLiteral("cli"));
        QCOMPARE(m_store->auditLog(1)->size(), 1);
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

        const auto id = m_store->insertSubmission(s, raw);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(*m_store->hasSubmission(s.contentHash));

        // The same message again: refused, nothing written.
        const auto again = m_store->insertSubmission(s, raw);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(m_store->submissions(100)->size(), 1);

        // The list carries names and sizes, not bytes.
        const auto list = m_store->submissions(100);
        QCOMPARE(list->first().documents.size(), 2);
        QVERIFY(list->first().documents.first().pdf.isEmpty());
        QCOMPARE(list->first().documents.first().pdfSize, passport.pdf.size());
        QCOMPARE(list->first().documents.at(1).p7sSize, attached.p7s.size());
        QCOMPARE(list->first().senderName, s.senderName);

        const auto full = m_store->submission(*id);
        QVERIFY(full);
        QCOMPARE(full->documents.first().pdf, passport.pdf);
        QCOMPARE(full->documents.first().p7s, passport.p7s);
        QVERIFY(full->documents.at(1).pdf.isEmpty());
        QCOMPARE(full->documents.at(1).p7s, attached.p7s);
        QCOMPARE(full->sentAt, s.sentAt);
        QCOMPARE(*m_store->rawMessage(*id), raw);
        QCOMPARE(m_store->submission(*id + 100).error().code, Error::Code::NotFound);
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
            const auto id = m_store->insertSubmission(s, QByteArray("raw"));
            QVERIFY(id);
            ids << *id;
        }
        auto count = [this](const SubmissionQuery &q) { return int(m_store->submissionIds(q)->size()); };
        QCOMPARE(count({}), 260);
        // Nothing checked yet: all pending.
        SubmissionQuery pending;
        pending.verdict = QStringLiteral("pending");
        QCOMPARE(count(pending), 260);

        // Verdicts (with a signer) for three; the worst of a submission's documents counts.
        auto verdict = [this, &ids](int i, const QString &v, const QString &name, const QString &rnokpp) {
            const auto full = m_store->submission(ids.at(i));
            StoredVerification sv;
            sv.documentId = full->documents.first().id;
            sv.verdict = v;
            sv.summary = v;
            sv.checksJson = QStringLiteral("[]");
            sv.signerName = name;
            sv.signerRnokpp = rnokpp;
            sv.verifiedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(m_store->saveVerification(sv));
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
        QVERIFY(m_store->setSubmissionState(ids.at(1), QStringLiteral("processed"), t0));
        SubmissionQuery state;
        state.state = QStringLiteral("processed");
        QCOMPARE(count(state), 1);
        QCOMPARE(m_store->querySubmissions(state, 0, 10)->first().id, ids.at(1));
        SubmissionQuery period;
        period.receivedFrom = t0.addSecs(60 * 250);
        QCOMPARE(count(period), 10);
        period.receivedTo = t0.addSecs(60 * 255);
        QCOMPARE(count(period), 5);

        // Pages in order: newest first by default, then by verdict (worst last when ascending).
        const auto first = m_store->querySubmissions({}, 0, 100);
        const auto second = m_store->querySubmissions({}, 100, 100);
        const auto last = m_store->querySubmissions({}, 200, 100);
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
        const auto worst = m_store->querySubmissions(byVerdict, 0, 3);
        QCOMPARE(worst->at(0).id, ids.at(6));
        QCOMPARE(worst->at(1).id, ids.at(4));
        QCOMPARE(worst->at(2).id, ids.at(3));
        SubmissionQuery bySender;
        bySender.sort = SubmissionQuery::Sort::Sender;
        bySender.descending = false;
        QCOMPARE(m_store->querySubmissions(bySender, 259, 1)->first().id, ids.at(5)); // "олена" after "visitor…"
    }

    void failedSubmissionsCountAsInvalid()
    {
        Submission s;
        s.source = QStringLiteral("ingest");
        s.status = Submission::Status::Failed;
        s.failure = QStringLiteral("not a MIME message");
        s.contentHash = QByteArray(32, 'f');
        s.receivedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->insertSubmission(s, QByteArray("garbage")));
        SubmissionQuery q;
        q.verdict = QStringLiteral("invalid");
        QCOMPARE(int(m_store->submissionIds(q)->size()), 1);
    }

    void dataSurvivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            auto s = SqlStore::openSqlite(path);
            QVERIFY(s.ok());
            QVERIFY((*s)->insertBranch(test::validBranch()).ok());
        }
        auto s = SqlStore::openSqlite(path);
        QVERIFY(s.ok());
        QCOMPARE((*s)->branches()->first().name, QStringLiteral("Центр"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
