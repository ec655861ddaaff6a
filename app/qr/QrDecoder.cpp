// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrDecoder.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

#include "render/PdfRenderer.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <memory>

namespace kopii {

namespace {

constexpr int kPdfDpi = 200;
constexpr int kSvgSide = 1600;
constexpr int kMaxPdfPages = 20;

QList<QrDecoder::Code> decodeGray(const QImage &gray, int page)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    QList<QrDecoder::Code> codes;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid())
            continue;
        const ZXing::ByteArray &bytes = r.bytes();
        QrDecoder::Code c;
        c.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
        c.text = QString::fromUtf8(c.bytes);
        c.page = page;
        bool seen = false;
        for (const auto &other : codes)
            seen = seen || other.bytes == c.bytes;
        if (!seen)
            codes << c;
    }
    return codes;
}

} // namespace

QList<QrDecoder::Code> QrDecoder::decodeImage(const QImage &image)
{
    if (image.isNull())
        return {};
    // Transparent pixels count as white paper, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    QList<Code> codes = decodeGray(flat.convertToFormat(QImage::Format_Grayscale8), 1);
    if (codes.isEmpty() && qMax(flat.width(), flat.height()) > 2400) {
        // Very large photos: a smaller copy is found more easily.
        codes = decodeGray(
            flat.scaled(2000, 2000, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8), 1);
    }
    return codes;
}

Result<QList<QrDecoder::Code>> QrDecoder::decodeFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error{Error::Code::NotFound, tr("The file %1 does not exist.").arg(path), {}};
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read %1: %2.").arg(path, f.errorString()), {}};
    if (f.size() > 64 * 1024 * 1024)
        return Error{Error::Code::Validation, tr("The file %1 is too large for a QR code image (over 64 MB).").arg(path), {}};
    return decodeData(f.readAll(), QFileInfo(path).fileName());
}

Result<QList<QrDecoder::Code>> QrDecoder::decodeData(const QByteArray &data, const QString &name)
{
    if (data.startsWith("%PDF-")) {
        // Rendered by kopii-render, out of this process (PdfRenderer): the first pages only.
        QList<Code> all;
        const Status rendered = PdfRenderer::renderPages(data, kPdfDpi, [&](int index, const QImage &image, int) {
            for (Code c : decodeImage(image)) {
                c.page = index + 1;
                all << c;
            }
            return index + 1 < kMaxPdfPages;
        });
        if (!rendered)
            return Error{Error::Code::Validation,
                         tr("%1 is a PDF that cannot be read safely: %2.").arg(name, rendered.error().message),
                         {}};
        return all;
    }
    const QByteArray head = data.left(512).trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg")) {
        QSvgRenderer svg(data);
        if (!svg.isValid())
            return Error{Error::Code::Validation, tr("%1 is an SVG file that cannot be read.").arg(name), {}};
        QSizeF size = svg.defaultSize();
        if (size.isEmpty())
            size = QSizeF(1, 1);
        size.scale(kSvgSide, kSvgSide, Qt::KeepAspectRatio);
        QImage image(size.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        svg.render(&p);
        p.end();
        return decodeImage(image);
    }
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos carry their rotation in EXIF
    const QImage image = reader.read();
    if (image.isNull())
        return Error{Error::Code::Validation,
                     tr("%1 is not an image, PDF or SVG that Kopii can read (%2).").arg(name, reader.errorString()),
                     {}};
    return decodeImage(image);
}

} // namespace kopii
