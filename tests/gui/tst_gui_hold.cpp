// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's legal hold in the inbox (placed with its reason, shown, deletion held back,
// lifted), and a service's own retention in its dialog.
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
};

QTEST_MAIN(TestGuiHold)
#include "tst_gui_hold.moc"
