// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace kopii::ui {

// An area that a later version fills. It says so plainly and does nothing else.
class ComingPage : public QWidget
{
    Q_OBJECT

public:
    // `texts` returns the (translated) title and description; called again on a language change.
    ComingPage(const QString &name, std::function<QPair<QString, QString>()> texts, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::function<QPair<QString, QString>()> m_texts;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_text;
};

} // namespace kopii::ui
