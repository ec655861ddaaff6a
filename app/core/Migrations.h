// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace kopii {

class SqlDialect;

// Forward-only schema migrations. Version N is reached by applying steps 1..N in order, each in
// its own transaction together with the new version number; a step is never edited once
// released, a change is always a new step.
class Migrations
{
public:
    struct Step
    {
        int version;
        const char *description;
        QStringList statements; // portable DDL with %ID% / %I64% placeholders
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // The version recorded in the database (0 for a database without Kopii's tables).
    static Result<int> currentVersion(QSqlDatabase &db, const SqlDialect &dialect);

    // Applies the steps after the current version up to `target` (latest by default).
    static Status migrate(QSqlDatabase &db, const SqlDialect &dialect, int target = -1);
};

} // namespace kopii
