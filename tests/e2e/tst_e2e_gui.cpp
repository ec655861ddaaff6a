// SPDX-License-Identifier: GPL-3.0-or-later
// The loop once through the window (issue #7): Kopii's window is open and its watcher idles on
// the branch's mailbox (IMAP IDLE); a visitor scans the poster with the reference citizen app,
// which mails the copies through OpenSMTPD to Dovecot; the submission appears in the inbox by
// itself, checked Valid (the test PKI's OCSP responder answers). Needs root for OpenSMTPD.
#include "TestTrust.h"
#include "CryptoTestUtil.h"
#include "DovecotServer.h"
#include "GuiTestUtil.h"
#include "ui/InboxPage.h"
#include "crypto/KeyFile.h"
#include "ui/MailboxesPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "OpenSmtpd.h"
#include "mail/PasswordVault.h"
#include "QrPosterImage.h"
#include "TestUtil.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "TestPkiServices.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestE2eGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DovecotServer m_dovecot;
    OpenSmtpd m_smtpd;
    OcspResponder m_ocsp;
    const QString m_address = QStringLiteral("kopii@lyceum1.example.org");

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_e2e_gui"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        PasswordVault::disableKeychainForTests(true);
        MessageBox::setTestMode(true);
        QVERIFY(m_dovecot.start(m_dir.filePath(QStringLiteral("dovecot")), {m_address + QStringLiteral(":secret")},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        QString why;
        if (!m_smtpd.start(m_dir.filePath(QStringLiteral("smtpd")), m_dovecot.lmtpPort,
                           sourcePath(QStringLiteral("tests/support/start-smtpd.sh")), {}, &why)) {
            if (m_smtpd.notRoot())
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        QVERIFY2(m_ocsp.start(pki(QStringLiteral("db-ca/index.txt")), &why), qPrintable(why));
    }

    void copiesAppearInTheOpenInbox()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        SqlSession &store = (*ws)->session();
        TrustStore trust(store);
        QVERIFY(trust.load());
        QVERIFY(trustTestPki(trust));
        AccessGuard guard(store, QStringLiteral("gui"));
        Branch branch = validBranch(QStringLiteral("Головний корпус"), m_address);
        const auto branchId = OrganizationRules(guard).addBranch(branch);
        QVERIFY(branchId);
        Service service;
        service.name = QStringLiteral("Зарахування до 1 класу");
        service.branchIds = {*branchId};
        service.documentKinds = {QStringLiteral("birth-certificate"), QStringLiteral("passport")};
        QVERIFY(OrganizationRules(guard).addService(service));
        Mailbox box;
        box.name = QStringLiteral("Головний");
        box.branchId = *branchId;
        box.host = QStringLiteral("127.0.0.1");
        box.port = m_dovecot.imapsPort;
        box.user = m_address;
        box.pinSha256 = m_dovecot.fingerprint;
        const auto boxId = MailboxRules(guard).addMailbox(box);
        QVERIFY2(boxId, boxId ? "" : qPrintable(boxId.error().message));

        MainWindow window(**ws, guard);
        window.resize(1400, 900);
        guard.setSession(Role::Manager, QStringLiteral("Шевченко Тарас Григорович"));
        window.setSession(QStringLiteral("Шевченко Тарас Григорович"), Role::Manager);
        window.inboxPage()->setTrust(&trust);
        window.show();
        window.showArea(MainWindow::Inbox);
        auto *vault = window.findChild<PasswordVault *>();
        QVERIFY(vault);
        bool stored = false;
        vault->write(*boxId, share(Secret::fromString(QStringLiteral("secret"))),
                     [&stored](bool, const QString &) { stored = true; });
        QTRY_VERIFY(stored);
        MailboxesPage *mailboxes = window.mailboxesPage();
        mailboxes->startWatching(m_dir.filePath(QStringLiteral("drop")));
        QTRY_VERIFY_WITH_TIMEOUT(mailboxes->status(*boxId).contains(QStringLiteral("idle")), 30000);
        QAbstractItemModel *model = window.inboxPage()->view()->model();
        QCOMPARE(model->rowCount(), 0);

        // The visitor scans the poster and sends.
        // (Diia's backend knows where the branch's link sends copies: here, --to says it.)
        const QString poster = posterOf(QStringLiteral("https://diia.app/acquirers/offer-request/0a0b0c0d0e0f1011"));
        QProcess citizen;
        citizen.start(QStringLiteral(KOPII_CITIZEN),
                      {QStringLiteral("send"), poster, QStringLiteral("--to"), branch.email, QStringLiteral("--document"),
                       QStringLiteral("birth-certificate"), QStringLiteral("--document"), QStringLiteral("passport"),
                       QStringLiteral("--key"), pki(QStringLiteral("citizen.p12")), QStringLiteral("--password"),
                       QString::fromLatin1(kPkiPassword), QStringLiteral("--smtp"),
                       QStringLiteral("127.0.0.1:%1").arg(m_smtpd.port)});
        QTRY_VERIFY_WITH_TIMEOUT(citizen.state() == QProcess::NotRunning, 60000);
        QVERIFY2(citizen.exitCode() == 0, citizen.readAllStandardError().constData());
        QElapsedTimer sent;
        sent.start();

        // It appears by itself, checked.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, SubmissionTableModel::VerdictColumn).data().toString().endsWith(QStringLiteral("Valid")), 30000);
        qInfo("from the SMTP server's acceptance to a checked row in the inbox: %lld ms", sent.elapsed());
        QCOMPARE(model->index(0, SubmissionTableModel::Documents).data().toString(), QStringLiteral("2"));
        window.inboxPage()->selectSubmission(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.inboxPage()->isRendering(), 20000);
        screenshot(&window, QStringLiteral("e2e-inbox-arrived"));
        mailboxes->stopWatching();
    }

private:
    QString posterOf(const QString &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("poster.png"));
        if (!saveQrPoster(text, path))
            qFatal("no poster");
        return path;
    }
};

QTEST_MAIN(TestE2eGui)
#include "tst_e2e_gui.moc"
