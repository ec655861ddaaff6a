// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailboxSync.h"

namespace kopii::cli {

// Runs one pass over a mailbox and waits for it (mailbox test, watch --once and each watch round).
// With `trust`, what each batch stored is verified while the next one downloads.
MailboxSync::Report runMailboxPass(SqlSession &session, const Mailbox &mailbox, const SharedSecret &password, bool testOnly,
                                   const Clock &clock, const TrustStore *trust = nullptr);

} // namespace kopii::cli
