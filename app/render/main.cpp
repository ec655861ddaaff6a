// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-render: renders the pages of one PDF, received on stdin, to raw images on stdout
// (RenderProtocol.h), locked down first (Sandbox.h). It holds nothing of Kopii's: no workspace,
// no keys, no passwords, no network, and it serves one document only, started afresh in an empty
// folder for each (Kopii may start it before the document is chosen, as a spare), so a PDF that
// takes over Poppler takes over nothing worth having, not even the next document.
#include "render/RenderProtocol.h"
#include "render/RenderServer.h"
#include "render/Sandbox.h"

#include <cstdio>
#include <cstring>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <sys/stat.h>
#endif

using namespace kopii::render;

namespace {

constexpr qint64 kAddressSpace = 3LL * 1024 * 1024 * 1024; // Poppler, fonts and two page images at most
constexpr int kCpuSeconds = 300;                           // one document, however many pages are looked at

// --sandbox-selftest PATH: locks down, then tries what a hijacked renderer would, and says
// which of them the sandbox refused (for the tests; exit 0 only when all were refused).
int selfTest(const char *path)
{
    const SandboxReport report = lockDown(kAddressSpace, kCpuSeconds);
    int allowed = 0;
    auto say = [&allowed](const char *what, bool refused) {
        printf("%s %s\n", refused ? "refused" : "ALLOWED", what);
        allowed += refused ? 0 : 1;
    };
#ifdef Q_OS_UNIX
    const int readFd = open(path, O_RDONLY);
    say("read-outside", readFd < 0);
    if (readFd >= 0)
        close(readFd);
    const int writeFd = open("written-by-renderer", O_WRONLY | O_CREAT, 0600);
    say("create-file", writeFd < 0);
    if (writeFd >= 0)
        close(writeFd);
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    say("network-socket", s < 0);
    if (s >= 0)
        close(s);
    const int u = socket(AF_UNIX, SOCK_STREAM, 0);
    say("unix-socket", u < 0);
    if (u >= 0)
        close(u);
    char *const argv[] = {const_cast<char *>("/bin/true"), nullptr};
    execv("/bin/true", argv);
    say("run-program", true); // still here: execv was refused
#elif defined(Q_OS_WIN)
    // Low integrity and the job: writing into the user's folders and starting a program are
    // refused. Reading the user's files and the network are the AppContainer's (render/AppContainer),
    // which a helper started by hand is not in: not checked here.
    Q_UNUSED(path)
    const HANDLE written =
        CreateFileW(L"written-by-renderer", GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    say("create-file", written == INVALID_HANDLE_VALUE);
    if (written != INVALID_HANDLE_VALUE)
        CloseHandle(written);
    STARTUPINFOW startup = {};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION started = {};
    wchar_t command[] = L"cmd.exe /c exit 0";
    const bool ran = CreateProcessW(nullptr, command, nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &started);
    say("run-program", !ran);
    if (ran) {
        CloseHandle(started.hThread);
        CloseHandle(started.hProcess);
    }
    printf("unchecked read-outside, network-socket (Windows: the AppContainer Kopii starts the helper in refuses them)\n");
#else
    Q_UNUSED(path)
#endif
    // What a renderer needs must still work: starting a thread (through clone3's fallback).
    bool threadRan = false;
    try {
        std::thread worker([&threadRan] { threadRan = true; });
        worker.join();
    } catch (...) {
    }
    printf("%s thread-start\n", threadRan ? "works" : "BROKEN");
    allowed += threadRan ? 0 : 1;
    printf("landlock %s, seccomp %s\n", report.landlock ? "on" : "off", report.seccomp ? "on" : "off");
    for (const QString &p : report.problems)
        printf("problem: %s\n", qPrintable(p));
    fflush(stdout);
    return allowed == 0 && report.ok ? 0 : 1;
}

// The shared page buffer Kopii passes as descriptor 3 (RenderProtocol.h), mapped; only a memfd
// sealed against shrinking is taken (anything else there is left alone, and pages go on the pipe).
unsigned char *sharedBuffer(long long *size)
{
    *size = 0;
#if defined(Q_OS_LINUX) && defined(F_GET_SEALS)
    const int seals = fcntl(kSharedBufferFd, F_GET_SEALS);
    struct stat st = {};
    if (seals < 0 || !(seals & F_SEAL_SHRINK) || fstat(kSharedBufferFd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return nullptr;
    void *map = mmap(nullptr, size_t(st.st_size), PROT_READ | PROT_WRITE, MAP_SHARED, kSharedBufferFd, 0);
    close(kSharedBufferFd);
    if (map == MAP_FAILED)
        return nullptr;
    *size = st.st_size;
    return static_cast<unsigned char *>(map);
#else
    return nullptr;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && strcmp(argv[1], "--sandbox-selftest") == 0)
        return selfTest(argv[2]);
    if (argc == 2 && strcmp(argv[1], "--version") == 0) { // for Kopii's diagnostics report
        printf("poppler %s\n", kopii::render::popplerVersion());
        return 0;
    }
    const bool spare = argc == 2 && strcmp(argv[1], "--spare") == 0;
    if (argc != 1 && !spare) {
        fprintf(stderr, "kopii-render: Kopii's PDF rendering helper; it reads a request on stdin and is not run by hand.\n");
        return 2;
    }
#ifdef Q_OS_WIN
    // The pipe carries bytes: no CR/LF translation, no end at a 0x1A.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
#ifdef F_SETPIPE_SZ
    // A page at print resolution is tens of megabytes: a larger pipe wakes Kopii less often.
    fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1024 * 1024);
#endif
    long long sharedSize = 0;
    unsigned char *shared = sharedBuffer(&sharedSize);
    // Locked down before anything is read: even the request line comes to a helper that can
    // no longer open a file or a socket.
    const SandboxReport sandbox = lockDown(kAddressSpace, kCpuSeconds);
    if (!sandbox.ok) {
        fprintf(stdout, "ERROR %d %s\n", int(Failure::Sandbox), qPrintable(sandbox.problems.join(QStringLiteral("; "))));
        fflush(stdout);
        return 1;
    }
    if (spare) // time to spare: fonts, caches and page memory made ready for the first page
        warmUp(shared, sharedSize);
    fputs("READY\n", stdout);
    fflush(stdout);
    return serve(stdin, stdout, shared, sharedSize);
}
