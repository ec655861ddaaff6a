// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Job.h"

#include <QThreadPool>

namespace kopii {

QThreadPool *Jobs::pool()
{
    // Up to four at once: a verification batch, a signature on a token, a login and a print can
    // all be waiting at the same time without one holding up another.
    static QThreadPool *jobs = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setObjectName(QStringLiteral("kopii-jobs"));
        return p;
    }();
    return jobs;
}

bool Jobs::waitForAll(int msecs)
{
    return pool()->waitForDone(msecs);
}

} // namespace kopii
