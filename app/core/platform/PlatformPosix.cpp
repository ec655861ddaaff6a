// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QSocketNotifier>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <sys/resource.h>
#include <sys/stat.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace kopii::platform {

void restrictNewFilesToOwner()
{
    ::umask(077);
}

void disableCoreDumps()
{
    struct rlimit limit
    {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &limit);
#if defined(__linux__)
    ::prctl(PR_SET_DUMPABLE, 0);
#endif
}

void lowerCurrentThreadPriority()
{
#if defined(__linux__)
    // On Linux a thread has its own nice value, set through its thread id.
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), 10);
#endif
}

bool makePrivate(const QString &path, bool isDirectory)
{
    const QByteArray native = QFile::encodeName(path);
    return ::chmod(native.constData(), isDirectory ? 0700 : 0600) == 0;
}

bool isPrivate(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 077) == 0;
}

bool isOwnedByCurrentUser(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return st.st_uid == ::geteuid();
}

UntrustedFile readUntrustedFile(const QString &path, qint64 maxBytes)
{
    UntrustedFile out;
    // O_NONBLOCK: a FIFO left in the folder must not hang the open; it is refused below.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        out.problem = errno == ELOOP ? UntrustedFile::Problem::Link : UntrustedFile::Problem::CannotOpen;
        out.systemError = QString::fromLocal8Bit(std::strerror(errno));
        return out;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        out.problem = UntrustedFile::Problem::NotRegular;
        return out;
    }
    out.size = st.st_size;
    if (st.st_size > maxBytes) {
        ::close(fd);
        out.problem = UntrustedFile::Problem::TooLarge;
        return out;
    }
    // The file may still grow: read at most one byte more than allowed to notice.
    out.data.resize(qsizetype(st.st_size));
    qint64 have = 0;
    while (true) {
        if (have == out.data.size()) {
            if (have > maxBytes)
                break;
            out.data.resize(qsizetype(std::min<qint64>(maxBytes + 1, std::max<qint64>(have * 2, have + 65536))));
        }
        const ssize_t n = ::read(fd, out.data.data() + have, size_t(out.data.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            out.problem = UntrustedFile::Problem::CannotOpen;
            out.systemError = QString::fromLocal8Bit(std::strerror(errno));
            out.data.clear();
            ::close(fd);
            return out;
        }
        if (n == 0)
            break;
        have += n;
    }
    ::close(fd);
    out.data.truncate(qsizetype(have));
    out.size = have;
    if (have > maxBytes) {
        out.problem = UntrustedFile::Problem::TooLarge;
        out.data.clear();
    }
    return out;
}

namespace {
// How /proc/net/tcp writes an address: each 32-bit word as the CPU holds it, in hex.
QByteArray procAddress(const QByteArray &address)
{
    QByteArray out;
    for (qsizetype w = 0; w + 4 <= address.size(); w += 4) {
        QByteArray word = address.mid(w, 4);
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        std::reverse(word.begin(), word.end());
#endif
        out += word.toHex().toUpper();
    }
    return out;
}
} // namespace

// The first user id of people (not of system services), from /etc/login.defs; 1000 by default.
uint firstPersonUid()
{
    QFile defs(QStringLiteral("/etc/login.defs"));
    if (defs.open(QIODevice::ReadOnly))
        for (const QByteArray &line : defs.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            bool ok = false;
            if (words.size() == 2 && words.at(0) == "UID_MIN")
                if (const uint value = words.at(1).toUInt(&ok); ok && value > 0)
                    return value;
        }
    return 1000;
}

ListenerOwner loopbackListenerOwner(const TcpEnd &local, const TcpEnd &remote, uint *uid)
{
#if defined(__linux__)
    if ((local.address.size() != 4 && local.address.size() != 16) || local.address.size() != remote.address.size())
        return ListenerOwner::Unknown;
    QFile table(local.address.size() == 4 ? QStringLiteral("/proc/net/tcp") : QStringLiteral("/proc/net/tcp6"));
    if (!table.open(QIODevice::ReadOnly))
        return ListenerOwner::Unknown;
    // The server's end of this very connection: its local end is our remote one and the other way round.
    const QByteArray serverEnd =
        procAddress(remote.address) + ':' + QByteArray::number(remote.port, 16).toUpper().rightJustified(4, '0');
    const QByteArray ourEnd =
        procAddress(local.address) + ':' + QByteArray::number(local.port, 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) != serverEnd || f.at(2) != ourEnd)
            continue;
        bool ok = false;
        const uint owner = f.at(7).toUInt(&ok);
        if (!ok)
            return ListenerOwner::Unknown;
        if (uid)
            *uid = owner;
        if (owner == ::geteuid())
            return ListenerOwner::CurrentUser;
        // root, or a service account (a system Dovecot accepts as "dovenull"): no person can
        // take one of those over. A person's account is another user.
        return owner < firstPersonUid() ? ListenerOwner::System : ListenerOwner::OtherUser;
    }
    return ListenerOwner::Unknown;
#else
    Q_UNUSED(local);
    Q_UNUSED(remote);
    Q_UNUSED(uid);
    return ListenerOwner::Unknown;
#endif
}

bool flushToDisk(QFileDevice &file)
{
    return file.handle() >= 0 && ::fsync(file.handle()) == 0;
}

bool readLineFromDescriptor(int fd, QByteArray *line)
{
    line->clear();
    line->reserve(4098); // one buffer for the whole line: no reallocation leaves a copy of a PIN behind
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0)
            return false;
        if (n == 0 || c == '\n')
            break;
        if (line->size() > 4096)
            return false;
        line->append(c);
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool standardInputIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool promptSecret(const QString &prompt, QByteArray *secret)
{
    const int fd = STDIN_FILENO;
    if (::isatty(fd) != 1)
        return false;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    struct termios saved
    {
    };
    if (::tcgetattr(fd, &saved) != 0)
        return false;
    struct termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
    const bool ok = readLineFromDescriptor(fd, secret);
    ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return ok;
}

namespace {
int g_terminationPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the pipe.
    [[maybe_unused]] const ssize_t written = ::write(g_terminationPipe[1], &byte, 1);
}
} // namespace

void quitOnTerminationRequest()
{
    if (g_terminationPipe[0] >= 0 || ::pipe(g_terminationPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_terminationPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_terminationPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        sigaction(sig, &action, nullptr);
}

} // namespace kopii::platform
