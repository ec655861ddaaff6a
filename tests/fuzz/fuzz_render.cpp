// SPDX-License-Identifier: GPL-3.0-or-later
// Both ends of the PDF rendering helper's pipe (app/render/RenderProtocol.h). The first byte
// chooses:
//   0  the helper: the rest is a PDF, handed to the helper's loop (RenderServer) in process, with a
//      small pixel budget, then two pages asked for at resolutions from the next bytes;
//   1  Kopii: the rest is what a hijacked helper answers, read by Kopii's AnswerReader and judged
//      by parseAnswer, pixels read as the session reads them;
//   2  the helper's request lines: each line of the rest parsed as a document and a page request.
// Poppler itself is not instrumented here (Debian's library; OSS-Fuzz fuzzes it): mode 0 finds
// what Kopii's own code does around it, and any crash of Poppler's on the seeds.
#include "FuzzSupport.h"
#include "render/PdfRenderer.h"
#include "render/RenderProtocol.h"
#include "render/RenderServer.h"

#include <QBuffer>
#include <QGuiApplication>

#include <poppler-qt6.h>

#include <cstdio>

using namespace kopii;
using namespace kopii::render;

namespace {

void helperSide(const QByteArray &rest)
{
    if (rest.size() < 2)
        return;
    const int first = quint8(rest.at(0)), second = quint8(rest.at(1));
    const QByteArray pdf = rest.mid(2);
    // The smallest pixel budget: Poppler draws tiny pages, and the inputs go by at a useful rate.
    QByteArray in = openRequest({kMinPixels, 20, pdf.size()}) + pdf + pageRequest({first % 3, kMinDpi + first % 60})
        + pageRequest({second % 3, kMinDpi + second % 60});
    FILE *input = fmemopen(in.data(), size_t(in.size()), "r");
    FILE *output = fopen("/dev/null", "w");
    if (input && output)
        (void)serve(input, output);
    if (input)
        fclose(input);
    if (output)
        fclose(output);
}

void kopiiSide(const QByteArray &rest)
{
    QBuffer device;
    device.setData(rest);
    device.open(QIODevice::ReadOnly);
    PdfRenderOptions options;
    options.maxPages = 50;
    options.maxPixels = 1'000'000;
    AnswerReader reader(
        device, [] { return false; }, options);
    int expected = -1;
    for (int step = 0; step < 64; ++step) {
        const auto line = reader.line(0);
        if (!line)
            return;
        const Answer answer = parseAnswer(*line, options.maxPages, options.maxPixels, expected);
        if (answer.kind == Answer::Kind::Pages) {
            expected = 0;
        } else if (answer.kind == Answer::Kind::Page) {
            QImage image(answer.width, answer.height, QImage::Format(answer.format));
            if (image.isNull() || image.bytesPerLine() != qint64(answer.width) * 4)
                abort(); // parseAnswer let through what the session could not take
            if (!answer.shared && !reader.bytes(reinterpret_cast<char *>(image.bits()), image.sizeInBytes(), 0))
                return;
            expected = (expected + 1) % options.maxPages;
        } else if (answer.kind != Answer::Kind::Ready) {
            return;
        }
    }
}

void requestLines(const QByteArray &rest)
{
    for (const QByteArray &line : rest.split('\n')) {
        if (const auto open = parseOpenRequest(line);
            open && (open->maxPixels < kMinPixels || open->maxPages < 1 || open->size < 0))
            abort();
        if (const auto page = parsePageRequest(line); page && (page->index < 0 || page->dpi < kMinDpi || page->dpi > kMaxDpi))
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "kopii-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv); // Poppler's Qt images
    // Poppler's complaints about broken PDFs (every other input) would fill the log.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet)
    if (size < 1)
        return 0;
    const QByteArray rest = kopii::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: helperSide(rest); break;
    case 1: kopiiSide(rest); break;
    default: requestLines(rest); break;
    }
    return 0;
}
