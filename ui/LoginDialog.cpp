// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LoginDialog.h"
#include "core/StaffSql.h"
#include "ui/SecretEdit.h"

#include "crypto/KeyFile.h"
#include "ui/MessageBox.h"
#include "core/Secret.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "ui/Widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
const QString kModeKey = QStringLiteral("login/mode");
const QString kFileKey = QStringLiteral("login/keyFile");
const QString kModuleKey = QStringLiteral("login/module");
} // namespace

LoginDialog::LoginDialog(SqlSession &store, TrustStore &trust, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_session(store), m_trust(trust), m_clock(clock)
{
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(560);
    m_title = makeTitleLabel();
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    m_notice = makeLabel();
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_fileMode = new QRadioButton;
    m_fileMode->setObjectName(QStringLiteral("fileMode"));
    m_tokenMode = new QRadioButton;
    m_tokenMode->setObjectName(QStringLiteral("tokenMode"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("keyFile"));
    m_fileBrowse = new QPushButton;
    m_module = new QLineEdit;
    m_module->setObjectName(QStringLiteral("module"));
    m_moduleBrowse = new QPushButton;
    m_tokens = new QComboBox;
    m_tokens->setObjectName(QStringLiteral("tokens"));
    m_refresh = new QPushButton;
    m_certificates = new QComboBox;
    m_certificates->setObjectName(QStringLiteral("certificates"));
    m_certDetails = makeLabel();
    m_certDetails->setWordWrap(true);
    m_certDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pin = new SecretEdit; // typed into a buffer of Kopii's own, wiped (QLineEdit keeps copies)
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pinWarning = makeLabel();
    m_pinWarning->setWordWrap(true);
    m_pinWarning->setVisible(false);
    m_pinWarning->setStyleSheet(QStringLiteral("color: %1;").arg(toneName(Tone::Caution)));
    m_error = makeErrorLabel(QStringLiteral("loginError"));
    m_status = makeLabel();
    m_trustButton = new QPushButton;
    m_trustButton->setObjectName(QStringLiteral("importTrust"));
    m_login = new QPushButton;
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setDefault(true);
    m_cancel = new QPushButton;

    m_fileLabel = makeLabel();
    m_moduleLabel = makeLabel();
    m_tokenLabel = makeLabel();
    m_certLabel = makeLabel();
    m_pinLabel = makeLabel();
    m_fileLabel->setBuddy(m_file);
    m_moduleLabel->setBuddy(m_module);
    m_tokenLabel->setBuddy(m_tokens);
    m_certLabel->setBuddy(m_certificates);
    m_pinLabel->setBuddy(m_pin);

    auto row = [](QWidget *a, QWidget *b) {
        auto *w = new QWidget;
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a, 1);
        h->addWidget(b);
        return w;
    };
    auto *form = new QFormLayout;
    form->addRow(m_fileMode);
    form->addRow(m_fileLabel, row(m_file, m_fileBrowse));
    form->addRow(m_tokenMode);
    form->addRow(m_moduleLabel, row(m_module, m_moduleBrowse));
    form->addRow(m_tokenLabel, row(m_tokens, m_refresh));
    form->addRow(m_certLabel, m_certificates);
    form->addRow(QString(), m_certDetails);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(QString(), m_pinWarning);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trustButton);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    buttons->addWidget(m_login);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_fileMode, &QRadioButton::toggled, this, &LoginDialog::updateMode);
    connect(m_tokenMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_tokenList.isEmpty() && !m_module->text().isEmpty())
            refreshTokens();
    });
    connect(m_fileBrowse, &QPushButton::clicked, this, &LoginDialog::browseKeyFile);
    connect(m_moduleBrowse, &QPushButton::clicked, this, &LoginDialog::browseModule);
    connect(m_refresh, &QPushButton::clicked, this, &LoginDialog::refreshTokens);
    connect(m_module, &QLineEdit::editingFinished, this, &LoginDialog::refreshTokens);
    connect(m_tokens, &QComboBox::currentIndexChanged, this, [this] {
        const int i = m_tokens->currentIndex();
        m_certificates->clear();
        m_certList.clear();
        if (i < 0 || i >= m_tokenList.size() || i >= m_tokenCerts.size() || !m_p11)
            return showCertificate();
        const auto &certs = m_tokenCerts.at(i);
        if (!certs) {
            showError(certs.error().message);
            return;
        }
        for (const TokenCertificate &tc : *certs) {
            if (!tc.certificate.info().canSign())
                continue; // encryption and key-agreement certificates cannot log in
            m_certList << tc;
            m_certificates->addItem(tr("%1 (valid to %2)")
                                        .arg(tc.certificate.info().holderName(),
                                             tc.certificate.info().notAfter.toString(QStringLiteral("dd.MM.yyyy"))));
        }
        showCertificate();
    });
    connect(m_certificates, &QComboBox::currentIndexChanged, this, &LoginDialog::showCertificate);
    connect(m_trustButton, &QPushButton::clicked, this, &LoginDialog::importTrust);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    const QSettings settings;
    m_file->setText(settings.value(kFileKey).toString());
    m_module->setText(settings.value(kModuleKey, Pkcs11Module::defaultModulePath()).toString());
    (settings.value(kModeKey).toString() == QLatin1String("token") ? m_tokenMode : m_fileMode)->setChecked(true);
    retranslateUi();
    updateMode();
    // A key file remembered from the last time: the password is what is left to type.
    if (m_fileMode->isChecked() && !m_file->text().isEmpty())
        m_pin->setFocus();
}

LoginDialog::~LoginDialog()
{
    m_pin->clear();
}

void LoginDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in with KEP"));
    m_title->setText(tr("Log in with a qualified electronic signature"));
    m_intro->setText(tr("Only the head of the organisation (or the FOP) and the employees they add may work here. "
                        "Choose your key: a key file from your provider or a token (secure media)."));
    m_fileMode->setText(tr("&Key file (.p12, .pfx, .jks, Key-6.dat)"));
    m_tokenMode->setText(tr("&Token (secure media, PKCS#11)"));
    m_fileLabel->setText(tr("Key file:"));
    m_fileBrowse->setText(tr("Browse…"));
    m_moduleLabel->setText(tr("Token library:"));
    m_moduleBrowse->setText(tr("Browse…"));
    m_tokenLabel->setText(tr("Token:"));
    m_refresh->setText(tr("&Refresh"));
    m_certLabel->setText(tr("Certificate:"));
    m_trustButton->setText(tr("Import CA certificates…"));
    m_trustButton->setToolTip(tr("Add the certificates of your trust service provider (e.g. CACertificates.p7b). "
                                 "Possible before the first login only; later the manager does it."));
    m_login->setText(tr("&Log in"));
    m_cancel->setText(tr("Cancel"));
    m_file->setAccessibleName(tr("Key file"));
    m_module->setAccessibleName(tr("Token library"));
    m_pin->setAccessibleName(tr("PIN or password"));
    m_file->setPlaceholderText(tr("e.g. Key-6.pfx from your provider"));
    m_module->setPlaceholderText(tr("e.g. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"));
    updateMode();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::updateMode()
{
    const bool file = m_fileMode->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_fileBrowse)})
        w->setEnabled(file && !m_busy);
    for (QWidget *w : {static_cast<QWidget *>(m_module), static_cast<QWidget *>(m_moduleBrowse), static_cast<QWidget *>(m_tokens),
                       static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_certificates)})
        w->setEnabled(!file && !m_busy);
    m_pinLabel->setText(file ? tr("Password:") : tr("PIN:"));
    const auto people = StaffSql(m_session).employees();
    m_trustButton->setVisible(people && people->isEmpty());
    showCertificate();
}

void LoginDialog::chooseKeyFile(const QString &path)
{
    m_fileMode->setChecked(true);
    m_file->setText(path);
    m_pin->setFocus(); // the key is chosen: its password is what is left to type
}

void LoginDialog::chooseToken(const QString &modulePath)
{
    m_module->setText(modulePath);
    if (m_tokenMode->isChecked())
        refreshTokens();
    else
        m_tokenMode->setChecked(true); // refreshes
}

void LoginDialog::browseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Key file"), m_file->text(),
                                                      tr("Key files (*.p12 *.pfx *.pk8 *.dat *.jks);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void LoginDialog::browseModule()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Token library (PKCS#11)"), m_module->text(),
                                                      tr("Libraries (*.so *.so.* *.dll *.dylib);;All files (*)"));
    if (!path.isEmpty()) {
        m_module->setText(path);
        refreshTokens();
    }
}

void LoginDialog::refreshTokens()
{
    if (m_busy)
        return;
    showError(QString());
    const QString path = m_module->text().trimmed();
    auto result = std::make_shared<std::optional<Result<std::shared_ptr<Pkcs11Module>>>>();
    auto tokens = std::make_shared<std::optional<Result<QList<TokenInfo>>>>();
    auto certs = std::make_shared<QList<Result<QList<TokenCertificate>>>>();
    // What was chosen stays chosen when the same token and certificate come back (after a wrong
    // PIN the list is read again for the PIN state).
    const int oldToken = m_tokens->currentIndex();
    const QString keepSerial = oldToken >= 0 && oldToken < m_tokenList.size() ? m_tokenList.at(oldToken).serial : QString();
    const int oldCert = m_certificates->currentIndex();
    const QByteArray keepCert = oldCert >= 0 && oldCert < m_certList.size() ? m_certList.at(oldCert).id : QByteArray();
    m_tokens->clear();
    m_tokenList.clear();
    m_tokenCerts.clear();
    m_p11.reset();
    setBusy(true, tr("Looking for tokens…"));
    Pkcs11Module::startScan(this, path, [this, keepSerial, keepCert](Result<Pkcs11Module::Scan> scan) {
        setBusy(false);
        if (!scan) {
            showError(scan.error().message);
            return;
        }
        m_p11 = scan->module;
        m_tokenCerts = scan->certificates;
        m_tokenList = scan->tokens;
        for (const TokenInfo &t : std::as_const(m_tokenList))
            m_tokens->addItem(t.displayName());
        for (int i = 0; i < m_tokenList.size() && !keepSerial.isEmpty(); ++i)
            if (m_tokenList.at(i).serial == keepSerial)
                m_tokens->setCurrentIndex(i);
        for (int i = 0; i < m_certList.size() && !keepCert.isEmpty(); ++i)
            if (m_certList.at(i).id == keepCert)
                m_certificates->setCurrentIndex(i);
        if (m_tokenList.isEmpty())
            showError(tr("No token is connected. Insert it and press Refresh."));
    });
}

void LoginDialog::showCertificate()
{
    QString details;
    QString warning;
    if (m_tokenMode->isChecked()) {
        const int t = m_tokens->currentIndex();
        if (t >= 0 && t < m_tokenList.size()) {
            const PinState &pin = m_tokenList.at(t).pin;
            warning = pin.warning();
            if (pin.protectedPath)
                warning = (warning + QLatin1Char(' ') + tr("Enter the PIN on the reader's keypad when it asks.")).trimmed();
            m_pin->setEnabled(!pin.protectedPath && !m_busy);
        }
        const int c = m_certificates->currentIndex();
        if (c >= 0 && c < m_certList.size()) {
            const CertificateInfo &i = m_certList.at(c).certificate.info();
            QStringList lines;
            lines << i.holderName();
            if (!i.rnokpp.isEmpty())
                lines << tr("RNOKPP %1").arg(i.rnokpp);
            if (!i.edrpou.isEmpty())
                lines << tr("EDRPOU %1, %2").arg(i.edrpou, i.organization);
            lines << tr("Issued by %1; valid %2 to %3")
                         .arg(i.issuerCommonName, i.notBefore.toString(QStringLiteral("dd.MM.yyyy")),
                              i.notAfter.toString(QStringLiteral("dd.MM.yyyy")));
            lines << (i.qualified() ? tr("Qualified certificate (KEP)") : tr("Not a qualified certificate"));
            details = lines.join(QLatin1Char('\n'));
        } else if (t >= 0) {
            details = tr("This token has no signing certificate.");
        }
    } else {
        m_pin->setEnabled(!m_busy);
        details = tr("The certificate is read from the key file after the password is entered.");
    }
    m_certDetails->setText(details);
    m_pinWarning->setText(warning);
    m_pinWarning->setVisible(!warning.isEmpty());
}

void LoginDialog::importTrust()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA certificates"), QString(),
        tr("Certificates and trusted lists (*.p7b *.cer *.crt *.der *.pem *.crl *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto people = StaffSql(m_session).employees();
    if (!people || !people->isEmpty()) {
        showError(tr("Only a manager who has logged in can change the trusted certificates."));
        return;
    }
    auto report = m_trust.importFile(path, m_clock.now());
    if (!report) {
        showError(report.error().message);
        return;
    }
    // A root in the file is trusted only when the manager confirms it, fingerprint in view.
    QStringList confirmed;
    for (const UnconfirmedRoot &root : std::as_const(report->unconfirmedRoots)) {
        if (MessageBox::confirmRoot(this, root.name, root.sha256))
            confirmed << root.sha256;
    }
    if (!confirmed.isEmpty()) {
        report = m_trust.importFile(path, m_clock.now(), confirmed);
        if (!report) {
            showError(report.error().message);
            return;
        }
    }
    showError(QString());
    QStringList said = QStringList{tr("%n certificate(s) added.", nullptr, int(report->added.size()))} + report->notes;
    if (!report->unconfirmedRoots.isEmpty())
        said << tr("%n root certificate(s) left out, not confirmed.", nullptr, int(report->unconfirmedRoots.size()));
    m_status->setText(said.join(QLatin1Char(' ')));
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_login->setEnabled(!busy);
    m_fileMode->setEnabled(!busy);
    m_tokenMode->setEnabled(!busy);
    m_trustButton->setEnabled(!busy);
    updateMode();
}

void LoginDialog::tryLogin()
{
    if (m_busy)
        return;
    showError(QString());
    const bool file = m_fileMode->isChecked();
    // Nothing typed is not a wrong password: say what to do, before the key is even opened.
    if (m_pin->isEmpty()) {
        showError(file ? tr("Enter the password of your key file.") : tr("Enter the PIN of your token."));
        m_pin->setFocus();
        return;
    }
    auto pin = std::make_shared<Secret>(m_pin->take());
    m_pin->clear();

    std::function<Result<std::unique_ptr<Signer>>()> open;
    if (file) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty()) {
            showError(tr("Choose your key file."));
            return;
        }
        open = [path, pin] { return KeyFile::open(path, *pin); };
    } else {
        const int t = m_tokens->currentIndex();
        const int c = m_certificates->currentIndex();
        if (!m_p11 || t < 0 || t >= m_tokenList.size()) {
            showError(tr("Choose a token; press Refresh after inserting it."));
            return;
        }
        if (c < 0 || c >= m_certList.size()) {
            showError(tr("Choose the signing certificate."));
            return;
        }
        const auto module = m_p11;
        const TokenInfo token = m_tokenList.at(t);
        const QByteArray id = m_certList.at(c).id;
        // Refuse before the PIN goes anywhere when the certificate itself cannot log in.
        if (Status s =
                Login(m_session, m_trust, m_clock).checkCertificate(m_certList.at(c).certificate, {}, Login::isDemo(m_session));
            !s) {
            showError(s.error().message);
            return;
        }
        open = [module, token, id, pin] { return module->login(token, id, *pin); };
    }

    setBusy(true, tr("Checking the key…"));
    Login::start(
        this, m_session, m_trust,
        [open, pin] {
            auto key = open();
            pin->clear();
            return key;
        },
        [this, file](Result<Login::Admitted> admitted) {
            setBusy(false);
            if (!admitted) {
                if (!file)
                    refreshTokens(); // the PIN state may have changed
                showError(admitted.error().message);
                return;
            }
            // Remembered for the next time, except the demo key: the next login may be the real one.
            if (!Login::isDemo(m_session)) {
                QSettings settings;
                settings.setValue(kModeKey, file ? QStringLiteral("file") : QStringLiteral("token"));
                if (file)
                    settings.setValue(kFileKey, m_file->text().trimmed());
                else
                    settings.setValue(kModuleKey, m_p11->path());
            }
            m_identity = admitted->identity;
            m_signer = admitted->signer;
            accept();
        },
        m_clock);
}

} // namespace kopii::ui
