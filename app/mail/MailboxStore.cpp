// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxStore.h"

#include "core/CrashPoint.h"
#include "mail/ImapParser.h"
#include "mail/Ingestor.h"
#include "mail/MailLog.h"
#include "mail/MailboxSql.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace kopii {

MailboxStore::MailboxStore(SqlSession::ReaderOpener open, const Mailbox &mailbox, const Clock &clock, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new QObject), m_open(std::move(open)), m_mailbox(mailbox), m_clock(clock)
{
    m_thread->setObjectName(QStringLiteral("kopii-mailbox-store"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

MailboxStore::~MailboxStore()
{
    m_stopping = true; // batches not yet begun are skipped
    // The connection is closed on the thread that opened it, after the batch being stored.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            QMutexLocker lock(&m_queueMutex);
            for (Batch &waiting : m_queue)
                waiting.readAhead.waitForFinished();
            lock.unlock();
            m_ingestor.reset();
            m_session.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void MailboxStore::submit(Batch batch)
{
    ++m_inFlight;
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue.push_back(std::move(batch));
        if (m_readAheadOpen && m_queue.size() == 1)
            readAhead(m_queue.front()); // the batch being written is the one before it
    }
    QMetaObject::invokeMethod(
        m_worker, [this] { storeNext(); }, Qt::QueuedConnection);
}

void MailboxStore::storeNext()
{
    if (m_stopping)
        return;
    Batch batch;
    {
        QMutexLocker lock(&m_queueMutex);
        if (m_queue.empty())
            return;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
    }
    Stored result = store(batch);
    // `this` lives until the destructor has waited for this job; a result posted to it and not yet
    // delivered is dropped with it.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            --m_inFlight;
            Q_EMIT stored(result);
        },
        Qt::QueuedConnection);
}

void MailboxStore::readAhead(Batch &next)
{
    if (next.readAhead.isValid() || next.uids.isEmpty())
        return;
    next.readAhead = QtConcurrent::run([arrived = next.arrived] { // the messages' bytes are shared, not copied
        crashPoint("mail.read-ahead"); // the next batch read while this one is written; no note of its own
        QHash<qint64, Ingestor::Read> read;
        for (auto it = arrived.cbegin(); it != arrived.cend(); ++it)
            read.insert(it.key(), Ingestor::read(it.value()));
        return read;
    });
}

MailboxStore::Stored MailboxStore::store(const Batch &batch)
{
    Stored out;
    out.uids = batch.uids;
    if (m_failed) {
        out.status = Error{Error::Code::Internal, tr("An earlier part of this download could not be stored."), {}};
        return out;
    }
    if (!m_session) {
        Result<std::unique_ptr<SqlSession>> opened = m_open();
        if (!opened) {
            m_failed = true;
            out.status = opened.error();
            return out;
        }
        m_session = std::move(opened).value();
        m_ingestor = std::make_unique<Ingestor>(*m_session, m_clock);
    }
    out.status = storeArrived(batch, out);
    if (!out.status) {
        m_failed = true;
        return out;
    }
    crashPoint("mail.batch-stored"); // stored and committed, the server not yet told
    return out;
}

Status MailboxStore::storeArrived(const Batch &batch, Stored &out)
{
    // Whole: every message that arrived, the state past the batch. Broken off: the messages
    // from the batch's start up to the first one missing, the state past the last of them.
    QList<qint64> uids;
    for (qint64 uid : batch.uids) {
        if (batch.arrived.contains(uid) || batch.oversize.contains(uid))
            uids << uid;
        else if (!batch.whole)
            break;
    }
    const qint64 last = batch.whole ? batch.uids.value(batch.uids.size() - 1, 0) : uids.value(uids.size() - 1, 0);
    if (last <= batch.floor)
        return {};
    if (uids.isEmpty())
        return storeMessages({}, last, batch, false, false, out);
    // A message that stops Kopii while it is read (a crash, the service being killed) would be
    // fetched again at every start, and no message after it would ever arrive (review finding
    // H6). So the start of reading is noted first: after one attempt that never finished, the
    // batch is read one message at a time; a message whose reading has begun twice before
    // without finishing is set aside as a failed submission (it stays on the server).
    const auto attempts = MailboxSql(*m_session).noteMailboxAttempt(m_mailbox.id, uids.first());
    if (!attempts)
        return attempts.error();
    if (*attempts == 1)
        return storeMessages(uids, last, batch, false, true, out);
    qCInfo(lcMail) << "an earlier attempt to store these messages did not finish; reading them one at a time";
    for (qsizetype i = 0; i < uids.size(); ++i) {
        const qint64 uid = uids.at(i);
        if (i > 0)
            if (const auto noted = MailboxSql(*m_session).noteMailboxAttempt(m_mailbox.id, uid); !noted)
                return noted.error();
        if (Status s = storeMessages({uid}, i + 1 == uids.size() ? last : uid, batch, i == 0 && *attempts >= 3, false, out); !s)
            return s;
    }
    return {};
}

Status MailboxStore::storeMessages(const QList<qint64> &uids, qint64 last, const Batch &batch, bool setAsideFirst, bool readAhead,
                                   Stored &out)
{
    QList<IngestResult> results;
    QElapsedTimer storing;
    storing.start();
    const Ingestor::Batch routing(*m_ingestor);
    // Read (MIME, routing) before the write transaction: a hostile message costs reading time,
    // never the write lock that every other desk and window waits for.
    QList<Ingestor::Prepared> prepared;
    QList<qsizetype> toRead; // indexes into `uids` and `prepared` of the messages to read
    QSet<qint64> leftOnServer;
    for (qint64 uid : uids) {
        if (setAsideFirst && uid == uids.first()) {
            qCWarning(lcMail) << "a message stopped Kopii twice while it was read; set aside";
            const QByteArray key = "kopii-set-aside\0" + QByteArray::number(m_mailbox.id) + ':'
                + QByteArray::number(batch.uidValidity) + ':' + QByteArray::number(uid);
            leftOnServer.insert(uid);
            prepared << m_ingestor->prepareUnreadable(
                tr("Kopii stopped twice while reading this message, so it was set aside to let the messages after it "
                   "arrive. It stays in the mailbox on the server (message number %1): open it in a mail program to see "
                   "what it is, and tell Kopii's support.")
                    .arg(uid),
                key, QStringLiteral("mailbox"), m_mailbox.id, m_mailbox.branchId);
        } else if (const auto size = batch.oversize.constFind(uid); size != batch.oversize.constEnd()) {
            leftOnServer.insert(uid);
            const QByteArray key = "kopii-not-fetched\0" + QByteArray::number(m_mailbox.id) + ':'
                + QByteArray::number(batch.uidValidity) + ':' + QByteArray::number(uid);
            prepared << m_ingestor->prepareUnreadable(
                tr("This message is %1 MB, more than the %2 MB Kopii reads, so it was not downloaded. It stays in the "
                   "mailbox on the server (message number %3): open it in a mail program to see what it is.")
                    .arg(QString::number(double(*size) / (1024 * 1024), 'f', 1))
                    .arg(ImapParser::kMaxLiteral / (1024 * 1024))
                    .arg(uid),
                key, QStringLiteral("mailbox"), m_mailbox.id, m_mailbox.branchId);
        } else {
            toRead << prepared.size();
            prepared << Ingestor::Prepared{}; // read below, with the others
        }
    }
    // The messages' bytes are read (MIME, hashes) on the worker threads at once; routing, which
    // asks the store, follows here in the order of the UIDs.
    crashPoint("mail.batch-reading"); // its reading noted (noteMailboxAttempt), not finished
    // Read ahead while the batch before was written (see readAhead), or now. Only the ordinary
    // way of storing uses what was read ahead; message by message, each is read anew.
    QHash<qint64, Ingestor::Read> readBefore;
    if (QFuture<QHash<qint64, Ingestor::Read>> before = batch.readAhead; before.isValid()) {
        if (readAhead)
            readBefore = before.result();
        else
            before.waitForFinished();
    }
    const QHash<qint64, QByteArray> &arrived = batch.arrived;
    const QList<Ingestor::Read> read = QtConcurrent::blockingMapped(toRead, [&arrived, &uids, &readBefore](qsizetype i) {
        const qint64 uid = uids.at(i);
        if (const auto known = readBefore.constFind(uid); known != readBefore.constEnd())
            return *known;
        return Ingestor::read(arrived.value(uid));
    });
    for (qsizetype k = 0; k < toRead.size(); ++k) {
        const qsizetype i = toRead.at(k);
        prepared[i] =
            m_ingestor->route(read.at(k), arrived.value(uids.at(i)), QStringLiteral("mailbox"), m_mailbox.id, m_mailbox.branchId);
    }
    // Each knows its place in the mailbox: stored once, whichever watcher stores it.
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        prepared[i].submission.uidValidity = batch.uidValidity;
        prepared[i].submission.uid = uids.at(i);
    }
    if (onMessageRead)
        for (qint64 uid : uids)
            onMessageRead(uid);
    out.readingMs += storing.restart();
    // The next batch is read while this one is written. It has no note of its own yet: should
    // reading it stop Kopii, the next start notes and reads it again in the ordinary way (or, if
    // this batch's commit did not happen, reads this one message by message first), so a message
    // that stops Kopii is read ahead at most once before the notes set it aside.
    if (readAhead) {
        QMutexLocker lock(&m_queueMutex);
        m_readAheadOpen = true;
        if (!m_queue.empty())
            MailboxStore::readAhead(m_queue.front());
    }
    const Status done = m_session->writeTransaction([&]() -> Status {
        for (const Ingestor::Prepared &message : std::as_const(prepared)) {
            const auto stored = m_ingestor->storePrepared(message);
            if (!stored)
                return stored.error();
            results << *stored;
            crashPoint("mail.message-written"); // in the batch's open transaction
        }
        return MailboxSql(*m_session).saveMailboxState(m_mailbox.id, batch.uidValidity, last, m_clock.now(), QString());
    });
    out.storageMs += storing.elapsed();
    {
        QMutexLocker lock(&m_queueMutex);
        m_readAheadOpen = false;
    }
    if (!done)
        return done;
    for (const IngestResult &result : std::as_const(results)) {
        if (result.duplicate)
            ++out.duplicates;
        else if (result.failed)
            ++out.failed;
        else
            ++out.stored;
        for (const DocumentCopy &d : result.stored)
            out.receivedAt.insert(d.id, result.receivedAt);
        out.documents << result.stored;
    }
    out.leftOnServer.unite(leftOnServer);
    out.last = last;
    return {};
}

} // namespace kopii
