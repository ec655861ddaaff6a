// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CrashPoint.h"

#if defined(KOPII_CRASH_POINTS)

#include <QByteArray>

#include <atomic>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <csignal>
#include <unistd.h>
#endif

namespace kopii {

namespace {

struct Target
{
    QByteArray name;
    int at = 0;
};

const Target &target()
{
    static const Target t = [] {
        const QByteArray spec = qgetenv("KOPII_CRASH_AT");
        const qsizetype colon = spec.lastIndexOf(':');
        Target parsed;
        if (colon > 0) {
            parsed.name = spec.left(colon);
            parsed.at = spec.mid(colon + 1).toInt();
        }
        return parsed;
    }();
    return t;
}

} // namespace

void crashPoint(const char *name)
{
    const Target &t = target();
    if (t.at <= 0 || t.name != name)
        return;
    static std::atomic_int passed{0};
    if (++passed < t.at)
        return;
#if defined(Q_OS_WIN)
    ::TerminateProcess(::GetCurrentProcess(), 137);
#else
    ::kill(::getpid(), SIGKILL);
    ::_exit(137); // not reached
#endif
}

} // namespace kopii

#endif
