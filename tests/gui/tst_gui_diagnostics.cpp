// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Diagnostics: versions, workspace, trust, mailboxes, tokens, recent errors, and a button
// that copies it all; and nothing in it about the citizens whose documents the workspace holds.
#include "CryptoFixture.h"
#include "GuiTestUtil.h"
#include "MailSamples.h"
#include "TestUtil.h"
#include "core/AccessGuard.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "inbox/SubmissionSql.h"
#include "inbox/VerificationPipeline.h"
#include "mail/Ingestor.h"
#include "mail/MailLog.h"
#include "mail/MailboxRules.h"
#include "ui/DiagnosticsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_diagnostics"));
        Diagnostics::keepRecentErrors();
    }

    void reportForSupportWithoutCitizensData()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPkiWithCrl());
        // A citizen's copy, verified: the workspace now holds a sender's name and address and
        // the signer's name and РНОКПП.
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = "%PDF-1.4 copy";
        const QByteArray p7s = *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        Ingestor ingestor(ws.session());
        QVERIFY(ingestor.ingestMessage(message(pairOf(QStringLiteral("Паспорт"), pdf, p7s)), QStringLiteral("ingest")));
        QCOMPARE(*VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, QDateTime::currentDateTimeUtc()), 1);
        const auto submissions = SubmissionSql(ws.session()).submissions(10);
        QVERIFY(submissions && submissions->size() == 1);
        const StoredVerification v = *submissions->first().documents.first().verification;
        QVERIFY(!v.signerName.isEmpty() && !v.signerRnokpp.isEmpty());
        const QString sender = submissions->first().sender;
        const QString senderName = submissions->first().senderName;
        QVERIFY(!sender.isEmpty() && !senderName.isEmpty());

        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        Mailbox m;
        m.name = QStringLiteral("Приймальня");
        m.host = QStringLiteral("imap.example.net");
        m.user = QStringLiteral("office@example.net");
        QVERIFY(MailboxRules(guard).addMailbox(m));
        qCWarning(lcMail) << "diagnostics test: the server went away";

        DiagnosticsDialog dialog(*ws.workspace, ws.trust.get());
        QSignalSpy completed(&dialog, &DiagnosticsDialog::completed);
        dialog.show();
        QVERIFY(completed.wait(30000));
        QVERIFY(dialog.isComplete());
        const QString report = dialog.reportText();
        for (const QString &expected :
             {QStringLiteral("Kopii: " KOPII_VERSION), QString::fromLatin1(qVersion()), QStringLiteral("OpenSSL 3."),
              QStringLiteral("GMime: 3."), QStringLiteral("Poppler (in the helper kopii-render): "),
              QStringLiteral("Schema version: "), QStringLiteral("Mailbox «Приймальня»: imap.example.net:993 (TLS)"),
              QStringLiteral("never checked"), QStringLiteral("Tokens (PKCS#11)"),
              QStringLiteral("diagnostics test: the server went away"), ws.workspace->path()})
            QVERIFY2(report.contains(expected), qPrintable(expected + QStringLiteral("\n\n") + report));
        // The test PKI's root, by its fingerprint.
        bool root = false;
        for (const TrustedCertificate &t : ws.trust->certificates())
            root = root || (t.anchor && report.contains(t.certificate.info().sha256));
        QVERIFY2(root, qPrintable(report));
        // Poppler's version from the helper itself, not an error.
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("kopii-render\\): \\d+\\.\\d+"))), qPrintable(report));
        // Nothing about the citizen, the signer or the office's mail login.
        for (const QString &personal : {v.signerName, v.signerRnokpp, sender, senderName, m.user})
            QVERIFY2(!report.contains(personal, Qt::CaseInsensitive), qPrintable(personal));

        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), report);
        screenshot(&dialog, QStringLiteral("diagnostics"));
    }
};

QTEST_MAIN(TestGuiDiagnostics)
#include "tst_gui_diagnostics.moc"
