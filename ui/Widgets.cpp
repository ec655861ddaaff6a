// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Widgets.h"

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
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QDialogButtonBox *makeButtonBox(QDialogButtonBox::StandardButtons buttons)
{
    auto *box = new QDialogButtonBox(buttons);
    box->setFocusPolicy(Qt::NoFocus);
    return box;
}

} // namespace kopii::ui
