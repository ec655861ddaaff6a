// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Job.h"
#include "core/Secret.h"
#include "core/Workspace.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace kopii::ui {

class SecretEdit;

// "Connect to the office server": the server's name, the database, the person's name on it, the
// office's CA certificate and the password, as whoever set the server up gives them (or the whole
// postgresql:// address pasted into the server's field). Connect tries at once and says what is
// wrong in the dialog (server down, certificate, password) until it works or the person cancels.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    // `location` and `problem`: a server tried before (its fields filled in) and why it failed.
    explicit ServerDialog(const QString &location = QString(), const QString &problem = QString(), QWidget *parent = nullptr);
    ~ServerDialog() override;

    // After Connect: the open workspace, the password that opened it, and whether the person
    // wants it kept in the keychain.
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }
    SharedSecret password() const { return m_password; }
    bool rememberPassword() const;
    // The address that was tried last (never with a password).
    QString location() const;

    void accept() override;
    void reject() override;
    // Whether a connection is being tried (off the window's thread).
    bool isConnecting() const;

private:
    void fillFrom(const QString &location);
    void setConnecting(bool connecting);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_person;
    QLineEdit *m_ca;
    SecretEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_progress;
    QPushButton *m_connect;
    QList<QWidget *> m_fields;
    std::optional<CancelToken> m_connecting;
    std::unique_ptr<Workspace> m_workspace;
    SharedSecret m_password;
};

} // namespace kopii::ui
