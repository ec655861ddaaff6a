// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostics.h"

namespace kopii {

class SqlSession;

// The mail layer's part of the diagnostics report (core/Diagnostics.h): GMime's version and each
// mailbox's server, state and last error (not its user name or password).
class MailDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(MailDiagnostics)

public:
    static DiagnosticsSection mailboxes(SqlSession &session);
};

} // namespace kopii
