// What rendering through kopii-render costs next to Poppler in this process: one A4 page at the
// preview's 110 dpi and at print's 300 dpi, of a text page and of a scanned-photo page (a large
// image, as a citizen's passport copy is). The goal: at most 30 % more than in process.
#include "PdfRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
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
                p.drawText(QPointF(200, 200 + line * 52), QStringLiteral("Паспорт громадянина України — рядок %1 тексту документа").arg(line));
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

double helper(const QByteArray &data, int dpi, int rounds)
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

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    for (const bool scan : {false, true}) {
        const QByteArray data = pdf(scan);
        for (const int dpi : {110, 300}) {
            const int rounds = dpi == 110 ? 20 : 8;
            inProcess(data, dpi, 2); // warm caches (fonts) for both
            helper(data, dpi, 2);
            const double own = inProcess(data, dpi, rounds), out = helper(data, dpi, rounds);
            printf("%s page, %d dpi: in process %.1f ms, through kopii-render %.1f ms (%+.0f %%)\n", scan ? "scanned" : "text",
                   dpi, own, out, (out / own - 1) * 100);
        }
    }
    return 0;
}
