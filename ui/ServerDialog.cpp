// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServerDialog.h"

#include "core/PostgresDialect.h"
#include "core/SqlSession.h"
#include "ui/SecretEdit.h"
#include "ui/Widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace kopii::ui {

ServerDialog::ServerDialog(const QString &location, const QString &problem, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ServerDialog"));
    setWindowTitle(tr("Connect to the office server"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = makeLabel(tr("Your office keeps its inbox on a server that several desks share. Whoever set it up "
                               "gives you the values below; your own name on the server and your password are yours "
                               "alone."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("for example kopii.office.lan"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = makeLabel(tr("Port:"));
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = makeLabel(tr("&Server:"));
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);

    m_database = new QLineEdit(QStringLiteral("kopii"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    auto *dbLabel = makeLabel(tr("&Database:"));
    dbLabel->setBuddy(m_database);
    form->addRow(dbLabel, m_database);

    m_person = new QLineEdit;
    m_person->setObjectName(QStringLiteral("serverPerson"));
    m_person->setPlaceholderText(tr("for example olena_koval"));
    auto *personLabel = makeLabel(tr("&Your name on the server:"));
    personLabel->setBuddy(m_person);
    form->addRow(personLabel, m_person);

    m_ca = new QLineEdit;
    m_ca->setObjectName(QStringLiteral("serverCa"));
    m_ca->setPlaceholderText(tr("the office's CA certificate (.pem, .crt)"));
    auto *browse = new QPushButton(tr("&Choose…"));
    browse->setObjectName(QStringLiteral("serverCaBrowse"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *caLabel = makeLabel(tr("&Certificate of the office:"));
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate of the office"), m_ca->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(QDir::toNativeSeparators(file));
    });

    m_secret = new SecretEdit;
    m_secret->setObjectName(QStringLiteral("serverPassword"));
    auto *passwordLabel = makeLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_secret);
    form->addRow(passwordLabel, m_secret);
    m_remember = new QCheckBox(tr("&Remember the password (in the system's keychain)"));
    m_remember->setObjectName(QStringLiteral("serverRemember"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_error = makeErrorLabel(QStringLiteral("serverError"));
    layout->addWidget(m_error);
    m_progress = makeLabel(tr("Connecting to the office server…"));
    m_progress->setObjectName(QStringLiteral("serverProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = makeButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_fields = {m_host, m_port, m_database, m_person, m_ca, m_secret, m_remember};
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &SecretEdit::returnPressed, this, &ServerDialog::accept);
    layout->addWidget(buttons);

    // A whole address pasted into the server's field fills the others.
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (ServerAddress::isServerLocation(m_host->text().trimmed()))
            fillFrom(m_host->text().trimmed());
    });
    fillFrom(location);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
    }
    (m_host->text().isEmpty() ? static_cast<QWidget *>(m_host) : static_cast<QWidget *>(m_secret))->setFocus();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::fillFrom(const QString &location)
{
    const auto address = ServerAddress::parse(location);
    if (!address) {
        if (!location.isEmpty()) {
            m_error->setText(address.error().message);
            m_error->show();
        }
        return;
    }
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->database);
    m_person->setText(address->user);
    m_ca->setText(QDir::toNativeSeparators(address->caFile));
}

bool ServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ServerDialog::location() const
{
    // Concatenated, never through QString::arg: a percent-encoded part ("%2F") would be taken for
    // a placeholder.
    auto part = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s.trimmed())); };
    const QString host = m_host->text().trimmed();
    const QString port = QString::number(m_port->value());
    const QString person = part(m_person->text());
    const QString database = part(m_database->text());
    // A socket folder on the server itself, or a name on the network (over TLS).
    if (host.startsWith(QLatin1Char('/')))
        return QStringLiteral("postgresql://") + person + QStringLiteral("@/") + database + QStringLiteral("?port=") + port
            + QStringLiteral("&host=") + part(host);
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : part(host);
    QString url = QStringLiteral("postgresql://") + person + QLatin1Char('@') + shownHost + QLatin1Char(':') + port
        + QLatin1Char('/') + database;
    if (!m_ca->text().trimmed().isEmpty())
        url += QStringLiteral("?sslrootcert=") + part(QDir::fromNativeSeparators(m_ca->text()));
    return url;
}

void ServerDialog::accept()
{
    m_error->hide();
    if (m_host->text().trimmed().isEmpty() || m_person->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        m_error->setText(tr("Fill in the server, the database and your name on the server."));
        m_error->show();
        return;
    }
    if (m_secret->isEmpty()) {
        m_error->setText(tr("Type your password."));
        m_error->show();
        m_secret->setFocus();
        return;
    }
    if (m_connecting.has_value())
        return; // asked already
    SharedSecret password = share(m_secret->copy());
    // A server that does not answer keeps a connection waiting for seconds: the first try runs
    // off the window's thread (its connection opened, checked and closed there), and the window
    // connects itself only once the server has let the person in.
    setConnecting(true);
    const QString address = location();
    m_connecting = Jobs::run(
        this,
        [address, password](const CancelToken &) -> Status {
            const auto tried = SqlSession::open(address, password);
            return tried ? Status() : Status(tried.error());
        },
        [this, address, password](Status tried) {
            setConnecting(false);
            m_connecting.reset();
            auto opened = tried ? Workspace::open(address, password) : Result<std::unique_ptr<Workspace>>(tried.error());
            if (!opened) {
                m_error->setText(opened.error().message);
                m_error->show();
                return;
            }
            m_secret->clear();
            m_workspace = std::move(opened).value();
            m_password = password;
            QDialog::accept();
        });
}

void ServerDialog::reject()
{
    if (m_connecting)
        m_connecting->cancel(); // its answer is not waited for
    m_connecting.reset();
    QDialog::reject();
}

void ServerDialog::setConnecting(bool connecting)
{
    m_progress->setVisible(connecting);
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(!connecting);
    m_connect->setEnabled(!connecting);
    if (connecting)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

bool ServerDialog::isConnecting() const
{
    return m_connecting.has_value();
}

} // namespace kopii::ui
