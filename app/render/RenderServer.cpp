// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/RenderServer.h"

#include "render/RenderProtocol.h"

#include <QImage>
#include <QList>

#include <poppler-qt6.h>
#include <poppler-version.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace kopii::render {

namespace {

bool writeAll(FILE *out, const char *data, qint64 size)
{
    while (size > 0) {
        const size_t n = fwrite(data, 1, size_t(size), out);
        if (n == 0)
            return false;
        data += n;
        size -= qint64(n);
    }
    return true;
}

int fail(FILE *out, Failure code, const char *words)
{
    fprintf(out, "ERROR %d %s\n", int(code), words);
    fflush(out);
    return 1;
}

bool readExactly(FILE *in, QByteArray &data, qint64 size)
{
    data.resize(qsizetype(size));
    qint64 got = 0;
    while (got < size) {
        const size_t n = fread(data.data() + got, 1, size_t(size - got), in);
        if (n == 0)
            return false;
        got += qint64(n);
    }
    return true;
}

// One request line without its '\n'; nothing at the end of the input, `tooLong` set (and the
// line dropped) when it does not fit.
std::optional<QByteArray> readLine(FILE *in, bool *tooLong)
{
    char line[kMaxHeaderLine];
    if (!fgets(line, sizeof line, in))
        return std::nullopt;
    const size_t length = strlen(line);
    if (length == 0 || line[length - 1] != '\n') {
        *tooLong = true;
        return QByteArray();
    }
    return QByteArray(line, qsizetype(length - 1));
}

// A one-page PDF (A4) with a few lines in the standard fonts, its cross-reference table computed.
QByteArray warmUpPdf()
{
    const QByteArray content =
        "BT /F1 12 Tf 72 770 Td 14 TL (Kopii warm-up page 0123456789) Tj T* (ABCDEFGHIJKLMNOPQRSTUVWXYZ) Tj "
        "T* (abcdefghijklmnopqrstuvwxyz) Tj /F2 12 Tf T* (Times 0123456789) Tj ET "
        "0.5 g 72 600 200 100 re f";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

const char *popplerVersion()
{
    return POPPLER_VERSION;
}

void warmUp(unsigned char *shared, long long sharedSize)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(warmUpPdf());
    if (!doc || doc->numPages() != 1)
        return;
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::unique_ptr<Poppler::Page> page = doc->page(0);
    const QImage image = page ? page->renderToImage(110, 110) : QImage();
    const qint64 bytes = qint64(image.bytesPerLine()) * image.height();
    if (shared && !image.isNull() && bytes <= sharedSize)
        memcpy(shared, image.constBits(), size_t(bytes));
}

int serve(FILE *in, FILE *out, unsigned char *shared, long long sharedSize)
{
    bool tooLong = false;
    const auto first = readLine(in, &tooLong);
    if (!first)
        return fail(out, Failure::Request, "no request");
    const auto open = tooLong ? std::nullopt : parseOpenRequest(*first);
    if (!open)
        return fail(out, Failure::Request, "the request is not understood");
    if (open->size > kMaxPdf)
        return fail(out, Failure::TooLarge, "the PDF is larger than 256 MB");
    QByteArray pdf;
    if (!readExactly(in, pdf, open->size))
        return fail(out, Failure::Request, "the PDF was cut short");
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return fail(out, Failure::Unreadable, "the PDF cannot be opened (damaged or password-protected)");
    const int pages = doc->numPages();
    if (pages < 1)
        return fail(out, Failure::Unreadable, "the PDF has no pages");
    if (pages > open->maxPages)
        return fail(out, Failure::TooManyPages, QByteArray::number(pages).constData());
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    fprintf(out, "PAGES %d\n", pages);
    fflush(out);
    for (;;) {
        const auto line = readLine(in, &tooLong);
        if (!line)
            return 0; // Kopii closed the document
        const auto request = tooLong ? std::nullopt : parsePageRequest(*line);
        if (!request || request->index >= pages)
            return fail(out, Failure::Request, "the page request is not understood");
        std::unique_ptr<Poppler::Page> page = doc->page(request->index);
        QImage image;
        if (page) {
            // The page's size at the asked resolution, brought within the pixel budget.
            const QSizeF points = page->pageSizeF();
            double resolution = double(request->dpi);
            const double pixels = (points.width() / 72.0 * resolution) * (points.height() / 72.0 * resolution);
            if (!(pixels <= double(open->maxPixels))) // a little under, for Poppler's rounding up of each side
                resolution *= std::sqrt(double(open->maxPixels) / pixels) * 0.99;
            if (!std::isfinite(resolution) || resolution < 0.01)
                resolution = 0.01;
            image = page->renderToImage(resolution, resolution);
        }
        if (image.isNull()) {
            image = QImage(1, 1, QImage::Format_ARGB32);
            image.fill(Qt::white);
        }
        // Poppler draws opaque pages as RGB32: sent as they are, any 4-byte format is taken.
        if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32
            && image.format() != QImage::Format_ARGB32_Premultiplied)
            image = image.convertToFormat(QImage::Format_ARGB32);
        if (qint64(image.width()) * image.height() > open->maxPixels)
            return fail(out, Failure::Internal, "a page came out larger than allowed");
        const qint64 row = qint64(image.width()) * 4;
        const qint64 bytes = row * image.height();
        const bool toShared = shared && bytes <= sharedSize;
        if (toShared) {
            if (image.bytesPerLine() == row)
                memcpy(shared, image.constBits(), size_t(bytes));
            else
                for (int y = 0; y < image.height(); ++y)
                    memcpy(shared + y * row, image.constScanLine(y), size_t(row));
        }
        fprintf(out, "PAGE %d %d %d %d %s\n", request->index, image.width(), image.height(), int(image.format()),
                toShared ? "SHARED" : "PIPE");
        if (!toShared) {
            if (image.bytesPerLine() == row) {
                if (!writeAll(out, reinterpret_cast<const char *>(image.constBits()), bytes))
                    return 1;
            } else {
                for (int y = 0; y < image.height(); ++y)
                    if (!writeAll(out, reinterpret_cast<const char *>(image.constScanLine(y)), row))
                        return 1;
            }
        }
        fflush(out);
    }
}

} // namespace kopii::render
