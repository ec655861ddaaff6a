// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

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

// Whether the file or folder (a link followed) belongs to the user running Kopii. A workspace in
// a folder another user owns could be read or replaced by that user, whatever its mode says.
bool isOwnedByCurrentUser(const QString &path);

// Reads a file someone else may have placed (a drop folder): never through a symbolic link (or,
// on Windows, a reparse point) at its last component, only a regular file, at most `maxBytes`.
// What is checked is the file that was opened, so it cannot be swapped between check and read.
struct UntrustedFile
{
    enum class Problem { None, CannotOpen, Link, NotRegular, TooLarge };
    Problem problem = Problem::None;
    QByteArray data;
    qint64 size = 0;     // bytes, as far as known (TooLarge: at least this many)
    QString systemError; // the operating system's words for CannotOpen
};
UntrustedFile readUntrustedFile(const QString &path, qint64 maxBytes);

// Lets the calling thread give way to the others of the process and of the user (nice 10 on
// Linux, below normal on Windows): for checks that may fill every core while the work someone
// waits for (a mailbox's download, the window) goes on. Never lower than that, so the checks
// still finish on a busy computer.
void lowerCurrentThreadPriority();

// Makes what was written to an open file durable on the disk (fsync; _commit on Windows).
bool flushToDisk(QFileDevice &file);

// Who listens behind a TCP connection to this computer: found from the connection's two ends
// (addresses as 4 or 16 bytes in network order). On Linux from /proc/net/tcp{,6}; where the
// platform cannot tell, Unknown. System means root or a service account (below UID_MIN of
// /etc/login.defs), such as a local Dovecot's "dovenull". Plain IMAP to this computer goes only
// to the user's own program or the system's: another person could otherwise bind the port of a
// stopped mail bridge and collect the password (review finding L6).
enum class ListenerOwner { CurrentUser, System, OtherUser, Unknown };
struct TcpEnd
{
    QByteArray address; // 4 (IPv4) or 16 (IPv6) bytes, network order
    quint16 port = 0;
};
ListenerOwner loopbackListenerOwner(const TcpEnd &local, const TcpEnd &remote, uint *uid = nullptr);

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
