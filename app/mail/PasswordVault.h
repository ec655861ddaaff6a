#pragma once

#include "Domain.h"
#include "Result.h"

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

    using Read = std::function<void(const Result<QString> &password)>;
    // The keychain's answer, or the session's copy. Asynchronous.
    void read(RecordId mailboxId, Read done);
    // Stores in the keychain; `done(true)` when it took it, false when only the session keeps it.
    void write(RecordId mailboxId, const QString &password, std::function<void(bool inKeychain, const QString &why)> done);
    void remove(RecordId mailboxId);

    // The session's copies (always set by write, whatever the keychain said).
    bool has(RecordId mailboxId) const { return m_session.contains(mailboxId); }
    QString sessionPassword(RecordId mailboxId) const { return m_session.value(mailboxId); }
    void forgetSession();

    // Tests: pretend there is no keychain.
    static void disableKeychainForTests(bool disabled);

private:
    QString key(RecordId mailboxId) const;

    QString m_workspaceKey;
    QHash<RecordId, QString> m_session;
};

} // namespace kopii
