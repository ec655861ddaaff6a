// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kopii {

// What every Kopii program (kopii, kopii-cli and the watcher service it runs) does at start and at
// the end, in one place, so that the programs cannot drift apart.
class Startup
{
public:
    // First thing in main(), before the application object and before any file is made: no core
    // dumps (they would hold keys, PINs and citizens' documents) and new files private to the user.
    static void hardenProcess();
    // Right after the application object: the names settings and folders are kept under, the
    // version, and diagnostics quiet (QT_LOGGING_RULES="kopii.*=true" shows them).
    static void identify();
    // After the event loop: jobs still running (core/Job.h) get `msecs` to end, so that none
    // outlives what its work uses. False when some did not end in time.
    static bool finish(int msecs = 10000);
};

} // namespace kopii
