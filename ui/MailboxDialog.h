// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Secret.h"

#include "core/Domain.h"
#include "core/Result.h"
#include "mail/OAuthClient.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kopii {
class MailboxSync;
class MailboxTokens;
class OAuthClient;
class SqlSession;
} // namespace kopii

namespace kopii::ui {

class SecretEdit;

class FormField;

// Adds or edits a mailbox: server, security, account, folder, what happens after a message is
// stored. "Test connection" logs in for real and shows the server's capabilities, or the reason;
// an untrusted certificate is shown with its fingerprint and pinned only when the user says so.
// A mailbox at Google, Microsoft 365 or an organisation's own provider signs in with OAuth 2.0:
// "Sign in…" opens the provider's page in the browser, and the permission it gives is what the
// keychain keeps in place of a password.
class MailboxDialog : public QDialog
{
    Q_OBJECT

public:
    // `password` is the one to keep: the saved one when the field was left empty, null when there is none.
    using SaveFunction = std::function<Status(const Mailbox &, const SharedSecret &password)>;

    // `saved`: the mailbox's password as this session knows it (null when none); the field starts
    // empty, and left empty, the saved password stays.
    MailboxDialog(const Mailbox &mailbox, const QList<Branch> &branches, SharedSecret saved, SqlSession &store, SaveFunction save,
                  QWidget *parent = nullptr);
    ~MailboxDialog() override;

    Mailbox mailbox() const;
    SharedSecret password() const; // what was typed, or the saved one
    FormField *field(const QString &id) const;
    QComboBox *securityBox() const { return m_security; }
    QComboBox *afterBox() const { return m_after; }
    SecretEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    // Sign-in: "password", "google", "microsoft" or "file" (an organisation's provider file).
    QComboBox *authBox() const { return m_auth; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *signInState() const { return m_signInState; }
    bool isSigningIn() const { return m_oauth != nullptr; }
    // Where the sign-in page is opened: the system browser; tests follow it themselves.
    static void setBrowserForTests(std::function<void(const QUrl &)> open);
    // The provider as the fields say (client id, tenant), or why not.
    Result<OAuthProvider> provider() const;
    void signIn();
    // The assistant: proposes server, security and sign-in from the e-mail address, and shows what
    // the provider asks of the office (switch IMAP on, an app password, forward elsewhere…).
    void fillFromAddress();
    QLabel *advice() const { return m_advice; }
    QLabel *testResult() const { return m_result; }
    bool isTesting() const { return m_testing; }

    void test();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);
    void signedIn(bool ok);
    void filled(bool imap);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void securityChanged();
    void authChanged();

    Mailbox m_mailbox;
    SqlSession &m_session;
    SaveFunction m_save;
    QList<FormField *> m_fields;
    QLabel *m_intro;
    QComboBox *m_branch;
    QLabel *m_branchLabel;
    QComboBox *m_security;
    QLabel *m_securityLabel;
    QSpinBox *m_port;
    QLabel *m_portLabel;
    SecretEdit *m_password;
    QLabel *m_passwordNote;
    SharedSecret m_saved;
    QLabel *m_passwordLabel;
    QComboBox *m_after;
    QLabel *m_afterLabel;
    QLineEdit *m_afterValue;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QComboBox *m_auth;
    QLabel *m_authLabel;
    QPushButton *m_signIn;
    QLabel *m_signInState;
    QHBoxLayout *m_signInRow;
    QPushButton *m_fill;
    QLabel *m_advice;
    QFormLayout *m_form;
    OAuthClient *m_oauth = nullptr; // a sign-in under way
    OAuthTokens m_tokens;           // what the last sign-in gave
    OAuthProvider m_discovered;     // the provider an issuer address described (OIDC Discovery)
    QString m_discoveredFrom;
    bool m_testing = false;
    bool m_saveAfterTest = false; // Save asked for the test: save when it succeeds
    bool m_testedOk = false;      // the last test succeeded, with these settings:
    Mailbox m_tested;
    bool m_portTouched = false;
};

} // namespace kopii::ui
