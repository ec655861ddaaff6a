// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kopii {

class SqlSession;

// Mailboxes: their settings and their sync state.
class MailboxSql
{
    Q_DECLARE_TR_FUNCTIONS(MailboxSql)

public:
    explicit MailboxSql(SqlSession &session) : m_session(session) {}

    Result<QList<Mailbox>> mailboxes();
    Result<RecordId> insertMailbox(const Mailbox &mailbox);
    Status updateMailbox(const Mailbox &mailbox); // settings and state
    Status deleteMailbox(RecordId id);
    // The sync state alone (after each stored message).
    // (It also forgets the attempt below: what was being read is stored.)
    Status saveMailboxState(RecordId id, qint64 uidValidity, qint64 lastUid, const QDateTime &lastSync, const QString &lastError);
    // Notes, before reading them, that the messages from `uid` on are being read (kept by a crash
    // of Kopii without waiting for the disk: a power cut may lose it, at the cost of one more
    // ordinary reading);
    // returns how many times in a row reading from `uid` has begun, this time included. A count
    // above one means an earlier attempt never finished (Kopii stopped or failed while reading).
    Result<int> noteMailboxAttempt(RecordId id, qint64 uid);

private:
    SqlSession &m_session;
};

} // namespace kopii
