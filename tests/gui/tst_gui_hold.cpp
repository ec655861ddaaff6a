// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's legal hold in the inbox (placed with its reason, shown, deletion held back,
// lifted), a service's own retention in its dialog, and the protocol at intake: turned on and its
// seal chosen in the settings, then offered with its seal in "Протокол…".
#include "CryptoFixture.h"
#include "GuiTestUtil.h"
#include "MailSamples.h"
#include "TestUtil.h"
#include "core/AccessGuard.h"
#include "core/SqlSession.h"
#include "core/Staff.h"
#include "inbox/InboxRules.h"
#include "inbox/SubmissionSql.h"
#include "mail/Ingestor.h"
#include "ui/InboxPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/ServiceDialog.h"
#include "ui/ServicesPage.h"
#include "ui/PdfPreview.h"
#include "ui/ProtocolDialog.h"
#include "ui/SettingsPage.h"
#include "core/Clock.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "inbox/VerificationPipeline.h"
#include "records/Arrival.h"
#include "records/HandOff.h"
#include "records/IntakeProtocol.h"
#include "core/OrganizationSql.h"

#include <QComboBox>
#include <QFileDialog>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTest>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiHold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_hold"));
    }

    void aManagerHoldsAndLiftsASubmission()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(Ingestor(ws.session())
                    .ingestMessage(message(pairOf(QStringLiteral("Паспорт"), "%PDF-1.4 passport", QByteArray("\x30\x82 x"))),
                                   QStringLiteral("ingest")));
        const RecordId id = SubmissionSql(ws.session()).submissions(10)->first().id;
        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        QVERIFY(Staff(guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("M"), Role::Manager, {}}));
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();

        guard.setSession(Role::Manager, QStringLiteral("Олена"));
        window.setSession(QStringLiteral("Олена"), Role::Manager);
        window.showArea(MainWindow::Inbox);
        InboxPage *inbox = window.inboxPage();
        inbox->selectSubmission(0);
        auto *hold = inbox->findChild<QPushButton *>(QStringLiteral("legalHold"));
        auto *del = inbox->findChild<QPushButton *>(QStringLiteral("deleteSubmission"));
        auto *header = inbox->findChild<QLabel *>(QStringLiteral("submissionHeader"));
        QVERIFY(hold && del && header);
        QVERIFY(hold->isVisible());
        QVERIFY(del->isEnabled());
        // The reason asked for, then shown; deletion held back.
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QInputDialog *>(w); d && d->isVisible()) {
                    asked = d->labelText().contains(QLatin1String("kept"));
                    d->setTextValue(QStringLiteral("Справа № 2-123/26"));
                    d->accept();
                }
        });
        hold->click();
        QVERIFY(asked);
        QCOMPARE(InboxRules(guard).submission(id)->legalHold, QStringLiteral("Справа № 2-123/26"));
        inbox->selectSubmission(0);
        QVERIFY2(header->text().contains(QStringLiteral("On legal hold: Справа № 2-123/26")), qPrintable(header->text()));
        QVERIFY(!del->isEnabled());
        QVERIFY(hold->text().contains(QLatin1String("Lift")));
        screenshot(&window, QStringLiteral("inbox-legal-hold"));

        // Lifted after a confirmation; then it may be deleted again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        hold->click();
        QVERIFY(InboxRules(guard).submission(id)->legalHold.isEmpty());
        inbox->selectSubmission(0);
        QVERIFY(!header->text().contains(QLatin1String("legal hold")));
        QVERIFY(del->isEnabled());

        // A clerk does not see it.
        guard.setSession(Role::Clerk, QStringLiteral("Іван"));
        window.setSession(QStringLiteral("Іван"), Role::Clerk);
        inbox->reload();
        inbox->selectSubmission(0);
        QVERIFY(!hold->isVisible());
    }

    void aServiceKeepsItsCopiesForItsOwnTime()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        Service service;
        service.name = QStringLiteral("Зарахування до школи");
        service.documentKinds = {QStringLiteral("passport")};
        bool saved = false;
        ServiceDialog dialog(service, {}, [&saved](const Service &) {
            saved = true;
            return Status{};
        });
        dialog.setRetention(std::nullopt, RetentionPolicy{30, 180});
        auto *own = dialog.ownRetention();
        auto *after = dialog.findChild<QSpinBox *>(QStringLiteral("keepAfter"));
        auto *maxAge = dialog.findChild<QSpinBox *>(QStringLiteral("maxAge"));
        QVERIFY(own && after && maxAge);
        // The workspace's days shown, not editable until the service keeps its own.
        QCOMPARE(after->value(), 30);
        QVERIFY(!after->isEnabled());
        QVERIFY(!dialog.retention());
        own->setChecked(true);
        QVERIFY(after->isEnabled());
        after->setValue(365);
        maxAge->setValue(400);
        QCOMPARE(*dialog.retention(), (RetentionPolicy{365, 400}));
        dialog.show();
        screenshot(&dialog, QStringLiteral("service-retention"));
        // Days that make no sense are not saved: the maximum age shorter than after processing.
        maxAge->setValue(100);
        dialog.accept();
        QVERIFY(!saved);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("generalError"));
        QVERIFY(error && error->text().contains(QLatin1String("maximum age")));
        maxAge->setValue(400);
        dialog.accept();
        QVERIFY(saved);
        QVERIFY(!dialog.isVisible());
    }

    void theProtocolAtIntakeIsKeptAndSealedByTheChosenKey()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        SettingsPage page(ws.dir.path(), guard);
        page.setEditable(true);
        page.resize(900, 900);
        page.show();
        auto *sealedBy = page.findChild<QLabel *>(QStringLiteral("intakeSeal"));
        QVERIFY(sealedBy && sealedBy->text().contains(QLatin1String("unsealed")));
        page.intakeBox()->setChecked(true);
        QVERIFY(IntakeProtocol(guard).setting()->on);
        // The seal's certificate chosen in a file dialog.
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible()) {
                    d->selectFile(pki(QStringLiteral("seal.crt")));
                    static_cast<QDialog *>(d)->accept(); // QFileDialog's own, through QDialog's public one
                }
        });
        page.findChild<QPushButton *>(QStringLiteral("chooseSeal"))->click();
        QVERIFY2(sealedBy->text().contains(QStringLiteral("Бучанський ліцей № 1")), qPrintable(sealedBy->text()));
        screenshot(&page, QStringLiteral("settings-intake-protocol"));

        // A submission arrives, is checked, its protocol kept and then sealed by the seal's key.
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = "%PDF-1.7 Довідка";
        QVERIFY(Ingestor(ws.session())
                    .ingestMessage(message(pairOf(QStringLiteral("Довідка"), pdf,
                                                  *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()}))),
                                   QStringLiteral("ingest")));
        QVERIFY(VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, QDateTime::currentDateTimeUtc()));
        QCOMPARE(Arrival::run(ws.session(), *ws.trust, Clock::system(), QStringLiteral("test"))->kept, 1);
        auto seal = KeyFile::open(pki(QStringLiteral("seal.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(seal);
        QCOMPARE(*IntakeProtocol::sealPending(ws.session(), **seal, Clock::system(), QStringLiteral("test")), 1);

        // "Протокол…" offers it as checked at intake, and saves it with its seal.
        const RecordId id = SubmissionSql(ws.session()).submissions(1)->first().id;
        const Submission s = *SubmissionSql(ws.session()).submission(id, SubmissionSql::Bytes::Left);
        ProtocolDialog dialog(guard, *ws.trust, s.id, s.documents.isEmpty() ? 0 : s.documents.first().id);
        auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("protocolScope"));
        QCOMPARE(scope->count(), 3);
        Q_EMIT scope->activated(2);
        QVERIFY(dialog.isReady());
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("protocolStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("sealed by Бучанський ліцей № 1")), qPrintable(status->text()));
        dialog.show();
        auto *preview = dialog.findChild<PdfPreview *>();
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0 && !preview->isRendering(), 20000);
        screenshot(&dialog, QStringLiteral("protocol-intake"));
        QTemporaryDir out;
        QVERIFY(dialog.save(out.filePath(QStringLiteral("protocol.pdf"))));
        for (const char *name : {"protocol.pdf", "protocol.xml", "protocol.pdf.p7s"})
            QVERIFY2(QFile::exists(out.filePath(QString::fromLatin1(name))), name);
    }

    // A desk with the inbox open does for what it checks what the watcher does: the package to
    // the hot folder set "on arrival", the protocol kept at intake.
    void aDeskHandsOnWhatItChecks()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const auto branch = OrganizationSql(ws.session()).insertBranch(validBranch());
        QVERIFY(branch);
        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        QTemporaryDir hot;
        QVERIFY(HandOff(guard).setFolder(QStringLiteral("branch"), *branch, {hot.path(), QStringLiteral("arrival")}));
        QVERIFY(IntakeProtocol(guard).setSetting(true));
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = "%PDF-1.7 Свідоцтво";
        QVERIFY(Ingestor(ws.session())
                    .ingestMessage(message(pairOf(QStringLiteral("Свідоцтво"), pdf,
                                                  *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()}))),
                                   QStringLiteral("ingest")));
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();
        window.showArea(MainWindow::Inbox);
        InboxPage *inbox = window.inboxPage();
        QSignalSpy handed(inbox, &InboxPage::handedOff);
        inbox->setTrust(ws.trust.get());
        QTRY_VERIFY_WITH_TIMEOUT(handed.count() == 1, 20000);
        const QString package = handed.first().first().toString();
        QVERIFY2(QFile::exists(QDir(package).filePath(QStringLiteral("card.json"))), qPrintable(package));
        QVERIFY(QFile::exists(package + QStringLiteral(".done")));
        // Both from one check: the package's protocol is the one kept at intake.
        const auto kept = IntakeProtocol(guard).record(SubmissionSql(ws.session()).submissions(1)->first().id);
        QVERIFY(kept);
        QFile packaged(QDir(package).filePath(QStringLiteral("protocol.pdf")));
        QVERIFY(packaged.open(QIODevice::ReadOnly));
        QCOMPARE(packaged.readAll(), kept->pdf);
        // Once: checking again hands nothing on twice.
        inbox->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        QCOMPARE(handed.count(), 1);
        QCOMPARE(QDir(hot.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
    }
};

QTEST_MAIN(TestGuiHold)
#include "tst_gui_hold.moc"
