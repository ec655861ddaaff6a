// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Named places where a test can make Kopii die as if killed, to prove what a kill there leaves
// behind (a half-stored batch, a mailbox state ahead of its messages) without guessing when a
// timer-driven kill would land. Built only into test builds (the CMake option
// KOPII_CRASH_POINTS, on with the test suite); elsewhere crashPoint() is empty.
//
//   KOPII_CRASH_AT=mail.batch-stored:3 kopii-cli watch --once
//
// kills the process (SIGKILL on POSIX, TerminateProcess on Windows: no handler, no flush, no
// destructor runs) the third time it passes "mail.batch-stored". The names are listed where they
// are passed (grep crashPoint).
namespace kopii {

#if defined(KOPII_CRASH_POINTS)
void crashPoint(const char *name);
#else
inline void crashPoint(const char *) {}
#endif

} // namespace kopii
