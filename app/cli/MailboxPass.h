// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailboxSync.h"

namespace kopii::cli {

// Runs one pass over a mailbox and waits for it (mailbox test, watch --once and each watch round).
// With `trust`, what each batch stored is verified while the next one downloads.
// A mailbox that signs in with OAuth 2.0 (mailbox.oauth) takes `password` as its refresh token;
// a refresh token the provider replaces is written back to `tokenFile` when one is given.
MailboxSync::Report runMailboxPass(SqlSession &session, const Mailbox &mailbox, const SharedSecret &password, bool testOnly,
                                   const Clock &clock, const TrustStore *trust = nullptr, const QString &tokenFile = {});

// Writes a refresh token to `path`, readable by this user only, atomically (the old one stays
// whole until the new one is there).
Status writeTokenFile(const QString &path, const SharedSecret &token);

} // namespace kopii::cli
