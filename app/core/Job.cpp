// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Job.h"
#include "core/platform/Platform.h"

#include <QThread>
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

QThreadPool *Jobs::backgroundPool()
{
    // As many threads as cores: the checks are pure computation.
    static QThreadPool *background = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(QStringLiteral("kopii-background"));
        return p;
    }();
    return background;
}

void Jobs::inBackground()
{
    thread_local bool lowered = false;
    if (!lowered) {
        platform::lowerCurrentThreadPriority();
        lowered = true;
    }
}

bool Jobs::waitForAll(int msecs)
{
    return pool()->waitForDone(msecs) && backgroundPool()->waitForDone(msecs);
}

} // namespace kopii
