// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrMatrix.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace kopii {

// What a poster says. Texts are what visitors read, in Ukrainian.
struct PosterContent
{
    QString organizationName;
    QString organizationCodeLabel; // "Код ЄДРПОУ 14360570" / "РНОКПП …"
    QString serviceName;
    QString branchName;
    QString branchAddress;
    QStringList documents; // names of the requested documents
    QByteArray qrText;     // exactly what the code holds
    QString posterId;      // short id printed in the footer
    QDate date;
    bool demo = false; // from a demo workspace: marked DEMO around the page
};

struct PosterOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool largePrint = false; // bigger type for visitors with poor sight
    QrEcc ecc = QrEcc::M;
};

// One poster laid out on its page, in millimetres: the QR code as large as the page allows next
// to the texts, which wrap and shrink within limits and never leave their boxes. Paints onto any
// QPaintDevice (printer, PDF, image, SVG) through paint().
class PosterLayout
{
    Q_DECLARE_TR_FUNCTIONS(PosterLayout)

public:
    static constexpr qreal kMinModuleMm = 0.5; // smaller modules do not print and scan reliably

    // Lays the poster out; refuses a code whose printed module would be smaller than 0.5 mm and
    // says which paper size or error correction would fit.
    static Result<PosterLayout> make(const PosterContent &content, const PosterOptions &options);

    QSizeF pageSizeMm() const { return m_page; }
    QRectF qrRectMm() const { return m_qrRect; } // including the quiet zone
    qreal moduleMm() const { return m_qrRect.width() / m_matrix.sideWithQuietZone(); }
    const QrMatrix &matrix() const { return m_matrix; }
    const PosterContent &content() const { return m_content; }
    const PosterOptions &options() const { return m_options; }
    qreal marginMm() const { return m_margin; }

    struct TextBox
    {
        QRectF rect; // mm
        QString text;
        qreal fontMm = 0; // pixel size of the font, in mm
        bool bold = false;
        int flags = 0;    // Qt::Alignment | Qt::TextWordWrap …
        bool fits = true; // the text's own bounds lie inside rect
    };
    const QList<TextBox> &textBoxes() const { return m_boxes; }

    // Paints the page filling `target` (device coordinates of the whole page).
    void paint(QPainter &painter, const QRectF &target) const;

    // "Poster" texts in Ukrainian (the language of the premises), whatever the UI language.
    static QString text(const char *source);

private:
    bool layOut(qreal scale, qreal qrShare);
    void addBox(const QRectF &rect, const QString &text, qreal fontMm, bool bold, int flags);

    PosterContent m_content;
    PosterOptions m_options;
    QrMatrix m_matrix;
    QSizeF m_page;
    qreal m_margin = 12;
    QRectF m_qrRect;
    QList<TextBox> m_boxes;
    QList<QRectF> m_icons; // document icons, mm
    QList<QRectF> m_steps; // step number discs, mm
    QRectF m_footerRule;
};

} // namespace kopii
