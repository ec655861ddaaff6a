// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "mail/MailboxSync.h"
#include "mail/MailboxTokens.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace kopii {

class DropFolder;
class Ingestor;
class SqlSession;

// Keeps watching: every mailbox through its own connection (IDLE or polling), reconnecting after
// errors with exponential back-off and jitter (5 s doubling up to 15 min), and the drop folder
// every few seconds. Status lines say what each mailbox is doing.
// On an office server several watchers may run (one per desk, for safety): each mailbox is
// watched by the one that holds its lead (SqlSession::tryLeadMailbox), the others stand by and
// try again every few seconds, so that one takes over when the leader dies or loses its
// connection to the server. A watcher whose own connection is lost says so (databaseLost) and
// watches nothing more: its leads are gone with it.
class Watcher : public QObject
{
    Q_OBJECT

public:
    using PasswordSource = std::function<Result<SharedSecret>(const Mailbox &)>;

    Watcher(SqlSession &store, Ingestor &ingestor, PasswordSource passwords, QObject *parent = nullptr);
    ~Watcher() override;

    void setDropFolder(const QString &path, int intervalMs = 3000);
    void setPollSeconds(int seconds) { m_pollSeconds = seconds; }
    // How often a standby tries to take the lead, and the connection is checked (default 5 s).
    void setLeadershipIntervalMs(int ms) { m_leadership.setInterval(ms); }
    void start(const QList<Mailbox> &mailboxes);
    void stop();

Q_SIGNALS:
    // "connecting", "syncing", "idle", "error: … (retry in 40 s)"; mailboxId 0 is the drop folder.
    void status(qint64 mailboxId, const QString &text);
    // New rows in the inbox after a pass: submissions stored, failed ones (shown with their reason)
    // included.
    void stored(qint64 mailboxId, int count);
    // Messages with documents taken in so far by the pass under way; (0, 0) when it is over.
    void progress(qint64 mailboxId, int done, int total);
    // This watcher leads the mailbox now (it watches it).
    void leading(qint64 mailboxId);
    // The connection to the database is gone: everything stopped; start again to go on.
    void databaseLost(const QString &message);
    // A mailbox that signs in with OAuth 2.0: the provider replaced its refresh token; store it
    // where the old one was (the keychain, the token file).
    void refreshTokenChanged(qint64 mailboxId, const SharedSecret &refreshToken);
    // The provider no longer accepts the mailbox's permission: it waits (no retries) until
    // somebody signs in again and the watcher starts anew. Its mail stays on the server.
    void signInNeeded(qint64 mailboxId, const QString &message);

private:
    void connectMailbox(const Mailbox &mailbox);
    void retryLater(const Mailbox &mailbox, const QString &error);
    void scanDropFolder();
    void checkLeadership();

    SqlSession &m_session;
    Ingestor &m_ingestor;
    PasswordSource m_passwords;
    int m_pollSeconds = 120;
    bool m_stopping = false;
    QHash<qint64, MailboxSync *> m_syncs;
    QHash<qint64, int> m_failures;
    QHash<qint64, QTimer *> m_retry;
    QHash<qint64, Mailbox> m_standby;        // led by another watcher
    QHash<qint64, MailboxTokens *> m_tokens; // mailboxes that sign in with OAuth 2.0
    QSet<qint64> m_leading;
    QTimer m_leadership;
    std::unique_ptr<DropFolder> m_drop;
    QTimer m_dropTimer;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace kopii
