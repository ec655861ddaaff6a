// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

class SqlSession;

// One line of the register of incoming documents.
struct RegisterEntry
{
    RecordId id = 0;
    QString number; // "Ц-2026/000123", or "2026/000123" without a prefix
    int year = 0;
    QString prefix;
    qint64 sequence = 0;
    RecordId submissionId = 0; // 0 once the submission is deleted
    QDateTime receivedAt;      // UTC
    QString sender;
    QString recipient;
    RecordId branchId = 0;
    RecordId serviceId = 0;
    QString branchName; // as the branch and service are called now
    QString serviceName;
    QStringList documents; // the documents' names when it arrived
    // While the submission is kept: its worst verdict ("valid"…, "pending"), its state, and who
    // has it in work.
    QString verdict;
    QString state;
    QString clerk;
    QDateTime deletedAt; // UTC; invalid while kept
    QString deletedHow;  // "retention", "deletion"
};

// The register of incoming documents: every stored submission gets a number, per year (of its
// arrival, local time) and prefix (its service's, else its branch's, as the manager set them),
// counted in the same transaction that stores it, so that concurrent writers (two watchers, a
// watcher and a desk) get neither a gap nor a duplicate. A number is never reused: the entry
// stays when its submission is deleted, with when and how.
class RegisterSql
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSql)

public:
    explicit RegisterSql(SqlSession &session) : m_session(session) {}

    // Numbers `submission` (stored as `id`); inside the caller's write transaction.
    Result<QString> enter(RecordId id, const Submission &submission);
    // Numbers the submissions stored before the register existed (but `except`, being numbered
    // now), in the order they arrived.
    Status registerEarlier(RecordId except = 0);
    // Before `ids` are deleted ("retention" or "deletion"): their entries say so, and let go of
    // the submissions' ids (a database may give a deleted row's id to a new one).
    Status markDeleted(const QList<RecordId> &ids, const QString &how, const QDateTime &when);

    Result<QString> numberOf(RecordId submissionId);
    // The entries of submissions that arrived in [from, to) (UTC; invalid: no bound), oldest first.
    Result<QList<RegisterEntry>> entries(const QDateTime &from, const QDateTime &to);

    // A branch's or service's prefix ("branch" or "service"); an empty one numbers without.
    Result<QString> prefix(const QString &table, RecordId id);
    Status setPrefix(const QString &table, RecordId id, const QString &prefix);
    // 1 to 10 letters, digits or "-", not ending in "-": what a number may begin with.
    static bool isPrefix(const QString &prefix);
    static QString format(const QString &prefix, int year, qint64 sequence);

private:
    SqlSession &m_session;
};

} // namespace kopii
