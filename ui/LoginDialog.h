// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "crypto/Login.h"
#include "crypto/Pkcs11Token.h"
#include "crypto/Signer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kopii {
class SqlSession;
class TrustStore;
} // namespace kopii

namespace kopii::ui {

class SecretEdit;

// The login with a qualified electronic signature: a key file or a token, the signing
// certificate, the PIN. Token calls and the proof of possession run on a worker thread; the
// certificate checks and the role come from Login on the UI thread.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(SqlSession &store, TrustStore &trust, QWidget *parent = nullptr, const Clock &clock = Clock::system());
    ~LoginDialog() override;

    // A line above the form, e.g. why the session was locked.
    void setNotice(const QString &text);

    // After Accepted: who logged in, and the key that stays open for the session.
    const Identity &identity() const { return m_identity; }
    std::shared_ptr<Signer> takeSigner() { return std::move(m_signer); }

    // For tests and for a choice remembered from the last time.
    void chooseKeyFile(const QString &path);
    void chooseToken(const QString &modulePath);
    SecretEdit *pinField() const { return m_pin; }
    QComboBox *tokenBox() const { return m_tokens; }
    QComboBox *certificateBox() const { return m_certificates; }
    QPushButton *loginButton() const { return m_login; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *pinWarningLabel() const { return m_pinWarning; }
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateMode();
    void refreshTokens();
    void showCertificate();
    void browseKeyFile();
    void browseModule();
    void importTrust();
    void tryLogin();
    void setBusy(bool busy, const QString &status = QString());
    void showError(const QString &text);
    // Runs `work` on a worker thread, then `done` on this dialog's thread.

    SqlSession &m_session;
    TrustStore &m_trust;
    const Clock &m_clock;
    Identity m_identity;
    std::shared_ptr<Signer> m_signer;
    std::shared_ptr<Pkcs11Module> m_p11;
    QList<TokenInfo> m_tokenList;
    QList<TokenCertificate> m_certList;
    QList<Result<QList<TokenCertificate>>> m_tokenCerts; // per token, read on the worker thread
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_notice;
    QRadioButton *m_fileMode;
    QRadioButton *m_tokenMode;
    QLineEdit *m_file;
    QPushButton *m_fileBrowse;
    QLineEdit *m_module;
    QPushButton *m_moduleBrowse;
    QComboBox *m_tokens;
    QPushButton *m_refresh;
    QComboBox *m_certificates;
    QLabel *m_certDetails;
    QLabel *m_pinLabel;
    SecretEdit *m_pin;
    QLabel *m_pinWarning;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_trustButton;
    QPushButton *m_login;
    QPushButton *m_cancel;
    QLabel *m_fileLabel;
    QLabel *m_moduleLabel;
    QLabel *m_tokenLabel;
    QLabel *m_certLabel;
};

} // namespace kopii::ui
