// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "mail/ImapSession.h"
#include "mail/MailboxStore.h"
#include "mail/MailboxTokens.h"

#include "core/Result.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace kopii {

class MailboxStore;
class SqlSession;
class TrustStore;

// One pass over one mailbox folder: new messages only (UID above the last stored one, or all
// after a UIDVALIDITY change), candidates chosen by BODYSTRUCTURE, each downloaded with
// BODY.PEEK[] (never marks it read), stored, and only then the state advanced and the configured
// action (flag or move) applied. A message is stored once however often the sync is interrupted.
// The batches are stored by a MailboxStore on a thread of its own, while the next one downloads;
// the commands the server gets are the same, in the same order, as if each batch were stored
// before the next was asked for: FETCH 1, FETCH 2, the action on 1, FETCH 3, the action on 2…
class MailboxSync : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int newMessages = 0; // UIDs above the last stored one
        int candidates = 0;  // with PDF or P7S parts
        int stored = 0;
        int duplicates = 0;
        int failed = 0;     // stored as failed submissions
        QString error;      // why the pass stopped early, in the clerk's words; empty when it completed
        QString errorCause; // its technical cause (the server's own text, the socket's error), if any
        QStringList capabilities;
        QString fingerprint;
        // Set when the pass stopped at a server certificate nobody vouches for (and none was
        // pinned): its SHA-256 fingerprint, which the user may choose to pin.
        QString untrustedFingerprint;
        qint64 readingMs = 0; // time spent reading the messages (MIME, hashes) and routing them
        qint64 storageMs = 0; // time spent writing them (the rest is the network)
        int verified = 0;     // documents checked alongside (verifyAlongside)
        // The mailbox signs in with OAuth 2.0 and the provider no longer accepts Kopii's
        // permission: somebody has to sign in again; retrying does not help.
        bool signInAgain = false;
    };

    MailboxSync(SqlSession &store, Mailbox mailbox, SharedSecret password, QObject *parent = nullptr,
                const Clock &clock = Clock::system());
    ~MailboxSync() override;

    // Starts the pass; finished() follows.
    void start();
    // Only connects, logs in and opens the folder (kopii-cli mailbox test).
    void testOnly() { m_testOnly = true; }
    // Keeps the connection after a pass: IDLE when the server has it (renewed every
    // 10 minutes), else a poll every `pollSeconds`; each pass emits passFinished(). Ends only on an
    // error (finished(false)) or stop().
    void keepWatching(int pollSeconds = 120)
    {
        m_watch = true;
        m_pollSeconds = pollSeconds;
    }
    // Verifies the documents each batch stored while the next batch downloads (a job on the worker
    // threads, its results saved on this thread), so that a pass ends with what it took in checked:
    // finished() waits for the last check. `trust` must outlive the sync.
    void verifyAlongside(const TrustStore *trust) { m_trust = trust; }
    // Signs in with an OAuth 2.0 access token from `tokens` (the mailbox's provider) instead of the
    // password: a token the server refuses is refreshed once and tried again. `tokens` must
    // outlive the sync.
    void signInWith(MailboxTokens *tokens) { m_tokens = tokens; }
    void stop();
    const Report &report() const { return m_report; }

    // Whether a BODYSTRUCTURE has a part that looks like a PDF or a P7S.
    static bool hasDocuments(const ImapValue &bodyStructure);
    // Called on the store's thread for each message read (MIME, routing) before its batch's write
    // transaction opens: other desks and windows can write meanwhile. Set before start().
    void onMessageRead(std::function<void(qint64 uid)> hook) { m_onMessageRead = std::move(hook); }

Q_SIGNALS:
    void progress(int done, int total);
    void passFinished(const MailboxSync::Report &report);
    void idling();
    void finished(bool ok);

private:
    void signIn(bool retried = false);
    void loggedIn();
    void selected(const ImapResponse &tagged, const QList<ImapResponse> &untagged);
    void searchNew();
    void filter(QList<qint64> uids);
    void fetchNext();
    // The configured action on stored messages; then `then` (the next step), if any.
    void afterIngest(QList<qint64> uids, std::function<void()> then);
    // Hands a batch to the store (whole, or what arrived before the connection broke off).
    void submit(const QList<qint64> &batch, QHash<qint64, QByteArray> arrived, bool whole);
    void batchStored(const MailboxStore::Stored &result);
    void advance(qint64 uid, bool persist = true);
    void finish(const QString &error, const QString &cause = {});
    void verifyStored();
    void waitForMore();
    void nextPass();

    SqlSession &m_db;
    MailboxStore *m_store = nullptr; // made with the first batch
    std::function<void(qint64)> m_onMessageRead;
    Mailbox m_mailbox;
    SharedSecret m_password; // let go when the pass ends: the last holder wipes it
    const Clock &m_clock;
    ImapSession *m_session;
    Report m_report;
    bool m_testOnly = false;
    bool m_done = false;
    QList<qint64> m_queue;     // candidates to download, ascending
    QList<qint64> m_skipped;   // new UIDs without documents, ascending
    QList<qint64> m_batch;     // the UIDs being fetched, ascending
    qint64 m_submittedUid = 0; // the state passes this UID once the store has what it was given
    bool m_fetchHeld = false;  // the next FETCH waits for the result of the batch before last
    QString m_endError;        // the pass ends (why, if not empty) once the store has finished
    QString m_endCause;
    bool m_ending = false;
    QHash<qint64, QByteArray> m_arrived; // the batch's messages that arrived whole
    QHash<qint64, qint64> m_sizes;       // RFC822.SIZE of the candidates
    QHash<qint64, qint64> m_oversize;    // candidates too large to fetch (UID, size): stored as failed, never fetched
    QSet<qint64> m_leftOnServer;         // stored as failed but not taken in (too large, set aside): no after-ingest action
    int m_total = 0;
    bool m_watch = false;
    int m_pollSeconds = 120;
    QTimer m_timer; // IDLE renewal or the next poll
    const TrustStore *m_trust = nullptr;
    QPointer<MailboxTokens> m_tokens;
    bool m_verifying = false; // a verification job runs
    // The documents stored and not yet checked, with their bytes (their bytes held up to a limit;
    // beyond it, and once at the end of each pass, the store is asked what is still unchecked).
    QList<DocumentCopy> m_toVerify;
    QHash<RecordId, QDateTime> m_toVerifyReceived;
    qint64 m_toVerifyBytes = 0;
    bool m_askStore = false;  // documents wait in the store: ask it for them
    bool m_finishing = false; // the pass has ended; finished() waits for the job
    bool m_finishedOk = false;
};

} // namespace kopii
