// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/Secret.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace kopii {

// Mailbox passwords in the OS keychain (Secret Service, Keychain, Credential Manager through
// QtKeychain), never in settings, the database or a log. When no keychain answers, a password
// lives in memory for this session only (the GUI then asks again next time).
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    // `workspaceKey` keeps the passwords of different workspaces apart.
    explicit PasswordVault(QString workspaceKey, QObject *parent = nullptr);
    ~PasswordVault() override;

    using Read = std::function<void(const Result<SharedSecret> &password)>;
    // The keychain's answer, or the session's copy. Asynchronous.
    void read(RecordId mailboxId, Read done);
    // Stores in the keychain; `done(true)` when it took it, false when only the session keeps it.
    // The keychain library keeps copies of its own on the way (out of Kopii's reach, like Qt's key
    // events); Kopii's copy is the shared Secret, wiped when its last holder lets go.
    void write(RecordId mailboxId, SharedSecret password, std::function<void(bool inKeychain, const QString &why)> done);
    void remove(RecordId mailboxId);

    // The session's copies (always set by write, whatever the keychain said).
    bool has(RecordId mailboxId) const { return m_session.contains(mailboxId); }
    SharedSecret sessionPassword(RecordId mailboxId) const { return m_session.value(mailboxId); }
    void forgetSession();

    // Tests: pretend there is no keychain.
    static void disableKeychainForTests(bool disabled);

private:
    QString key(RecordId mailboxId) const;

    QString m_workspaceKey;
    QHash<RecordId, SharedSecret> m_session;
};

} // namespace kopii
