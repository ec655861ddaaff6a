// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ComingPage.h"

#include "ui/Widgets.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kopii::ui {

ComingPage::ComingPage(const QString &name, std::function<QPair<QString, QString>()> texts, QWidget *parent)
    : QWidget(parent), m_texts(std::move(texts))
{
    setObjectName(name);
    auto *layout = new QVBoxLayout(this);
    m_title = makeTitleLabel();
    m_badge = makeLabel();
    m_badge->setObjectName(QStringLiteral("comingBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border-radius: 4px; "
                                          "padding: 4px 8px; }"));
    m_text = makeLabel();
    m_text->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_badge, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void ComingPage::retranslateUi()
{
    const auto [title, text] = m_texts();
    m_title->setText(title);
    m_badge->setText(tr("Coming in a later version of Kopii"));
    m_text->setText(text);
}

void ComingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kopii::ui
