// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace kopii {

// "In work by X": while a clerk works on a submission she holds it, for a few minutes at a time
// renewed as long as she goes on (the inbox renews it while the submission is open); another
// clerk sees who has it, and cannot mark or delete it meanwhile. A lease nobody renews lapses
// (she closed Kopii, her computer went off). Two clerks taking it at the same moment: one gets
// it, the other is told who has it. The same on a single desk and on an office server.
class WorkLease
{
    Q_DECLARE_TR_FUNCTIONS(WorkLease)

public:
    static constexpr int kSeconds = 300; // how long a lease lasts unless renewed

    struct Holder
    {
        QString person;
        QDateTime until; // UTC
    };

    explicit WorkLease(AccessGuard &guard);

    // Takes the submission for the logged-in person, or renews her lease. Conflict naming the
    // holder when somebody else has it.
    Status take(RecordId id);
    // Gives it back (nothing when she does not hold it).
    Status release(RecordId id);
    // Who has it now, if anybody (a lapsed lease is nobody's).
    Result<std::optional<Holder>> holder(RecordId id);
    // Nothing when the logged-in person may change the submission now (nobody else holds it);
    // else Conflict naming who has it.
    Status requireFree(RecordId id);

private:
    Error heldBy(const Holder &h) const;

    AccessGuard &m_guard;
};

} // namespace kopii
