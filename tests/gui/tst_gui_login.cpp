// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialog through its real widgets: a key file, a SoftHSM2 token, roles in the window.
#include "TestTrust.h"
#include "core/OrganizationSql.h"
#include "core/StaffSql.h"
#include "ui/AccessionPanel.h"
#include "ui/BranchesPage.h"
#include "ui/MessageBox.h"
#include "CryptoTestUtil.h"
#include "ui/EmployeeDialog.h"
#include "ui/EmployeesPage.h"
#include "ui/FormField.h"
#include "GuiTestUtil.h"
#include "ui/LoginDialog.h"
#include "ui/SecretEdit.h"
#include "ui/MainWindow.h"
#include "ui/OrganizationPage.h"
#include "ui/PosterCheckDialog.h"
#include "ui/PostersPage.h"
#include "qr/PosterExport.h"
#include "PhotoLike.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "ui/Session.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLibrary>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiLogin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> openWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return std::move(ws).value();
    }

    // Types the password and presses Log in; waits for the worker thread.
    static void submit(LoginDialog &dialog, const QString &pin)
    {
        dialog.pinField()->setFocus();
        QTest::keyClicks(dialog.pinField(), pin); // ASCII only
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    }

    // Presses "Sign the application" and waits for the worker and the check.
    static bool signInWindow(AccessionPanel *panel)
    {
        QSignalSpy done(panel, &AccessionPanel::signingFinished);
        QTest::mouseClick(panel->signButton(), Qt::LeftButton);
        if (done.isEmpty() && !done.wait(30000))
            return false;
        return done.constFirst().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_login"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    }

    // The key chosen, the cursor waits in the password field; nothing typed is "enter the
    // password", not "the password is wrong", and the key is not even opened.
    void emptyPasswordSaysWhatToDo()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        LoginDialog dialog(ws->session(), trust);
        dialog.chooseKeyFile(pki(QStringLiteral("manager.p12")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(dialog.pinField()->hasFocus());
        QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Enter the password")),
                 qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
        QTRY_VERIFY(dialog.pinField()->hasFocus());
        screenshot(&dialog, QStringLiteral("login-empty-password"));
        QVERIFY(!*OrganizationSql(ws->session()).organization());
    }

    void keyFileFirstLoginThenClerk()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));

        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseKeyFile(pki(QStringLiteral("manager.p12")));
        // A wrong password first: an error, no organisation.
        submit(dialog, QStringLiteral("wrong"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("wrong")), qPrintable(dialog.errorLabel()->text()));
        QVERIFY(!*OrganizationSql(ws->session()).organization());
        QVERIFY(dialog.pinField()->isEmpty()); // the typed password does not linger
        screenshot(&dialog, QStringLiteral("login-wrong-password"));

        submit(dialog, QString::fromLatin1(kPkiPassword));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.identity().role, Role::Manager);
        QVERIFY(dialog.identity().createdOrganization);
        const auto org = OrganizationSql(ws->session()).organization();
        QVERIFY(org && *org);
        QCOMPARE((*org)->code, QStringLiteral("14360570"));

        AccessGuard guard(ws->session(), QStringLiteral("gui"));
        guard.setSession(Role::Manager, dialog.identity().fullName);
        QVERIFY(Staff(guard).addEmployee(
            {QStringLiteral("3023456784"), QStringLiteral("Коваленко Олена Петрівна"), Role::Clerk, {}}));

        // The clerk logs in and sees no editing of branches or the organisation.
        LoginDialog clerkLogin(ws->session(), trust);
        clerkLogin.show();
        clerkLogin.chooseKeyFile(pki(QStringLiteral("clerk.p12")));
        submit(clerkLogin, QString::fromLatin1(kPkiPassword));
        QCOMPARE(clerkLogin.result(), int(QDialog::Accepted));
        QCOMPARE(clerkLogin.identity().role, Role::Clerk);
        AccessGuard clerkGuard(ws->session(), QStringLiteral("gui"));
        clerkGuard.setSession(Role::Clerk, clerkLogin.identity().fullName);
        MainWindow window(*ws, clerkGuard);
        window.setSession(clerkLogin.identity().fullName, Role::Clerk);
        window.show();
        window.showArea(MainWindow::Branches);
        QVERIFY(!window.branchesPage()->addButton()->isVisible());
        QVERIFY(!window.branchesPage()->isEditable());
        QVERIFY(!window.organizationPage()->saveButton()->isVisible());
        screenshot(&window, QStringLiteral("clerk-branches"));
    }

    // A token with a retry counter (SoftHSM2 behind the test module): the dialog warns before the
    // last try and refuses a locked PIN without sending it.
    void tokenPinCountdownIsShown()
    {
        QTemporaryDir hsm;
        QProcess p;
        p.start(QStringLiteral("bash"),
                {sourcePath(QStringLiteral("tests/support/make-softhsm-token.sh")), hsm.path(),
                 QString::fromLocal8Bit(qgetenv("KOPII_TEST_PKI"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        qputenv("SOFTHSM2_CONF", hsm.filePath(QStringLiteral("softhsm2.conf")).toLocal8Bit());
        qputenv("KOPII_SHIM_MODULE", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
        qputenv("KOPII_SHIM_TRIES", "2");
        QLibrary shim(QStringLiteral(KOPII_TEST_SHIM));
        auto reset = reinterpret_cast<void (*)()>(shim.resolve("kopii_shim_reset"));
        QVERIFY(reset);
        reset();

        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseToken(QStringLiteral(KOPII_TEST_SHIM));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.tokenBox()->count(), 1);
        QVERIFY(!dialog.pinWarningLabel()->isVisible());
        dialog.certificateBox()->setCurrentIndex(1);
        const QString chosen = dialog.certificateBox()->currentText();
        submit(dialog, QStringLiteral("000000"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("Last try")), qPrintable(dialog.errorLabel()->text()));
        // Before the next try the warning stands beside the PIN field.
        QTRY_VERIFY2(dialog.pinWarningLabel()->isVisible(), qPrintable(dialog.pinWarningLabel()->text()));
        QVERIFY(dialog.pinWarningLabel()->text().contains(QStringLiteral("Last try")));
        QCOMPARE(dialog.certificateBox()->currentText(), chosen); // the choice survives the re-read
        screenshot(&dialog, QStringLiteral("login-token-last-try"));
        submit(dialog, QStringLiteral("111111"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("locked")));
        QTRY_VERIFY(dialog.pinWarningLabel()->text().contains(QStringLiteral("PUK")));
        // The right PIN now: refused without reaching the token.
        submit(dialog, QStringLiteral("123456"));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("PUK")));
        qunsetenv("KOPII_SHIM_TRIES");
        reset();
    }

    void managerSignsTheAccessionApplication()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseKeyFile(pki(QStringLiteral("manager.p12")));
        submit(dialog, QString::fromLatin1(kPkiPassword));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Session session(dialog.identity(), dialog.takeSigner());
        AccessGuard guard(ws->session(), QStringLiteral("gui"));
        guard.setSession(Role::Manager, dialog.identity().fullName);

        MainWindow window(*ws, guard);
        window.setSession(dialog.identity().fullName, Role::Manager);
        window.attachSession(&session, &trust);
        window.resize(1100, 800);
        window.show();
        window.showArea(MainWindow::Organization);
        AccessionPanel *panel = window.organizationPage()->accessionPanel();
        QVERIFY(panel->signButton()->isVisible());
        QVERIFY(panel->signButton()->isEnabled());
        QVERIFY(!panel->openButton()->isEnabled());
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Not signed yet")));
        screenshot(&window, QStringLiteral("accession-not-signed"));

        // Closing the preview signs nothing.
        AccessionPanel::setPreviewAnswerForTests(false);
        QVERIFY(!signInWindow(panel));
        QVERIFY(!OrganizationRules(guard).latestSignedDocument(QString::fromLatin1(kAccessionApplication))->has_value());

        AccessionPanel::setPreviewAnswerForTests(true);
        QVERIFY(signInWindow(panel));
        AccessionPanel::setPreviewAnswerForTests(std::nullopt);
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("Signature valid")),
                 qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("accessionDetails"))->text().contains(QStringLiteral("3012345670")));
        QVERIFY(panel->openButton()->isEnabled());
        QCOMPARE(panel->signButton()->text(), QStringLiteral("Sign &again…"));
        screenshot(&window, QStringLiteral("accession-signed"));

        QTemporaryDir out;
        QVERIFY(panel->exportTo(out.path()));
        const QStringList files = QDir(out.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.at(0).endsWith(QStringLiteral(".pdf")));
        QCOMPARE(files.at(1), files.at(0) + QStringLiteral(".p7s"));
        // A folder that cannot be written: the reason, nothing half-written.
        MessageBox::setTestMode(true);
        QVERIFY(!panel->exportTo(out.filePath(QStringLiteral("missing/folder"))));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Cannot write")));

        // The manager issues a signed code for a service from the Posters area.
        Branch branch;
        branch.name = QStringLiteral("Центр");
        branch.email = QStringLiteral("centr@example.com");
        branch.region = QStringLiteral("Київська");
        branch.district = QStringLiteral("Бучанський");
        branch.location = QStringLiteral("Буча");
        branch.street = QStringLiteral("вул. Вокзальна");
        branch.house = QStringLiteral("1");
        const auto bid = OrganizationRules(guard).addBranch(branch);
        QVERIFY(bid);
        Service service;
        service.name = QStringLiteral("Довідка");
        service.branchIds = {*bid};
        service.documentKinds = {QStringLiteral("passport")};
        const auto sid = OrganizationRules(guard).addService(service);
        QVERIFY(sid);
        window.showArea(MainWindow::Posters);
        PostersPage *posters = window.postersPage();
        posters->reload();
        QVERIFY(posters->importButton()->isVisible());
        // No code yet: no poster, and the page says where the code comes from.
        QVERIFY(!posters->preview()->poster());
        QVERIFY(posters->preview()->message().contains(QStringLiteral("Diia")));
        QVERIFY(posters->importLink(QStringLiteral("https://diia.app/acquirers/offer-request/abc123def456")));
        const auto code = OrganizationRules(guard).posterCode(*sid, *bid);
        QVERIFY(code && code->has_value());
        QCOMPARE((*code)->kind, PosterCode::Kind::Portal);
        QVERIFY(posters->preview()->poster());
        QCOMPARE(posters->preview()->poster()->content().qrText,
                 QByteArray("https://diia.app/acquirers/offer-request/abc123def456"));
        screenshot(&window, QStringLiteral("posters-portal"));
        // Reception's check of the posters on the wall: a photo of this poster, and one of another
        // office's poster.
        const QString current = m_dir.filePath(QStringLiteral("wall-current.jpg"));
        QVERIFY(savePhotoLike(PosterExport::image(*posters->preview()->poster(), 150), current));
        const QString foreign = m_dir.filePath(QStringLiteral("wall-foreign.jpg"));
        PosterContent other = posters->preview()->poster()->content();
        other.qrText = "https://diia.app/acquirers/offer-request/ffff0000ffff0000";
        QVERIFY(savePhotoLike(PosterExport::image(*PosterLayout::make(other, PosterOptions{}), 150), foreign));
        QVERIFY(posters->findChild<QPushButton *>(QStringLiteral("checkPhotos"))->isEnabled());
        PosterCheckDialog *check = posters->checkPhotos({current, foreign});
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), 60000);
        QCOMPARE(check->table()->rowCount(), 2);
        QCOMPARE(check->findings().at(0).verdict, PosterFinding::Verdict::Current);
        QCOMPARE(check->findings().at(1).verdict, PosterFinding::Verdict::Unknown);
        QVERIFY2(check->summaryLabel()->text().contains(QStringLiteral("1 code")), qPrintable(check->summaryLabel()->text()));
        QVERIFY(check->table()->item(1, 2)->text().contains(QStringLiteral("take it down")));
        screenshot(check, QStringLiteral("poster-check"));
        check->close();
        // A workspace of an earlier Kopii may keep a signed request of its own for a pair: no
        // visitor poster with it (the Diia app cannot open it), and the page says what to do.
        PosterCode legacy;
        legacy.serviceId = *sid;
        legacy.branchId = *bid;
        legacy.kind = PosterCode::Kind::Signed;
        legacy.text = QStringLiteral("KQR1:6BFOXN*TS0BI$ZDFRH");
        legacy.source = QStringLiteral("Test Manager");
        legacy.added = QDateTime::currentDateTimeUtc();
        legacy.expires = legacy.added.addDays(30);
        QVERIFY(OrganizationSql(ws->session()).savePosterCode(legacy));
        posters->reload();
        QVERIFY(!posters->preview()->poster());
        QVERIFY2(posters->preview()->message().contains(QStringLiteral("Diia portal")),
                 qPrintable(posters->preview()->message()));
        QVERIFY2(posters->codeLabel()->text().contains(QStringLiteral("earlier Kopii")),
                 qPrintable(posters->codeLabel()->text()));
        QVERIFY(!posters->printButton()->isEnabled());
        screenshot(&window, QStringLiteral("posters-legacy-signed"));
        QVERIFY(posters->importLink(QStringLiteral("https://diia.app/acquirers/offer-request/abc123def456")));
        QVERIFY(posters->preview()->poster());

        // A clerk sees the signed application but cannot sign it.
        QVERIFY(Staff(guard).addEmployee(
            {QStringLiteral("3023456784"), QStringLiteral("Коваленко Олена Петрівна"), Role::Clerk, {}}));
        window.setSession(QStringLiteral("Коваленко Олена Петрівна"), Role::Clerk);
        QVERIFY(!panel->signButton()->isVisible());
        QVERIFY(panel->saveButton()->isEnabled());
        // …and prints posters, but does not import codes.
        QVERIFY(!posters->importButton()->isVisible());
        QVERIFY(posters->printButton()->isEnabled());
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("Signature valid")));
    }

    void managerManagesEmployees()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseKeyFile(pki(QStringLiteral("manager.p12")));
        submit(dialog, QString::fromLatin1(kPkiPassword));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        AccessGuard guard(ws->session(), QStringLiteral("gui"));
        guard.setSession(Role::Manager, dialog.identity().fullName);
        MainWindow window(*ws, guard);
        window.setSession(dialog.identity().fullName, Role::Manager);
        window.resize(1100, 700);
        window.show();
        window.showArea(MainWindow::Employees);
        EmployeesPage *page = window.employeesPage();
        QCOMPARE(page->view()->model()->rowCount(), 1); // the manager of the first login
        MessageBox::setTestMode(true);

        // A wrong РНОКПП: the reason under the field, nobody added.
        whenDialogOpens<EmployeeDialog>([](EmployeeDialog *d) {
            typeText(d->rnokppField()->input(), QStringLiteral("3023456785"));
            typeText(d->nameField()->input(), QStringLiteral("Коваленко Олена Петрівна"));
            d->accept();
            QVERIFY(d->isVisible());
            QVERIFY2(d->rnokppField()->errorLabel()->text().contains(QStringLiteral("RNOKPP")),
                     qPrintable(d->rnokppField()->errorLabel()->text()));
            screenshot(d, QStringLiteral("employee-dialog-error"));
            d->reject();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(page->view()->model()->rowCount(), 1);

        // The same РНОКПП as the manager: refused (Edit changes people, Add does not).
        whenDialogOpens<EmployeeDialog>([](EmployeeDialog *d) {
            typeText(d->rnokppField()->input(), QStringLiteral("3012345670"));
            typeText(d->nameField()->input(), QStringLiteral("Хтось"));
            d->accept();
            QVERIFY(d->isVisible());
            QVERIFY(d->rnokppField()->errorLabel()->text().contains(QStringLiteral("already in the list")));
            d->reject();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(Staff(guard).employees()->size(), 1);

        // A clerk, added properly.
        whenDialogOpens<EmployeeDialog>([](EmployeeDialog *d) {
            typeText(d->rnokppField()->input(), QStringLiteral("3023456784"));
            typeText(d->nameField()->input(), QStringLiteral("Коваленко Олена Петрівна"));
            d->roleBox()->setCurrentIndex(d->roleBox()->findData(int(Role::Clerk)));
            d->accept();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(page->view()->model()->rowCount(), 2);
        const auto clerk = StaffSql(ws->session()).employee(QStringLiteral("3023456784"));
        QVERIFY(clerk && *clerk);
        QCOMPARE((*clerk)->role, Role::Clerk);
        screenshot(&window, QStringLiteral("employees"));

        // The only manager cannot be made a clerk: the reason stays in the dialog.
        const int managerRow = [&] {
            for (int r = 0; r < page->view()->model()->rowCount(); ++r)
                if (page->view()->model()->index(r, 1).data().toString() == QStringLiteral("3012345670"))
                    return r;
            return -1;
        }();
        QVERIFY(managerRow >= 0);
        page->view()->setCurrentIndex(page->view()->model()->index(managerRow, 0));
        whenDialogOpens<EmployeeDialog>([](EmployeeDialog *d) {
            QVERIFY(static_cast<QLineEdit *>(d->rnokppField()->input())->isReadOnly());
            d->roleBox()->setCurrentIndex(d->roleBox()->findData(int(Role::Clerk)));
            d->accept();
            QVERIFY(d->isVisible());
            QVERIFY2(d->generalError()->text().contains(QStringLiteral("only manager")), qPrintable(d->generalError()->text()));
            d->reject();
        });
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        QCOMPARE((*StaffSql(ws->session()).employee(QStringLiteral("3012345670")))->role, Role::Manager);

        // A clerk's window shows the list without changing it.
        window.setSession(QStringLiteral("Коваленко Олена Петрівна"), Role::Clerk);
        QVERIFY(!page->addButton()->isVisible());
        QVERIFY(!page->isEditable());
    }

    void strangerIsRefusedWithReason()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseKeyFile(pki(QStringLiteral("manager.p12")));
        submit(dialog, QString::fromLatin1(kPkiPassword));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("not in the trust store"))
                     || dialog.errorLabel()->text().contains(QStringLiteral("not trusted")),
                 qPrintable(dialog.errorLabel()->text()));
        screenshot(&dialog, QStringLiteral("login-untrusted"));
    }

    // IIT's Key-6.dat in the login dialog: a wrong password says so; the right one opens it, and
    // without the certificates beside it the dialog asks for them.
    void iitKeyFileAsksForItsCertificate()
    {
        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("Key-6.dat"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/keys/Key-6.dat")), key));
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseKeyFile(key);
        submit(dialog, QStringLiteral("tect5"));
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("password is wrong")),
                 qPrintable(dialog.errorLabel()->text()));
        submit(dialog, QStringLiteral("tect4"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("no certificate")), qPrintable(dialog.errorLabel()->text()));
        screenshot(&dialog, QStringLiteral("login-key6-no-certificate"));
    }

    void softHsmToken()
    {
        QTemporaryDir hsm;
        QProcess p;
        p.start(QStringLiteral("bash"),
                {sourcePath(QStringLiteral("tests/support/make-softhsm-token.sh")), hsm.path(),
                 QString::fromLocal8Bit(qgetenv("KOPII_TEST_PKI"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        qputenv("SOFTHSM2_CONF", hsm.filePath(QStringLiteral("softhsm2.conf")).toLocal8Bit());

        auto ws = openWorkspace();
        TrustStore trust(ws->session());
        QVERIFY(trust.load());
        QVERIFY(trustTestPkiWithCrl(trust));
        LoginDialog dialog(ws->session(), trust);
        dialog.show();
        dialog.chooseToken(QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.tokenBox()->count(), 1);
        QCOMPARE(dialog.certificateBox()->count(), 2); // the key-agreement certificate is not offered
        screenshot(&dialog, QStringLiteral("login-token"));
        submit(dialog, QStringLiteral("000000"));
        QVERIFY(dialog.errorLabel()->text().startsWith(QStringLiteral("The PIN is wrong.")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        dialog.certificateBox()->setCurrentIndex(0);
        submit(dialog, QStringLiteral("123456"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.identity().role, Role::Manager);

        // The token signs the accession application from the window (off the UI thread).
        Session session(dialog.identity(), dialog.takeSigner());
        AccessGuard guard(ws->session(), QStringLiteral("gui"));
        guard.setSession(Role::Manager, dialog.identity().fullName);
        {
            MainWindow window(*ws, guard);
            window.setSession(dialog.identity().fullName, Role::Manager);
            window.attachSession(&session, &trust);
            window.show();
            window.showArea(MainWindow::Organization);
            AccessionPanel::setPreviewAnswerForTests(true);
            QVERIFY(signInWindow(window.organizationPage()->accessionPanel()));
            AccessionPanel::setPreviewAnswerForTests(std::nullopt);
            QVERIFY(
                window.organizationPage()->accessionPanel()->statusLabel()->text().contains(QStringLiteral("Signature valid")));
        }

        // The session locks when idle and logs out of the token.
        QVERIFY(session.signer()->isPresent());
        QSignalSpy locked(&session, &Session::locked);
        session.setIdleTimeoutMs(50);
        QVERIFY(locked.wait(5000));
        QVERIFY(session.isLocked());
        QVERIFY(!session.signer());
    }
};

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
