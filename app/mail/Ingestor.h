#pragma once

#include "Clock.h"
#include "Domain.h"
#include "MimeParser.h"
#include "Result.h"

#include <QCoreApplication>

namespace kopii {

class Store;

// What storing one message came to.
struct IngestResult
{
    RecordId id = 0;          // the stored submission (0 for a duplicate)
    bool duplicate = false;   // this exact message was stored before: nothing written
    bool failed = false;      // stored as a failed submission (unreadable, no documents)
    QString reason;           // why it failed
    int documents = 0;
};

// Turns messages (or loose files) into submissions: parses, routes to the branch by the address
// the message was sent to, and stores the submission, its documents and the raw message in one
// transaction. The same message is stored once (by content hash); a message that cannot be read
// is stored as a failed submission with the reason, so that nothing is lost silently.
class Ingestor
{
    Q_DECLARE_TR_FUNCTIONS(Ingestor)

public:
    explicit Ingestor(Store &store, const Clock &clock = Clock::system());

    Result<IngestResult> ingestMessage(const QByteArray &raw, const QString &source, RecordId mailboxId = 0,
                                       RecordId branchId = 0);
    // Files saved by hand (PDF/P7S pairs): one submission named by `label`.
    Result<IngestResult> ingestFiles(const QList<MimeParser::File> &files, const QString &source, const QString &label);

    static QByteArray contentHash(const QByteArray &raw);

private:
    Result<IngestResult> store(Submission submission, const QByteArray &raw);
    RecordId branchFor(const QStringList &recipients);
    RecordId serviceFor(RecordId branchId, const QString &subject);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace kopii
