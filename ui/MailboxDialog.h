// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Secret.h"

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kopii {
class MailboxSync;
class SqlSession;
} // namespace kopii

namespace kopii::ui {

class SecretEdit;

class FormField;

// Adds or edits a mailbox: server, security, account, folder, what happens after a message is
// stored. "Test connection" logs in for real and shows the server's capabilities, or the reason;
// an untrusted certificate is shown with its fingerprint and pinned only when the user says so.
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
    QLabel *testResult() const { return m_result; }
    bool isTesting() const { return m_testing; }

    void test();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void securityChanged();

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
    bool m_testing = false;
    bool m_portTouched = false;
};

} // namespace kopii::ui
