// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Widgets.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

#include <QLabel>
#include <QString>
#include <QVariant>

namespace kopii::ui {

QLabel *makeLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *makeRichLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(false);
    return label;
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QVariant plainToolTip(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? QVariant(plainToolTip(value.toString())) : value;
}

QLabel *makeTitleLabel()
{
    auto *label = makeLabel();
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = makeLabel();
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(toneName(Tone::Bad)));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = luminance(window) < 0.2;
    QColor c;
    switch (tone) {
    case Tone::Good: c = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20); break;
    case Tone::Bad: c = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c); break;
    case Tone::Caution: c = dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00); break;
    case Tone::Muted:
        // Halfway from the text towards the window, no further than readable.
        c = QColor::fromRgbF(text.redF() * 0.7 + window.redF() * 0.3, text.greenF() * 0.7 + window.greenF() * 0.3,
                             text.blueF() * 0.7 + window.blueF() * 0.3);
        break;
    }
    if (contrastRatio(c, window) < 4.5 || contrastRatio(c, base) < 4.5)
        return text;
    return c;
}

QColor toneColor(Tone tone)
{
    return toneColor(tone, QApplication::palette());
}

QString toneName(Tone tone)
{
    return toneColor(tone).name();
}

QDialogButtonBox *makeButtonBox(QDialogButtonBox::StandardButtons buttons)
{
    auto *box = new QDialogButtonBox(buttons);
    box->setFocusPolicy(Qt::NoFocus);
    return box;
}

} // namespace kopii::ui
