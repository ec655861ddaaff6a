#include "Platform.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cstdio>
#include <io.h>
#include <windows.h>


// Windows: files under the user's profile (AppData) are private by the profile's ACL.
// TODO(windows issue): set an explicit owner-only DACL on the workspace folder.
namespace kopii::platform {

void restrictNewFilesToOwner() {}

void disableCoreDumps() {}

bool makePrivate(const QString &, bool)
{
    return true;
}

bool isPrivate(const QString &)
{
    return true;
}

bool readLineFromDescriptor(int fd, QByteArray *line)
{
    line->clear();
    char c = 0;
    while (true) {
        const int n = ::_read(fd, &c, 1);
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
    return ::_isatty(::_fileno(stdin)) != 0;
}

bool promptSecret(const QString &prompt, QByteArray *secret)
{
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!::GetConsoleMode(in, &mode))
        return false;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    ::SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    const bool ok = readLineFromDescriptor(::_fileno(stdin), secret);
    ::SetConsoleMode(in, mode);
    std::fputs("\n", stderr);
    return ok;
}

namespace {
BOOL WINAPI onConsoleControl(DWORD)
{
    if (auto *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

void quitOnTerminationRequest()
{
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

} // namespace kopii::platform
