// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/Clock.h"
#include "core/Domain.h"
#include "mail/MimeParser.h"
#include "core/Result.h"
#include "inbox/RawMessage.h"

#include <QCoreApplication>

namespace kopii {

class SqlSession;

// What storing one message came to.
struct IngestResult
{
    RecordId id = 0;        // the stored submission (0 for a duplicate)
    bool duplicate = false; // this exact message was stored before: nothing written
    bool failed = false;    // stored as a failed submission (unreadable, no documents)
    QString reason;         // why it failed
    int documents = 0;
    // The stored documents, with their ids and bytes, and when they were stored: the mail sync
    // hands them to verification without reading them back.
    QList<DocumentCopy> stored;
    QDateTime receivedAt;
};

// Turns messages (or loose files) into submissions: parses, routes to the branch by the address
// the message was sent to, and stores the submission, its documents and the raw message in one
// transaction. The same message is stored once (by content hash); a message that cannot be read
// is stored as a failed submission with the reason, so that nothing is lost silently.
class Ingestor
{
    Q_DECLARE_TR_FUNCTIONS(Ingestor)

public:
    explicit Ingestor(SqlSession &store, const Clock &clock = Clock::system());

    Result<IngestResult> ingestMessage(const QByteArray &raw, const QString &source, RecordId mailboxId = 0,
                                       RecordId branchId = 0);

    // The same in two steps, so that a caller that stores several messages in one transaction
    // reads them (MIME, routing) before it starts it: the write lock is held only for writing.
    struct Prepared
    {
        Submission submission;
        RawMessage raw; // as stored: without the documents' encoded bodies
    };
    Prepared prepareMessage(const QByteArray &raw, const QString &source, RecordId mailboxId = 0, RecordId branchId = 0);
    // prepareMessage in two halves: read() touches only the bytes (MIME, hashes), so that several
    // messages are read at once on the worker threads; route() then finds the branch and the
    // service in the store, on the store's thread.
    struct Read
    {
        QByteArray contentHash;
        Result<ParsedMessage> parsed = Error{};
        RawMessage stored; // the message as stored (RawMessage::strip)
    };
    static Read read(const QByteArray &raw);
    Prepared route(Read read, const QByteArray &raw, const QString &source, RecordId mailboxId = 0, RecordId branchId = 0);
    Result<IngestResult> storePrepared(const Prepared &prepared);
    // A message Kopii could not take in at all (e.g. too large to download): a failed submission
    // with `reason`, stored once per `key` (e.g. mailbox and UID).
    Prepared prepareUnreadable(const QString &reason, const QByteArray &key, const QString &source, RecordId mailboxId,
                               RecordId branchId);
    // Files saved by hand (PDF/P7S pairs): one submission named by `label`.
    Result<IngestResult> ingestFiles(const QList<MimeParser::File> &files, const QString &source, const QString &label);

    static QByteArray contentHash(const QByteArray &raw);
    const Clock &clock() const { return m_clock; }

    // While one lives, routing reads the branches and services once, not per message (a
    // mailbox's batch); the next batch reads them anew, so an edit in between counts.
    class Batch
    {
    public:
        explicit Batch(Ingestor &ingestor) : m_ingestor(ingestor) { m_ingestor.m_batching = true; }
        ~Batch()
        {
            m_ingestor.m_batching = false;
            m_ingestor.m_branches.reset();
            m_ingestor.m_services.reset();
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        Ingestor &m_ingestor;
    };

private:
    Result<IngestResult> store(Submission submission, const RawMessage &raw);
    RecordId branchFor(const QStringList &recipients);
    RecordId serviceFor(RecordId branchId, const QString &subject);

    const QList<Branch> *branches();
    const QList<Service> *services();

    SqlSession &m_session;
    const Clock &m_clock;
    bool m_batching = false;
    std::optional<QList<Branch>> m_branches;
    std::optional<QList<Service>> m_services;
};

} // namespace kopii
