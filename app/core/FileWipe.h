// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Removing a file that held citizens' documents: its bytes are overwritten with zeros and flushed
// to the disk first, so that they cannot be read back from the freed blocks of an ordinary disk.
// On SSDs and on journaling or copy-on-write file systems old blocks may survive elsewhere; the
// README says so. A symbolic link is removed itself, never followed.
namespace kopii::files {

// True when the file is gone (or was not there).
bool wipeAndRemove(const QString &path);

// Every file below the folder, then the folder. True when all of it is gone.
bool wipeAndRemoveTree(const QString &folder);

} // namespace kopii::files
