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

// Workspace settings kept in the database (e.g. "demo" = "1", the retention policy).
class SettingsSql
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSql)

public:
    explicit SettingsSql(SqlSession &session) : m_session(session) {}

    // Empty when unset.
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

private:
    SqlSession &m_session;
};

} // namespace kopii
