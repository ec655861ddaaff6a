// SPDX-License-Identifier: GPL-3.0-or-later
// The clerk's inbox: a submission with a good and a changed document shows the right verdicts,
// every check, the signed PDF rendered; save, mark processed.
#include "crypto/Cades.h"
#include "core/AuditLog.h"
#include "inbox/SubmissionSql.h"
#include "ui/AuditDialog.h"
#include "CryptoFixture.h"
#include "GuiTestUtil.h"
#include "HostilePdf.h"
#include "PadesTestFile.h"
#include "TestUtil.h"
#include "ui/InboxPage.h"
#include "mail/Ingestor.h"
#include "crypto/KeyFile.h"
#include "MailSamples.h"
#include "ui/MainWindow.h"
#include "ui/PdfPreview.h"
#include "ui/ProtocolDialog.h"
#include "ui/RegisterDialog.h"
#include "records/HandOff.h"
#include "inbox/RegisterSql.h"
#include "core/OrganizationSql.h"
#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "inbox/WorkLease.h"
#include "core/OrganizationRules.h"
#include "ui/SignatureViewer.h"
#include "ui/DocumentView.h"
#include "ui/GuiApplication.h"
#include "core/SqlSession.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QApplication>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

class TestGuiInbox : public QObject
{
    Q_OBJECT

    // A real PDF (Poppler renders it): `pages` pages, each saying which it is.
    static QByteArray realPdf(int pages = 1)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter w(&buffer);
            QPainter p(&w);
            QFont f = p.font();
            f.setPointSize(28);
            p.setFont(f);
            for (int page = 1; page <= pages; ++page) {
                if (page > 1)
                    w.newPage();
                p.drawText(QPointF(300, 800),
                           pages == 1 ? QStringLiteral("ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ")
                                      : QStringLiteral("СВІДОЦТВО, сторінка %1").arg(page));
                p.drawRect(QRectF(300, 1200, 3000, 2000));
            }
        }
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_inbox"));
    }

    void reviewASubmission()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = realPdf();
        const QByteArray p7s = *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        QList<Attachment> docs = pairOf(QStringLiteral("Паспорт"), pdf, p7s);
        docs += pairOf(QStringLiteral("Змінений"), pdf + "x", p7s);
        Ingestor ingestor(ws.session());
        QVERIFY(ingestor.ingestMessage(message(docs), QStringLiteral("ingest")));

        // The window's clock: "check again" stores a later check time because the clock moved,
        // not because the test slept.
        FixedClock clock(QDateTime::currentDateTimeUtc());
        AccessGuard guard(ws.session(), QStringLiteral("gui"), clock);
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
        window.setSession(QStringLiteral("Clerk"), Role::Clerk);
        window.inboxPage()->setTrust(ws.trust.get());
        window.showArea(MainWindow::Inbox);
        InboxPage *inbox = window.inboxPage();
        QCOMPARE(inbox->view()->model()->rowCount(), 1);
        // The new documents are checked off the UI thread; the list fills in when they are.
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        // The worst verdict of the two documents shows in the list.
        QVERIFY(inbox->view()->model()->index(0, 1).data().toString().contains(QStringLiteral("NOT valid")));
        inbox->selectSubmission(0);
        QCOMPARE(inbox->documentList()->count(), 2);
        QVERIFY(inbox->documentList()->item(0)->text().contains(QStringLiteral("Valid")));
        QVERIFY(inbox->documentList()->item(1)->text().contains(QStringLiteral("NOT valid")));
        QVERIFY(inbox->checks()->toPlainText().contains(QStringLiteral("3012345670")));
        // The signature panel: issuer and the chain up to the root.
        QVERIFY(inbox->checks()->toPlainText().contains(QStringLiteral("Certificate issued by Тестовий КНЕДП Kopii")));
        QVERIFY2(inbox->checks()->toPlainText().contains(QStringLiteral("→ Тестовий КНЕДП Kopii → Тестовий ЦЗО Kopii")),
                 qPrintable(inbox->checks()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        QVERIFY(!inbox->preview()->page()->pixmap().isNull());
        if (const QString dir = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !dir.isEmpty())
            inbox->preview()->page()->pixmap().save(dir + QStringLiteral("/inbox-preview-page.png"));
        screenshot(&window, QStringLiteral("inbox-valid"));
        inbox->documentList()->setCurrentRow(1);
        QVERIFY(inbox->checks()->toPlainText().contains(QStringLiteral("changed after it was signed")));
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        screenshot(&window, QStringLiteral("inbox-changed"));

        // Check again runs off the UI thread and stores the same verdicts anew.
        const RecordId submissionId = SubmissionSql(ws.session()).submissions(10)->first().id;
        const auto first = SubmissionSql(ws.session()).submission(submissionId);
        QVERIFY(first && first->documents.first().verification);
        const QDateTime firstCheck = first->documents.first().verification->verifiedAt;
        clock.advanceSecs(60);
        inbox->verifyAgain();
        QVERIFY(inbox->isVerifying());
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        const auto checked = SubmissionSql(ws.session()).submission(submissionId);
        QVERIFY(checked && checked->documents.first().verification);
        QCOMPARE(checked->documents.first().verification->verifiedAt, firstCheck.addSecs(60));
        QCOMPARE(checked->documents.first().verification->verdict, QStringLiteral("valid"));

        QTemporaryDir out;
        QVERIFY(inbox->saveCopies(out.path()));
        QCOMPARE(QFileInfo(inbox->savedTo()).dir().path(), out.path());
        QCOMPARE(QDir(inbox->savedTo()).entryList(QDir::Files).size(), 4);
        // Saved again: a second folder, the first one untouched.
        QVERIFY(inbox->saveCopies(out.path()));
        QCOMPARE(QDir(out.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
        inbox->markState(QStringLiteral("processed"));
        QCOMPARE(SubmissionSql(ws.session()).submissions(10)->first().state, QStringLiteral("processed"));

        // Every look at a document, the saving and the state change are in the audit log, by the clerk.
        QStringList actions;
        const auto log = AuditLog(ws.session()).entries(100);
        QVERIFY(log);
        for (const AuditEntry &e : *log)
            if (e.actor == QLatin1String("Clerk"))
                actions.prepend(e.action);
        QCOMPARE(actions.count(QStringLiteral("document.view")), 2);
        QCOMPARE(actions.count(QStringLiteral("document.save")), 4); // saved twice
        QCOMPARE(actions.last(), QStringLiteral("submission.state"));

        // Delete asks first; Cancel keeps everything.
        const auto before = SubmissionSql(ws.session()).submissions(10);
        QVERIFY(before && !before->isEmpty() && !before->first().documents.isEmpty());
        const RecordId documentId = before->first().documents.first().id;
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        inbox->deleteCurrent();
        QCOMPARE(SubmissionSql(ws.session()).submissions(10)->size(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        inbox->deleteCurrent();
        QVERIFY(SubmissionSql(ws.session()).submissions(10)->isEmpty());
        QCOMPARE(inbox->view()->model()->rowCount(), 0);
        QVERIFY(!SubmissionSql(ws.session()).document(documentId));
        QCOMPARE(AuditLog(ws.session()).entries(1)->first().action, QStringLiteral("submission.delete"));
        QCOMPARE(guard.verifyAudit()->brokenAt, RecordId(0));

        // The manager's audit view: every entry in words, the chain checked, CSV export.
        AuditDialog audit(guard, &window);
        audit.show();
        QVERIFY(audit.table()->rowCount() >= 6);
        QCOMPARE(audit.table()->item(0, 2)->text(), QStringLiteral("deleted a submission"));
        QCOMPARE(audit.table()->item(0, 1)->text(), QStringLiteral("Clerk"));
        QVERIFY(audit.integrity()->text().contains(QStringLiteral("intact")));
        screenshot(&audit, QStringLiteral("audit-log"));
        const QString csvPath = out.filePath(QStringLiteral("audit.csv"));
        QVERIFY(audit.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith(QStringLiteral("id,time_utc,actor,action")));
        QCOMPARE(text.count(QStringLiteral(",document.view,")), 2);
        // Oldest first: the newest entry, the deletion, is the last line, with its 64-digit seal.
        const QString lastLine = text.trimmed().split(QStringLiteral("\r\n")).last();
        QVERIFY2(lastLine.contains(QStringLiteral(",submission.delete,")), qPrintable(lastLine));
        QCOMPARE(lastLine.section(QLatin1Char(','), -1).size(), 64);

        // Reception does not see the inbox.
        window.setSession(QStringLiteral("Reception"), Role::Reception);
        QVERIFY(!inbox->view()->isVisible());
    }

    // "In work by X": a submission another clerk has open shows who, and cannot be marked or
    // deleted here; once she lets it go, it is this clerk's.
    void aSubmissionInWorkByAnotherClerkSaysWho()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        Ingestor ingestor(ws.session());
        QVERIFY(
            ingestor.ingestMessage(message(pairOf(QStringLiteral("Паспорт"), realPdf(), QByteArray("\x30\x82 not a signature"))),
                                   QStringLiteral("ingest")));
        const RecordId id = SubmissionSql(ws.session()).submissions(10)->first().id;
        AccessGuard other(ws.session(), QStringLiteral("gui"));
        other.setSession(Role::Clerk, QStringLiteral("Олена Коваль"));
        QVERIFY(WorkLease(other).take(id));

        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
        window.setSession(QStringLiteral("Clerk"), Role::Clerk);
        window.showArea(MainWindow::Inbox);
        InboxPage *inbox = window.inboxPage();
        inbox->selectSubmission(0);
        auto *header = inbox->findChild<QLabel *>(QStringLiteral("submissionHeader"));
        QVERIFY2(header->text().contains(QStringLiteral("Олена Коваль is working on this submission")),
                 qPrintable(header->text()));
        QVERIFY(!inbox->findChild<QPushButton *>(QStringLiteral("deleteSubmission"))->isEnabled());
        screenshot(&window, QStringLiteral("inbox-in-work-by-another"));

        QVERIFY(WorkLease(other).release(id));
        inbox->reload();
        inbox->selectSubmission(0);
        QVERIFY(!header->text().contains(QStringLiteral("is working")));
        QVERIFY(inbox->findChild<QPushButton *>(QStringLiteral("deleteSubmission"))->isEnabled());
        QCOMPARE((*WorkLease(other).holder(id))->person, QStringLiteral("Clerk"));
        QCOMPARE(WorkLease(other).take(id).error().code, Error::Code::Conflict);
    }

    void filtersNarrowTheList()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        const auto centr =
            OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Центр"), QStringLiteral("centr@example.com")));
        const auto filia =
            OrganizationRules(guard).addBranch(validBranch(QStringLiteral("Філія"), QStringLiteral("filia@example.com")));
        QVERIFY(centr && filia);
        Service reference;
        reference.name = QStringLiteral("Довідка");
        reference.branchIds = {*centr};
        reference.documentKinds = {QStringLiteral("passport")};
        QVERIFY(OrganizationRules(guard).addService(reference));
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = realPdf();
        const QByteArray p7s = *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        const QByteArray subject = "=?UTF-8?B?" + QStringLiteral("Копії документів").toUtf8().toBase64() + "?=";
        Ingestor ingestor(ws.session());
        // Good, to the centre, for the service; bad, to the branch; bad, to the centre, from Olena.
        QByteArray a = message(pairOf(QStringLiteral("Паспорт"), pdf, p7s), {}, "<ivan@example.com>", "<a@x>");
        a.replace(subject, "=?UTF-8?B?" + QStringLiteral("Дія: Довідка").toUtf8().toBase64() + "?=");
        QByteArray b = message(pairOf(QStringLiteral("Паспорт"), pdf, "not a signature"), {}, "<petro@example.com>", "<b@x>");
        b.replace("To: centr@example.com", "To: filia@example.com");
        QByteArray c = message(pairOf(QStringLiteral("Паспорт"), pdf, "not a signature"), {}, "<olena@example.com>", "<c@x>");
        for (const QByteArray &raw : {a, b, c})
            QVERIFY(ingestor.ingestMessage(raw, QStringLiteral("ingest")));

        MainWindow window(*ws.workspace, guard);
        window.resize(1400, 800);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
        window.setSession(QStringLiteral("Clerk"), Role::Clerk);
        InboxPage *inbox = window.inboxPage();
        inbox->setTrust(ws.trust.get());
        window.showArea(MainWindow::Inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        QAbstractItemModel *model = inbox->view()->model();
        QCOMPARE(model->rowCount(), 3);
        auto choose = [inbox](QComboBox *combo, const QVariant &data) {
            const int at = combo->findData(data);
            QVERIFY2(at >= 0, qPrintable(data.toString()));
            combo->setCurrentIndex(at);
            inbox->applyFilters();
        };
        choose(inbox->verdictFilter(), QStringLiteral("invalid"));
        QCOMPARE(model->rowCount(), 2);
        choose(inbox->branchFilter(), *filia);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SubmissionTableModel::BranchColumn).data().toString(), QStringLiteral("Філія"));
        choose(inbox->branchFilter(), RecordId(-1));
        choose(inbox->verdictFilter(), QString());
        const int service = inbox->serviceFilter()->findText(QStringLiteral("Довідка"));
        QVERIFY(service > 0);
        choose(inbox->serviceFilter(), inbox->serviceFilter()->itemData(service));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SubmissionTableModel::ServiceColumn).data().toString(), QStringLiteral("Довідка"));
        QVERIFY(model->index(0, SubmissionTableModel::VerdictColumn).data().toString().contains(QStringLiteral("Valid")));
        choose(inbox->serviceFilter(), RecordId(-1));
        // The search waits for a pause in typing, then asks the store.
        QTest::keyClicks(inbox->search(), QStringLiteral("OLENA"));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, SubmissionTableModel::Sender).data().toString().contains(QStringLiteral("olena@")));
        QVERIFY(inbox->findChild<QLabel *>(QStringLiteral("count"))->text().contains(QStringLiteral("1 submission")));
        screenshot(&window, QStringLiteral("inbox-filtered"));
        choose(inbox->stateFilter(), QStringLiteral("processed"));
        QCOMPARE(model->rowCount(), 0);
        choose(inbox->stateFilter(), QString());
        inbox->search()->clear();
        inbox->applyFilters();
        QCOMPARE(model->rowCount(), 3);
        // Sorting by a column asks the store for that order.
        inbox->view()->sortByColumn(SubmissionTableModel::Sender, Qt::AscendingOrder);
        QVERIFY(model->index(0, SubmissionTableModel::Sender).data().toString().contains(QStringLiteral("ivan@")));
        QVERIFY(model->index(2, SubmissionTableModel::Sender).data().toString().contains(QStringLiteral("petro@")));
    }

    // "Протокол…": the document checked again now (and stored), the protocol shown, printed and
    // saved with its ETSI report; then the whole submission's.
    void protocolIsShownPrintedAndSaved()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = realPdf();
        const QByteArray p7s = *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        QList<Attachment> docs = pairOf(QStringLiteral("Паспорт"), pdf, p7s);
        docs += pairOf(QStringLiteral("Змінений"), pdf + "x", p7s);
        QVERIFY(Ingestor(ws.session()).ingestMessage(message(docs), QStringLiteral("ingest")));

        FixedClock clock(QDateTime::currentDateTimeUtc().addSecs(5));
        AccessGuard guard(ws.session(), QStringLiteral("gui"), clock);
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
        window.setSession(QStringLiteral("Clerk"), Role::Clerk);
        InboxPage *inbox = window.inboxPage();
        inbox->setTrust(ws.trust.get());
        window.showArea(MainWindow::Inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        inbox->selectSubmission(0);
        auto *button = inbox->findChild<QPushButton *>(QStringLiteral("protocol"));
        QVERIFY(button && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Pro&tocol…"));

        clock.advanceSecs(600);
        ProtocolDialog *dialog = inbox->openProtocol();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QVERIFY(dialog->pdf().startsWith("%PDF-"));
        QCOMPARE(dialog->xml().count("<vr:SignatureValidationReport>"), 1);
        QVERIFY(dialog->xml().contains("urn:etsi:019102:mainindication:total-passed"));
        auto *preview = dialog->findChild<PdfPreview *>();
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0 && !preview->isRendering(), 20000);
        screenshot(dialog, QStringLiteral("protocol-dialog"));
        // The check the protocol records is the one the inbox now shows.
        const RecordId id = SubmissionSql(ws.session()).submissions(10)->first().id;
        const auto stored = SubmissionSql(ws.session()).submission(id);
        const QString shown = inbox->documentList()->currentItem()->text();
        for (const DocumentCopy &d : stored->documents)
            if (shown.startsWith(d.pdfName))
                QCOMPARE(d.verification->verifiedAt, clock.now());
            else // the other document was not checked again
                QVERIFY(d.verification->verifiedAt < clock.now());

        // Saved: the PDF and the XML beside it, private; a folder that is not there: nothing.
        QTemporaryDir out;
        QVERIFY(dialog->save(out.filePath(QStringLiteral("protocol.pdf"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("protocol.xml"))));
        QCOMPARE(QFile(out.filePath(QStringLiteral("protocol.pdf"))).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const Status bad = dialog->save(out.filePath(QStringLiteral("missing/protocol.pdf")));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("missing")), qPrintable(bad.error().message));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("missing"))));

        // Printed: every page of the protocol.
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out.filePath(QStringLiteral("printed.pdf")));
        printer->setResolution(100);
        QSignalSpy printed(preview, &PdfPreview::printed);
        QVERIFY(dialog->print(printer));
        QVERIFY(printed.wait(30000));
        QCOMPARE(printed.first().first().toInt(), preview->pageCount());

        // The whole submission: both documents, the changed one NOT valid.
        dialog->setWholeSubmission(true);
        QVERIFY(!dialog->isReady());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 20000);
        QCOMPARE(dialog->xml().count("<vr:SignatureValidationReport>"), 2);
        QVERIFY(dialog->xml().contains("urn:etsi:019102:mainindication:total-failed"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() > 0 && !preview->isRendering(), 20000);
        screenshot(dialog, QStringLiteral("protocol-dialog-submission"));
        // Opening the documents for the check is in the audit log.
        QCOMPARE(AuditLog(ws.session()).entries(1)->first().action, QStringLiteral("document.verify"));
        dialog->close();
    }

    // "Реєстр…": the numbered entries for a period, searched, exported; a double click shows the
    // submission; the inbox finds a submission by its number.
    void registerIsShownSearchedAndExported()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(OrganizationSql(ws.session()).insertBranch(validBranch()));
        QVERIFY(RegisterSql(ws.session()).setPrefix(QStringLiteral("branch"), 1, QStringLiteral("Ц")));
        Ingestor ingestor(ws.session());
        QVERIFY(ingestor.ingestMessage(
            message(pairOf(QStringLiteral("Паспорт"), realPdf(), "sig"), {}, "<ivan@example.com>", "<r1@example.com>"),
            QStringLiteral("ingest")));
        QVERIFY(ingestor.ingestMessage(
            message(pairOf(QStringLiteral("Довідка"), realPdf(), "sig"), {}, "<petro@example.com>", "<r2@example.com>"),
            QStringLiteral("ingest")));
        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        MainWindow window(*ws.workspace, guard);
        window.resize(1200, 800);
        window.show();
        guard.setSession(Role::Manager, QStringLiteral("Manager"));
        window.setSession(QStringLiteral("Manager"), Role::Manager);
        InboxPage *inbox = window.inboxPage();
        inbox->setTrust(ws.trust.get());
        window.showArea(MainWindow::Inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        const QString year = QString::number(QDate::currentDate().year());
        const QString second = QStringLiteral("Ц-%1/000002").arg(year);

        // The inbox finds a submission by its number.
        inbox->search()->setText(second);
        inbox->applyFilters();
        QCOMPARE(inbox->view()->model()->rowCount(), 1);
        inbox->selectSubmission(0);
        auto *header = inbox->findChild<QLabel *>(QStringLiteral("submissionHeader"));
        QVERIFY(header);
        QVERIFY2(header->text().contains(second), qPrintable(header->text()));
        inbox->search()->clear();
        inbox->applyFilters();

        auto *button = inbox->findChild<QPushButton *>(QStringLiteral("register"));
        QVERIFY(button && button->isVisible());
        RegisterDialog *dialog = inbox->openRegister();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Ц-%1/000001").arg(year));
        QVERIFY(dialog->table()->item(1, 2)->text().contains(QStringLiteral("petro@example.com")));
        screenshot(dialog, QStringLiteral("register-dialog"));
        dialog->setSearch(QStringLiteral("petro"));
        QCOMPARE(dialog->table()->rowCount(), 1);
        QTemporaryDir out;
        QVERIFY(dialog->exportCsv(out.filePath(QStringLiteral("register.csv"))));
        QFile csv(out.filePath(QStringLiteral("register.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.contains(second.toUtf8()) && !bytes.contains("000001"));
        QVERIFY(dialog->exportPdf(out.filePath(QStringLiteral("register.pdf"))));
        QVERIFY(!dialog->exportPdf(out.filePath(QStringLiteral("missing/register.pdf"))));
        // A period without entries.
        dialog->setSearch(QString());
        dialog->setPeriod(QDate(2000, 1, 1), QDate(2000, 12, 31));
        QCOMPARE(dialog->table()->rowCount(), 0);
        dialog->setPeriod(QDate::currentDate().addDays(-1), QDate::currentDate());
        QCOMPARE(dialog->table()->rowCount(), 2);
        // A double click shows the submission in the inbox.
        Q_EMIT dialog->table()->cellDoubleClicked(1, 0);
        QCOMPARE(inbox->view()
                     ->model()
                     ->index(inbox->view()->currentIndex().row(), SubmissionTableModel::Sender)
                     .data()
                     .toString()
                     .contains(QStringLiteral("petro@")),
                 true);
        // The manager's numbering: a bad prefix is refused, a good one numbers what comes next.
        QCOMPARE(dialog->setPrefix(QStringLiteral("branch"), 1, QStringLiteral("Ц/")).error().code, Error::Code::Validation);
        QVERIFY(dialog->setPrefix(QStringLiteral("branch"), 1, QStringLiteral("ЦНАП")));
        QVERIFY(ingestor.ingestMessage(
            message(pairOf(QStringLiteral("Третій"), realPdf(), "sig"), {}, "<olha@example.com>", "<r3@example.com>"),
            QStringLiteral("ingest")));
        dialog->setPeriod(QDate::currentDate(), QDate::currentDate());
        QCOMPARE(dialog->table()->item(2, 0)->text(), QStringLiteral("ЦНАП-%1/000001").arg(year));

        // The manager's numbering and hot folders; a processed submission's package goes there.
        QTemporaryDir hot;
        QVERIFY(HandOff(guard).setFolder(QStringLiteral("branch"), 1, {hot.path()}));
        bool shown = false;
        QTimer::singleShot(0, dialog, [&shown] {
            if (auto *numbering = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                shown = numbering->objectName() == QLatin1String("numberingDialog");
                screenshot(numbering, QStringLiteral("register-numbering"));
                numbering->reject();
            }
        });
        dialog->findChild<QPushButton *>(QStringLiteral("numbering"))->click();
        QVERIFY(shown);
        dialog->close();
        inbox->selectSubmission(0);
        QSignalSpy handedOff(inbox, &InboxPage::handedOff);
        inbox->markState(QStringLiteral("processed"));
        QVERIFY(inbox->isHandingOff());
        QVERIFY(handedOff.wait(20000));
        const QString package = handedOff.first().first().toString();
        QVERIFY(QFile::exists(package + QStringLiteral("/card.json")));
        QVERIFY(QFile::exists(package + QStringLiteral(".done")));
        QVERIFY(!inbox->isHandingOff());
    }

    void signedContentIsShownPagedAndPrinted()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        // A two-page document in an attached signature, sent with a different PDF beside it.
        const QByteArray signedPdf = realPdf(2);
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray p7s = *Cades::sign(**signer, signedPdf, {true, QDateTime::currentDateTimeUtc()});
        Ingestor ingestor(ws.session());
        QVERIFY(ingestor.ingestMessage(message(pairOf(QStringLiteral("Свідоцтво"), realPdf(), p7s)), QStringLiteral("ingest")));

        AccessGuard guard(ws.session(), QStringLiteral("gui"));
        MainWindow window(*ws.workspace, guard);
        window.resize(1400, 900);
        window.show();
        guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
        window.setSession(QStringLiteral("Clerk"), Role::Clerk);
        InboxPage *inbox = window.inboxPage();
        inbox->setTrust(ws.trust.get());
        window.showArea(MainWindow::Inbox);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 20000);
        inbox->selectSubmission(0);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        // The signed document is shown, with a warning that the PDF beside it differs.
        QVERIFY(inbox->contentNote()->isVisible());
        QVERIFY(inbox->contentNote()->text().contains(QStringLiteral("not what was signed")));
        QCOMPARE(inbox->preview()->pageCount(), 2);
        auto *label = inbox->findChild<QLabel *>(QStringLiteral("pageLabel"));
        QVERIFY(label->text().contains(QStringLiteral("Page 1 of 2")));
        inbox->preview()->showPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        QCOMPARE(inbox->preview()->currentPage(), 1);
        QVERIFY(label->text().contains(QStringLiteral("Page 2 of 2")));
        const int width = inbox->preview()->page()->pixmap().width();
        inbox->preview()->zoomBy(50);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
        QVERIFY2(inbox->preview()->page()->pixmap().width() > width * 1.3, qPrintable(QString::number(width)));
        screenshot(&window, QStringLiteral("inbox-signed-content"));

        // Printing prints what was signed, every page, and is in the audit log.
        QTemporaryDir out;
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out.filePath(QStringLiteral("printed.pdf")));
        printer->setResolution(150);
        QSignalSpy printed(inbox, &InboxPage::printed);
        QVERIFY(inbox->print(printer));
        QVERIFY(printed.wait(20000));
        QCOMPARE(printed.first().first().toInt(), 2);
        QFile result(out.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray bytes = result.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page>>")
                     + bytes.count("/Type /Page "),
                 2);
        QCOMPARE(AuditLog(ws.session()).entries(1)->first().action, QStringLiteral("document.print"));
    }

    void viewerChecksASingleFile()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        };
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf = realPdf();
        write(QStringLiteral("Паспорт.pdf"), pdf);
        write(QStringLiteral("Паспорт.pdf.p7s"), *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()}));
        write(QStringLiteral("Довідка.p7s"), *Cades::sign(**signer, pdf, {true, QDateTime::currentDateTimeUtc()}));
        write(QStringLiteral("Без підпису.pdf"), pdf);

        SignatureViewer viewer(*ws.trust, false);
        viewer.resize(1000, 860);
        viewer.show();
        // A detached signature, found from its PDF.
        QSignalSpy verified(&viewer, &SignatureViewer::verified);
        QVERIFY(viewer.open(dir.filePath(QStringLiteral("Паспорт.pdf"))));
        QVERIFY(verified.wait(20000));
        QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("Valid, with warnings")),
                 qPrintable(viewer.verdictLabel()->text()));
        QVERIFY(viewer.documentView()->checks()->toPlainText().contains(QStringLiteral("3023456784")));
        QVERIFY(viewer.documentView()->checks()->toPlainText().contains(QStringLiteral("offline")));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
        QCOMPARE(viewer.documentView()->preview()->pageCount(), 1);
        QVERIFY(!viewer.documentView()->contentNote()->isVisible());
        screenshot(&viewer, QStringLiteral("viewer-detached"));
        // An attached signature alone: the document comes out of it.
        QVERIFY(viewer.open(dir.filePath(QStringLiteral("Довідка.p7s"))));
        QVERIFY(verified.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
        QVERIFY(viewer.documentView()->contentNote()->isVisible());
        QCOMPARE(viewer.documentView()->preview()->pageCount(), 1);
        // Two signatures in one file (a person's and a second signer's, made by OpenSSL, named
        // .p7m): each under its own heading with its own checks, the file's verdict the worse.
        {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-nodetach"),
                           QStringLiteral("-cades"), QStringLiteral("-in"), dir.filePath(QStringLiteral("Паспорт.pdf")),
                           QStringLiteral("-signer"), pki(QStringLiteral("manager.crt")), QStringLiteral("-inkey"),
                           pki(QStringLiteral("manager.key")), QStringLiteral("-signer"), pki(QStringLiteral("clerk.crt")),
                           QStringLiteral("-inkey"), pki(QStringLiteral("clerk.key")), QStringLiteral("-outform"),
                           QStringLiteral("DER"), QStringLiteral("-out"), dir.filePath(QStringLiteral("Два підписи.p7m"))});
            QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
            QVERIFY(viewer.open(dir.filePath(QStringLiteral("Два підписи.p7m"))));
            QVERIFY(verified.wait(20000));
            const QString text = viewer.documentView()->checks()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("Signature 1 of 2")) && text.contains(QStringLiteral("Signature 2 of 2")),
                     qPrintable(text));
            QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("2 signatures;")),
                     qPrintable(viewer.verdictLabel()->text()));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
            screenshot(&viewer, QStringLiteral("viewer-two-signatures"));
        }
        // A detached signature whose document has another name: found by choosing it.
        write(QStringLiteral("підпис.sig"), *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()}));
        write(QStringLiteral("скан від громадянина.bin"), pdf);
        QVERIFY(viewer.open(dir.filePath(QStringLiteral("підпис.sig"))));
        QVERIFY(verified.wait(20000));
        QVERIFY(viewer.chooseContentButton()->isVisible());
        QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("missing")), qPrintable(viewer.verdictLabel()->text()));
        QVERIFY(
            viewer.open(dir.filePath(QStringLiteral("підпис.sig")), dir.filePath(QStringLiteral("скан від громадянина.bin"))));
        QVERIFY(verified.wait(20000));
        QVERIFY(!viewer.chooseContentButton()->isVisible());
        QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("Valid, with warnings")),
                 qPrintable(viewer.verdictLabel()->text()));
        // Signed plain text is shown as text.
        write(QStringLiteral("Лист.p7s"),
              *Cades::sign(**signer, QStringLiteral("Заява: прошу видати довідку.").toUtf8(),
                           {true, QDateTime::currentDateTimeUtc()}));
        QVERIFY(viewer.open(dir.filePath(QStringLiteral("Лист.p7s"))));
        QVERIFY(verified.wait(20000));
        QVERIFY(viewer.documentView()->preview()->page()->text().contains(QStringLiteral("прошу видати довідку")));
        // A hostile PDF (the review's 20 000 pages) signed like any other: the signature is checked,
        // the document is not shown, and the clerk reads why.
        {
            const QByteArray many = hostilePdf(20000, 595, 842);
            write(QStringLiteral("Багато сторінок.pdf"), many);
            write(QStringLiteral("Багато сторінок.pdf.p7s"),
                  *Cades::sign(**signer, many, {false, QDateTime::currentDateTimeUtc()}));
            QVERIFY(viewer.open(dir.filePath(QStringLiteral("Багато сторінок.pdf"))));
            QVERIFY(verified.wait(20000));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
            const QString said = viewer.documentView()->preview()->page()->text();
            QVERIFY2(said.contains(QStringLiteral("could not be shown safely")) && said.contains(QStringLiteral("20000 pages")),
                     qPrintable(said));
            screenshot(&viewer, QStringLiteral("viewer-hostile-pdf"));
        }
        // A PDF with a signature of its own, changed after signing by an unsigned incremental
        // update: the signature is checked, and the version shown is the one that was signed.
        {
            write(QStringLiteral("Рахунок.pdf"),
                  pades::withUnsignedChange(pades::signedPdf({}, "Amount: 100 UAH"), "Amount: 900 UAH"));
            QVERIFY(viewer.open(dir.filePath(QStringLiteral("Рахунок.pdf"))));
            QVERIFY(verified.wait(20000));
            QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("Valid, with warnings")),
                     qPrintable(viewer.verdictLabel()->text()));
            const QString text = viewer.documentView()->checks()->toPlainText();
            QVERIFY2(text.contains(QStringLiteral("no signature covers the additions")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("PAdES-B-B")), qPrintable(text));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
            QVERIFY(viewer.documentView()->contentNote()->isVisible());
            QVERIFY(viewer.documentView()->contentNote()->text().contains(QStringLiteral("after it was signed")));
            const QByteArray shown = viewer.documentView()->preview()->pdf();
            QVERIFY(shown.contains("Amount: 100 UAH") && !shown.contains("Amount: 900 UAH"));
            screenshot(&viewer, QStringLiteral("viewer-pades-changed-after-signing"));
        }
        // A CAdES-A file of EU DSS's (two archive timestamps, its authorities not trusted here):
        // each archive timestamp is a line of its own, the signature is judged by its own.
        {
            QVERIFY(viewer.open(sourcePath(QStringLiteral("tests/conformance/dss/CAdESDoubleLTA.p7m"))));
            QVERIFY(verified.wait(20000));
            const QString text = viewer.documentView()->checks()->toPlainText();
            QVERIFY2(text.count(QStringLiteral("The archive timestamp matches the signature")) == 2, qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Form: CAdES-A")), qPrintable(text));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer.documentView()->preview()->isRendering(), 20000);
            screenshot(&viewer, QStringLiteral("viewer-archive-timestamps"));
        }
        // A PDF without its signature: said so, nothing checked.
        QVERIFY(!viewer.open(dir.filePath(QStringLiteral("Без підпису.pdf"))));
        QVERIFY(viewer.verdictLabel()->text().contains(QStringLiteral("has no signature beside it")));
        QVERIFY(!viewer.open(dir.filePath(QStringLiteral("нема.txt"))));
        QVERIFY(viewer.verdictLabel()->text().contains(QStringLiteral("Cannot read")));
        // Known by its content, not its name: a text file called .p7s is no signature.
        write(QStringLiteral("текст.p7s"), "просто текст");
        QVERIFY(!viewer.open(dir.filePath(QStringLiteral("текст.p7s"))));
        QVERIFY2(viewer.verdictLabel()->text().contains(QStringLiteral("is neither a signature")),
                 qPrintable(viewer.verdictLabel()->text()));
    }

    // `kopii FILE --trust chain.pem`: the root in the file is trusted for this run only when the
    // user confirms it (fingerprint in view) or named it with --add-anchor.
    void viewerTrustsARootOnlyWhenConfirmed()
    {
        const Certificate clerk = Certificate::loadFile(pki(QStringLiteral("clerk.crt")))->first();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QFile root(pki(QStringLiteral("root.der")));
        QVERIFY(root.open(QIODevice::ReadOnly));
        const QString rootFingerprint = fingerprint(root.readAll());
        {
            CryptoWorkspace ws;
            QVERIFY(ws.open());
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            addViewerTrust(*ws.trust, {pki(QStringLiteral("chain.pem"))}, {}, nullptr);
            QVERIFY2(MessageBox::lastText().contains(rootFingerprint), qPrintable(MessageBox::lastText()));
            QVERIFY(!ws.trust->buildChain(clerk, {}, now).trusted);
        }
        {
            CryptoWorkspace ws;
            QVERIFY(ws.open());
            MessageBox::setNextAnswer(QMessageBox::Yes);
            addViewerTrust(*ws.trust, {pki(QStringLiteral("chain.pem"))}, {}, nullptr);
            const ChainResult r = ws.trust->buildChain(clerk, {}, now);
            QVERIFY2(r.trusted, qPrintable(r.reason));
        }
        {
            // Named on the command line (in the colon form a browser shows): nothing is asked.
            CryptoWorkspace ws;
            QVERIFY(ws.open());
            QString typed;
            for (qsizetype i = 0; i < rootFingerprint.size(); i += 2)
                typed += (i ? QStringLiteral(":") : QString()) + rootFingerprint.mid(i, 2).toUpper();
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            addViewerTrust(*ws.trust, {pki(QStringLiteral("chain.pem"))}, {typed}, nullptr);
            const ChainResult r = ws.trust->buildChain(clerk, {}, now);
            QVERIFY2(r.trusted, qPrintable(r.reason));
            MessageBox::setNextAnswer(QMessageBox::NoButton); // the prepared answer was not needed
        }
    }
};

QTEST_MAIN(TestGuiInbox)
#include "tst_gui_inbox.moc"
