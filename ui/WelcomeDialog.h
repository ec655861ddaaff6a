// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCommandLinkButton;
class QLabel;

namespace kopii::ui {

// The first start: log in with one's own КЕП (and set the organisation up), or try the demo
// workspace first. Shown when there is no workspace yet and none was asked for.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Login, Demo };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QCommandLinkButton *loginButton() const { return m_login; }
    QCommandLinkButton *demoButton() const { return m_demo; }

private:
    Choice m_choice = Choice::Login;
    QCommandLinkButton *m_login = nullptr;
    QCommandLinkButton *m_demo = nullptr;
};

} // namespace kopii::ui
