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

// The audit log: who changed what and who looked at which citizen's document, as a hash chain
// (each entry sealed over the one before, the newest seal kept apart as the head) so that an
// edited, removed or cut-off entry is found (AuditCheck).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(SqlSession &session) : m_session(session) {}

    // Appends the entry as the next link of the chain (its id and seal are assigned here).
    Status append(const AuditEntry &entry);
    // Newest first.
    Result<QList<AuditEntry>> entries(int limit);
    // Recomputes the hash chain over the whole log.
    Result<AuditCheck> verifyChain();
    // Once, on the upgrade to the chained log: seals the entries written before it.
    Status sealUnsealed();

private:
    Status appendSealedByServer(const AuditEntry &entry);

    SqlSession &m_session;
};

} // namespace kopii
