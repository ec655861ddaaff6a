#pragma once

#include <QString>

// Operating-system specifics live behind this header only (one .cpp per platform).
namespace kopii::platform {

// Makes files and folders the process creates private to the user (umask 077 on POSIX).
void restrictNewFilesToOwner();

// Keeps secrets and personal data out of core dumps: no core files, not ptrace-able by others.
void disableCoreDumps();

// Gives a file or folder to its owner only (0600 / 0700 on POSIX). Returns false on failure.
bool makePrivate(const QString &path, bool isDirectory);

// True when the path can only be read and written by its owner (always true where the platform
// has no such notion).
bool isPrivate(const QString &path);

} // namespace kopii::platform
