// SPDX-License-Identifier: GPL-3.0-or-later
#include "accession/OfficialPdf.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace kopii {

Result<QByteArray> OfficialPdf::render(const QString &html, const QString &title, QPageLayout::Orientation orientation,
                                       const QMarginsF &margins, qreal pointSize)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{Error::Code::Internal, tr("Printing documents needs the graphical part of Qt."), {}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, margins, QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kopii " KOPII_VERSION));

        QTextDocument document;
        QFont font;
        // A font with Cyrillic everywhere Kopii runs (fonts-dejavu-core on Debian).
        for (const QString &family :
             {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Arial")})
            if (QFontDatabase::hasFamily(family)) {
                font.setFamily(family);
                break;
            }
        font.setPointSizeF(pointSize);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    if (buffer.data().size() < 100 || !buffer.data().startsWith("%PDF-"))
        return Error{Error::Code::Io, tr("The PDF could not be written."), {}};
    return buffer.data();
}

} // namespace kopii
