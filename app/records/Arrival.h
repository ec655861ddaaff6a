// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QObject;

namespace kopii {

class Clock;
class SqlSession;
class TrustStore;

// What one pass after arrival did.
struct ArrivalWork
{
    QStringList written; // the packages' paths in hot folders
    int kept = 0;        // protocols kept at intake
    QStringList errors;  // one sentence per submission that could not be done (tried again next pass)
};

// What the manager set to follow a submission's arrival, once its signatures are checked: its
// package to a hot folder set "on arrival" (HandOff), its protocol kept at intake
// (IntakeProtocol). Carried out by whoever runs Kopii (the watcher, ingest, a desk), as retention
// is; the documents are opened as a clerk would, each look logged as `actor`'s. A submission due
// for both is checked once, and that one protocol goes into both.
class Arrival
{
    Q_DECLARE_TR_FUNCTIONS(Arrival)

public:
    // On this thread (the watcher, the command line). At most `limit` submissions a pass.
    static Result<ArrivalWork> run(SqlSession &session, const TrustStore &trust, const Clock &clock, const QString &actor,
                                   int limit = 50);
    // For a window: the checks and the protocols' layout on the job pool, one submission after
    // another, the store and the files on `owner`'s thread; `done` there at the end. `trust` and
    // `clock` must outlive the pass.
    static void start(QObject *owner, SqlSession &session, const TrustStore &trust, const Clock &clock, const QString &actor,
                      std::function<void(Result<ArrivalWork>)> done, int limit = 50);
};

} // namespace kopii
