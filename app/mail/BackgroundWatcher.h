// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Secret.h"
#include "core/SqlSession.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace kopii {

class Ingestor;
class SqlSession;
class Watcher;

// The Watcher on a thread of its own, with its own connection to the workspace database: the
// IMAP traffic, MIME parsing and storing never hold up the window. Signals arrive on the thread
// that made this object. The passwords are given up front (the GUI reads them from the keychain
// before it starts watching).
class BackgroundWatcher : public QObject
{
    Q_OBJECT

public:
    // `openStore` opens the watcher's own connection to the workspace (SqlSession::writerOpener).
    BackgroundWatcher(SqlSession::ReaderOpener openStore, QObject *parent = nullptr);
    ~BackgroundWatcher() override;

    // Starts watching `mailboxes` (and `dropFolder`, unless empty); a mailbox without a password
    // in `passwords` reports that it needs one.
    void start(const QList<Mailbox> &mailboxes, const QHash<RecordId, SharedSecret> &passwords, const QString &dropFolder);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void status(qint64 mailboxId, const QString &text);
    void stored(qint64 mailboxId, int count);
    void progress(qint64 mailboxId, int done, int total);
    // A mailbox that signs in with OAuth 2.0 got a new refresh token: keep it in place of the old.
    void refreshTokenChanged(qint64 mailboxId, const kopii::SharedSecret &refreshToken);

private:
    SqlSession::ReaderOpener m_openStore;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<Ingestor> m_ingestor;
    Watcher *m_watcher = nullptr;
};

} // namespace kopii
