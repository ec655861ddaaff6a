// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "ui/ListPage.h"
#include "core/Result.h"
#include "core/Secret.h"
#include "core/SqlSession.h"

#include <QHash>

#include <memory>

class QLabel;
class QProgressBar;

namespace kopii {
class PasswordVault;
class SqlSession;
class BackgroundWatcher;
} // namespace kopii

namespace kopii::ui {

class MailboxTableModel;

// The e-mail boxes Kopii watches, each with its live status (connecting, syncing n of m, idle,
// error and the next retry). Only a manager adds, changes or removes them.
class MailboxesPage : public ListPage
{
    Q_OBJECT

public:
    MailboxesPage(AccessGuard &guard, SqlSession &store, PasswordVault &vault, QWidget *parent = nullptr);
    ~MailboxesPage() override;
    void reload() override;

    // Starts (or restarts) watching every mailbox and the workspace's drop folder.
    // The workspace database the watcher opens its own connection to.
    void setStoreOpener(SqlSession::ReaderOpener open) { m_openStore = std::move(open); }
    void startWatching(const QString &dropFolder);
    void stopWatching();
    QString status(RecordId mailboxId) const { return m_status.value(mailboxId); }
    // The progress bar of a first (or long) sync: `done` of `total` messages of the mailbox; (0, 0)
    // when its pass is over.
    void showProgress(RecordId mailboxId, int done, int total);
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }

Q_SIGNALS:
    // New submissions arrived (for the tray and the inbox).
    void newSubmissions(int count);

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslateUi() override;

private:
    bool saveMailbox(const Mailbox &mailbox, const SharedSecret &password, RecordId *id, Status *result);

    SqlSession &m_session;
    PasswordVault &m_vault;
    MailboxTableModel *m_model;
    BackgroundWatcher *m_watcher = nullptr;
    SqlSession::ReaderOpener m_openStore;
    QString m_dropFolder;
    QHash<RecordId, QString> m_status;
    QHash<RecordId, std::pair<int, int>> m_progressOf;
    QWidget *m_progressBox;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
};

} // namespace kopii::ui
