// SPDX-License-Identifier: GPL-3.0-or-later
// What rendering through kopii-render costs next to Poppler in this process: one A4 page at the
// preview's 110 dpi and at print's 300 dpi, of a text page and of a scanned-photo page (a large
// image, as a citizen's passport copy is). The goal: at most 30 % more than in process.
// Three ways through the helper: a document's first page with a spare helper started and locked
// down beforehand (as the preview does), the same with a helper started for it (printing, the QR
// reader), and a further page of a document already open (paging, zooming), the last against
// Poppler rendering a page of an already loaded document.
#include "render/PdfRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <poppler-qt6.h>

#include <cstdio>

using namespace kopii;

namespace {

QByteArray pdf(bool scan)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        w.setResolution(300);
        QPainter p(&w);
        if (scan) {
            QImage photo(2480, 3508, QImage::Format_RGB32); // an A4 scan at 300 dpi
            QRandomGenerator rng(7);
            for (int y = 0; y < photo.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
                for (int x = 0; x < photo.width(); ++x)
                    line[x] = qRgb((x / 9 + y / 7) % 256, (x * y / 97) % 256, int(rng.bounded(40)) + 180);
            }
            p.drawImage(QRect(0, 0, 2480, 3508), photo);
        } else {
            QFont f = p.font();
            f.setPointSize(12);
            p.setFont(f);
            for (int line = 0; line < 60; ++line)
                p.drawText(QPointF(200, 200 + line * 52),
                           QStringLiteral("Паспорт громадянина України — рядок %1 тексту документа").arg(line));
        }
    }
    return buffer.data();
}

double inProcess(const QByteArray &data, int dpi, int rounds)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        const QImage image = doc->page(0)->renderToImage(dpi, dpi);
        if (image.isNull())
            qFatal("in-process rendering failed");
    }
    return double(t.elapsed()) / rounds;
}

double inProcessNextPage(const QByteArray &data, int dpi, int rounds)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        if (doc->page(0)->renderToImage(dpi, dpi).isNull())
            qFatal("in-process rendering failed");
    return double(t.elapsed()) / rounds;
}

double coldHelper(const QByteArray &data, int dpi, int rounds)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i) {
        const auto image = PdfRenderer::renderPage(data, 0, dpi);
        if (!image)
            qFatal("kopii-render failed: %s", qPrintable(image.error().message));
    }
    return double(t.elapsed()) / rounds;
}

double spareHelper(const QByteArray &data, int dpi, int rounds)
{
    qint64 total = 0;
    for (int i = 0; i < rounds; ++i) {
        PdfRenderOptions options;
        options.warmUp = true;
        PdfRenderSession spare(options);
        if (!spare.waitUntilReady())
            qFatal("kopii-render did not start");
        QElapsedTimer t;
        t.start();
        if (!spare.open(data))
            qFatal("kopii-render could not open the PDF");
        if (!spare.page(0, dpi))
            qFatal("kopii-render failed");
        total += t.nsecsElapsed();
    }
    return double(total) / 1e6 / rounds;
}

double helperNextPage(const QByteArray &data, int dpi, int rounds)
{
    PdfRenderSession session;
    if (!session.open(data) || !session.page(0, dpi))
        qFatal("kopii-render failed");
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        if (!session.page(0, dpi))
            qFatal("kopii-render failed");
    return double(t.elapsed()) / rounds;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-pdfs") == 0) { // the two test documents, to look at
        for (const bool scan : {false, true}) {
            QFile out(QString::fromLocal8Bit(argv[2]) + (scan ? QStringLiteral("/scan.pdf") : QStringLiteral("/text.pdf")));
            if (!out.open(QIODevice::WriteOnly) || out.write(pdf(scan)) < 0)
                return 1;
        }
        return 0;
    }
    for (const bool scan : {false, true}) {
        const QByteArray data = pdf(scan);
        for (const int dpi : {110, 300}) {
            const int rounds = dpi == 110 ? 20 : 8;
            inProcess(data, dpi, 2); // warm caches (fonts) for both
            coldHelper(data, dpi, 2);
            const double own = inProcess(data, dpi, rounds), spare = spareHelper(data, dpi, rounds),
                         cold = coldHelper(data, dpi, rounds);
            const double ownNext = inProcessNextPage(data, dpi, rounds), next = helperNextPage(data, dpi, rounds);
            const char *kind = scan ? "scanned" : "text";
            printf("%s page, %d dpi, first page: in process %.1f ms, spare kopii-render %.1f ms (%+.0f %%), "
                   "kopii-render started for it %.1f ms (%+.0f %%)\n",
                   kind, dpi, own, spare, (spare / own - 1) * 100, cold, (cold / own - 1) * 100);
            printf("%s page, %d dpi, next page: in process %.1f ms, kopii-render %.1f ms (%+.0f %%)\n", kind, dpi, ownNext, next,
                   (next / ownNext - 1) * 100);
        }
    }
    return 0;
}
