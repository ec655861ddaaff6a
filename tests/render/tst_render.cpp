// PDF pages rendered by kopii-render, a locked-down process of its own: real PDFs render, the
// review's hostile PDFs (appendix A.3) are refused or bounded, a helper that hangs is killed, and
// the helper's sandbox refuses what a hijacked renderer would try.
#include "HostilePdf.h"
#include "PdfRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray writtenPdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        QPainter p(&w);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                w.newPage();
            p.fillRect(QRectF(300, 1200, 3000, 2000), Qt::black);
        }
    }
    return buffer.data();
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helperIsFound()
    {
        QVERIFY2(!PdfRenderer::helperPath().isEmpty(), "kopii-render not found");
    }

    void pagesOfARealPdf()
    {
        const QByteArray pdf = writtenPdf(3);
        int pages = 0;
        const auto image = PdfRenderer::renderPage(pdf, 1, 72, &pages);
        QVERIFY2(image, image ? "" : qPrintable(image.error().message));
        QCOMPARE(pages, 3);
        // A4 at 72 dpi, the black box where it was drawn, white around it.
        QVERIFY(qAbs(image->width() - 595) <= 2 && qAbs(image->height() - 842) <= 2);
        QCOMPARE(QColor(image->pixel(5, 5)), QColor(Qt::white));
        const QPoint inBox(int(image->width() * 0.25), int(image->height() * 0.2));
        QVERIFY2(qGray(image->pixel(inBox)) < 40, qPrintable(QString::number(qGray(image->pixel(inBox)))));
        // Every page in turn, one at a time.
        QList<int> seen;
        const Status all = PdfRenderer::renderPages(pdf, 36, [&](int index, const QImage &page, int count) {
            seen << index;
            return !page.isNull() && count == 3;
        });
        QVERIFY(all);
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        // A page that is not there.
        QVERIFY(!PdfRenderer::renderPage(pdf, 7, 72));
    }

    // Appendix A.3: 20 000 pages is refused whole, with the count; a 200 000 pt page is drawn
    // within the pixel budget, never at its size.
    void hostilePdfsAreBounded()
    {
        const auto many = PdfRenderer::renderPage(hostilePdf(20000, 595, 842), 0, 110);
        QVERIFY(!many);
        QVERIFY2(many.error().message.contains(QStringLiteral("20000 pages")), qPrintable(many.error().message));
        PdfRenderOptions options;
        options.maxPixels = 4'000'000;
        const auto huge = PdfRenderer::renderPage(hostilePdf(1, 200000, 200000), 0, 330, nullptr, options);
        QVERIFY2(huge, huge ? "" : qPrintable(huge.error().message));
        QVERIFY(qint64(huge->width()) * huge->height() <= options.maxPixels);
        QVERIFY(huge->width() > 1000);
        const auto garbage = PdfRenderer::renderPage("%PDF-1.7 not really a PDF \x01\x02\x03", 0, 72);
        QVERIFY(!garbage);
        QVERIFY2(garbage.error().message.contains(QStringLiteral("cannot be opened")), qPrintable(garbage.error().message));
    }

    // A helper that never answers is killed when the time is up, and a crashed one is said so.
    void hungOrCrashedHelperIsStopped()
    {
        PdfRenderOptions options;
        options.program = QStringLiteral("sleep");
        options.arguments = {QStringLiteral("30")};
        options.timeoutMs = 500;
        const auto late = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(QStringLiteral("longer than")), qPrintable(late.error().message));
        options.program = QStringLiteral("sh");
        options.arguments = {QStringLiteral("-c"), QStringLiteral("printf 'PAGES 1\\nPAGE 0 100000 100000\\n'")};
        options.timeoutMs = 10'000;
        const auto lying = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!lying);
        QVERIFY2(lying.error().message.contains(QStringLiteral("wrong answer")), qPrintable(lying.error().message));
        options.arguments = {QStringLiteral("-c"), QStringLiteral("printf 'PAGES 1\\nPAGE 0 10 10\\nabc'; kill -SEGV $$")};
        const auto crashed = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!crashed);
        QVERIFY2(crashed.error().message.contains(QStringLiteral("stopped unexpectedly")), qPrintable(crashed.error().message));
    }

    // The sandbox from the inside: after locking down, the helper cannot read a file outside the
    // system folders (a workspace, a key), create a file, open a network or local socket, or run
    // a program.
    void sandboxRefusesWhatAHijackedRendererWouldTry()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("kopii.db"));
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("secret") == 6);
        f.close();
        QProcess helper;
        helper.setWorkingDirectory(dir.path());
        helper.start(QStringLiteral(KOPII_RENDER_HELPER), {QStringLiteral("--sandbox-selftest"), secret});
        QVERIFY(helper.waitForFinished(30000));
        const QString out = QString::fromUtf8(helper.readAllStandardOutput());
        QVERIFY2(helper.exitCode() == 0, qPrintable(out));
        for (const char *what : {"read-outside", "create-file", "network-socket", "unix-socket", "run-program"})
            QVERIFY2(out.contains(QStringLiteral("refused ") + QLatin1String(what)), qPrintable(out));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("written-by-renderer"))));
        // ...while what rendering needs still works.
        QVERIFY2(out.contains(QStringLiteral("works thread-start")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
