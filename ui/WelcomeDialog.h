// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCommandLinkButton;
class QLabel;

namespace kopii::ui {

// The first start: log in with one's own КЕП (and set the organisation up), connect to the
// office's server (a desk of an office that shares one inbox), or try the demo workspace first. Shown when there is no workspace yet and none was asked for.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Login, Server, Demo };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QCommandLinkButton *loginButton() const { return m_login; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *serverButton() const { return m_server; }

private:
    Choice m_choice = Choice::Login;
    QCommandLinkButton *m_login = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_server = nullptr;
};

} // namespace kopii::ui
