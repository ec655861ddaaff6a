#include "core/Language.h"
#include "core/AuditLog.h"
#include "core/SettingsSql.h"
#include "core/Registry.h"
#include "core/SqlSession.h"
#include "TestUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<Registry> m_registry;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC)};
    int m_counter = 0;

    Service service(const QString &name, QList<RecordId> branches)
    {
        Service s;
        s.name = name;
        s.branchIds = branches;
        s.documentKinds = {QStringLiteral("passport")};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void init()
    {
        m_registry.reset();
        m_session = std::move(SqlSession::openSqlite(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_counter)))).value();
        m_registry = std::make_unique<Registry>(*m_session, QStringLiteral("test"), m_clock);
    }

    void addBranchNormalizesAndAudits()
    {
        const auto id = m_registry->addBranch(test::validBranch(QStringLiteral("  Центр  ")));
        QVERIFY(id.ok());
        QCOMPARE(m_registry->branch(*id)->name, QStringLiteral("Центр"));
        const auto log = m_registry->auditLog();
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().action, QStringLiteral("branch.add"));
        QCOMPARE(log->first().objectId, *id);
        QCOMPARE(log->first().time, m_clock.now());
        QCOMPARE(log->first().actor, QStringLiteral("test"));
        // The audit log holds no personal data: no names or addresses.
        QVERIFY(log->first().summary.isEmpty());
    }

    void invalidBranchIsNotStored()
    {
        Branch b = test::validBranch();
        b.email = QStringLiteral("not-an-address");
        const auto id = m_registry->addBranch(b);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::Validation);
        QCOMPARE(id.error().fields.first().field, QStringLiteral("email"));
        QVERIFY(m_registry->branches()->isEmpty());
        QVERIFY(m_registry->auditLog()->isEmpty());
    }

    void duplicatesAreRefused()
    {
        QVERIFY(m_registry->addBranch(test::validBranch()).ok());
        const auto sameName = m_registry->addBranch(test::validBranch(QStringLiteral("центр"), QStringLiteral("b@example.com")));
        QCOMPARE(sameName.error().code, Error::Code::Conflict);
        QCOMPARE(sameName.error().fields.first().field, QStringLiteral("name"));
        QCOMPARE(sameName.error().fields.first().rule, QStringLiteral("duplicate"));
        const auto sameMail = m_registry->addBranch(test::validBranch(QStringLiteral("Інше"), QStringLiteral("Centr@Example.com")));
        QCOMPARE(sameMail.error().fields.first().field, QStringLiteral("email"));
        QVERIFY2(sameMail.error().message.contains(QStringLiteral("Центр")), qPrintable(sameMail.error().message));
        QCOMPARE(m_registry->branches()->size(), 1);
    }

    void editKeepsOwnNameAndRefusesOthers()
    {
        const RecordId a = *m_registry->addBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b = *m_registry->addBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        Branch edited = *m_registry->branch(a);
        edited.house = QStringLiteral("2");
        QVERIFY(m_registry->editBranch(edited).ok()); // same name as itself is fine
        edited.name = QStringLiteral("б");
        QCOMPARE(m_registry->editBranch(edited).error().code, Error::Code::Conflict);
        QCOMPARE(m_registry->branch(a)->name, QStringLiteral("А"));
        Branch ghost = test::validBranch(QStringLiteral("Привид"), QStringLiteral("g@example.com"));
        ghost.id = b + 100;
        QCOMPARE(m_registry->editBranch(ghost).error().code, Error::Code::NotFound);
    }

    void findByNumberOrName()
    {
        const RecordId a = *m_registry->addBranch(test::validBranch());
        QCOMPARE(m_registry->findBranch(QString::number(a))->id, a);
        QCOMPARE(m_registry->findBranch(QStringLiteral("ЦЕНТР"))->id, a);
        QCOMPARE(m_registry->findBranch(QStringLiteral("Нема")).error().code, Error::Code::NotFound);
    }

    void removingAUsedBranchIsRefusedByDefault()
    {
        const RecordId a = *m_registry->addBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b = *m_registry->addBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        const RecordId s1 = *m_registry->addService(service(QStringLiteral("Запис"), {a, b}));
        const RecordId s2 = *m_registry->addService(service(QStringLiteral("Довідка"), {a}));

        const auto refused = m_registry->removeBranch(a, BranchRemoval::RefuseIfUsed);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Запис")));
        QVERIFY(refused.error().message.contains(QStringLiteral("Довідка")));
        QVERIFY(refused.error().message.contains(QLatin1String("2 services")));
        QVERIFY(m_registry->branch(a).ok());

        QVERIFY(m_registry->removeBranch(a, BranchRemoval::DetachFromServices).ok());
        QCOMPARE(m_registry->branch(a).error().code, Error::Code::NotFound);
        // Services stay; the branch is gone from them.
        QCOMPARE(m_registry->service(s1)->branchIds, QList<RecordId>{b});
        QVERIFY(m_registry->service(s2)->branchIds.isEmpty());
        const auto log = m_registry->auditLog();
        QCOMPARE(log->first().action, QStringLiteral("branch.remove"));
        QCOMPARE(log->at(1).action, QStringLiteral("service.detach-branch"));
    }

    void unusedBranchIsRemoved()
    {
        const RecordId a = *m_registry->addBranch(test::validBranch());
        QVERIFY(m_registry->removeBranch(a, BranchRemoval::RefuseIfUsed).ok());
        QCOMPARE(m_registry->removeBranch(a, BranchRemoval::RefuseIfUsed).error().code, Error::Code::NotFound);
    }

    void serviceRules()
    {
        const RecordId a = *m_registry->addBranch(test::validBranch());
        QVERIFY(m_registry->addService(service(QStringLiteral("Запис"), {a})).ok());
        QCOMPARE(m_registry->addService(service(QStringLiteral("ЗАПИС"), {a})).error().code, Error::Code::Conflict);
        const auto unknown = m_registry->addService(service(QStringLiteral("Інше"), {a, a + 7}));
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(unknown.error().fields.first().field, QStringLiteral("branches"));
        Service noDocs = service(QStringLiteral("Без документів"), {a});
        noDocs.documentKinds.clear();
        QCOMPARE(m_registry->addService(noDocs).error().code, Error::Code::Validation);
        QCOMPARE(m_registry->services()->size(), 1);
        // A service may exist before any branch offers it.
        QVERIFY(m_registry->addService(service(QStringLiteral("Пізніше"), {})).ok());
    }

    void organizationIsValidated()
    {
        Organization org = test::validOrganization();
        org.code = QStringLiteral("14360571");
        QCOMPARE(m_registry->setOrganization(org).error().code, Error::Code::Validation);
        QVERIFY(!m_registry->organization()->has_value());
        QVERIFY(m_registry->setOrganization(test::validOrganization()).ok());
        QVERIFY(m_registry->organization()->has_value());
    }

    void signedDocumentsNeedAManagerAndAreKeptNewestFirst()
    {
        SignedDocument d;
        d.kind = QString::fromLatin1(kAccessionApplication);
        d.fileName = QStringLiteral("a.pdf");
        d.pdf = QByteArrayLiteral("%PDF-1.4 first");
        d.signature = QByteArrayLiteral("\x30\x80");
        d.signerName = QStringLiteral("Test Manager");
        d.signerRnokpp = QStringLiteral("3012345670");
        d.signedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

        // A claimed workspace: only a manager may keep a signed document.
        Employee boss{QStringLiteral("3012345670"), QStringLiteral("Test Manager"), Role::Manager, {}};
        QVERIFY(m_registry->claimWorkspace(test::validOrganization(), boss).ok());
        m_registry->setSession(Role::Clerk, QStringLiteral("clerk"));
        const auto denied = m_registry->addSignedDocument(d);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::Denied);
        QVERIFY(m_registry->signedDocuments(d.kind)->isEmpty());

        m_registry->setSession(Role::Manager, QStringLiteral("manager"));
        SignedDocument incomplete = d;
        incomplete.signature.clear();
        QCOMPARE(m_registry->addSignedDocument(incomplete).error().code, Error::Code::Validation);
        QVERIFY(!m_registry->latestSignedDocument(d.kind)->has_value());

        const auto first = m_registry->addSignedDocument(d);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        SignedDocument second = d;
        second.pdf = QByteArrayLiteral("%PDF-1.4 second");
        second.signedAt = d.signedAt.addDays(2);
        QVERIFY(m_registry->addSignedDocument(second).ok());

        const auto latest = m_registry->latestSignedDocument(d.kind);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->pdf, second.pdf);
        QCOMPARE((*latest)->signature, d.signature);
        QCOMPARE((*latest)->signedAt, second.signedAt);
        QCOMPARE(m_registry->signedDocuments(d.kind)->size(), 2);
        QCOMPARE(m_registry->signedDocuments(QStringLiteral("other"))->size(), 0);
        QCOMPARE(m_registry->auditLog(1)->constFirst().action, QStringLiteral("document.sign"));
    }

    void revocationOnlineIsTheManagersChoice()
    {
        QCOMPARE(*m_registry->revocationOnline(), true); // unset: online
        m_registry->setSession(Role::Clerk, QStringLiteral("clerk"));
        const Status refused = m_registry->setRevocationOnline(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QCOMPARE(*m_registry->revocationOnline(), true);
        m_registry->setSession(Role::Manager, QStringLiteral("manager"));
        QVERIFY(m_registry->setRevocationOnline(false));
        QCOMPARE(*m_registry->revocationOnline(), false);
        QCOMPARE(*SettingsSql(*m_session).meta(QString::fromLatin1(kMetaRevocationOnline)), QStringLiteral("0"));
        const AuditEntry e = AuditLog(*m_session).entries(1)->first();
        QCOMPARE(e.action, QStringLiteral("settings.revocation"));
        QCOMPARE(e.summary, QStringLiteral("offline"));
        QVERIFY(m_registry->setRevocationOnline(true));
        QCOMPARE(*m_registry->revocationOnline(), true);
    }

    void posterCodesFollowTheirServiceAndBranch()
    {
        Branch a = test::validBranch();
        const RecordId ba = *m_registry->addBranch(a);
        Branch b = test::validBranch();
        b.name = QStringLiteral("Філія");
        b.email = QStringLiteral("filia@example.com");
        const RecordId bb = *m_registry->addBranch(b);
        const RecordId sid = *m_registry->addService(service(QStringLiteral("Довідка"), {ba, bb}));
        const QString link = QStringLiteral("https://diia.app/acquirers/offer-request/abc");

        PosterCode code;
        code.serviceId = sid;
        code.branchId = ba;
        code.text = QStringLiteral("https://example.com/phish");
        code.source = QStringLiteral("pasted");
        const Status notDiia = m_registry->setPosterCode(code);
        QVERIFY(!notDiia);
        QVERIFY(notDiia.error().message.contains(QStringLiteral("not a Diia.QR link")));
        QVERIFY(m_registry->posterCodes()->isEmpty());

        code.text = QStringLiteral("  ") + link + QStringLiteral("\n");
        QVERIFY(m_registry->setPosterCode(code).ok());
        auto stored = m_registry->posterCode(sid, ba);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->text, link); // trimmed
        QCOMPARE((*stored)->added, m_clock.now());
        QCOMPARE(m_registry->auditLog(1)->constFirst().action, QStringLiteral("qr.import"));

        // Again for the same pair: replaced, not doubled.
        code.text = link + QStringLiteral("2");
        QVERIFY(m_registry->setPosterCode(code).ok());
        QCOMPARE(m_registry->posterCodes()->size(), 1);
        QCOMPARE((*m_registry->posterCode(sid, ba))->text, link + QStringLiteral("2"));

        // A signed request needs an expiry.
        PosterCode signedCode = code;
        signedCode.branchId = bb;
        signedCode.kind = PosterCode::Kind::Signed;
        signedCode.text = QStringLiteral("KQR1:ABC");
        QVERIFY(!m_registry->setPosterCode(signedCode));
        signedCode.expires = m_clock.now().addDays(365);
        QVERIFY(m_registry->setPosterCode(signedCode).ok());
        QCOMPARE(m_registry->posterCodes()->size(), 2);

        // Taking branch B off the service drops its code; removing branch A (detaching) drops A's.
        Service s = *m_registry->service(sid);
        s.branchIds = {ba};
        QVERIFY(m_registry->editService(s).ok());
        QVERIFY(!m_registry->posterCode(sid, bb)->has_value());
        QVERIFY(m_registry->posterCode(sid, ba)->has_value());
        // Not offered there any more: a code cannot be set for it.
        const Status notOffered = m_registry->setPosterCode(signedCode);
        QVERIFY(!notOffered);
        QVERIFY(notOffered.error().message.contains(QStringLiteral("not offered")));
        QVERIFY(m_registry->removeBranch(ba, BranchRemoval::DetachFromServices).ok());
        QVERIFY(m_registry->posterCodes()->isEmpty());

        // Only a manager changes codes in a claimed workspace.
        QVERIFY(m_registry->claimWorkspace(test::validOrganization(),
                                           {QStringLiteral("3012345670"), QStringLiteral("Test"), Role::Manager, {}}).ok());
        m_registry->setSession(Role::Reception, QStringLiteral("reception"));
        code.branchId = bb;
        s.branchIds = {bb};
        QCOMPARE(m_registry->setPosterCode(code).error().code, Error::Code::Denied);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
