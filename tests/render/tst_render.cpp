// SPDX-License-Identifier: GPL-3.0-or-later
// PDF pages rendered by kopii-render, a locked-down process of its own: real PDFs render, the
// review's hostile PDFs (appendix A.3) are refused or bounded, a helper that hangs is killed, and
// the helper's sandbox refuses what a hijacked renderer would try.
#include "HostilePdf.h"
#include "render/PdfRenderer.h"
#include "render/RenderProtocol.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
    void helperIsFound() { QVERIFY2(!PdfRenderer::helperPath().isEmpty(), "kopii-render not found"); }

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

    // One helper serves one document: pages in any order and resolution from the same process,
    // without the PDF sent again; a second document is refused; a page that is not there is
    // refused without breaking the session.
    void aSessionServesOneDocument()
    {
        PdfRenderSession session;
        QVERIFY(session.open(writtenPdf(3)));
        QCOMPARE(session.pageCount(), 3);
        const qint64 helper = session.processId();
        QVERIFY(helper > 0);
        const auto last = session.page(2, 72);
        QVERIFY2(last, last ? "" : qPrintable(last.error().message));
        QVERIFY(qAbs(last->width() - 595) <= 2);
        const auto small = session.page(0, 36);
        QVERIFY(small && qAbs(small->width() - 298) <= 2);
        QCOMPARE(session.processId(), helper);
        QVERIFY(!session.page(3, 72));
        QVERIFY(!session.page(-1, 72));
        QVERIFY(!session.isBroken());
        QVERIFY(!session.open(writtenPdf(1)));
        QVERIFY(session.page(1, 72));
        QCOMPARE(session.processId(), helper);
    }

    // A spare: started and locked down before any document is chosen, it waits; then it takes
    // its one document like any other session.
    void aSpareWaitsLockedDown()
    {
        PdfRenderSession spare;
        QVERIFY(spare.start());
        QVERIFY(spare.waitUntilReady());
        QVERIFY(spare.processId() > 0);
        QVERIFY(!spare.isOpen());
        QVERIFY(spare.open(writtenPdf(2)));
        QVERIFY(spare.page(1, 50));
    }

    // The helper dies between two pages (killed, or Poppler crashed): the next page says so, and
    // the session stays broken rather than talking to something else.
    void aHelperThatDiesBreaksItsSession()
    {
        PdfRenderSession session;
        QVERIFY(session.open(writtenPdf(2)));
        QVERIFY(session.page(0, 36));
        QCOMPARE(::kill(pid_t(session.processId()), SIGKILL), 0);
        const auto after = session.page(1, 36);
        QVERIFY(!after);
        QVERIFY2(after.error().message.contains(QStringLiteral("stopped unexpectedly")), qPrintable(after.error().message));
        QVERIFY(session.isBroken());
        QVERIFY(!session.page(0, 36));
    }

    // Cancelled from another thread (the preview closed): the wait ends at once, the helper is killed.
    void aWaitCanBeCancelled()
    {
        std::atomic<bool> cancel{true};
        PdfRenderOptions options;
        options.program = QStringLiteral("sleep");
        options.arguments = {QStringLiteral("30")};
        options.cancel = &cancel;
        PdfRenderSession session(options);
        const Status opened = session.open(writtenPdf(1));
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("cancelled")), qPrintable(opened.error().message));
        QCOMPARE(session.processId(), 0);
    }

    // An answer about another page than the one asked for, or a second READY, is a wrong answer.
    void answersMustMatchTheRequest()
    {
        PdfRenderOptions options;
        options.program = QStringLiteral("sh");
        options.arguments = {QStringLiteral("-c"), QStringLiteral("printf 'READY\\nPAGES 2\\nPAGE 1 10 10 5 PIPE\\n'; sleep 5")};
        const auto other = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QStringLiteral("wrong answer")), qPrintable(other.error().message));
        options.arguments = {QStringLiteral("-c"), QStringLiteral("printf 'READY\\nREADY\\n'; sleep 5")};
        const auto twice = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QStringLiteral("wrong answer")), qPrintable(twice.error().message));
    }

    // The shared page buffer: the helper finds it as descriptor 3 and puts the pixels there; it
    // cannot shrink it (sealed), so a hijacked helper cannot make Kopii read past its end
    // (which would kill Kopii with SIGBUS).
    void theSharedPageBufferCannotBeShrunk()
    {
        PdfRenderOptions options;
        options.program = QStringLiteral("python3");
        options.arguments = {QStringLiteral("-c"),
                             QStringLiteral("import os, sys\n"
                                            "try:\n"
                                            "    os.ftruncate(3, 0)\n" // had it worked, Kopii would read past the end below
                                            "except OSError:\n"
                                            "    os.pwrite(3, bytes([0x20, 0x40, 0x80, 0xff]) * 100, 0)\n"
                                            "sys.stdout.write('READY\\nPAGES 1\\nPAGE 0 10 10 5 SHARED\\n'); sys.stdout.flush()\n"
                                            "sys.stdin.read()\n")};
        const auto image = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY2(image, image ? "" : qPrintable(image.error().message));
        QCOMPARE(image->size(), QSize(10, 10));
        QCOMPARE(image->pixel(9, 9), qRgba(0x80, 0x40, 0x20, 0xff));
        // The real helper uses it too: a page of a real PDF arrives whole either way.
        PdfRenderSession session;
        QVERIFY(session.open(writtenPdf(1)));
        const auto page = session.page(0, 72);
        QVERIFY(page && qGray(page->pixel(int(page->width() * 0.25), int(page->height() * 0.2))) < 40);
    }

    // The protocol's lines, both ways: only plain decimal numbers within bounds.
    void protocolLinesAreStrict()
    {
        using namespace kopii::render;
        QVERIFY(parseOpenRequest("KOPII-RENDER 2 40000000 500 1234"));
        QCOMPARE(parseOpenRequest("KOPII-RENDER 2 40000000 500 1234")->size, 1234);
        for (const char *bad :
             {"KOPII-RENDER 1 40000000 500 1234", "KOPII-RENDER 2 40000000 500", "KOPII-RENDER 2 40000000 0 12",
              "KOPII-RENDER 2 9999 500 12", "KOPII-RENDER 2 40000000 500 -1", "KOPII-RENDER 2 40000000 500 +1",
              "KOPII-RENDER 2 40000000 500 1234567890123", "KOPII-RENDER 2 40000000  500 1", "KOPII-RENDER 2 40000000 500 1 "})
            QVERIFY2(!parseOpenRequest(bad), bad);
        QCOMPARE(parsePageRequest("PAGE 3 110")->index, 3);
        for (const char *bad :
             {"PAGE 3 17", "PAGE 3 1201", "PAGE -1 110", "PAGE 3", "PAGE 3 110 1", "page 3 110", "PAGE 0x3 110"})
            QVERIFY2(!parsePageRequest(bad), bad);
        QCOMPARE(parseAnswer("PAGES 3", 500, 1000, -1).kind, Answer::Kind::Pages);
        QCOMPARE(parseAnswer("PAGES 501", 500, 1000, -1).kind, Answer::Kind::Wrong);
        QCOMPARE(parseAnswer("PAGE 2 10 100 4 PIPE", 500, 1000, 2).kind, Answer::Kind::Page);
        QVERIFY(parseAnswer("PAGE 2 10 100 6 SHARED", 500, 1000, 2).shared);
        QCOMPARE(parseAnswer("PAGE 2 10 100 6 SHARED", 500, 1000, 2).format, 6);
        QCOMPARE(parseAnswer("PAGE 2 10 100", 500, 1000, 2).kind, Answer::Kind::Wrong);        // no format
        QCOMPARE(parseAnswer("PAGE 2 10 100 3 PIPE", 500, 1000, 2).kind, Answer::Kind::Wrong); // 1 byte a pixel
        QCOMPARE(parseAnswer("PAGE 2 10 100 7 PIPE", 500, 1000, 2).kind, Answer::Kind::Wrong);
        QCOMPARE(parseAnswer("PAGE 2 10 100 5 FILE", 500, 1000, 2).kind, Answer::Kind::Wrong);
        QCOMPARE(parseAnswer("PAGE 2 10 101 5 PIPE", 500, 1000, 2).kind, Answer::Kind::Wrong); // over the pixel budget
        QCOMPARE(parseAnswer("PAGE 2 100000 100000 5 PIPE", 500, 1'000'000'000, 2).kind, Answer::Kind::Wrong);
        QCOMPARE(parseAnswer("PAGE 2 4294967297 1 5 PIPE", 500, 1'000'000'000'000, 2).kind, Answer::Kind::Wrong); // int overflow
        QCOMPARE(parseAnswer("PAGE 1 10 10 5 PIPE", 500, 1000, 2).kind, Answer::Kind::Wrong);  // not the page asked for
        QCOMPARE(parseAnswer("PAGE 2 10 10 5 PIPE", 500, 1000, -1).kind, Answer::Kind::Wrong); // no page asked for
        QCOMPARE(parseAnswer("ERROR 2 20000", 500, 1000, -1).code, 2);
        QCOMPARE(parseAnswer("ERROR x", 500, 1000, -1).kind, Answer::Kind::Wrong);
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
        options.arguments = {QStringLiteral("-c"), QStringLiteral("printf 'READY\\nPAGES 1\\nPAGE 0 100000 100000\\n'")};
        options.timeoutMs = 10'000;
        const auto lying = PdfRenderer::renderPage(writtenPdf(1), 0, 72, nullptr, options);
        QVERIFY(!lying);
        QVERIFY2(lying.error().message.contains(QStringLiteral("wrong answer")), qPrintable(lying.error().message));
        options.arguments = {QStringLiteral("-c"),
                             QStringLiteral("printf 'READY\\nPAGES 1\\nPAGE 0 10 10 5 PIPE\\nabc'; kill -SEGV $$")};
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
