// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptoFixture.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "core/SettingsSql.h"
#include "core/StaffSql.h"
#include "TestPkiServices.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/SqlSession.h"
#include "TestUtil.h"

using namespace kopii;
using namespace kopii::test;

class TestLogin : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Signer> open(const QString &name)
    {
        auto s = KeyFile::open(pki(name + QStringLiteral(".p12")), Secret(QByteArray(kPkiPassword)));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

    // A signer whose key does not belong to its certificate.
    class Impostor : public Signer
    {
    public:
        Impostor(std::unique_ptr<Signer> cert, std::unique_ptr<Signer> key) : m_cert(std::move(cert)), m_key(std::move(key)) {}
        Certificate certificate() const override { return m_cert->certificate(); }
        QList<Certificate> chain() const override { return m_cert->chain(); }
        QString description() const override { return QStringLiteral("impostor"); }
        EVP_PKEY *privateKey() override { return m_key->privateKey(); }
        std::unique_ptr<Signer> m_cert, m_key;
    };

private Q_SLOTS:
    void firstLoginCreatesTheOrganisation()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        Login login(w.session(), *w.trust);
        auto signer = open(QStringLiteral("manager"));
        const auto id = login.login(*signer);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->role, Role::Manager);
        QVERIFY(id->createdOrganization);
        QCOMPARE(id->rnokpp, QStringLiteral("3012345670"));
        const auto org = OrganizationSql(w.session()).organization();
        QVERIFY(org && *org);
        QCOMPARE((*org)->kind, OrganizationKind::LegalEntity);
        QCOMPARE((*org)->code, QStringLiteral("14360570"));
        QCOMPARE((*org)->name, QStringLiteral("Бучанський ліцей № 1"));
        QCOMPARE((*org)->headFullName, QStringLiteral("Шевченко Тарас Григорович"));
        QCOMPARE(StaffSql(w.session()).employees()->size(), 1);

        // A second login of the same person: same role, nothing created.
        const auto again = login.login(*signer);
        QVERIFY(again);
        QVERIFY(!again->createdOrganization);
        QCOMPARE(again->role, Role::Manager);
        QCOMPARE(AuditLog(w.session()).entries(10)->first().action, QStringLiteral("session.login"));
    }

    void soleProprietor()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        Login login(w.session(), *w.trust);
        auto signer = open(QStringLiteral("fop"));
        const auto id = login.login(*signer);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const auto org = OrganizationSql(w.session()).organization();
        QCOMPARE((*org)->kind, OrganizationKind::SoleProprietor);
        QCOMPARE((*org)->code, QStringLiteral("2912345672"));
        QCOMPARE((*org)->name, QStringLiteral("FOP Бондаренко Іван Сергійович"));
    }

    void employeesAndRoles()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        Login login(w.session(), *w.trust);
        QVERIFY(login.login(*open(QStringLiteral("manager"))));

        auto clerk = open(QStringLiteral("clerk"));
        const auto stranger = login.login(*clerk);
        QVERIFY(!stranger);
        QCOMPARE(stranger.error().code, Error::Code::Denied);
        QVERIFY(stranger.error().message.contains(QStringLiteral("is not an employee of Бучанський ліцей № 1")));

        AccessGuard managerSession(w.session(), QStringLiteral("manager"));
        managerSession.setSession(Role::Manager, QStringLiteral("Шевченко Тарас Григорович"));
        QVERIFY(Staff(managerSession)
                    .addEmployee({QStringLiteral("3023456784"), QStringLiteral("Коваленко Олена Петрівна"), Role::Clerk, {}}));
        const auto bad = Staff(managerSession).addEmployee({QStringLiteral("3023456780"), QStringLiteral("X"), Role::Clerk, {}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().fields.first().field, QStringLiteral("rnokpp"));
        // The only manager cannot be removed or demoted.
        QCOMPARE(Staff(managerSession).removeEmployee(QStringLiteral("3012345670")).error().code, Error::Code::Conflict);
        QCOMPARE(Staff(managerSession)
                     .addEmployee({QStringLiteral("3012345670"), QStringLiteral("Шевченко Тарас Григорович"), Role::Clerk, {}})
                     .error()
                     .code,
                 Error::Code::Conflict);

        const auto id = login.login(*clerk);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->role, Role::Clerk);

        AccessGuard clerkSession(w.session(), QStringLiteral("clerk"));
        clerkSession.setSession(Role::Clerk, id->fullName);
        const auto denied = OrganizationRules(clerkSession).addBranch(validBranch());
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::Denied);
        QVERIFY(denied.error().message.contains(QStringLiteral("clerk")));
        QVERIFY(
            !Staff(clerkSession).addEmployee({QStringLiteral("2912345672"), QStringLiteral("Бондаренко"), Role::Manager, {}}));
        QVERIFY(OrganizationRules(clerkSession).branches()); // reading is allowed

        // Without a login, a claimed workspace refuses changes.
        AccessGuard anonymous(w.session(), QStringLiteral("cli"));
        const auto locked = OrganizationRules(anonymous).addBranch(validBranch());
        QCOMPARE(locked.error().code, Error::Code::Denied);
        QVERIFY(locked.error().message.contains(QStringLiteral("log in")));
        QVERIFY(OrganizationRules(managerSession).addBranch(validBranch()));
    }

    void workspaceSetUpBeforeLoginsBelongsToItsHead()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        AccessGuard setup(w.session(), QStringLiteral("cli"));
        QVERIFY(OrganizationRules(setup).setOrganization(validOrganization())); // ЄДРПОУ 14360570
        Login login(w.session(), *w.trust);
        const auto other = login.login(*open(QStringLiteral("stranger")));
        QVERIFY(!other);
        QVERIFY(other.error().message.contains(QStringLiteral("belongs to")));
        // M7: an employee's KEP carries the same ЄДРПОУ, but she is not the head named at set-up.
        const auto clerk = login.login(*open(QStringLiteral("clerk")));
        QVERIFY(!clerk);
        QCOMPARE(clerk.error().code, Error::Code::Denied);
        QVERIFY2(clerk.error().message.contains(QStringLiteral("set up for its head")), qPrintable(clerk.error().message));
        QVERIFY(StaffSql(w.session()).employees()->isEmpty());
        const auto head = login.login(*open(QStringLiteral("manager")));
        QVERIFY(head);
        QVERIFY(!head->createdOrganization);
        QCOMPARE(head->role, Role::Manager);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "expired"
                                 << "expired on";
        QTest::newRow("not yet valid") << "notyet"
                                       << "valid only from";
        QTest::newRow("not qualified") << "notqualified"
                                       << "not a qualified one";
        QTest::newRow("key agreement") << "wrongku"
                                       << "not a signing certificate";
        QTest::newRow("rogue root") << "untrusted"
                                    << "is not trusted";
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, words);
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        Login login(w.session(), *w.trust);
        const auto id = login.login(*open(name));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(words), qPrintable(id.error().message));
        QVERIFY(!*OrganizationSql(w.session()).organization()); // nothing was created
        QVERIFY(StaffSql(w.session()).employees()->isEmpty());
    }

    void untrustedWithoutImport()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        Login login(w.session(), *w.trust);
        const auto id = login.login(*open(QStringLiteral("manager")));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("a root that is not trusted")), qPrintable(id.error().message));
    }

    void revoked()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        Login login(w.session(), *w.trust);
        const auto id = login.login(*open(QStringLiteral("revoked")));
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("revoked")), qPrintable(id.error().message));
    }

    // M3: no CRL in the store, but the issuer's OCSP responder says the certificate is revoked:
    // the login is refused, and nothing is claimed.
    void revokedByOcspCannotLogIn()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPki());
        OcspResponder responder;
        QString error;
        QVERIFY2(responder.start(pki(QStringLiteral("db-ca/index.txt")), &error), qPrintable(error));
        Login login(w.session(), *w.trust);
        const auto id = login.login(*open(QStringLiteral("revoked")));
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::Code::Denied);
        QVERIFY2(id.error().message.contains(QStringLiteral("was revoked")), qPrintable(id.error().message));
        QVERIFY(StaffSql(w.session()).employees()->isEmpty());
        // A certificate the responder says is good logs in, and the check is recorded.
        const auto good = login.login(*open(QStringLiteral("manager")));
        QVERIFY2(good, qPrintable(good ? QString() : good.error().message));
        QVERIFY(good->revocationChecked);
    }

    // M3: offline, with no CRL of the issuer, nothing shows that the certificate is not revoked:
    // the first login, which would make its holder the manager, is refused with the reason;
    // with the CA's current CRL imported it is taken.
    void firstClaimNeedsRevocationEvidence()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPki());
        QVERIFY(SettingsSql(w.session()).setMeta(QLatin1String(kMetaRevocationOnline), QStringLiteral("0")));
        Login login(w.session(), *w.trust);
        const auto refused = login.login(*open(QStringLiteral("manager")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        QVERIFY2(refused.error().message.contains(QStringLiteral("could not check whether")),
                 qPrintable(refused.error().message));
        QVERIFY(StaffSql(w.session()).employees()->isEmpty());
        QVERIFY(!*OrganizationSql(w.session()).organization());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const auto id = login.login(*open(QStringLiteral("manager")));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->role, Role::Manager);
        QVERIFY(id->revocationChecked);
    }

    void notQualifiedInDemoWorkspace()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        QVERIFY(SettingsSql(w.session()).setMeta(QStringLiteral("demo"), QStringLiteral("1")));
        Login login(w.session(), *w.trust);
        const auto id = login.login(*open(QStringLiteral("notqualified")));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(id->role, Role::Manager);
    }

    void keyMustMatchCertificate()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPkiWithCrl());
        Login login(w.session(), *w.trust);
        Impostor impostor(open(QStringLiteral("manager")), open(QStringLiteral("stranger")));
        const auto id = login.login(impostor);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QStringLiteral("did not prove")), qPrintable(id.error().message));
        QVERIFY(StaffSql(w.session()).employees()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
