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

// The trust store's rows (trusted certificates and where they came from) and the cache of OCSP
// answers.
class TrustSql
{
    Q_DECLARE_TR_FUNCTIONS(TrustSql)

public:
    explicit TrustSql(SqlSession &session) : m_session(session) {}

    Result<QList<TrustEntry>> trustEntries();
    // Adds the entry; an entry with the same sha256 is kept as it is (no error).
    Status insertTrustEntry(const TrustEntry &entry);
    Status deleteTrustEntry(const QString &sha256);
    // Cached OCSP answers; saving replaces the answer for the same key and drops answers that went
    // out of date more than a week before `now`.
    Result<QList<OcspAnswer>> ocspAnswers();
    Status saveOcspAnswers(const QList<OcspAnswer> &answers, const QDateTime &now);

private:
    SqlSession &m_session;
};

} // namespace kopii
