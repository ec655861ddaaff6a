// SPDX-License-Identifier: GPL-3.0-or-later
// The first start and the demo workspace as a newcomer meets them: the welcome offers a login or
// the demo; the demo's key file logs in through the login dialog; the window says DEMO; the inbox
// shows every verdict once the drop folder is taken in; the posters are marked DEMO.
#include "demo/DemoWorkspace.h"
#include "mail/DropFolder.h"
#include "GuiTestUtil.h"
#include "ui/InboxPage.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "ui/LoginDialog.h"
#include "ui/SecretEdit.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "core/DiiaLink.h"
#include "Zbar.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "crypto/TrustStore.h"
#include "ui/WelcomeDialog.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_demo"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        MessageBox::setTestMode(true);
    }

    void welcomeOffersLoginOrDemo()
    {
        WelcomeDialog welcome;
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QVERIFY(welcome.loginButton()->isVisible());
        QVERIFY(welcome.demoButton()->text().contains(QStringLiteral("demo")));
        screenshot(&welcome, QStringLiteral("welcome"));
        QTest::mouseClick(welcome.demoButton(), Qt::LeftButton);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Demo);
    }

    void demoWorkspaceShowsEverything()
    {
        const QString folder = m_dir.filePath(QStringLiteral("demo"));
        const auto created = DemoWorkspace::create(folder);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->samples, 6);
        // Made once: a second time in the same folder is refused, and nothing in it changes.
        const auto again = DemoWorkspace::create(folder);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("not empty")));

        auto ws = Workspace::open(folder);
        QVERIFY(ws);
        SqlSession &store = (*ws)->session();
        QVERIFY(DemoWorkspace::isDemo(store));
        TrustStore trust(store);
        QVERIFY(trust.load());

        // The demo manager logs in with the demo key file, as with a real one: a wrong password
        // is refused, the right one admits the manager.
        LoginDialog login(store, trust);
        login.chooseKeyFile(created->keyFile);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        QTest::keyClicks(login.pinField(), QStringLiteral("wrong"));
        QCOMPARE(login.pinField()->length(), 5);
        screenshot(&login, QStringLiteral("login-typed"));
        QTest::mouseClick(login.loginButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!login.isBusy() && !login.errorLabel()->text().isEmpty(), 20000);
        QVERIFY(login.isVisible());
        login.pinField()->clear();
        QTest::keyClicks(login.pinField(), created->password);
        QTest::mouseClick(login.loginButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(login.result() == QDialog::Accepted, 20000);
        QCOMPARE(login.identity().role, Role::Manager);
        QCOMPARE(login.identity().fullName, QStringLiteral("Демченко Оксана Петрівна"));

        AccessGuard guard(store, QStringLiteral("gui"));
        guard.setSession(Role::Manager, login.identity().fullName);
        QCOMPARE(OrganizationRules(guard).branches()->size(), 2);
        QCOMPARE(OrganizationRules(guard).services()->size(), 3);
        QCOMPARE(OrganizationRules(guard).posterCodes()->size(), 4);
        MainWindow window(**ws, guard);
        window.resize(1400, 900);
        window.setSession(login.identity().fullName, Role::Manager);
        window.inboxPage()->setTrust(&trust);
        window.show();
        QVERIFY2(window.windowTitle().contains(QStringLiteral("DEMO")), qPrintable(window.windowTitle()));

        // The drop folder is taken in as the watcher would; the inbox checks every signature.
        Ingestor ingestor(store);
        const auto scanned = DropFolder(created->dropFolder, ingestor).scan();
        QVERIFY(scanned);
        QCOMPARE(scanned->stored, 6);
        window.showArea(MainWindow::Inbox);
        InboxPage *inbox = window.inboxPage();
        inbox->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 30000);
        QAbstractItemModel *model = inbox->view()->model();
        QTRY_COMPARE(model->rowCount(), 6);
        QStringList verdicts;
        for (int row = 0; row < model->rowCount(); ++row)
            verdicts << model->index(row, SubmissionTableModel::VerdictColumn).data().toString();
        QVERIFY2(verdicts.filter(QStringLiteral("Cannot be checked")).size() == 2, qPrintable(verdicts.join(QLatin1Char('|'))));
        QCOMPARE(verdicts.filter(QStringLiteral("NOT valid")).size(), 1);
        QVERIFY2(verdicts.filter(QRegularExpression(QStringLiteral("Valid$"))).size() == 3,
                 qPrintable(verdicts.join(QLatin1Char('|'))));
        // The altered one says what happened.
        int altered = -1;
        for (int row = 0; row < verdicts.size() && altered < 0; ++row)
            altered = verdicts.at(row).contains(QStringLiteral("NOT valid")) ? row : -1;
        QVERIFY(altered >= 0);
        inbox->selectSubmission(altered);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        const QString checks = inbox->checks()->toPlainText();
        QVERIFY2(checks.contains(QStringLiteral("changed after signing"))
                     || checks.contains(QStringLiteral("not in the trust store")),
                 qPrintable(checks));
        screenshot(&window, QStringLiteral("demo-inbox"));

        window.showArea(MainWindow::Branches);
        screenshot(&window, QStringLiteral("demo-branches"));
        window.showArea(MainWindow::Posters);
        screenshot(&window, QStringLiteral("demo-posters"));

        // Its posters say DEMO.
        const auto branch = OrganizationRules(guard).findBranch(QStringLiteral("Головний корпус"));
        const auto service = OrganizationRules(guard).findService(QStringLiteral("Зарахування до 1 класу"));
        QVERIFY(branch && service);
        const auto content = PosterSource::content(guard, service->id, branch->id, QDate::currentDate());
        QVERIFY(content);
        QVERIFY(content->demo);
        // Every visitor poster of the demo, read by zbar (a decoder independent of Kopii's): one
        // code each, and that a Diia link, in every size the office may print.
        int posters = 0;
        for (const Branch &b : *OrganizationRules(guard).branches()) {
            QStringList missing;
            const auto contents = PosterSource::branchContents(guard, b.id, QDate::currentDate(), &missing);
            QVERIFY(contents);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
            for (const PosterContent &c : *contents)
                for (const auto paper : {QPageSize::A4, QPageSize::A5})
                    for (const bool large : {false, true}) {
                        PosterOptions o;
                        o.paper = paper;
                        o.largePrint = large;
                        const auto layout = PosterLayout::make(c, o);
                        QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().message));
                        const QString png = m_dir.filePath(QStringLiteral("demo-poster-%1.png").arg(posters++));
                        QVERIFY(PosterExport::image(*layout, 150).save(png));
                        bool ran = false;
                        const QStringList symbols = zbarRead(png, &ran);
                        QVERIFY(ran);
                        QCOMPARE(symbols.size(), 1);
                        QVERIFY2(DiiaLink::isDiiaLink(symbols.first()), qPrintable(symbols.first()));
                        QCOMPARE(symbols.first().toUtf8(), c.qrText);
                    }
        }
        QCOMPARE(posters, 4 * 4);

        // Review finding L4: a stranger's text that looks like HTML is shown as the text it is. A
        // message whose sender name, subject and file name are HTML reaches the inbox...
        const QByteArray hostileName = "<h1 style=\"color:green\">&#10003; Перевірено ЦЗО</h1>";
        QByteArray hostile = message(pairOf(QStringLiteral("<b>Паспорт</b>"), "%PDF-1.4 not really", "not a signature"), {},
                                     "\"=?UTF-8?B?" + hostileName.toBase64() + "?=\" <x@example.com>", "<hostile@example.com>");
        QVERIFY(ingestor.ingestMessage(hostile, QStringLiteral("ingest")));
        inbox->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 30000);
        int hostileRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, SubmissionTableModel::Sender).data().toString().contains(QStringLiteral("<h1")))
                hostileRow = row;
        QVERIFY(hostileRow >= 0);
        // ...its tooltip is the escaped text in HTML of Kopii's own...
        const QString tip = model->index(hostileRow, SubmissionTableModel::Sender).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QLatin1String("<p")) && tip.contains(QLatin1String("&lt;h1"))
                     && !tip.contains(QLatin1String("<h1")),
                 qPrintable(tip));
        window.showArea(MainWindow::Inbox);
        inbox->selectSubmission(hostileRow);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        screenshot(&window, QStringLiteral("inbox-hostile-names"));

        // ...and no label anywhere is left to guess (AutoText): every area and dialog is opened and
        // each of its labels checked.
        WelcomeDialog welcome;
        welcome.show();
        for (int area = 0; area < MainWindow::AreaCount; ++area)
            window.showArea(MainWindow::Area(area));
        QStringList guessing;
        for (QWidget *w : QApplication::allWidgets())
            if (auto *label = qobject_cast<QLabel *>(w); label && label->textFormat() == Qt::AutoText
                && !label->inherits("QTipLabel") && !label->parent()->inherits("QMessageBox"))
                guessing << QStringLiteral("%1 in %2")
                                .arg(label->objectName(), QString::fromLatin1(label->window()->metaObject()->className()))
                        + QStringLiteral(" (\"%1\")").arg(label->text().left(40));
        QVERIFY2(guessing.isEmpty(), qPrintable(guessing.join(QLatin1Char('\n'))));
        // A rich label (the submission's header) carries the names escaped.
        QLabel *header = window.findChild<QLabel *>(QStringLiteral("submissionHeader"));
        QVERIFY(header);
        QCOMPARE(header->textFormat(), Qt::RichText);
        QVERIFY2(header->text().contains(QLatin1String("&lt;h1")) && !header->text().contains(QLatin1String("<h1")),
                 qPrintable(header->text()));
    }
};

QTEST_MAIN(TestGuiDemo)
#include "tst_gui_demo.moc"
