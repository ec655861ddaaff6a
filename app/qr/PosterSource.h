// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "qr/PosterLayout.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace kopii {

class AccessGuard;

// A poster's content from the workspace: the organisation, the service at the branch and the
// Diia portal's code kept for that pair (none: no poster for visitors). The words are the state
// language's, whatever the UI language.
class PosterSource
{
    Q_DECLARE_TR_FUNCTIONS(PosterSource)

public:
    static Result<PosterContent> content(AccessGuard &guard, RecordId serviceId, RecordId branchId, const QDate &date);
    // Every service offered at the branch that has a code, in the order of the service list;
    // services without a code are named in `missing`.
    static Result<QList<PosterContent>> branchContents(AccessGuard &guard, RecordId branchId, const QDate &date,
                                                       QStringList *missing);
    // "4F2A-91C0": the first four bytes of SHA-256 of the code's text.
    static QString posterId(const QByteArray &qrText);
};

} // namespace kopii
