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

// Reads one line (without the line end) from an open file descriptor, e.g. a PIN passed with
// --pin-fd. Returns false when the descriptor cannot be read.
bool readLineFromDescriptor(int fd, QByteArray *line);

// Whether standard input is an interactive terminal.
bool standardInputIsTerminal();

// Asks on the terminal for a secret without echoing it. Returns false without a terminal.
bool promptSecret(const QString &prompt, QByteArray *secret);

// Quits the running QCoreApplication when the process is asked to stop (SIGTERM, SIGINT, SIGHUP
// on POSIX; Ctrl+C or closing the console on Windows), from the event loop, not the signal.
void quitOnTerminationRequest();

} // namespace kopii::platform
