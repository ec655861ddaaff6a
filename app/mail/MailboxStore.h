// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/SqlSession.h"
#include "mail/Ingestor.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace kopii {

// Stores a mailbox's fetched batches on a thread of its own, through a connection of its own, so
// that the sync goes on reading from the server while the disk works. Batches are stored one at a
// time, in the order given, each in one transaction together with the mailbox's new state (the
// crash safety of MailboxSync: a message is stored once however often Kopii is stopped); each
// result comes back as stored() on the thread that owns this object.
//
// Once a batch fails, every later batch is refused unstored: nothing after a failed batch may be
// stored, or the state would move past messages that were never stored.
class MailboxStore : public QObject
{
    Q_OBJECT

public:
    struct Batch
    {
        QList<qint64> uids;                // the batch's UIDs, ascending
        QHash<qint64, QByteArray> arrived; // the messages that arrived whole
        QHash<qint64, qint64> oversize;    // UIDs too large to fetch, with their size: failed submissions
        bool whole = true;                 // false: the connection broke off in the middle of the batch
        qint64 floor = 0;                  // the UID the state has passed once earlier batches are stored
        qint64 uidValidity = 0;            // the folder's, saved with the state
        // Filled by the store: the messages read ahead (MIME, hashes) while the batch before was
        // written (see readAhead()).
        QFuture<QHash<qint64, Ingestor::Read>> readAhead;
    };
    struct Stored
    {
        Status status;
        QList<qint64> uids; // the batch's UIDs, as submitted
        qint64 last = 0;    // the state moved past this UID (0: not moved)
        int stored = 0;
        int duplicates = 0;
        int failed = 0;
        QSet<qint64> leftOnServer; // stored as failed but not taken in (too large, set aside)
        qint64 readingMs = 0;
        qint64 storageMs = 0;
        // The documents stored, with their bytes, and when each was stored (by document id): for
        // verification, without reading them back from the store.
        QList<DocumentCopy> documents;
        QHash<RecordId, QDateTime> receivedAt;
    };

    // `open` opens the store's own connection on its thread (SqlSession::writerOpener).
    MailboxStore(SqlSession::ReaderOpener open, const Mailbox &mailbox, const Clock &clock, QObject *parent = nullptr);
    // Waits for the batch being stored, if any; batches not yet begun are dropped (their messages
    // are fetched again next time: the state never moved past them).
    ~MailboxStore() override;

    void submit(Batch batch);
    // Batches submitted whose result has not been delivered yet.
    int inFlight() const { return m_inFlight; }

    // On the store's thread, before each batch's write transaction opens, for each message read:
    // the read is done and nothing of the batch is written yet. Connect directly (tests use it to
    // write through another connection meanwhile).
    std::function<void(qint64 uid)> onMessageRead;

Q_SIGNALS:
    void stored(const kopii::MailboxStore::Stored &result);

private:
    // On the store's thread.
    void storeNext();
    Stored store(const Batch &batch);
    Status storeArrived(const Batch &batch, Stored &out);
    // `readAhead`: while this batch is written, the next one (waiting, or submitted meanwhile) may
    // be read (MIME, hashes) on the worker threads. Only in the ordinary way of storing: never when
    // an earlier attempt did not finish, so a message that stops Kopii is read ahead at most once
    // before the notes catch it (see the .cpp).
    Status storeMessages(const QList<qint64> &uids, qint64 last, const Batch &batch, bool setAsideFirst, bool readAhead,
                         Stored &out);
    // Starts reading the batch next in line, if it has not begun (m_queueMutex held).
    static void readAhead(Batch &next);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread: runs the batches
    int m_inFlight = 0;
    std::atomic_bool m_stopping{false};
    QMutex m_queueMutex;
    std::deque<Batch> m_queue;    // submitted, not yet begun (guarded by m_queueMutex)
    bool m_readAheadOpen = false; // a batch is written the ordinary way: the next may be read (m_queueMutex)
    // Store thread only:
    SqlSession::ReaderOpener m_open;
    std::unique_ptr<SqlSession> m_session;
    std::unique_ptr<Ingestor> m_ingestor;
    const Mailbox m_mailbox; // id and branch
    const Clock &m_clock;
    bool m_failed = false;
};

} // namespace kopii
