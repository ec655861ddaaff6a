// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kopii {

class SqlSession;

// Moves a single desk's workspace onto an office server: every row of every table, in one
// transaction, into a server database that holds no records yet; then proves it, table by table:
// the same number of rows and the same content hash on both sides (SHA-256 over every row's
// values, independent of order). Anything short of that, and nothing is written.
class WorkspaceImport
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceImport)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QString sha256; // hex, over the rows' digests in sorted order
    };

    WorkspaceImport(SqlSession &from, SqlSession &to) : m_from(from), m_to(to) {}

    // Copies and proves; the tables as both sides have them.
    Result<QList<Table>> run();
    // The tables (without Kopii's schema bookkeeping) with their counts and hashes.
    static Result<QList<Table>> fingerprint(SqlSession &session, const QStringList &tables);

private:
    Result<QStringList> tables();
    Status copy(const QString &table);

    SqlSession &m_from;
    SqlSession &m_to;
};

} // namespace kopii
