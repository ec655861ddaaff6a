// SPDX-License-Identifier: GPL-3.0-or-later
// A desk connects to the office server through the GUI (a real PostgreSQL 15): the welcome
// dialog offers it, the dialog says what is wrong in words (a wrong password, a certificate that
// does not verify, a server that does not answer) and connects once all is right; the main
// window of a server's desk hears of new submissions from the server.
#include "core/OfficeServer.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "inbox/SubmissionSql.h"
#include "core/AccessGuard.h"
#include "ui/InboxPage.h"
#include "ui/MainWindow.h"
#include "ui/PdfPreview.h"
#include "ui/SecretEdit.h"
#include "ui/ServerDialog.h"
#include "ui/WelcomeDialog.h"
#include "GuiTestUtil.h"
#include "PostgresServer.h"
#include "TestUtil.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace kopii;
using namespace kopii::ui;

namespace {
const QString kDb = QStringLiteral("office");
const QString kClerkPassword = QStringLiteral("clerk-пароль-2026");
} // namespace

// Ivan's desk on the server: his window, logged in, showing the inbox.
struct Desk
{
    std::unique_ptr<Workspace> workspace;
    AccessGuard guard;
    MainWindow window;

    explicit Desk(std::unique_ptr<Workspace> opened)
        : workspace(std::move(opened)), guard(workspace->session(), QStringLiteral("gui")), window(*workspace, guard)
    {
        window.resize(1200, 800);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Іван Петренко"));
        window.setSession(QStringLiteral("Іван Петренко"), Role::Clerk);
        window.showArea(MainWindow::Inbox);
    }

    static std::unique_ptr<Desk> open(const test::PostgresServer &server)
    {
        auto desk = Workspace::open(server.tlsLocation(kDb, QStringLiteral("ivan")), share(Secret::fromString(kClerkPassword)));
        return desk ? std::make_unique<Desk>(std::move(desk).value()) : nullptr;
    }
};

class TestGuiServer : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;

    void fill(ServerDialog &d, const QString &ca, const QString &password)
    {
        test::clearAndType(d.findChild<QLineEdit *>(QStringLiteral("serverHost")), QStringLiteral("localhost"));
        d.findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(m_server.port);
        test::clearAndType(d.findChild<QLineEdit *>(QStringLiteral("serverDatabase")), kDb);
        test::clearAndType(d.findChild<QLineEdit *>(QStringLiteral("serverPerson")), QStringLiteral("ivan"));
        d.findChild<QLineEdit *>(QStringLiteral("serverCa"))->setText(ca);
        auto *secret = d.findChild<SecretEdit *>(QStringLiteral("serverPassword"));
        secret->clear();
        test::typeText(secret, password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.lastError.constData());
        QVERIFY(m_server.createDatabase(kDb));
        auto owner = SqlSession::open(m_server.tlsLocation(kDb), share(Secret::fromString(m_server.adminPassword)));
        QVERIFY(owner);
        const auto branch = OrganizationSql(**owner).insertBranch(test::validBranch());
        QVERIFY(branch);
        OfficeServer office(**owner);
        QVERIFY(office.init(QStringLiteral("olena"),
                            {QStringLiteral("1234567890"), QStringLiteral("Олена Коваль"), Role::Manager, {}},
                            Secret::fromString(QStringLiteral("manager-password-2026"))));
        QVERIFY(office.addDesk(QStringLiteral("ivan"),
                               {QStringLiteral("2345678901"), QStringLiteral("Іван Петренко"), Role::Clerk, {}},
                               Secret::fromString(kClerkPassword), {*branch}));
    }

    void theWelcomeOffersTheOfficeServer()
    {
        WelcomeDialog welcome;
        welcome.show();
        QVERIFY(welcome.serverButton()->isVisible());
        test::screenshot(&welcome, QStringLiteral("server-welcome"));
        welcome.serverButton()->click();
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(welcome.choice(), WelcomeDialog::Choice::Server);
    }

    void theDialogSaysWhatIsWrongThenConnects()
    {
        ServerDialog dialog;
        dialog.show();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(error);

        // Nothing filled in.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());

        // A certificate of another CA: refused, and said so. The window waits for no connection:
        // the dialog says it is connecting, with its fields locked, until the answer comes.
        fill(dialog, m_server.otherCaFile(), kClerkPassword);
        dialog.accept();
        QVERIFY(dialog.isConnecting());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("serverProgress"))->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 20000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"))->isEnabled());
        QVERIFY2(error->text().contains(QLatin1String("certificate that Kopii cannot trust")), qPrintable(error->text()));

        // A wrong password.
        fill(dialog, m_server.caFile(), QStringLiteral("wrong-password"));
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 20000);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QLatin1String("did not let ivan in")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QLatin1String("wrong-password")));
        test::screenshot(&dialog, QStringLiteral("server-dialog-refused"));

        // All right: connected, as Ivan, and the password is no longer in the field.
        fill(dialog, m_server.caFile(), kClerkPassword);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(dialog.findChild<SecretEdit *>(QStringLiteral("serverPassword"))->isEmpty());
        const QString location = dialog.location();
        QVERIFY(location.startsWith(QLatin1String("postgresql://ivan@localhost:")));
        QVERIFY(!location.contains(kClerkPassword));
        QVERIFY(dialog.rememberPassword());
        auto workspace = dialog.takeWorkspace();
        QVERIFY(workspace);
        QVERIFY(workspace->isServer());
        QCOMPARE(SubmissionSql(workspace->session()).submissionIds(SubmissionQuery{})->size(), 0);

        // The address it gives fills a new dialog (the next start, when the keychain has nothing).
        ServerDialog again(location, QStringLiteral("The office server asks for ivan's password."));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverPerson"))->text(), QStringLiteral("ivan"));
        QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("serverPort"))->value(), m_server.port);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("serverCa"))->text(), QDir::toNativeSeparators(m_server.caFile()));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("serverError"))->text().contains(QLatin1String("password")));
    }

    // The desk's main window: the server tells it of a new submission of her branch; after the
    // server restarts it connects again, reads everything anew, and hears of the next one.
    void aDeskHearsOfNewSubmissionsAndSurvivesARestart()
    {
        auto ivan = Desk::open(m_server);
        QVERIFY(ivan);
        MainWindow &window = ivan->window;
        InboxPage *inbox = window.inboxPage();
        const int before = inbox->view()->model()->rowCount();

        auto store = [this](char tag) {
            auto owner = SqlSession::open(m_server.tlsLocation(kDb), share(Secret::fromString(m_server.adminPassword)));
            QVERIFY(owner);
            Submission s;
            s.source = QStringLiteral("mailbox");
            s.branchId = 1;
            s.contentHash = QByteArray(32, tag);
            s.sender = QStringLiteral("citizen@example.com");
            s.receivedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(SubmissionSql(**owner).insertSubmission(s, QByteArray("raw")));
        };
        store('a');
        QTRY_COMPARE_WITH_TIMEOUT(inbox->view()->model()->rowCount(), before + 1, 10000);
        test::screenshot(&window, QStringLiteral("server-desk-inbox"));

        QVERIFY(m_server.restart());
        window.checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QLatin1String("Connected to the office server again")), 10000);
        store('b');
        QTRY_COMPARE_WITH_TIMEOUT(inbox->view()->model()->rowCount(), before + 2, 10000);
    }

    // A document a clerk's desk shows comes from the server with its log entry, which the server
    // writes in her login's and name; shown again after the inbox reads itself anew, it is not a
    // new look.
    void aDocumentShownOnADeskIsLoggedByTheServer()
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count "
                               "1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 "
                               "0 R>>\n%%EOF\n";
        {
            auto owner = SqlSession::open(m_server.tlsLocation(kDb), share(Secret::fromString(m_server.adminPassword)));
            QVERIFY(owner);
            Submission s;
            s.source = QStringLiteral("mailbox");
            s.branchId = 1;
            s.contentHash = QByteArray(32, 'd');
            s.sender = QStringLiteral("passport@example.com");
            s.receivedAt = QDateTime::currentDateTimeUtc().addSecs(3600); // the newest: the first row
            DocumentCopy d;
            d.kind = QStringLiteral("passport");
            d.pdfName = QStringLiteral("Паспорт.pdf");
            d.pdf = pdf;
            s.documents = {d};
            QVERIFY(SubmissionSql(**owner).insertSubmission(s, QByteArray("raw d")));
        }
        const auto views = [this] {
            return m_server
                .psqlOutput(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.view' AND actor = "
                                           "'ivan: Іван Петренко'"),
                            kDb)
                .toInt();
        };
        QCOMPARE(views(), 0);
        auto ivan = Desk::open(m_server);
        QVERIFY(ivan);
        MainWindow &window = ivan->window;
        InboxPage *inbox = window.inboxPage();
        inbox->selectSubmission(0);
        QCOMPARE(inbox->documentList()->count(), 1);
        QCOMPARE(inbox->preview()->pdf(), pdf);
        QCOMPARE(views(), 1);
        inbox->reload();
        inbox->selectSubmission(0);
        QCOMPARE(inbox->preview()->pdf(), pdf);
        QCOMPARE(views(), 1);
        test::screenshot(&window, QStringLiteral("server-desk-document"));
    }

    void aPastedAddressFillsTheFields()
    {
        ServerDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("serverHost"));
        host->setText(QStringLiteral("postgresql://olena@kopii.office.lan:6543/school?sslrootcert=/etc/kopii/ca.pem"));
        Q_EMIT host->editingFinished();
        QCOMPARE(host->text(), QStringLiteral("kopii.office.lan"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("serverPort"))->value(), 6543);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->text(), QStringLiteral("school"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverPerson"))->text(), QStringLiteral("olena"));
        QCOMPARE(dialog.location(),
                 QStringLiteral("postgresql://olena@kopii.office.lan:6543/school?sslrootcert=%2Fetc%2Fkopii%2Fca.pem"));
    }
};

QTEST_MAIN(TestGuiServer)
#include "tst_gui_server.moc"
