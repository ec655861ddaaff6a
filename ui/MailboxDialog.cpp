// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MailboxDialog.h"
#include "ui/SecretEdit.h"

#include "ui/FormField.h"
#include "mail/Ingestor.h"
#include "mail/MailboxSync.h"
#include "mail/MailPresets.h"
#include "mail/MailboxTokens.h"
#include "ui/MessageBox.h"
#include "ui/Widgets.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kopii::ui {

MailboxDialog::MailboxDialog(const Mailbox &mailbox, const QList<Branch> &branches, SharedSecret saved, SqlSession &store,
                             SaveFunction save, QWidget *parent)
    : QDialog(parent), m_mailbox(mailbox), m_session(store), m_save(std::move(save))
{
    setObjectName(QStringLiteral("MailboxDialog"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto line = [&](const QString &id, const QString &value) {
        auto *edit = new QLineEdit(value);
        auto *f = new FormField(form, id, edit, this);
        m_fields << f;
        return f;
    };
    // The assistant: from the address, the provider's settings and what it asks of the office.
    // A form of its own, with the advice under it outside any form (a wrapping label among the
    // main form's rows would leave the rows shown later without height, as with m_signInState).
    auto *addressForm = new QFormLayout;
    addressForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fields << new FormField(addressForm, QStringLiteral("address"), new QLineEdit, this);
    m_fill = new QPushButton;
    m_fill->setObjectName(QStringLiteral("fill"));
    m_advice = makeLabel();
    m_advice->setObjectName(QStringLiteral("advice"));
    m_advice->setWordWrap(true);
    m_advice->hide();
    auto *fillRow = new QHBoxLayout;
    fillRow->addWidget(m_fill);
    fillRow->addStretch(1);
    addressForm->addRow(QString(), fillRow);
    layout->addLayout(addressForm);
    layout->addWidget(m_advice);
    line(QStringLiteral("name"), mailbox.name);
    m_branchLabel = makeLabel();
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("branch"));
    m_branch->addItem(QString(), 0);
    for (const Branch &b : branches)
        m_branch->addItem(QStringLiteral("%1 (%2)").arg(b.name, b.email), b.id);
    m_branch->setCurrentIndex(qMax(0, m_branch->findData(mailbox.branchId)));
    m_branchLabel->setBuddy(m_branch);
    form->addRow(m_branchLabel, m_branch);
    line(QStringLiteral("host"), mailbox.host);
    m_securityLabel = makeLabel();
    m_security = new QComboBox;
    m_security->setObjectName(QStringLiteral("security"));
    for (auto s : {Mailbox::Security::Tls, Mailbox::Security::StartTls, Mailbox::Security::None})
        m_security->addItem(QString(), int(s));
    m_security->setCurrentIndex(m_security->findData(int(mailbox.security)));
    m_securityLabel->setBuddy(m_security);
    form->addRow(m_securityLabel, m_security);
    m_portLabel = makeLabel();
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(mailbox.port);
    m_portLabel->setBuddy(m_port);
    form->addRow(m_portLabel, m_port);
    line(QStringLiteral("user"), mailbox.user);
    const auto stored = mailbox.oauth.isEmpty() ? Result<OAuthProvider>(Error{}) : OAuthProvider::fromText(mailbox.oauth);
    m_authLabel = makeLabel();
    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("auth"));
    for (const char *id : {"password", "google", "microsoft", "file"})
        m_auth->addItem(QString(), QString::fromLatin1(id));
    m_auth->setCurrentIndex(stored ? qMax(m_auth->findData(stored->id), 3) : 0);
    m_authLabel->setBuddy(m_auth);
    form->addRow(m_authLabel, m_auth);
    line(QStringLiteral("clientId"), stored ? stored->clientId : QString());
    line(QStringLiteral("tenant"), stored && stored->id == QLatin1String("microsoft") ? stored->tenant : QString());
    line(QStringLiteral("providerFile"), QString());
    m_signIn = new QPushButton;
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signInState = makeLabel();
    m_signInState->setObjectName(QStringLiteral("signInState"));
    // One short line: a wrapping label in a row of the form would make Qt 6.4's QFormLayout give
    // the rows shown after it no height. What went wrong is said under the form (m_generalError).
    m_signInState->setWordWrap(false);
    m_signInRow = new QHBoxLayout;
    m_signInRow->addWidget(m_signIn);
    m_signInRow->addWidget(m_signInState, 1);
    form->addRow(QString(), m_signInRow);
    m_form = form;
    m_passwordLabel = makeLabel();
    // Typed into Kopii's own wiped buffer (review finding L5), never into a QLineEdit's strings.
    m_saved = std::move(saved);
    m_password = new SecretEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordLabel->setBuddy(m_password);
    m_passwordNote = makeLabel();
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setVisible(m_saved && !m_saved->isEmpty());
    auto *passwordBox = new QVBoxLayout;
    passwordBox->setContentsMargins(0, 0, 0, 0);
    passwordBox->addWidget(m_password);
    passwordBox->addWidget(m_passwordNote);
    form->addRow(m_passwordLabel, passwordBox);
    line(QStringLiteral("folder"), mailbox.folder);
    m_afterLabel = makeLabel();
    m_after = new QComboBox;
    m_after->setObjectName(QStringLiteral("afterIngest"));
    m_after->addItem(QString(), QStringLiteral("keep"));
    m_after->addItem(QString(), QStringLiteral("flag"));
    m_after->addItem(QString(), QStringLiteral("move"));
    m_afterValue = new QLineEdit;
    m_afterValue->setObjectName(QStringLiteral("afterValue"));
    const QString kind = mailbox.afterIngest.section(QLatin1Char(':'), 0, 0);
    m_after->setCurrentIndex(qMax(0, m_after->findData(kind)));
    m_afterValue->setText(mailbox.afterIngest.section(QLatin1Char(':'), 1));
    auto *afterRow = new QHBoxLayout;
    afterRow->addWidget(m_after);
    afterRow->addWidget(m_afterValue, 1);
    m_afterLabel->setBuddy(m_after);
    form->addRow(m_afterLabel, afterRow);
    line(QStringLiteral("pinSha256"), mailbox.pinSha256);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton;
    m_test->setObjectName(QStringLiteral("test"));
    m_result = makeLabel();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    m_generalError = makeErrorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);
    m_buttons = makeButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MailboxDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MailboxDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &MailboxDialog::test);
    connect(m_signIn, &QPushButton::clicked, this, &MailboxDialog::signIn);
    connect(m_fill, &QPushButton::clicked, this, &MailboxDialog::fillFromAddress);
    connect(qobject_cast<QLineEdit *>(field(QStringLiteral("address"))->input()), &QLineEdit::returnPressed, this,
            &MailboxDialog::fillFromAddress);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &MailboxDialog::authChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, &MailboxDialog::securityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, [this] { m_portTouched = true; });
    connect(m_after, &QComboBox::currentIndexChanged, this,
            [this] { m_afterValue->setEnabled(m_after->currentData().toString() != QLatin1String("keep")); });
    m_afterValue->setEnabled(m_after->currentData().toString() != QLatin1String("keep"));
    m_portTouched = mailbox.id != 0;
    retranslateUi();
    authChanged();
}

namespace {
std::function<void(const QUrl &)> &browser()
{
    static std::function<void(const QUrl &)> open = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    return open;
}
} // namespace

void MailboxDialog::fillFromAddress()
{
    const QString address = field(QStringLiteral("address"))->text();
    m_fill->setEnabled(false);
    QPointer<MailboxDialog> self(this);
    MailPresets::lookUp(address, this, [self](const Result<MailPreset> &r) {
        if (!self)
            return;
        self->m_fill->setEnabled(true);
        self->field(QStringLiteral("address"))->showErrors(r ? QList<FieldError>() : r.error().fields);
        if (!r) {
            self->m_advice->hide();
            return;
        }
        const MailPreset &p = *r;
        const QString advice = MailPresets::adviceText(p);
        self->m_advice->setText(advice);
        self->m_advice->setVisible(!advice.isEmpty());
        FormField::growToFit(self);
        // i.ua: nothing to fill in; the advice says where the mail can go instead.
        self->m_advice->setStyleSheet(p.imap ? QString() : QStringLiteral("color: #b00020;"));
        if (!p.imap) {
            Q_EMIT self->filled(false);
            return;
        }
        if (self->field(QStringLiteral("name"))->text().isEmpty())
            self->field(QStringLiteral("name"))->setText(p.address);
        self->field(QStringLiteral("host"))->setText(p.host);
        self->m_security->setCurrentIndex(self->m_security->findData(int(p.security)));
        self->m_port->setValue(p.port);
        self->field(QStringLiteral("user"))->setText(p.address);
        self->m_auth->setCurrentIndex(qMax(0, self->m_auth->findData(p.auth)));
        Q_EMIT self->filled(true);
    });
}

void MailboxDialog::setBrowserForTests(std::function<void(const QUrl &)> open)
{
    browser() = std::move(open);
}

void MailboxDialog::authChanged()
{
    const QString auth = m_auth->currentData().toString();
    const bool oauth = auth != QLatin1String("password");
    // A provider file may carry the client id; Google and Microsoft need the organisation's own.
    field(QStringLiteral("clientId"))->setLabelText(tr("Client id"), auth != QLatin1String("file"));
    m_form->setRowVisible(field(QStringLiteral("clientId"))->input(), oauth);
    m_form->setRowVisible(field(QStringLiteral("tenant"))->input(), auth == QLatin1String("microsoft"));
    m_form->setRowVisible(field(QStringLiteral("providerFile"))->input(), auth == QLatin1String("file"));
    m_form->setRowVisible(m_signInRow, oauth);
    m_form->setRowVisible(m_passwordLabel, !oauth);
    m_form->invalidate();
    FormField::growToFit(this);
    m_tokens = OAuthTokens();
    m_signInState->setText(oauth ? (m_saved && !m_saved->isEmpty() && !m_mailbox.oauth.isEmpty()
                                        ? tr("Signed in. Sign in again only if the provider asks for it.")
                                        : tr("Not signed in yet."))
                                 : QString());
}

Result<OAuthProvider> MailboxDialog::provider() const
{
    const QString auth = m_auth->currentData().toString();
    Result<OAuthProvider> p = Error{};
    if (auth == QLatin1String("file")) {
        const QString path = field(QStringLiteral("providerFile"))->text();
        if (path.startsWith(QLatin1String("https://")) || path.startsWith(QLatin1String("http://"))) {
            // The provider's issuer address: what it says of itself, read when "Sign in…" is pressed.
            if (m_discoveredFrom != path)
                return Error{Error::Code::Validation,
                             tr("Press \"Sign in…\": Kopii first asks %1 how to sign in there.").arg(path),
                             {FieldError{QStringLiteral("providerFile"), QStringLiteral("discovery"),
                                         tr("Provider: press \"Sign in…\" to read the provider's description.")}}};
            p = m_discovered;
        } else if (path.isEmpty() && !m_mailbox.oauth.isEmpty())
            p = OAuthProvider::fromText(m_mailbox.oauth);
        else if (path.isEmpty())
            return Error{Error::Code::Validation,
                         tr("Choose the provider file your administrator gave you."),
                         {FieldError{QStringLiteral("providerFile"), QStringLiteral("required"),
                                     tr("Provider file: choose the file your administrator gave you.")}}};
        else
            p = OAuthProvider::fromFile(path);
    } else {
        p = OAuthProvider::byIdOrFile(auth);
    }
    if (!p)
        return p;
    OAuthProvider provider = *p;
    if (!field(QStringLiteral("clientId"))->text().isEmpty())
        provider.clientId = field(QStringLiteral("clientId"))->text();
    if (auth == QLatin1String("microsoft") && !field(QStringLiteral("tenant"))->text().isEmpty())
        provider.tenant = field(QStringLiteral("tenant"))->text();
    if (provider.clientId.isEmpty())
        return Error{Error::Code::Validation,
                     tr("Enter the client id of the application your organisation registered with %1.").arg(provider.name),
                     {FieldError{QStringLiteral("clientId"), QStringLiteral("required"),
                                 tr("Client id: the id of the application your organisation registered with %1 (the "
                                    "manual's chapter on Google and Microsoft says how).")
                                     .arg(provider.name)}}};
    return provider;
}

void MailboxDialog::signIn()
{
    if (m_oauth)
        return;
    const QString address = field(QStringLiteral("providerFile"))->text();
    if (m_auth->currentData().toString() == QLatin1String("file") && address != m_discoveredFrom
        && (address.startsWith(QLatin1String("https://")) || address.startsWith(QLatin1String("http://")))) {
        m_signIn->setEnabled(false);
        m_signInState->setText(tr("Asking the provider…"));
        QPointer<MailboxDialog> self(this);
        discoverOAuthProvider(QUrl(address), this, [self, address](const Result<OAuthProvider> &r) {
            if (!self)
                return;
            self->m_signIn->setEnabled(true);
            if (!r) {
                self->m_signInState->setText(tr("Not signed in."));
                self->m_generalError->setText(r.error().message);
                self->m_generalError->show();
                Q_EMIT self->signedIn(false);
                return;
            }
            self->m_discovered = *r;
            self->m_discoveredFrom = address;
            self->signIn();
        });
        return;
    }
    const auto p = provider();
    for (FormField *f : std::as_const(m_fields))
        f->showErrors(p ? QList<FieldError>() : p.error().fields);
    if (!p) {
        m_generalError->setText(p.error().message);
        m_generalError->show();
        return;
    }
    m_generalError->hide();
    m_oauth = new OAuthClient(*p, Clock::system(), this);
    m_signIn->setEnabled(false);
    m_signInState->setText(tr("Finish the sign-in in the browser window that opened…"));
    m_oauth->authorize(
        field(QStringLiteral("user"))->text(), [](const QUrl &url) { browser()(url); },
        [this](const Result<OAuthTokens> &r) {
            m_oauth->deleteLater();
            m_oauth = nullptr;
            m_signIn->setEnabled(true);
            if (!r) {
                m_signInState->setText(tr("Not signed in."));
                m_generalError->setText(r.error().message);
                m_generalError->show();
                Q_EMIT signedIn(false);
                return;
            }
            m_tokens = *r;
            m_generalError->hide();
            m_signInState->setText(r->refresh ? tr("Signed in. Test the connection, then save.")
                                              : tr("Signed in for an hour only."));
            if (!r->refresh) {
                m_generalError->setText(tr("The provider gave no lasting permission: Kopii would have to ask again within "
                                           "the hour. Check that the application may ask for offline access."));
                m_generalError->show();
            }
            Q_EMIT signedIn(bool(r->refresh));
        });
}

MailboxDialog::~MailboxDialog()
{
    m_password->clear();
}

FormField *MailboxDialog::field(const QString &id) const
{
    for (FormField *f : m_fields)
        if (f->id() == id)
            return f;
    return nullptr;
}

void MailboxDialog::retranslateUi()
{
    setWindowTitle(m_mailbox.id ? tr("Mailbox") : tr("New mailbox"));
    m_intro->setText(tr("The e-mail box that receives a branch's copies. Kopii reads new messages without marking them "
                        "read and stores each one once. The password goes to the system's keychain, never into Kopii's "
                        "files."));
    field(QStringLiteral("address"))->setLabelText(tr("E-mail address"), false);
    field(QStringLiteral("address"))->setPlaceholder(tr("the mailbox's address: Kopii proposes the rest"));
    m_fill->setText(tr("&Fill in from the address"));
    field(QStringLiteral("name"))->setLabelText(tr("Name"), true);
    field(QStringLiteral("name"))->setPlaceholder(tr("e.g. Central office"));
    m_branchLabel->setText(tr("&Branch:"));
    m_branch->setItemText(0, tr("Shared: by the address each message was sent to"));
    field(QStringLiteral("host"))->setLabelText(tr("IMAP server"), true);
    field(QStringLiteral("host"))->setPlaceholder(tr("e.g. imap.ukr.net"));
    m_securityLabel->setText(tr("&Security:"));
    m_security->setItemText(0, tr("TLS (port 993) — recommended"));
    m_security->setItemText(1, tr("STARTTLS (port 143)"));
    m_security->setItemText(2, tr("None — only for a server on this computer"));
    m_portLabel->setText(tr("&Port:"));
    field(QStringLiteral("user"))->setLabelText(tr("User"), true);
    field(QStringLiteral("user"))->setPlaceholder(tr("usually the e-mail address"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordNote->setText(tr("A password is saved for this mailbox. Leave the field empty to keep it, or type a new one."));
    m_authLabel->setText(tr("Sign-&in:"));
    m_auth->setItemText(0, tr("Password"));
    m_auth->setItemText(1, tr("Google account (Gmail, Google Workspace)"));
    m_auth->setItemText(2, tr("Microsoft 365 account (Outlook, Exchange Online)"));
    m_auth->setItemText(3, tr("Organisation's own provider (a file from the administrator)"));
    field(QStringLiteral("clientId"))->setLabelText(tr("Client id"), m_auth->currentData().toString() != QLatin1String("file"));
    field(QStringLiteral("clientId"))->setPlaceholder(tr("the application your organisation registered"));
    field(QStringLiteral("tenant"))->setLabelText(tr("Tenant"), false);
    field(QStringLiteral("tenant"))->setPlaceholder(tr("your organisation's domain or tenant id; empty: any"));
    field(QStringLiteral("providerFile"))->setLabelText(tr("Provider"), true);
    field(QStringLiteral("providerFile"))->setPlaceholder(tr("a .json file, or the provider's address (https://…)"));
    m_signIn->setText(tr("Sign &in…"));
    field(QStringLiteral("folder"))->setLabelText(tr("Folder"), false);
    m_afterLabel->setText(tr("&After storing:"));
    m_after->setItemText(0, tr("leave the message as it is"));
    m_after->setItemText(1, tr("mark it with the keyword"));
    m_after->setItemText(2, tr("move it to the folder"));
    field(QStringLiteral("pinSha256"))->setLabelText(tr("Pinned certificate"), false);
    field(QStringLiteral("pinSha256"))
        ->setPlaceholder(tr("SHA-256; only for a server whose certificate no authority vouches for"));
    m_test->setText(tr("&Test connection"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MailboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MailboxDialog::securityChanged()
{
    if (m_portTouched)
        return;
    const auto s = Mailbox::Security(m_security->currentData().toInt());
    const QSignalBlocker block(m_port);
    m_port->setValue(s == Mailbox::Security::Tls ? 993 : 143);
}

Mailbox MailboxDialog::mailbox() const
{
    Mailbox m = m_mailbox;
    m.name = field(QStringLiteral("name"))->text();
    m.branchId = m_branch->currentData().toLongLong();
    m.host = field(QStringLiteral("host"))->text();
    m.security = Mailbox::Security(m_security->currentData().toInt());
    m.port = m_port->value();
    m.user = field(QStringLiteral("user"))->text();
    m.folder = field(QStringLiteral("folder"))->text();
    const QString after = m_after->currentData().toString();
    m.afterIngest = after == QLatin1String("keep") ? after : after + QLatin1Char(':') + m_afterValue->text().trimmed();
    m.pinSha256 = field(QStringLiteral("pinSha256"))->text().trimmed();
    m.oauth.clear();
    if (m_auth->currentData().toString() != QLatin1String("password")) {
        const auto p = provider();
        // An incomplete provider is kept as far as it goes: saving says what is missing.
        m.oauth = p ? QString::fromUtf8(QJsonDocument(p->toJson()).toJson(QJsonDocument::Compact))
                    : QStringLiteral("{\"id\":\"%1\"}").arg(m_auth->currentData().toString());
    }
    return m;
}

SharedSecret MailboxDialog::password() const
{
    if (m_auth->currentData().toString() != QLatin1String("password"))
        return m_tokens.refresh ? m_tokens.refresh : (m_mailbox.oauth.isEmpty() ? SharedSecret() : m_saved);
    if (m_password->isEmpty())
        return m_saved;
    return share(m_password->copy());
}

void MailboxDialog::test()
{
    if (m_testing)
        return;
    Mailbox m = mailbox();
    m.id = 0; // a trial: no state is written
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    // The trial pass only logs in and opens the folder: nothing is stored.
    const bool oauth = !m.oauth.isEmpty();
    const auto p = oauth ? provider() : Result<OAuthProvider>(Error{});
    if (oauth && (!p || !password())) {
        m_testing = false;
        m_test->setEnabled(true);
        m_result->setText(!p ? p.error().message : tr("Sign in first (the \"Sign in…\" button)."));
        m_saveAfterTest = false;
        Q_EMIT testFinished(false);
        return;
    }
    auto *sync = new MailboxSync(m_session, m, oauth ? SharedSecret() : password(), this);
    if (oauth) {
        auto *tokens = new MailboxTokens(*p, password(), Clock::system(), sync);
        if (m_tokens.access)
            tokens->setTokens(m_tokens);
        sync->signInWith(tokens);
    }
    sync->testOnly();
    connect(sync, &MailboxSync::finished, this, [this, sync, tested = mailbox()](bool ok) {
        const MailboxSync::Report r = sync->report();
        sync->deleteLater();
        m_testing = false;
        m_test->setEnabled(true);
        const bool saveAfter = std::exchange(m_saveAfterTest, false);
        if (ok) {
            m_testedOk = true;
            m_tested = tested;
            if (saveAfter)
                QMetaObject::invokeMethod(this, &MailboxDialog::accept, Qt::QueuedConnection);
            const bool idle = r.capabilities.contains(QStringLiteral("IDLE"));
            m_result->setText(tr("Connected and logged in; the folder opens.") + QLatin1Char(' ')
                              + (idle ? tr("The server announces new mail at once.")
                                      : tr("The server does not announce new mail; Kopii will check every two minutes.")));
            m_result->setToolTip(plainToolTip(tr("The server offers: %1").arg(r.capabilities.join(QLatin1Char(' ')))));
            Q_EMIT testFinished(true);
            return;
        }
        m_result->setText(r.errorCause.isEmpty() ? r.error
                                                 : r.error + QLatin1Char('\n') + tr("Technical cause: %1").arg(r.errorCause));
        // A certificate nobody vouches for: the user may pin exactly this one.
        if (!r.untrustedFingerprint.isEmpty() && field(QStringLiteral("pinSha256"))->text().isEmpty()
            && MessageBox::confirm(this, tr("Server certificate"),
                                   tr("No certificate authority vouches for this server's certificate. Its SHA-256 "
                                      "fingerprint is:\n\n%1\n\nTrust it only if your provider or administrator confirms "
                                      "this fingerprint. Kopii will then accept exactly this certificate.")
                                       .arg(r.untrustedFingerprint),
                                   tr("Trust this certificate"), false)) {
            field(QStringLiteral("pinSha256"))->setText(r.untrustedFingerprint);
            m_result->setText(tr("Certificate pinned; testing again…"));
            QMetaObject::invokeMethod(this, &MailboxDialog::test, Qt::QueuedConnection);
            return;
        }
        if (saveAfter
            && MessageBox::confirm(this, tr("Save mailbox"),
                                   tr("Kopii could not connect to this mailbox:\n\n%1\n\nSave it anyway? Kopii will keep "
                                      "trying, and the Mailboxes list shows what goes wrong.")
                                       .arg(r.error),
                                   tr("Save anyway"), false)) {
            m_testedOk = true;
            m_tested = tested;
            QMetaObject::invokeMethod(this, &MailboxDialog::accept, Qt::QueuedConnection);
        }
        Q_EMIT testFinished(false);
    });
    sync->start();
}

void MailboxDialog::accept()
{
    m_generalError->hide();
    // A new mailbox is saved once Kopii could connect, sign in and open its folder with exactly
    // these settings: the test runs first when it has not, and its result says what to fix.
    if (m_mailbox.id == 0 && !(m_testedOk && m_tested == mailbox())) {
        if (m_testing)
            return;
        m_saveAfterTest = true;
        test();
        return;
    }
    const Status saved = m_save(mailbox(), password());
    if (!saved) {
        const Error &e = saved.error();
        bool placed = false;
        for (FormField *f : std::as_const(m_fields))
            if (f->showErrors(e.fields)) {
                if (!placed)
                    f->input()->setFocus();
                placed = true;
            }
        if (!placed) {
            m_generalError->setText(e.message);
            m_generalError->show();
        }
        return;
    }
    QDialog::accept();
}

} // namespace kopii::ui
