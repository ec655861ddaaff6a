// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The locks kopii-render puts on itself before it reads a stranger's PDF (Linux): resource
// limits (address space, CPU time, file size 0, no core dump, few descriptors); no new privileges;
// Landlock, where the kernel has it, so that the file system is readable only where fonts and
// libraries live (/usr, /etc/fonts, the fontconfig cache) and writable nowhere; a seccomp filter
// that refuses network sockets, running programs, tracing, writing files, namespaces and the other
// calls a renderer has no business with. Elsewhere (Windows) nothing is locked yet: see
// docs/security.md.
namespace kopii::render {

struct SandboxReport
{
    bool ok = false;       // every lock the platform offers is on
    bool landlock = false; // the file system is fenced in (Landlock)
    bool seccomp = false;  // the system-call filter is on
    QStringList problems;  // why a lock could not be put on
};

// Address space (bytes) and CPU time (seconds) the helper may use.
SandboxReport lockDown(qint64 addressSpace, int cpuSeconds);

} // namespace kopii::render
