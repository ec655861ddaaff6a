// SPDX-License-Identifier: GPL-3.0-or-later
// The Mailboxes area against a real Dovecot: add a mailbox through the dialog, test the
// connection, pin the test server's certificate when asked, watch, and hear about new copies.
#include "CryptoTestUtil.h"
#include "inbox/SubmissionSql.h"
#include "DovecotServer.h"
#include "ui/FormField.h"
#include "GuiTestUtil.h"
#include "MailSamples.h"
#include "ui/MailboxDialog.h"
#include "ui/SecretEdit.h"
#include "mail/BackgroundWatcher.h"
#include "ui/MailboxesPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "mail/PasswordVault.h"
#include "core/AccessGuard.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "TestIdp.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiMailboxes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    const QString m_user = QStringLiteral("centr@example.com");

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mailboxes"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        PasswordVault::disableKeychainForTests(true); // no Secret Service here: the session fallback
        MessageBox::setTestMode(true);
        QVERIFY(m_dovecot.start(m_dir.filePath(QStringLiteral("dovecot")), {m_user + QStringLiteral(":secret-1")},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
    }
    void cleanupTestCase() { m_dovecot.stop(); }

    void addTestPinWatchAndNotify()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        AccessGuard guard((*ws)->session(), QStringLiteral("gui"));
        QVERIFY(OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Центр"), m_user)));
        MainWindow window(**ws, guard);
        window.resize(1100, 700);
        window.show();
        window.showArea(MainWindow::Mailboxes);
        MailboxesPage *page = window.mailboxesPage();

        bool tested = false;
        whenDialogOpens<MailboxDialog>([this, &tested](MailboxDialog *d) {
            typeText(d->field(QStringLiteral("name"))->input(), QStringLiteral("Центр"));
            typeText(d->field(QStringLiteral("host"))->input(), QStringLiteral("127.0.0.1"));
            d->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(m_dovecot.imapsPort);
            typeText(d->field(QStringLiteral("user"))->input(), m_user);
            // A wrong password first. The test server's certificate is self-signed: Kopii shows its
            // fingerprint and asks, pins it, tests again, and shows the server's refusal: the
            // sentence, and the server's own words apart from it.
            QTest::keyClicks(d->passwordEdit(), QStringLiteral("wrong-1"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QSignalSpy refused(d, &MailboxDialog::testFinished);
            d->test();
            QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 30000);
            QVERIFY(!refused.last().at(0).toBool());
            const QString refusal = d->testResult()->text();
            QVERIFY2(refusal.contains(QStringLiteral("refused the login"))
                         && refusal.contains(QStringLiteral("Technical cause: ")),
                     qPrintable(refusal));
            screenshot(d, QStringLiteral("mailbox-dialog-refused"));
            d->passwordEdit()->clear();
            QTest::keyClicks(d->passwordEdit(), QStringLiteral("secret-1"));
            QSignalSpy finished(d, &MailboxDialog::testFinished);
            d->test();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toBool(), 30000);
            QCOMPARE(d->field(QStringLiteral("pinSha256"))->text(), m_dovecot.fingerprint);
            QVERIFY2(d->testResult()->text().contains(QStringLiteral("announces new mail at once")),
                     qPrintable(d->testResult()->text()));
            QVERIFY(d->testResult()->toolTip().contains(QStringLiteral("IDLE")));
            screenshot(d, QStringLiteral("mailbox-dialog-tested"));
            tested = true;
            d->accept();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(tested);
        const auto boxes = MailboxRules(guard).mailboxes();
        QCOMPARE(boxes->size(), 1);
        QCOMPARE(boxes->first().pinSha256, m_dovecot.fingerprint);
        // No keychain here: the user was told the password lasts this session only.
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("keychain")));

        // A mailbox that already holds mail: the first sync shows its progress, then the bar goes.
        for (int i = 0; i < 40; ++i)
            QVERIFY(m_dovecot.deliver(m_user,
                                      message(pairOf(QStringLiteral("Довідка %1").arg(i), "%PDF-old", "sig-old"), {},
                                              "O <o@example.com>", "<old-" + QByteArray::number(i) + "@x>")));
        QSignalSpy moved(page->progressBar(), &QProgressBar::valueChanged);
        QStringList labels;
        connect(page->progressBar(), &QProgressBar::valueChanged, page,
                [page, &labels] { labels << page->progressLabel()->text(); });
        QSignalSpy arrived(page, &MailboxesPage::newSubmissions);
        page->startWatching(m_dir.filePath(QStringLiteral("drop")));
        // The watcher takes the mail in on a thread of its own, not the window's.
        auto *background = page->findChild<BackgroundWatcher *>();
        QVERIFY(background);
        QTRY_VERIFY(background->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(page->status(boxes->first().id).contains(QStringLiteral("idle")), 30000);
        QCOMPARE(SubmissionSql((*ws)->session()).submissions(100)->size(), 40);
        QVERIFY(moved.size() >= 2);
        QVERIFY2(labels.last().contains(QStringLiteral("of 40 messages")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(!page->progressBar()->isVisibleTo(page));
        arrived.clear();
        QVERIFY(m_dovecot.deliver(
            m_user, message(pairOf(QStringLiteral("Паспорт"), "%PDF-gui", "sig-gui"), {}, "G <g@example.com>", "<gui@x>")));
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 30000);
        QCOMPARE(SubmissionSql((*ws)->session()).submissions(100)->size(), 41);
        window.announceSubmissions(arrived.first().at(0).toInt());
        screenshot(&window, QStringLiteral("mailboxes-watching"));
        page->stopWatching();

        // Editing: the field starts empty (the password is never shown or copied into it), a note
        // says one is saved, and left empty the saved one stays; typed, the new one replaces it.
        whenDialogOpens<MailboxDialog>([](MailboxDialog *d) {
            QVERIFY(d->passwordEdit()->isEmpty());
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("passwordNote"))->isVisibleTo(d));
            const SharedSecret saved = d->password();
            QVERIFY(saved);
            QCOMPARE(QByteArray(saved->c_str()), QByteArray("secret-1"));
            QTest::keyClicks(d->passwordEdit(), QStringLiteral("secret-2"));
            QCOMPARE(QByteArray(d->password()->c_str()), QByteArray("secret-2"));
            QCOMPARE(d->passwordEdit()->length(), 8); // copied, not taken: the form may be sent again
            screenshot(d, QStringLiteral("mailbox-dialog-edit-password"));
            d->passwordEdit()->clear();
            QCOMPARE(d->password(), saved);
            d->accept();
        });
        page->view()->selectRow(0);
        QTest::mouseClick(page->editButton(), Qt::LeftButton);

        // A plain connection to another computer is refused in the dialog, under the field.
        whenDialogOpens<MailboxDialog>([](MailboxDialog *d) {
            typeText(d->field(QStringLiteral("name"))->input(), QStringLiteral("Remote"));
            typeText(d->field(QStringLiteral("host"))->input(), QStringLiteral("imap.example.com"));
            d->securityBox()->setCurrentIndex(d->securityBox()->findData(int(Mailbox::Security::None)));
            typeText(d->field(QStringLiteral("user"))->input(), QStringLiteral("x"));
            QTest::keyClicks(d->passwordEdit(), QStringLiteral("p"));
            d->accept();
            QVERIFY(d->isVisible());
            d->reject();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QCOMPARE(MailboxRules(guard).mailboxes()->size(), 1);
    }

    // A mailbox at an organisation's own OAuth 2.0 provider (the test identity provider), through
    // the dialog: "Sign in…" opens the provider's page (the test follows it as the browser would),
    // the test connection signs in with the token, and the watcher takes the mail in.
    void signInWithAProvider()
    {
        TestIdp idp;
        // Access tokens of 61 s: used until a minute before their end, so each new connection asks
        // the provider for a fresh one.
        QVERIFY(idp.start(m_dir.path(), {QStringLiteral("--user"), m_user, QStringLiteral("--lifetime"), QStringLiteral("61")}));
        DovecotServer server;
        const QString dovecot = m_dir.filePath(QStringLiteral("dovecot-oauth"));
        QVERIFY(QDir().mkpath(dovecot));
        QVERIFY(QFile::copy(idp.keyPath, dovecot + QStringLiteral("/oauth2-key.pem")));
        QVERIFY(server.start(dovecot, {m_user + QStringLiteral(":unused")},
                             sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        const QString providerFile = m_dir.filePath(QStringLiteral("our-idp.json"));
        {
            QFile f(providerFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(idp.provider()).toJson());
        }
        TestBrowser browser;
        MailboxDialog::setBrowserForTests([&browser](const QUrl &url) { browser.open(url); });

        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws-oauth")));
        QVERIFY(ws);
        AccessGuard guard((*ws)->session(), QStringLiteral("gui"));
        QVERIFY(OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Центр"), m_user)));
        MainWindow window(**ws, guard);
        window.resize(1100, 700);
        window.show();
        window.showArea(MainWindow::Mailboxes);
        MailboxesPage *page = window.mailboxesPage();
        bool done = false;
        whenDialogOpens<MailboxDialog>([&](MailboxDialog *d) {
            typeText(d->field(QStringLiteral("name"))->input(), QStringLiteral("Центр"));
            typeText(d->field(QStringLiteral("host"))->input(), QStringLiteral("127.0.0.1"));
            d->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(server.imapsPort);
            typeText(d->field(QStringLiteral("user"))->input(), m_user);
            d->authBox()->setCurrentIndex(d->authBox()->findData(QStringLiteral("file")));
            QVERIFY(!d->passwordEdit()->isVisibleTo(d));
            QVERIFY(d->signInButton()->isVisibleTo(d));
            // Saving before signing in says what to do.
            typeText(d->field(QStringLiteral("providerFile"))->input(), providerFile);
            d->accept();
            QVERIFY(d->isVisible());
            QSignalSpy signedIn(d, &MailboxDialog::signedIn);
            QTest::mouseClick(d->signInButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
            QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(d->signInState()->text()));
            MessageBox::setNextAnswer(QMessageBox::Yes); // pin the test server's certificate
            QSignalSpy tested(d, &MailboxDialog::testFinished);
            d->test();
            QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty() && tested.last().at(0).toBool(), 30000);
            screenshot(d, QStringLiteral("mailbox-dialog-oauth"));
            d->accept();
            done = !d->isVisible();
        });
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        QVERIFY(done);
        const auto boxes = MailboxRules(guard).mailboxes();
        QCOMPARE(boxes->size(), 1);
        QVERIFY(boxes->first().oauth.contains(QStringLiteral("\"client_id\":\"kopii-test\"")));
        QVERIFY(server.deliver(
            m_user, message(pairOf(QStringLiteral("Паспорт"), "%PDF-go", "sig-go"), {}, "G <g@example.com>", "<go@x>")));
        QSignalSpy arrived(page, &MailboxesPage::newSubmissions);
        page->startWatching(m_dir.filePath(QStringLiteral("drop-oauth")));
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page->status(boxes->first().id).contains(QStringLiteral("idle")), 30000);
        screenshot(&window, QStringLiteral("mailboxes-oauth-watching"));

        // The person withdraws the permission at the provider; the connection drops: the list says
        // "sign in again", and mail that comes meanwhile waits on the server.
        QCOMPARE(idp.revokeAll(), 200);
        QCOMPARE(
            QProcess::execute(QStringLiteral("doveadm"),
                              {QStringLiteral("-c"), dovecot + QStringLiteral("/dovecot.conf"), QStringLiteral("kick"), m_user}),
            0);
        QVERIFY(server.deliver(
            m_user, message(pairOf(QStringLiteral("Довідка"), "%PDF-g2", "sig-g2"), {}, "H <h@example.com>", "<g2@x>")));
        QTRY_VERIFY_WITH_TIMEOUT(page->status(boxes->first().id).startsWith(QStringLiteral("sign in again")), 30000);
        QVERIFY(page->status(boxes->first().id).contains(QStringLiteral("Sign in to the mailbox again")));
        screenshot(&window, QStringLiteral("mailboxes-oauth-sign-in-again"));
        // Signed in again through the dialog: watched again, the waiting message taken in.
        arrived.clear();
        bool again = false;
        whenDialogOpens<MailboxDialog>([&again](MailboxDialog *d) {
            QSignalSpy signedIn(d, &MailboxDialog::signedIn);
            QTest::mouseClick(d->signInButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
            QVERIFY(signedIn.first().at(0).toBool());
            d->accept();
            again = !d->isVisible();
        });
        page->view()->selectRow(0);
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 30000);
        QCOMPARE(SubmissionSql((*ws)->session()).submissions(100)->size(), 2);
        page->stopWatching();
        // Removed: the provider is told to forget the permission.
        page->view()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(MailboxRules(guard).mailboxes()->size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(idp.requests().contains(QStringLiteral("request POST /revoke")), 10000);
    }

    // The assistant: the address proposes server, security and sign-in, and says what the
    // provider asks of the office.
    void theAddressFillsTheForm()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws-presets")));
        QVERIFY(ws);
        MailboxDialog d(Mailbox(), {}, nullptr, (*ws)->session(), [](const Mailbox &, const SharedSecret &) { return Status(); });
        d.show();
        auto fill = [&d](const QString &address) {
            auto *edit = qobject_cast<QLineEdit *>(d.field(QStringLiteral("address"))->input());
            edit->clear();
            QTest::keyClicks(edit, address);
            QSignalSpy filled(&d, &MailboxDialog::filled);
            QTest::keyClick(edit, Qt::Key_Return);
            return filled.isEmpty() ? filled.wait(5000) && filled.first().at(0).toBool() : filled.first().at(0).toBool();
        };
        QVERIFY(fill(QStringLiteral("centr@ukr.net")));
        QCOMPARE(d.field(QStringLiteral("host"))->text(), QStringLiteral("imap.ukr.net"));
        QCOMPARE(d.field(QStringLiteral("user"))->text(), QStringLiteral("centr@ukr.net"));
        QCOMPARE(d.field(QStringLiteral("name"))->text(), QStringLiteral("centr@ukr.net"));
        QCOMPARE(d.authBox()->currentData().toString(), QStringLiteral("password"));
        QVERIFY(d.advice()->isVisibleTo(&d));
        QVERIFY(d.advice()->text().contains(QStringLiteral("switch access on")));
        screenshot(&d, QStringLiteral("mailbox-dialog-preset-ukrnet"));

        QVERIFY(fill(QStringLiteral("clinic@outlook.com")));
        QCOMPARE(d.field(QStringLiteral("host"))->text(), QStringLiteral("outlook.office365.com"));
        QCOMPARE(d.authBox()->currentData().toString(), QStringLiteral("microsoft"));
        QVERIFY(!d.passwordEdit()->isVisibleTo(&d));
        QVERIFY(d.signInButton()->isVisibleTo(&d));
        QVERIFY(d.field(QStringLiteral("tenant"))->input()->isVisibleTo(&d));
        QVERIFY(d.field(QStringLiteral("clientId"))->input()->isVisibleTo(&d));
        // Laid out with room (a row shown later once got no height beside a wrapping label).
        QTRY_VERIFY(d.field(QStringLiteral("clientId"))->input()->height() > 0);
        screenshot(&d, QStringLiteral("mailbox-dialog-preset-microsoft"));

        QVERIFY(!fill(QStringLiteral("school@i.ua")));
        QVERIFY(d.advice()->text().contains(QStringLiteral("forward")));
        QCOMPARE(d.field(QStringLiteral("host"))->text(), QStringLiteral("outlook.office365.com")); // left as it was

        auto *edit = qobject_cast<QLineEdit *>(d.field(QStringLiteral("address"))->input());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("school@"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!d.advice()->isVisibleTo(&d));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("addressError"))->isVisibleTo(&d));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("addressError"))->text().contains(QStringLiteral("name@example.ua")));
    }

    // A new mailbox is saved after a connection test with its settings; when the test fails,
    // the person is told why and may still save it (the server may be down just now).
    void aNewMailboxIsTestedBeforeItIsSaved()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws-save")));
        QVERIFY(ws);
        int saves = 0;
        MailboxDialog d(Mailbox(), {}, nullptr, (*ws)->session(), [&saves](const Mailbox &, const SharedSecret &) {
            ++saves;
            return Status();
        });
        d.show();
        typeText(d.field(QStringLiteral("name"))->input(), QStringLiteral("Down"));
        typeText(d.field(QStringLiteral("host"))->input(), QStringLiteral("127.0.0.1"));
        d.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(DovecotServer::freePort()); // nobody listens
        typeText(d.field(QStringLiteral("user"))->input(), m_user);
        QTest::keyClicks(d.passwordEdit(), QStringLiteral("secret-1"));
        QSignalSpy tested(&d, &MailboxDialog::testFinished);
        d.accept(); // the test runs first; "save anyway?" is declined (the test mode's Cancel)
        QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 30000);
        QVERIFY(!tested.first().at(0).toBool());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not connect")), qPrintable(MessageBox::lastText()));
        QCOMPARE(saves, 0);
        QVERIFY(d.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Yes); // save anyway
        d.accept();
        QTRY_VERIFY_WITH_TIMEOUT(saves == 1, 30000);
        QTRY_VERIFY(!d.isVisible());
    }

    // An organisation's provider given by its address: Kopii reads its description (OpenID
    // Connect Discovery) when "Sign in…" is pressed, then signs in there.
    void aProviderByItsAddress()
    {
        TestIdp idp;
        QVERIFY(idp.start(m_dir.path(), {QStringLiteral("--user"), m_user}));
        TestBrowser browser;
        MailboxDialog::setBrowserForTests([&browser](const QUrl &url) { browser.open(url); });
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws-issuer")));
        QVERIFY(ws);
        Mailbox saved;
        MailboxDialog d(Mailbox(), {}, nullptr, (*ws)->session(), [&saved](const Mailbox &m, const SharedSecret &) {
            saved = m;
            return Status();
        });
        d.show();
        typeText(d.field(QStringLiteral("user"))->input(), m_user);
        d.authBox()->setCurrentIndex(d.authBox()->findData(QStringLiteral("file")));
        typeText(d.field(QStringLiteral("providerFile"))->input(), idp.base());
        typeText(d.field(QStringLiteral("clientId"))->input(), QStringLiteral("kopii-test"));
        QSignalSpy signedIn(&d, &MailboxDialog::signedIn);
        QTest::mouseClick(d.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(d.signInState()->text()));
        const auto p = d.provider();
        QVERIFY(p);
        QCOMPARE(p->token().toString(), idp.base() + QStringLiteral("/token"));
        QCOMPARE(p->clientId, QStringLiteral("kopii-test"));
        QVERIFY(d.mailbox().oauth.contains(QStringLiteral("/token")));
        // Not a provider: said so, nothing signed in.
        MailboxDialog e(Mailbox(), {}, nullptr, (*ws)->session(), [](const Mailbox &, const SharedSecret &) { return Status(); });
        e.show();
        e.authBox()->setCurrentIndex(e.authBox()->findData(QStringLiteral("file")));
        typeText(e.field(QStringLiteral("providerFile"))->input(), idp.base() + QStringLiteral("/nothing"));
        QSignalSpy refused(&e, &MailboxDialog::signedIn);
        QTest::mouseClick(e.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 30000);
        QVERIFY(!refused.first().at(0).toBool());
        QVERIFY(e.findChild<QLabel *>(QStringLiteral("generalError"))->text().contains(QStringLiteral("OpenID Connect")));
    }
};

QTEST_MAIN(TestGuiMailboxes)
#include "tst_gui_mailboxes.moc"
