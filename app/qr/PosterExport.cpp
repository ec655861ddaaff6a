// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterExport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace kopii {

namespace {

QPageLayout pageLayout(const PosterLayout &p)
{
    return QPageLayout(QPageSize(p.options().paper), p.options().orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

Result<QByteArray> PosterExport::pdf(const QList<PosterLayout> &posters)
{
    if (posters.isEmpty())
        return Error{Error::Code::Validation, tr("There is no poster to save."), {}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("Kopii " KOPII_VERSION));
        writer.setTitle(posters.size() == 1 ? posters.first().content().serviceName : posters.first().content().branchName);
        writer.setPageLayout(pageLayout(posters.first()));
        QPainter painter;
        for (int i = 0; i < posters.size(); ++i) {
            if (i > 0) {
                writer.setPageLayout(pageLayout(posters.at(i)));
                writer.newPage();
            } else if (!painter.begin(&writer)) {
                return Error{Error::Code::Io, tr("The PDF could not be started."), {}};
            }
            const QRect page = writer.pageLayout().fullRectPixels(writer.resolution());
            posters.at(i).paint(painter, QRectF(0, 0, page.width(), page.height()));
        }
        painter.end();
    }
    if (!buffer.data().startsWith("%PDF-"))
        return Error{Error::Code::Io, tr("The PDF could not be written."), {}};
    return buffer.data();
}

QImage PosterExport::image(const PosterLayout &poster, int dpi)
{
    const QSizeF mm = poster.pageSizeMm();
    QImage image(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    poster.paint(painter, QRectF(0, 0, image.width(), image.height()));
    return image;
}

Result<QByteArray> PosterExport::svg(const PosterLayout &poster)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSizeF mm = poster.pageSizeMm();
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // 0.1 mm user units; the document says its size in millimetres through the view box.
        generator.setSize(QSize(qRound(mm.width() / 25.4 * 96), qRound(mm.height() / 25.4 * 96)));
        generator.setViewBox(QRectF(0, 0, mm.width() * 10, mm.height() * 10));
        generator.setResolution(254);
        generator.setTitle(poster.content().serviceName);
        generator.setDescription(QStringLiteral("Kopii " KOPII_VERSION));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error{Error::Code::Io, tr("The SVG could not be started."), {}};
        poster.paint(painter, QRectF(0, 0, mm.width() * 10, mm.height() * 10));
        painter.end();
    }
    return buffer.data();
}

Status PosterExport::save(const QList<PosterLayout> &posters, const QString &path, int dpi)
{
    if (posters.isEmpty())
        return Error{Error::Code::Validation, tr("There is no poster to save."), {}};
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("pdf")) {
        auto r = pdf(posters);
        if (!r)
            return r.error();
        bytes = *r;
    } else if (suffix == QLatin1String("png") || suffix == QLatin1String("svg")) {
        if (posters.size() != 1)
            return Error{Error::Code::Validation, tr("A PNG or SVG file holds one poster; save several posters as one PDF."), {}};
        if (suffix == QLatin1String("svg")) {
            auto r = svg(posters.first());
            if (!r)
                return r.error();
            bytes = *r;
        } else {
            if (dpi < 72 || dpi > 1200)
                return Error{Error::Code::Validation, tr("The resolution must be 72 to 1200 dpi."), {}};
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!image(posters.first(), dpi).save(&buffer, "PNG"))
                return Error{Error::Code::Io, tr("The PNG could not be written."), {}};
        }
    } else {
        return Error{
            Error::Code::Validation,
            tr("Kopii saves posters as .pdf, .png or .svg; \"%1\" has another extension.").arg(QFileInfo(path).fileName()),
            {}};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(path, file.errorString()), {}};
    return {};
}

} // namespace kopii
