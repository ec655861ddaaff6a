// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"
#include "core/AuditLog.h"
#include "core/SettingsSql.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/WorkspaceSettings.h"
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
    std::unique_ptr<AccessGuard> m_guard;
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
        m_guard.reset();
        m_session = std::move(SqlSession::openSqlite(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_counter)))).value();
        m_guard = std::make_unique<AccessGuard>(*m_session, QStringLiteral("test"), m_clock);
    }

    void addBranchNormalizesAndAudits()
    {
        const auto id = OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("  Центр  ")));
        QVERIFY(id.ok());
        QCOMPARE(OrganizationRules(*m_guard).branch(*id)->name, QStringLiteral("Центр"));
        const auto log = m_guard->auditLog();
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
        const auto id = OrganizationRules(*m_guard).addBranch(b);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::Validation);
        QCOMPARE(id.error().fields.first().field, QStringLiteral("email"));
        QVERIFY(OrganizationRules(*m_guard).branches()->isEmpty());
        QVERIFY(m_guard->auditLog()->isEmpty());
    }

    void duplicatesAreRefused()
    {
        QVERIFY(OrganizationRules(*m_guard).addBranch(test::validBranch()).ok());
        const auto sameName =
            OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("центр"), QStringLiteral("b@example.com")));
        QCOMPARE(sameName.error().code, Error::Code::Conflict);
        QCOMPARE(sameName.error().fields.first().field, QStringLiteral("name"));
        QCOMPARE(sameName.error().fields.first().rule, QStringLiteral("duplicate"));
        const auto sameMail =
            OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("Інше"), QStringLiteral("Centr@Example.com")));
        QCOMPARE(sameMail.error().fields.first().field, QStringLiteral("email"));
        QVERIFY2(sameMail.error().message.contains(QStringLiteral("Центр")), qPrintable(sameMail.error().message));
        QCOMPARE(OrganizationRules(*m_guard).branches()->size(), 1);
    }

    void editKeepsOwnNameAndRefusesOthers()
    {
        const RecordId a =
            *OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b =
            *OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        Branch edited = *OrganizationRules(*m_guard).branch(a);
        edited.house = QStringLiteral("2");
        QVERIFY(OrganizationRules(*m_guard).editBranch(edited).ok()); // same name as itself is fine
        edited.name = QStringLiteral("б");
        QCOMPARE(OrganizationRules(*m_guard).editBranch(edited).error().code, Error::Code::Conflict);
        QCOMPARE(OrganizationRules(*m_guard).branch(a)->name, QStringLiteral("А"));
        Branch ghost = test::validBranch(QStringLiteral("Привид"), QStringLiteral("g@example.com"));
        ghost.id = b + 100;
        QCOMPARE(OrganizationRules(*m_guard).editBranch(ghost).error().code, Error::Code::NotFound);
    }

    void findByNumberOrName()
    {
        const RecordId a = *OrganizationRules(*m_guard).addBranch(test::validBranch());
        QCOMPARE(OrganizationRules(*m_guard).findBranch(QString::number(a))->id, a);
        QCOMPARE(OrganizationRules(*m_guard).findBranch(QStringLiteral("ЦЕНТР"))->id, a);
        QCOMPARE(OrganizationRules(*m_guard).findBranch(QStringLiteral("Нема")).error().code, Error::Code::NotFound);
    }

    void removingAUsedBranchIsRefusedByDefault()
    {
        const RecordId a =
            *OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("А"), QStringLiteral("a@example.com")));
        const RecordId b =
            *OrganizationRules(*m_guard).addBranch(test::validBranch(QStringLiteral("Б"), QStringLiteral("b@example.com")));
        const RecordId s1 = *OrganizationRules(*m_guard).addService(service(QStringLiteral("Запис"), {a, b}));
        const RecordId s2 = *OrganizationRules(*m_guard).addService(service(QStringLiteral("Довідка"), {a}));

        const auto refused = OrganizationRules(*m_guard).removeBranch(a, BranchRemoval::RefuseIfUsed);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Запис")));
        QVERIFY(refused.error().message.contains(QStringLiteral("Довідка")));
        QVERIFY(refused.error().message.contains(QLatin1String("2 services")));
        QVERIFY(OrganizationRules(*m_guard).branch(a).ok());

        QVERIFY(OrganizationRules(*m_guard).removeBranch(a, BranchRemoval::DetachFromServices).ok());
        QCOMPARE(OrganizationRules(*m_guard).branch(a).error().code, Error::Code::NotFound);
        // Services stay; the branch is gone from them.
        QCOMPARE(OrganizationRules(*m_guard).service(s1)->branchIds, QList<RecordId>{b});
        QVERIFY(OrganizationRules(*m_guard).service(s2)->branchIds.isEmpty());
        const auto log = m_guard->auditLog();
        QCOMPARE(log->first().action, QStringLiteral("branch.remove"));
        QCOMPARE(log->at(1).action, QStringLiteral("service.detach-branch"));
    }

    void unusedBranchIsRemoved()
    {
        const RecordId a = *OrganizationRules(*m_guard).addBranch(test::validBranch());
        QVERIFY(OrganizationRules(*m_guard).removeBranch(a, BranchRemoval::RefuseIfUsed).ok());
        QCOMPARE(OrganizationRules(*m_guard).removeBranch(a, BranchRemoval::RefuseIfUsed).error().code, Error::Code::NotFound);
    }

    void serviceRules()
    {
        const RecordId a = *OrganizationRules(*m_guard).addBranch(test::validBranch());
        QVERIFY(OrganizationRules(*m_guard).addService(service(QStringLiteral("Запис"), {a})).ok());
        QCOMPARE(OrganizationRules(*m_guard).addService(service(QStringLiteral("ЗАПИС"), {a})).error().code,
                 Error::Code::Conflict);
        const auto unknown = OrganizationRules(*m_guard).addService(service(QStringLiteral("Інше"), {a, a + 7}));
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(unknown.error().fields.first().field, QStringLiteral("branches"));
        Service noDocs = service(QStringLiteral("Без документів"), {a});
        noDocs.documentKinds.clear();
        QCOMPARE(OrganizationRules(*m_guard).addService(noDocs).error().code, Error::Code::Validation);
        QCOMPARE(OrganizationRules(*m_guard).services()->size(), 1);
        // A service may exist before any branch offers it.
        QVERIFY(OrganizationRules(*m_guard).addService(service(QStringLiteral("Пізніше"), {})).ok());
    }

    void organizationIsValidated()
    {
        Organization org = test::validOrganization();
        org.code = QStringLiteral("14360571");
        QCOMPARE(OrganizationRules(*m_guard).setOrganization(org).error().code, Error::Code::Validation);
        QVERIFY(!OrganizationRules(*m_guard).organization()->has_value());
        QVERIFY(OrganizationRules(*m_guard).setOrganization(test::validOrganization()).ok());
        QVERIFY(OrganizationRules(*m_guard).organization()->has_value());
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
        QVERIFY(Staff(*m_guard).claimWorkspace(test::validOrganization(), boss).ok());
        m_guard->setSession(Role::Clerk, QStringLiteral("clerk"));
        const auto denied = OrganizationRules(*m_guard).addSignedDocument(d);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::Denied);
        QVERIFY(OrganizationRules(*m_guard).signedDocuments(d.kind)->isEmpty());

        m_guard->setSession(Role::Manager, QStringLiteral("manager"));
        SignedDocument incomplete = d;
        incomplete.signature.clear();
        QCOMPARE(OrganizationRules(*m_guard).addSignedDocument(incomplete).error().code, Error::Code::Validation);
        QVERIFY(!OrganizationRules(*m_guard).latestSignedDocument(d.kind)->has_value());

        const auto first = OrganizationRules(*m_guard).addSignedDocument(d);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        SignedDocument second = d;
        second.pdf = QByteArrayLiteral("%PDF-1.4 second");
        second.signedAt = d.signedAt.addDays(2);
        QVERIFY(OrganizationRules(*m_guard).addSignedDocument(second).ok());

        const auto latest = OrganizationRules(*m_guard).latestSignedDocument(d.kind);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->pdf, second.pdf);
        QCOMPARE((*latest)->signature, d.signature);
        QCOMPARE((*latest)->signedAt, second.signedAt);
        QCOMPARE(OrganizationRules(*m_guard).signedDocuments(d.kind)->size(), 2);
        QCOMPARE(OrganizationRules(*m_guard).signedDocuments(QStringLiteral("other"))->size(), 0);
        QCOMPARE(m_guard->auditLog(1)->constFirst().action, QStringLiteral("document.sign"));
    }

    void revocationOnlineIsTheManagersChoice()
    {
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), true); // unset: online
        m_guard->setSession(Role::Clerk, QStringLiteral("clerk"));
        const Status refused = WorkspaceSettings(*m_guard).setRevocationOnline(false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), true);
        m_guard->setSession(Role::Manager, QStringLiteral("manager"));
        QVERIFY(WorkspaceSettings(*m_guard).setRevocationOnline(false));
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), false);
        QCOMPARE(*SettingsSql(*m_session).meta(QString::fromLatin1(kMetaRevocationOnline)), QStringLiteral("0"));
        const AuditEntry e = AuditLog(*m_session).entries(1)->first();
        QCOMPARE(e.action, QStringLiteral("settings.revocation"));
        QCOMPARE(e.summary, QStringLiteral("offline"));
        QVERIFY(WorkspaceSettings(*m_guard).setRevocationOnline(true));
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), true);
    }

    void posterCodesFollowTheirServiceAndBranch()
    {
        Branch a = test::validBranch();
        const RecordId ba = *OrganizationRules(*m_guard).addBranch(a);
        Branch b = test::validBranch();
        b.name = QStringLiteral("Філія");
        b.email = QStringLiteral("filia@example.com");
        const RecordId bb = *OrganizationRules(*m_guard).addBranch(b);
        const RecordId sid = *OrganizationRules(*m_guard).addService(service(QStringLiteral("Довідка"), {ba, bb}));
        const QString link = QStringLiteral("https://diia.app/acquirers/offer-request/abc");

        PosterCode code;
        code.serviceId = sid;
        code.branchId = ba;
        code.text = QStringLiteral("https://example.com/phish");
        code.source = QStringLiteral("pasted");
        const Status notDiia = OrganizationRules(*m_guard).setPosterCode(code);
        QVERIFY(!notDiia);
        QVERIFY(notDiia.error().message.contains(QStringLiteral("not a Diia.QR link")));
        QVERIFY(OrganizationRules(*m_guard).posterCodes()->isEmpty());

        code.text = QStringLiteral("  ") + link + QStringLiteral("\n");
        QVERIFY(OrganizationRules(*m_guard).setPosterCode(code).ok());
        auto stored = OrganizationRules(*m_guard).posterCode(sid, ba);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->text, link); // trimmed
        QCOMPARE((*stored)->added, m_clock.now());
        QCOMPARE(m_guard->auditLog(1)->constFirst().action, QStringLiteral("qr.import"));

        // Again for the same pair: replaced, not doubled.
        code.text = link + QStringLiteral("2");
        QVERIFY(OrganizationRules(*m_guard).setPosterCode(code).ok());
        QCOMPARE(OrganizationRules(*m_guard).posterCodes()->size(), 1);
        QCOMPARE((*OrganizationRules(*m_guard).posterCode(sid, ba))->text, link + QStringLiteral("2"));

        // Only the Diia portal's codes: a signed request of Kopii's own (what earlier versions
        // issued) is refused, with or without an expiry, and so is anything that is no Diia link.
        PosterCode signedCode = code;
        signedCode.branchId = bb;
        signedCode.kind = PosterCode::Kind::Signed;
        signedCode.text = QStringLiteral("KQR1:ABC");
        signedCode.expires = m_clock.now().addDays(365);
        const Status refusedSigned = OrganizationRules(*m_guard).setPosterCode(signedCode);
        QVERIFY(!refusedSigned);
        QVERIFY(refusedSigned.error().message.contains(QStringLiteral("Diia")));
        PosterCode otherLink = code;
        otherLink.branchId = bb;
        otherLink.text = QStringLiteral("https://example.com/acquirers/x");
        QVERIFY(!OrganizationRules(*m_guard).setPosterCode(otherLink));
        QCOMPARE(OrganizationRules(*m_guard).posterCodes()->size(), 1);
        PosterCode atB = code;
        atB.branchId = bb;
        atB.text = link + QStringLiteral("b");
        QVERIFY(OrganizationRules(*m_guard).setPosterCode(atB).ok());
        QCOMPARE(OrganizationRules(*m_guard).posterCodes()->size(), 2);

        // Taking branch B off the service drops its code; removing branch A (detaching) drops A's.
        Service s = *OrganizationRules(*m_guard).service(sid);
        s.branchIds = {ba};
        QVERIFY(OrganizationRules(*m_guard).editService(s).ok());
        QVERIFY(!OrganizationRules(*m_guard).posterCode(sid, bb)->has_value());
        QVERIFY(OrganizationRules(*m_guard).posterCode(sid, ba)->has_value());
        // Not offered there any more: a code cannot be set for it.
        const Status notOffered = OrganizationRules(*m_guard).setPosterCode(atB);
        QVERIFY(!notOffered);
        QVERIFY(notOffered.error().message.contains(QStringLiteral("not offered")));
        QVERIFY(OrganizationRules(*m_guard).removeBranch(ba, BranchRemoval::DetachFromServices).ok());
        QVERIFY(OrganizationRules(*m_guard).posterCodes()->isEmpty());

        // Only a manager changes codes in a claimed workspace.
        QVERIFY(Staff(*m_guard)
                    .claimWorkspace(test::validOrganization(),
                                    {QStringLiteral("3012345670"), QStringLiteral("Test"), Role::Manager, {}})
                    .ok());
        m_guard->setSession(Role::Reception, QStringLiteral("reception"));
        code.branchId = bb;
        s.branchIds = {bb};
        QCOMPARE(OrganizationRules(*m_guard).setPosterCode(code).error().code, Error::Code::Denied);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
