// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI through its real widgets (offscreen): create an organisation, a branch and a service,
// find them in the store; remove a branch in use; switch the language. Set KOPII_SCREENSHOT_DIR to
// keep pictures of the windows.
#include "ui/BranchDialog.h"
#include "ui/BranchesPage.h"
#include "ui/FormField.h"
#include "core/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/OrganizationPage.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "ui/ServiceDialog.h"
#include "ui/ServicesPage.h"
#include "ui/SettingsPage.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QCheckBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QSignalSpy>
#include <QSpinBox>

#include "ui/Session.h"
#include "ui/PostersPage.h"
#include "qr/QrDecoder.h"
#include "qr/QrMatrix.h"

#include <QCheckBox>
#include <QPainter>
#include <QPrinter>

#include "GuiTestUtil.h"

using namespace kopii;
using namespace kopii::ui;
using namespace kopii::test;

class TestGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AccessGuard> m_guard;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("kopii-gui-test"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("uk"));
        Language::install(QStringLiteral("uk"));
        MessageBox::setTestMode(true);
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws.ok());
        m_workspace = std::move(ws).value();
        m_guard = std::make_unique<AccessGuard>(m_workspace->session(), QStringLiteral("gui"));
        m_window = std::make_unique<MainWindow>(*m_workspace, *m_guard);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // A dialog closing leaves no active window offscreen; shortcuts need one.
    void init()
    {
        if (!m_window)
            return;
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void startsOnOrganizationInUkrainian()
    {
        QCOMPARE(m_window->currentArea(), MainWindow::Organization);
        QCOMPARE(m_window->navigation()->item(MainWindow::Branches)->text(), QStringLiteral("Відділення"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Копії"));
        screenshot(m_window.get(), QStringLiteral("01-organization-empty"));
    }

    void organizationFormValidatesAndSaves()
    {
        OrganizationPage *page = m_window->organizationPage();
        clearAndType(page->nameField()->input(), QStringLiteral("Бучанський ліцей № 1"));
        clearAndType(page->codeField()->input(), QStringLiteral("14360571")); // wrong check digit
        clearAndType(page->headField()->input(), QStringLiteral("Шевченко Тарас Григорович"));
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QVERIFY(page->codeField()->errorLabel()->isVisibleTo(page));
        QVERIFY(page->codeField()->errorLabel()->text().contains(QStringLiteral("контрольна цифра")));
        QVERIFY(!OrganizationRules(*m_guard).organization()->has_value());
        screenshot(m_window.get(), QStringLiteral("02-organization-error"));

        clearAndType(page->codeField()->input(), QStringLiteral("14360570"));
        QTest::keyClick(page->codeField()->input(), Qt::Key_Return);
        QVERIFY(!page->codeField()->errorLabel()->isVisibleTo(page));
        const auto org = OrganizationRules(*m_guard).organization();
        QVERIFY(org->has_value());
        QCOMPARE((*org)->name, QStringLiteral("Бучанський ліцей № 1"));
        QCOMPARE((*org)->code, QStringLiteral("14360570"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Бучанський ліцей № 1 — Копії"));
    }

    void createBranchThroughTheDialog()
    {
        m_window->showArea(MainWindow::Branches);
        BranchesPage *page = m_window->branchesPage();
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisibleTo(page));
        screenshot(m_window.get(), QStringLiteral("03-branches-empty"));

        bool sawInlineError = false;
        whenDialogOpens<BranchDialog>([&](BranchDialog *d) {
            // Too long a name: the error appears under the field as it is typed.
            typeText(d->field(QStringLiteral("name"))->input(), QString(33, QChar(0x0416)));
            sawInlineError = d->field(QStringLiteral("name"))->errorLabel()->isVisibleTo(d)
                && d->field(QStringLiteral("name"))->errorLabel()->text().contains(QStringLiteral("32"));
            screenshot(d, QStringLiteral("04-branch-dialog-error"));
            clearAndType(d->field(QStringLiteral("name"))->input(), QStringLiteral("Центр"));
            typeText(d->field(QStringLiteral("email"))->input(), QStringLiteral("centr@example.com"));
            typeText(d->field(QStringLiteral("region"))->input(), QStringLiteral("Київська"));
            typeText(d->field(QStringLiteral("district"))->input(), QStringLiteral("Бучанський"));
            typeText(d->field(QStringLiteral("location"))->input(), QStringLiteral("Буча"));
            typeText(d->field(QStringLiteral("street"))->input(), QStringLiteral("вул. Вокзальна"));
            typeText(d->field(QStringLiteral("house"))->input(), QStringLiteral("1"));
            QVERIFY(!d->field(QStringLiteral("name"))->errorLabel()->isVisibleTo(d));
            screenshot(d, QStringLiteral("05-branch-dialog"));
            d->accept();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(sawInlineError);

        const auto branches = OrganizationRules(*m_guard).branches();
        QCOMPARE(branches->size(), 1);
        QCOMPARE(branches->first().name, QStringLiteral("Центр"));
        QCOMPARE(branches->first().street, QStringLiteral("вул. Вокзальна"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QVERIFY(page->editButton()->isEnabled()); // the new branch is selected
    }

    void duplicateBranchIsShownInTheDialog()
    {
        m_window->showArea(MainWindow::Branches);
        BranchesPage *page = m_window->branchesPage();
        QString shown;
        whenDialogOpens<BranchDialog>([&](BranchDialog *d) {
            typeText(d->field(QStringLiteral("name"))->input(), QStringLiteral("Філія"));
            typeText(d->field(QStringLiteral("email"))->input(), QStringLiteral("CENTR@example.com"));
            typeText(d->field(QStringLiteral("region"))->input(), QStringLiteral("Київська"));
            typeText(d->field(QStringLiteral("district"))->input(), QStringLiteral("Бучанський"));
            typeText(d->field(QStringLiteral("location"))->input(), QStringLiteral("Ірпінь"));
            typeText(d->field(QStringLiteral("street"))->input(), QStringLiteral("вул. Університетська"));
            typeText(d->field(QStringLiteral("house"))->input(), QStringLiteral("2-Б"));
            d->accept(); // refused: stays open with the error under the e-mail
            shown = d->field(QStringLiteral("email"))->errorLabel()->text();
            clearAndType(d->field(QStringLiteral("email"))->input(), QStringLiteral("irpin@example.com"));
            d->accept();
        });
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Insert);
        QVERIFY2(shown.contains(QStringLiteral("Центр")), qPrintable(shown));
        QCOMPARE(OrganizationRules(*m_guard).branches()->size(), 2);
    }

    void createServiceThroughTheDialog()
    {
        m_window->showArea(MainWindow::Services);
        ServicesPage *page = m_window->servicesPage();
        whenDialogOpens<ServiceDialog>([&](ServiceDialog *d) {
            typeText(d->nameField()->input(), QStringLiteral("Зарахування до 1 класу"));
            // Documents are ticked from the keyboard: select the item, press Space.
            QListWidget *docs = d->documentList();
            for (const QString &code : {QStringLiteral("birth-certificate"), QStringLiteral("passport")}) {
                for (int i = 0; i < docs->count(); ++i)
                    if (docs->item(i)->data(Qt::UserRole).toString() == code) {
                        docs->setFocus();
                        docs->setCurrentRow(i);
                        QTest::keyClick(docs, Qt::Key_Space);
                    }
            }
            QListWidget *branches = d->branchList();
            QCOMPARE(branches->count(), 2);
            branches->item(0)->setCheckState(Qt::Checked);
            screenshot(d, QStringLiteral("06-service-dialog"));
            d->accept();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        const auto services = OrganizationRules(*m_guard).services();
        QCOMPARE(services->size(), 1);
        const Service s = services->first();
        QCOMPARE(s.name, QStringLiteral("Зарахування до 1 класу"));
        // A new service lists its documents in the catalog's order.
        QCOMPARE(s.documentKinds, (QStringList{QStringLiteral("passport"), QStringLiteral("birth-certificate")}));
        QCOMPARE(s.branchIds.size(), 1);
        screenshot(m_window.get(), QStringLiteral("07-services"));
    }

    void serviceWithoutDocumentsIsRefusedInline()
    {
        ServicesPage *page = m_window->servicesPage();
        bool errorShown = false;
        whenDialogOpens<ServiceDialog>([&](ServiceDialog *d) {
            typeText(d->nameField()->input(), QStringLiteral("Довідка"));
            d->accept();
            errorShown = d->findChild<QLabel *>(QStringLiteral("documentKindsError"))->isVisibleTo(d);
            d->reject();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(errorShown);
        QCOMPARE(OrganizationRules(*m_guard).services()->size(), 1);
    }

    void searchFiltersBranches()
    {
        m_window->showArea(MainWindow::Branches);
        BranchesPage *page = m_window->branchesPage();
        screenshot(m_window.get(), QStringLiteral("08-branches"));
        typeText(page->searchField(), QStringLiteral("ірпінь"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        page->searchField()->clear();
        QCOMPARE(page->view()->model()->rowCount(), 2);
    }

    void removingABranchInUseAsksAndDetaches()
    {
        BranchesPage *page = m_window->branchesPage();
        const RecordId used = OrganizationRules(*m_guard).services()->first().branchIds.first();
        const int row = [&] {
            for (int r = 0; r < page->view()->model()->rowCount(); ++r)
                if (page->view()->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong() == used)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        page->view()->selectRow(row);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Зарахування до 1 класу")));
        QCOMPARE(OrganizationRules(*m_guard).branches()->size(), 2); // cancelled: nothing removed

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(OrganizationRules(*m_guard).branches()->size(), 1);
        QVERIFY(OrganizationRules(*m_guard).services()->first().branchIds.isEmpty());
        QCOMPARE(OrganizationRules(*m_guard).services()->size(), 1);
    }

    void languageSwitchesLive()
    {
        m_window->showArea(MainWindow::Settings);
        QComboBox *box = m_window->settingsPage()->languageBox();
        box->setCurrentIndex(box->findData(QStringLiteral("en")));
        QTRY_COMPARE(m_window->navigation()->item(MainWindow::Branches)->text(), QStringLiteral("Branches"));
        QCOMPARE(m_window->branchesPage()->addButton()->text(), QStringLiteral("&Add branch…"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        screenshot(m_window.get(), QStringLiteral("09-settings-en"));
        box->setCurrentIndex(box->findData(QStringLiteral("uk")));
        QTRY_COMPARE(m_window->navigation()->item(MainWindow::Branches)->text(), QStringLiteral("Відділення"));
        m_window->showArea(MainWindow::Inbox);
        screenshot(m_window.get(), QStringLiteral("10-inbox-coming"));
    }

    void idleTimeIsSavedAndReachesTheSession()
    {
        m_window->showArea(MainWindow::Settings);
        QSpinBox *idle = m_window->settingsPage()->idleBox();
        QCOMPARE(idle->value(), 15);  // the default
        QCOMPARE(idle->minimum(), 1); // "never" is not offered: the copies hold personal data
        QSignalSpy changed(m_window->settingsPage(), &SettingsPage::idleMinutesChanged);
        idle->setValue(5);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toInt(), 5);
        QCOMPARE(QSettings().value(QStringLiteral("session/idleMinutes")).toInt(), 5);
        QCOMPARE(Session::idleMinutes(), 5);
        idle->setValue(15);
    }

    void revocationSettingIsTheManagers()
    {
        m_window->showArea(MainWindow::Settings);
        QCheckBox *online = m_window->settingsPage()->revocationBox();
        QVERIFY(online->isChecked());
        m_window->setSession(QStringLiteral("Clerk"), Role::Clerk);
        QVERIFY(!online->isEnabled());
        m_window->setSession(QStringLiteral("Manager"), Role::Manager);
        QVERIFY(online->isEnabled());
        online->setChecked(false);
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), false);
        screenshot(m_window.get(), QStringLiteral("09-settings-revocation-offline"));
        online->setChecked(true);
        QCOMPARE(*WorkspaceSettings(*m_guard).revocationOnline(), true);
    }

    void postersImportPreviewSaveAndPrint()
    {
        Branch b = test::validBranch(QStringLiteral("Плакатний"), QStringLiteral("plakat@example.com"));
        const auto bid = OrganizationRules(*m_guard).addBranch(b);
        QVERIFY(bid);
        Service s;
        s.name = QStringLiteral("Довідка для плаката");
        s.branchIds = {*bid};
        s.documentKinds = {QStringLiteral("passport")};
        const auto sid = OrganizationRules(*m_guard).addService(s);
        QVERIFY(sid);
        m_window->showArea(MainWindow::Posters);
        PostersPage *page = m_window->postersPage();
        page->reload();
        page->branchBox()->setCurrentIndex(page->branchBox()->findData(*bid));
        page->serviceBox()->setCurrentIndex(page->serviceBox()->findData(*sid));
        QVERIFY(!page->preview()->poster());
        QVERIFY2(page->preview()->message().contains(QStringLiteral("QR")), qPrintable(page->preview()->message()));
        QVERIFY(!page->printButton()->isEnabled());

        // A code that is not Diia's: refused with the reason, nothing kept.
        const QString link = QStringLiteral("https://diia.app/acquirers/offer-request/dynamic/gui-test-1");
        auto codeFile = [this](const QByteArray &text, const QString &name) {
            const auto m = QrMatrix::encode(text, QrEcc::M);
            QImage image(400, 400, QImage::Format_RGB32);
            QPainter p(&image);
            m->paint(p, QRectF(0, 0, 400, 400));
            p.end();
            const QString path = m_dir.filePath(name);
            image.save(path);
            return path;
        };
        MessageBox::setTestMode(true);
        QVERIFY(!page->importFile(codeFile("https://example.com/other", QStringLiteral("other.png"))));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Дія.QR")));
        QVERIFY(!OrganizationRules(*m_guard).posterCode(*sid, *bid)->has_value());

        QVERIFY(page->importFile(codeFile(link.toUtf8(), QStringLiteral("portal.png"))));
        QVERIFY(page->codeLabel()->text().contains(link));
        QVERIFY(page->preview()->poster());
        QVERIFY(page->printButton()->isEnabled());
        screenshot(m_window.get(), QStringLiteral("11-posters"));

        // Options change the poster at once.
        page->landscapeBox()->setChecked(true);
        QCOMPARE(page->preview()->poster()->options().orientation, QPageLayout::Landscape);
        page->paperBox()->setCurrentIndex(page->paperBox()->findData(int(QPageSize::A5)));
        page->largePrintBox()->setChecked(true);
        QVERIFY(page->preview()->poster()->options().largePrint);
        screenshot(m_window.get(), QStringLiteral("12-posters-a5-landscape-large"));

        // Saved and printed posters carry exactly the imported link.
        const QString pdf = m_dir.filePath(QStringLiteral("poster.pdf"));
        QVERIFY(page->saveTo(pdf));
        auto codes = QrDecoder::decodeFile(pdf);
        QVERIFY(codes && codes->size() == 1);
        QCOMPARE(codes->first().text, link);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF()));
        page->printTo(printer);
        codes = QrDecoder::decodeFile(printed);
        QVERIFY(codes && codes->size() == 1);
        QCOMPARE(codes->first().text, link);
        QVERIFY(page->saveBranchTo(m_dir.filePath(QStringLiteral("branch.pdf"))));
        page->landscapeBox()->setChecked(false);
        page->largePrintBox()->setChecked(false);
        page->paperBox()->setCurrentIndex(0);
    }

    void windowStateIsRemembered()
    {
        m_window->showArea(MainWindow::Services);
        m_window->close();
        MainWindow again(*m_workspace, *m_guard);
        QCOMPARE(again.currentArea(), MainWindow::Services);
        QVERIFY(!QSettings().value(QStringLiteral("ui/mainWindow/geometry")).toByteArray().isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_guard.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
