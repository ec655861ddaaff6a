// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WelcomeDialog.h"
#include "ui/Widgets.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kopii::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Kopii"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *icon = makeLabel();
    icon->setPixmap(QIcon(QStringLiteral(":/kopii/icons/kopii.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    auto *heading = makeLabel(tr("Welcome to Kopii"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignHCenter);
    layout->addWidget(heading);

    auto *text = makeLabel(tr("Kopii receives the copies of documents that visitors send from the Diia app by scanning "
                              "your QR poster, and checks every signature. To set your organisation up, the manager "
                              "logs in with the qualified electronic signature (KEP) of the organisation."));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_login = new QCommandLinkButton(tr("Log in with my KEP"),
                                     tr("A key file or a token from your trust service provider. The first login "
                                        "sets the organisation up from your certificate."));
    m_login->setObjectName(QStringLiteral("welcomeLogin"));
    m_demo = new QCommandLinkButton(tr("Try the demo"),
                                    tr("A sample school with two branches, its posters and received copies with every "
                                       "kind of verdict, and a demo key to log in with. Nothing is sent anywhere; "
                                       "everything in it is marked DEMO."));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_server = new QCommandLinkButton(tr("Connect to the office server"),
                                      tr("Your office keeps its inbox on a server that several desks share. Whoever "
                                         "set it up gives you its address, your name on it and a password."));
    m_server->setObjectName(QStringLiteral("welcomeServer"));
    layout->addWidget(m_login);
    layout->addWidget(m_server);
    layout->addWidget(m_demo);

    auto *buttons = makeButtonBox(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    layout->addWidget(buttons);

    connect(m_login, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Login;
        accept();
    });
    connect(m_server, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Server;
        accept();
    });
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_login->setDefault(true);
    m_login->setFocus();
    resize(560, sizeHint().height());
}

} // namespace kopii::ui
