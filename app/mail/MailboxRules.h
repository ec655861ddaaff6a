// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"
#include "mail/MailboxSql.h"
#include "core/OrganizationSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// Mailboxes (manager): host, user and folder checked; plain IMAP only to this computer.
class MailboxRules
{
    Q_DECLARE_TR_FUNCTIONS(MailboxRules)

public:
    explicit MailboxRules(AccessGuard &guard);

    Result<QList<Mailbox>> mailboxes();
    Result<Mailbox> findMailbox(const QString &idOrName);
    Result<RecordId> addMailbox(const Mailbox &mailbox);
    Status editMailbox(const Mailbox &mailbox); // settings only; the sync state is kept
    Status removeMailbox(RecordId id);

private:
    Status checkMailbox(Mailbox &mailbox, RecordId self);

    AccessGuard &m_guard;
    SqlSession &m_session;
    MailboxSql m_mailboxes;
    OrganizationSql m_org;
};

} // namespace kopii
