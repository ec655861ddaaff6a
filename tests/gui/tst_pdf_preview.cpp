// SPDX-License-Identifier: GPL-3.0-or-later
// The preview's helpers, seen from outside (the test's child processes): one kopii-render per
// document, kept while the document is paged and zoomed; a spare waiting for the next document,
// which never shows a second one; the document's helper ends when the preview is cleared, and
// every helper when the preview goes away.
#include "ui/PdfPreview.h"

#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace kopii::ui;

namespace {

QByteArray pdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        QPainter p(&w);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                w.newPage();
            p.fillRect(QRectF(300, 300 * page, 3000, 600), Qt::black);
        }
    }
    return buffer.data();
}

// The kopii-render processes this test started (through its preview threads), by pid.
QSet<qint64> helpers()
{
    QSet<qint64> found;
    const QString self = QString::number(getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid …; a zombie (state Z) has ended already.
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.contains("(kopii-render)") && rest.size() > 1 && rest.at(0) != "Z" && rest.at(1) == self.toLatin1())
            found.insert(pid);
    }
    return found;
}

} // namespace

class TestPdfPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHelperPerDocumentAndASpare()
    {
        QCOMPARE(helpers().size(), 0);
        auto preview = std::make_unique<PdfPreview>();
        preview->resize(600, 800);
        preview->setPdf(pdf(3));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QCOMPARE(preview->pageCount(), 3);
        QVERIFY(!preview->page()->pixmap().isNull());
        // The document's helper and a spare.
        QTRY_COMPARE_WITH_TIMEOUT(helpers().size(), 2, 10000);
        const QSet<qint64> first = helpers();

        // Paging and zooming: the same two processes, nothing new started.
        preview->showPage(2);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QCOMPARE(preview->currentPage(), 2);
        preview->zoomBy(50);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QVERIFY(!preview->page()->pixmap().isNull());
        QCOMPARE(helpers(), first);

        // The next document goes to the spare; the first document's helper ends; a new spare waits.
        preview->setPdf(pdf(1));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QCOMPARE(preview->pageCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(helpers().size(), 2, 10000);
        const QSet<qint64> second = helpers();
        QCOMPARE((second & first).size(), 1); // the spare, now serving the second document

        // A document that cannot be read: said so, and the next good one is shown again.
        preview->setPdf("%PDF-1.7 nothing here");
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QVERIFY2(preview->page()->text().contains(QStringLiteral("could not be shown safely")),
                 qPrintable(preview->page()->text()));
        preview->setPdf(pdf(2));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 20000);
        QCOMPARE(preview->pageCount(), 2);

        // Cleared (the inbox locked, the copy deleted): only the spare, which holds nothing, stays.
        preview->clear();
        QTRY_COMPARE_WITH_TIMEOUT(helpers().size(), 1, 10000);
        // Gone: no helper outlives it.
        preview.reset();
        QCOMPARE(helpers().size(), 0);
    }

    // A helper killed under the preview (Poppler crashed): the next page starts a new one.
    void aDeadHelperIsReplaced()
    {
        PdfPreview preview;
        preview.setPdf(pdf(2));
        QTRY_VERIFY_WITH_TIMEOUT(!preview.isRendering(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(helpers().size(), 2, 10000);
        for (const qint64 pid : helpers())
            ::kill(pid_t(pid), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(helpers().size(), 0, 10000);
        preview.showPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(!preview.isRendering(), 20000);
        // The page the helper died under says so; the one after it is drawn by a new helper.
        preview.showPage(0);
        QTRY_VERIFY_WITH_TIMEOUT(!preview.isRendering(), 20000);
        QVERIFY2(!preview.page()->pixmap().isNull(), qPrintable(preview.page()->text()));
        QCOMPARE(preview.currentPage(), 0);
    }
};

QTEST_MAIN(TestPdfPreview)
#include "tst_pdf_preview.moc"
