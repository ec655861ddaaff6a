// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterLayout.h"

#include "core/DiiaLink.h"
#include "core/Language.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace kopii {

namespace {

// Layout works in millimetres; fonts and painting in tenths of a millimetre, so that font pixel
// sizes (integers) are fine enough.
constexpr qreal kUnit = 10.0;

QString fontFamily()
{
    static const QString family = [] {
        for (const QString &f :
             {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Arial")})
            if (QFontDatabase::hasFamily(f))
                return f;
        return QString();
    }();
    return family;
}

QFont makeFont(qreal mm, bool bold)
{
    QFont f;
    if (!fontFamily().isEmpty())
        f.setFamily(fontFamily());
    f.setPixelSize(qMax(1, qRound(mm * kUnit)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QSizeF measure(const QString &text, qreal fontMm, bool bold, qreal widthMm, int flags)
{
    const QFontMetricsF fm(makeFont(fontMm, bold));
    const QRectF r = fm.boundingRect(QRectF(0, 0, widthMm * kUnit, 1e7), flags, text);
    return r.size() / kUnit;
}

QRectF units(const QRectF &mm)
{
    return QRectF(mm.topLeft() * kUnit, mm.size() * kUnit);
}

// Font sizes on an A4 poster, in mm (1 mm ≈ 2.83 pt).
struct Fonts
{
    qreal org = 6.0, code = 3.6, service = 10.0, branch = 5.4, address = 4.4, caption = 4.8, docsHead = 4.6, doc = 4.4,
          step = 4.0, footer = 3.0;
    Fonts scaled(qreal f) const
    {
        Fonts s = *this;
        for (qreal *v : {&s.org, &s.code, &s.service, &s.branch, &s.address, &s.caption, &s.docsHead, &s.doc, &s.step, &s.footer})
            *v *= f;
        return s;
    }
};

const int kWrap = Qt::TextWordWrap;

} // namespace

QString PosterLayout::text(const char *source)
{
    return Language::ukrainian("Poster", source);
}

void PosterLayout::addBox(const QRectF &rect, const QString &text, qreal fontMm, bool bold, int flags)
{
    const QSizeF need = measure(text, fontMm, bold, rect.width(), flags);
    m_boxes << TextBox{rect, text,  fontMm,
                       bold, flags, need.height() <= rect.height() + 0.01 && need.width() <= rect.width() + 0.01};
}

Result<PosterLayout> PosterLayout::make(const PosterContent &content, const PosterOptions &options)
{
    if (content.qrText.isEmpty())
        return Error{Error::Code::Validation,
                     tr("This service has no Diia code at this branch yet, so there is no poster for visitors. Import "
                        "the code from the Diia portal (\"Мій бізнес — Мої Дія.QR\"): a file with the code or its "
                        "link."),
                     {}};
    // Visitors scan with the Diia app, which opens only Diia's own links: a poster never carries
    // anything else that a visitor could take for the office's code.
    if (!DiiaLink::isDiiaLink(QString::fromUtf8(content.qrText)))
        return Error{Error::Code::Validation,
                     tr("This code is not a Diia link, and the Diia app would not open it: there is no poster for "
                        "visitors with it. Import the service's code from the Diia portal (\"Мій бізнес — Мої "
                        "Дія.QR\")."),
                     {}};
    auto matrix = QrMatrix::encode(content.qrText, options.ecc);
    if (!matrix)
        return matrix.error();
    PosterLayout layout;
    layout.m_content = content;
    layout.m_options = options;
    layout.m_matrix = *matrix;
    QSizeF page = QPageSize(options.paper).size(QPageSize::Millimeter);
    if (options.orientation == QPageLayout::Landscape)
        page.transpose();
    layout.m_page = page;

    // Shrink the texts step by step until everything fits with a code of useful size; in
    // landscape the code's column may also give up some width to the texts. Large print never
    // shrinks below 80 % of its size, so that it stays larger than the normal print.
    const bool landscape = page.width() > page.height();
    const QList<qreal> shares = landscape ? QList<qreal>{0.47, 0.41, 0.35} : QList<qreal>{1.0};
    const qreal minScale = options.largePrint ? 0.8 : 0.6;
    bool textsFit = false;
    qreal bestModule = 0;
    for (qreal share : shares) {
        for (qreal scale = 1.0; scale >= minScale - 1e-9; scale -= 0.05) {
            if (!layout.layOut(scale, share))
                continue;
            textsFit = true;
            if (layout.moduleMm() >= kMinModuleMm)
                return layout;
            bestModule = qMax(bestModule, layout.moduleMm());
            break; // smaller text would not make the modules much bigger
        }
    }
    // Say what would fit: a lower error correction here, or a bigger paper.
    QStringList fixes;
    if (textsFit) {
        for (QrEcc e : {QrEcc::L, QrEcc::M, QrEcc::Q}) {
            if (int(e) >= int(options.ecc))
                break;
            const auto m = QrMatrix::encode(content.qrText, e);
            if (m && bestModule * matrix->sideWithQuietZone() / m->sideWithQuietZone() >= kMinModuleMm) {
                fixes << tr("error correction %1").arg(qrEccName(e));
                break;
            }
        }
    }
    for (QPageSize::PageSizeId bigger : {QPageSize::A4, QPageSize::A3}) {
        if (QPageSize(bigger).size(QPageSize::Millimeter).width() <= QPageSize(options.paper).size(QPageSize::Millimeter).width())
            continue;
        PosterOptions o = options;
        o.paper = bigger;
        if (make(content, o)) {
            fixes << tr("paper %1").arg(QPageSize(bigger).name());
            break;
        }
    }
    if (!textsFit && options.largePrint)
        fixes << tr("normal print");
    if (textsFit)
        return Error{Error::Code::Validation,
                     tr("The code would print with modules of %1 mm, smaller than the %2 mm that scan reliably. "
                        "Choose %3.")
                         .arg(QString::number(bestModule, 'f', 2), QString::number(kMinModuleMm, 'f', 1),
                              fixes.isEmpty() ? tr("a bigger paper or a shorter code") : fixes.join(tr(" or "))),
                     {}};
    return Error{Error::Code::Validation,
                 tr("The texts of this poster do not fit on %1. Choose %2.")
                     .arg(QPageSize(options.paper).name(), fixes.isEmpty() ? tr("shorter names") : fixes.join(tr(" or "))),
                 {}};
}

bool PosterLayout::layOut(qreal scale, qreal qrShare)
{
    m_boxes.clear();
    m_icons.clear();
    m_steps.clear();
    const bool landscape = m_page.width() > m_page.height();
    // Sizes follow the paper (A4 = 1). Large print is about the size a reader sees: 1.45 times
    // the A4 type, on A4 and on bigger paper alike (so that A3 leaves room for long names).
    const qreal paper = std::sqrt(m_page.width() * m_page.height() / (210.0 * 297.0));
    const Fonts f = Fonts().scaled(scale * (m_options.largePrint ? 1.45 * qMin(paper, 1.0) : paper));
    m_margin = 12.0 * paper;
    const qreal m = m_margin;
    const qreal gap = 3.0 * paper;

    const QString orgText = m_content.organizationName;
    const QString stepTexts[] = {text(QT_TRANSLATE_NOOP("Poster", "Scan the code with the camera in the Diia app")),
                                 text(QT_TRANSLATE_NOOP("Poster", "Check the name, the address and the documents")),
                                 text(QT_TRANSLATE_NOOP("Poster", "Confirm and send"))};
    const QString caption = text(QT_TRANSLATE_NOOP("Poster", "Scan with Diia"));
    const QString docsHead = text(QT_TRANSLATE_NOOP("Poster", "You will send copies of:"));
    const QString premises = text(QT_TRANSLATE_NOOP("Poster", "This code is for use on these premises only."));
    const QString idLine = text(QT_TRANSLATE_NOOP("Poster", "Poster %1 · %2"))
                               .arg(m_content.posterId, m_content.date.toString(QStringLiteral("dd.MM.yyyy")));

    // The text column: the whole width in portrait, the right part in landscape.
    const qreal fullW = m_page.width() - 2 * m;
    const qreal bottom = m_page.height() - m;

    // Footer (both orientations): a rule, the premises note and the poster id.
    const QString footer = premises + QLatin1Char('\n') + idLine;
    const qreal footerH = measure(footer, f.footer, false, fullW, kWrap | Qt::AlignHCenter).height();
    const qreal footerTop = bottom - footerH;
    m_footerRule = QRectF(m, footerTop - gap * 0.6, fullW, 0);
    addBox(QRectF(m, footerTop, fullW, footerH), footer, f.footer, false, kWrap | Qt::AlignHCenter | Qt::AlignTop);
    const qreal contentBottom = footerTop - gap * 1.2;

    const qreal colX = landscape ? m + (fullW * qrShare) + gap * 2 : m;
    const qreal colW = landscape ? fullW - (fullW * qrShare) - gap * 2 : fullW;

    // Top texts.
    qreal y = m;
    auto stack = [&](const QString &t, qreal font, bool bold, int align, qreal after) {
        if (t.isEmpty())
            return;
        const qreal h = measure(t, font, bold, colW, kWrap | align).height();
        addBox(QRectF(colX, y, colW, h), t, font, bold, kWrap | align);
        y += h + after;
    };
    const int align = landscape ? Qt::AlignLeft : Qt::AlignHCenter;
    stack(orgText, f.org, true, align, 0.5 * paper);
    stack(m_content.organizationCodeLabel, f.code, false, align, gap * 1.5);
    stack(m_content.serviceName, f.service, true, align, gap * 1.5);
    stack(m_content.branchName, f.branch, true, align, 0.8 * paper);
    stack(m_content.branchAddress, f.address, false, align, gap * 1.5);
    const qreal topEnd = y;

    // Bottom texts, from the bottom up: the three steps, then the documents.
    const qreal stepW = (colW - 2 * gap) / 3;
    const qreal disc = f.step * 2.0;
    qreal stepsH = 0;
    for (const QString &s : stepTexts)
        stepsH = qMax(stepsH, disc + 1.0 * paper + measure(s, f.step, false, stepW, kWrap | Qt::AlignHCenter).height());
    const qreal stepsTop = contentBottom - stepsH;
    for (int i = 0; i < 3; ++i) {
        const qreal x = colX + i * (stepW + gap);
        m_steps << QRectF(x + (stepW - disc) / 2, stepsTop, disc, disc);
        addBox(QRectF(x, stepsTop + disc + 1.0 * paper, stepW, stepsH - disc - 1.0 * paper), stepTexts[i], f.step, false,
               kWrap | Qt::AlignHCenter | Qt::AlignTop);
    }

    const int n = int(m_content.documents.size());
    const int columns = n > 3 ? 2 : 1;
    const qreal icon = f.doc * 1.5;
    const qreal docColW = (colW - (columns - 1) * gap) / columns;
    QList<qreal> rowH;
    for (int r = 0; r < (n + columns - 1) / columns; ++r) {
        qreal h = icon;
        for (int c = 0; c < columns; ++c) {
            const int i = r * columns + c;
            if (i < n)
                h = qMax(h, measure(m_content.documents.at(i), f.doc, false, docColW - icon - gap, kWrap).height());
        }
        rowH << h;
    }
    const qreal headH = measure(docsHead, f.docsHead, true, colW, kWrap).height();
    qreal docsH = headH + 1.0 * paper;
    for (qreal h : rowH)
        docsH += h + 1.0 * paper;
    const qreal docsTop = stepsTop - gap * 1.5 - docsH;
    addBox(QRectF(colX, docsTop, colW, headH), docsHead, f.docsHead, true, kWrap | Qt::AlignLeft);
    qreal dy = docsTop + headH + 1.0 * paper;
    for (int r = 0; r < rowH.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const int i = r * columns + c;
            if (i >= n)
                continue;
            const qreal x = colX + c * (docColW + gap);
            m_icons << QRectF(x, dy + (rowH.at(r) - icon) / 2, icon * 0.78, icon);
            addBox(QRectF(x + icon + gap * 0.5, dy, docColW - icon - gap * 0.5, rowH.at(r)), m_content.documents.at(i), f.doc,
                   false, kWrap | Qt::AlignVCenter | Qt::AlignLeft);
        }
        dy += rowH.at(r) + 1.0 * paper;
    }

    // The code takes what is left: between the top and bottom texts in portrait, the left column
    // in landscape.
    const qreal captionH = measure(caption, f.caption, true, fullW, kWrap).height();
    qreal side = 0;
    QRectF area;
    if (landscape) {
        area = QRectF(m, m, fullW * qrShare, contentBottom - m);
        if (docsTop < topEnd) // the right column's texts overlap
            return false;
        side = qMin(area.width(), area.height() - captionH - gap);
    } else {
        area = QRectF(m, topEnd, fullW, docsTop - gap * 1.5 - topEnd);
        side = qMin(fullW * 0.8, area.height() - captionH - gap);
    }
    const qreal minSide = 30.0 * paper;
    if (side < minSide)
        return false;
    const qreal top = area.top() + (area.height() - side - captionH - gap) / 2;
    m_qrRect = QRectF(area.left() + (area.width() - side) / 2, top, side, side);
    addBox(QRectF(area.left(), m_qrRect.bottom() + gap * 0.5, area.width(), captionH), caption, f.caption, true,
           kWrap | Qt::AlignHCenter);
    for (const TextBox &b : std::as_const(m_boxes))
        if (!b.fits)
            return false;
    return true;
}

void PosterLayout::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(target.topLeft());
    painter.scale(target.width() / (m_page.width() * kUnit), target.height() / (m_page.height() * kUnit));
    painter.fillRect(QRectF(0, 0, m_page.width() * kUnit, m_page.height() * kUnit), Qt::white);

    // Black on white throughout: contrast 21:1, more than the 7:1 large print asks for.
    painter.setPen(Qt::black);
    for (const TextBox &b : m_boxes) {
        painter.setFont(makeFont(b.fontMm, b.bold));
        painter.drawText(units(b.rect), b.flags, b.text);
    }

    // Document icons: a sheet with a folded corner and three lines.
    for (const QRectF &mm : m_icons) {
        const QRectF r = units(mm);
        const qreal fold = r.width() * 0.3;
        QPainterPath sheet;
        sheet.moveTo(r.left(), r.top());
        sheet.lineTo(r.right() - fold, r.top());
        sheet.lineTo(r.right(), r.top() + fold);
        sheet.lineTo(r.right(), r.bottom());
        sheet.lineTo(r.left(), r.bottom());
        sheet.closeSubpath();
        painter.setPen(QPen(Qt::black, r.width() * 0.08, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::white);
        painter.drawPath(sheet);
        painter.drawLine(QPointF(r.right() - fold, r.top()), QPointF(r.right() - fold, r.top() + fold));
        painter.drawLine(QPointF(r.right() - fold, r.top() + fold), QPointF(r.right(), r.top() + fold));
        for (int i = 1; i <= 3; ++i) {
            const qreal ly = r.top() + r.height() * (0.3 + 0.18 * i);
            painter.drawLine(QPointF(r.left() + r.width() * 0.2, ly), QPointF(r.right() - r.width() * 0.2, ly));
        }
    }

    // Step numbers: white digits on black discs.
    for (int i = 0; i < m_steps.size(); ++i) {
        const QRectF r = units(m_steps.at(i));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawEllipse(r);
        painter.setPen(Qt::white);
        painter.setFont(makeFont(m_steps.at(i).height() * 0.55, true));
        painter.drawText(r, Qt::AlignCenter, QString::number(i + 1));
    }

    painter.setPen(QPen(Qt::black, 0.3 * kUnit));
    painter.drawLine(units(m_footerRule).topLeft(), units(m_footerRule).topRight());

    m_matrix.paint(painter, units(m_qrRect));

    // A demo poster says so in red around the page, outside the code and the texts.
    if (m_content.demo) {
        const qreal w = m_page.width(), h = m_page.height();
        QColor red(200, 30, 30);
        painter.setPen(QPen(red, 1.2 * kUnit));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(units(QRectF(3, 3, w - 6, h - 6)));
        painter.setPen(red);
        painter.setFont(makeFont(3.2, true));
        const QString mark = QStringLiteral("ДЕМО · DEMO — зразок, не для розміщення");
        painter.drawText(units(QRectF(0, 3.6, w, 5)), Qt::AlignHCenter | Qt::AlignVCenter, mark);
        painter.drawText(units(QRectF(0, h - 8.6, w, 5)), Qt::AlignHCenter | Qt::AlignVCenter, mark);
    }
    painter.restore();
}

} // namespace kopii
