// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/Sandbox.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/landlock.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#endif

#ifdef Q_OS_WIN
#include <windows.h>

#include <vector>
#endif

namespace kopii::render {

#ifdef Q_OS_LINUX
namespace {

bool limit(int resource, rlim_t value, QStringList *problems, const char *name)
{
    const struct rlimit r
    {
        value, value
    };
    if (setrlimit(resource, &r) == 0)
        return true;
    *problems << QStringLiteral("setrlimit(%1): %2").arg(QLatin1String(name), QString::fromLocal8Bit(strerror(errno)));
    return false;
}

// Landlock: nothing may be written anywhere; reading only below `readable`.
bool landlock(const QList<QByteArray> &readable, QStringList *problems)
{
    const long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1) {
        *problems << QStringLiteral("Landlock is not available in this kernel");
        return false;
    }
    __u64 handled = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE
        | LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR | LANDLOCK_ACCESS_FS_REMOVE_FILE
        | LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SOCK
        | LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
    if (abi >= 2)
        handled |= LANDLOCK_ACCESS_FS_REFER;
#ifdef LANDLOCK_ACCESS_FS_TRUNCATE
    if (abi >= 3)
        handled |= LANDLOCK_ACCESS_FS_TRUNCATE;
#endif
    struct landlock_ruleset_attr attr = {};
    attr.handled_access_fs = handled;
#ifdef LANDLOCK_ACCESS_NET_CONNECT_TCP
    if (abi >= 4)
        attr.handled_access_net = LANDLOCK_ACCESS_NET_BIND_TCP | LANDLOCK_ACCESS_NET_CONNECT_TCP;
#endif
    const int ruleset = int(syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
    if (ruleset < 0) {
        *problems << QStringLiteral("landlock_create_ruleset: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    for (const QByteArray &path : readable) {
        const int fd = open(path.constData(), O_PATH | O_CLOEXEC);
        if (fd < 0)
            continue; // not on this system: nothing to allow
        struct landlock_path_beneath_attr beneath = {};
        beneath.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
        beneath.parent_fd = fd;
        syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &beneath, 0);
        close(fd);
    }
    const bool on = syscall(SYS_landlock_restrict_self, ruleset, 0) == 0;
    if (!on)
        *problems << QStringLiteral("landlock_restrict_self: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    close(ruleset);
    return on;
}

// A deny list over the calls a PDF renderer never needs; each fails with EPERM (EACCES for
// opening a file to write), so that a library that tries one sees an ordinary error.
bool seccomp(QStringList *problems)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        *problems << QStringLiteral("seccomp_init failed");
        return false;
    }
    int failures = 0;
    auto deny = [&](int call) { failures += seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), call, 0) != 0; };
    for (int call : {SCMP_SYS(socket),
                     SCMP_SYS(socketpair),
                     SCMP_SYS(connect),
                     SCMP_SYS(bind),
                     SCMP_SYS(listen),
                     SCMP_SYS(accept),
                     SCMP_SYS(accept4),
                     SCMP_SYS(execve),
                     SCMP_SYS(execveat),
                     SCMP_SYS(ptrace),
                     SCMP_SYS(process_vm_readv),
                     SCMP_SYS(process_vm_writev),
                     SCMP_SYS(unlink),
                     SCMP_SYS(unlinkat),
                     SCMP_SYS(rename),
                     SCMP_SYS(renameat),
                     SCMP_SYS(renameat2),
                     SCMP_SYS(mkdir),
                     SCMP_SYS(mkdirat),
                     SCMP_SYS(rmdir),
                     SCMP_SYS(link),
                     SCMP_SYS(linkat),
                     SCMP_SYS(symlink),
                     SCMP_SYS(symlinkat),
                     SCMP_SYS(chmod),
                     SCMP_SYS(fchmod),
                     SCMP_SYS(fchmodat),
                     SCMP_SYS(chown),
                     SCMP_SYS(fchown),
                     SCMP_SYS(fchownat),
                     SCMP_SYS(lchown),
                     SCMP_SYS(truncate),
                     SCMP_SYS(creat),
                     SCMP_SYS(mknod),
                     SCMP_SYS(mknodat),
                     SCMP_SYS(mount),
                     SCMP_SYS(umount2),
                     SCMP_SYS(pivot_root),
                     SCMP_SYS(chroot),
                     SCMP_SYS(setns),
                     SCMP_SYS(unshare),
                     SCMP_SYS(kexec_load),
                     SCMP_SYS(init_module),
                     SCMP_SYS(finit_module),
                     SCMP_SYS(delete_module),
                     SCMP_SYS(bpf),
                     SCMP_SYS(perf_event_open),
                     SCMP_SYS(keyctl),
                     SCMP_SYS(add_key),
                     SCMP_SYS(request_key),
                     SCMP_SYS(userfaultfd),
                     SCMP_SYS(io_uring_setup),
                     SCMP_SYS(personality),
                     SCMP_SYS(open_by_handle_at),
                     SCMP_SYS(name_to_handle_at),
                     SCMP_SYS(setuid),
                     SCMP_SYS(setgid),
                     SCMP_SYS(setreuid),
                     SCMP_SYS(setregid),
                     SCMP_SYS(setresuid),
                     SCMP_SYS(setresgid),
                     SCMP_SYS(kill),
                     SCMP_SYS(tkill),
                     SCMP_SYS(openat2),
                     SCMP_SYS(memfd_create),
                     SCMP_SYS(sendfile),
                     SCMP_SYS(copy_file_range),
                     SCMP_SYS(splice),
                     SCMP_SYS(vmsplice),
                     SCMP_SYS(fanotify_init),
                     SCMP_SYS(inotify_init),
                     SCMP_SYS(inotify_init1),
                     SCMP_SYS(quotactl),
                     SCMP_SYS(acct),
                     SCMP_SYS(swapon),
                     SCMP_SYS(swapoff),
                     SCMP_SYS(reboot),
                     SCMP_SYS(sethostname),
                     SCMP_SYS(setdomainname),
                     SCMP_SYS(iopl),
                     SCMP_SYS(ioperm),
                     SCMP_SYS(lookup_dcookie),
                     SCMP_SYS(move_pages),
                     SCMP_SYS(migrate_pages)})
        deny(call);
    // Opening a file to write, create or truncate it.
    for (const int flag : {O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND}) {
        failures += seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 1,
                                     SCMP_A2(SCMP_CMP_MASKED_EQ, scmp_datum_t(flag), scmp_datum_t(flag)))
            != 0;
        failures += seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(open), 1,
                                     SCMP_A1(SCMP_CMP_MASKED_EQ, scmp_datum_t(flag), scmp_datum_t(flag)))
            != 0;
    }
    // Threads, yes; new namespaces, no. clone3 passes its flags in memory a filter cannot read:
    // it answers "not implemented", so that the C library falls back to clone, whose flags it can.
    failures += seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0) != 0;
    for (const unsigned long flag : {CLONE_NEWUSER, CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWIPC, CLONE_NEWUTS})
        failures += seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                                     SCMP_A0(SCMP_CMP_MASKED_EQ, scmp_datum_t(flag), scmp_datum_t(flag)))
            != 0;
    // Typing into the terminal it was started from.
    failures +=
        seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, scmp_datum_t(TIOCSTI))) != 0;
    const bool on = failures == 0 && seccomp_load(ctx) == 0;
    if (!on)
        *problems << QStringLiteral("the seccomp filter could not be loaded (%1 rule(s) refused)").arg(failures);
    seccomp_release(ctx);
    return on;
}

} // namespace
#endif

#ifdef Q_OS_WIN
namespace {

QString lastError(const char *what)
{
    return QStringLiteral("%1: Windows error %2").arg(QLatin1String(what)).arg(GetLastError());
}

// A job of one process: memory and CPU time capped, no child process, no reaching into the
// desktop (other windows, the clipboard, global atoms, display and system settings); the helper
// dies with the job, which dies with the helper.
bool job(qint64 addressSpace, int cpuSeconds, QStringList *problems)
{
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job) {
        *problems << lastError("CreateJobObject");
        return false;
    }
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_ACTIVE_PROCESS
        | JOB_OBJECT_LIMIT_PROCESS_TIME | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    limits.BasicLimitInformation.ActiveProcessLimit = 1;
    limits.BasicLimitInformation.PerProcessUserTimeLimit.QuadPart = LONGLONG(cpuSeconds) * 10'000'000LL; // 100 ns units
    limits.ProcessMemoryLimit = SIZE_T(addressSpace);
    JOBOBJECT_BASIC_UI_RESTRICTIONS ui = {};
    ui.UIRestrictionsClass = JOB_OBJECT_UILIMIT_DESKTOP | JOB_OBJECT_UILIMIT_DISPLAYSETTINGS | JOB_OBJECT_UILIMIT_EXITWINDOWS
        | JOB_OBJECT_UILIMIT_GLOBALATOMS | JOB_OBJECT_UILIMIT_HANDLES | JOB_OBJECT_UILIMIT_READCLIPBOARD
        | JOB_OBJECT_UILIMIT_SYSTEMPARAMETERS | JOB_OBJECT_UILIMIT_WRITECLIPBOARD;
    if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof limits)
        || !SetInformationJobObject(job, JobObjectBasicUIRestrictions, &ui, sizeof ui)
        || !AssignProcessToJobObject(job, GetCurrentProcess())) {
        *problems << lastError("the job object");
        CloseHandle(job);
        return false;
    }
    return true; // the handle stays open for the helper's life: closing it would end the helper
}

// Every privilege taken out of the token (not only disabled: removed, so it cannot come back), and
// the token lowered to Low integrity: nothing of the user's (files, registry, other processes at
// Medium) can be written or opened for writing any more.
bool token(QStringList *problems)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_ADJUST_DEFAULT | TOKEN_QUERY, &token)) {
        *problems << lastError("OpenProcessToken");
        return false;
    }
    bool ok = true;
    DWORD size = 0;
    GetTokenInformation(token, TokenPrivileges, nullptr, 0, &size);
    std::vector<unsigned char> buffer(size ? size : sizeof(TOKEN_PRIVILEGES));
    auto *privileges = reinterpret_cast<TOKEN_PRIVILEGES *>(buffer.data());
    if (size && GetTokenInformation(token, TokenPrivileges, privileges, size, &size)) {
        for (DWORD i = 0; i < privileges->PrivilegeCount; ++i)
            privileges->Privileges[i].Attributes = SE_PRIVILEGE_REMOVED;
        if (privileges->PrivilegeCount > 0
            && (!AdjustTokenPrivileges(token, FALSE, privileges, 0, nullptr, nullptr) || GetLastError() != ERROR_SUCCESS)) {
            *problems << lastError("AdjustTokenPrivileges");
            ok = false;
        }
    } else {
        *problems << lastError("GetTokenInformation");
        ok = false;
    }
    SID_IDENTIFIER_AUTHORITY mandatory = SECURITY_MANDATORY_LABEL_AUTHORITY;
    PSID low = nullptr;
    if (AllocateAndInitializeSid(&mandatory, 1, SECURITY_MANDATORY_LOW_RID, 0, 0, 0, 0, 0, 0, 0, &low)) {
        TOKEN_MANDATORY_LABEL label = {};
        label.Label.Attributes = SE_GROUP_INTEGRITY;
        label.Label.Sid = low;
        if (!SetTokenInformation(token, TokenIntegrityLevel, &label, DWORD(sizeof label + GetLengthSid(low)))) {
            *problems << lastError("lowering the integrity level");
            ok = false;
        }
        FreeSid(low);
    } else {
        *problems << lastError("AllocateAndInitializeSid");
        ok = false;
    }
    CloseHandle(token);
    return ok;
}

// Windows 8 and later: no code generated at run time, no DLLs from network shares or of Low
// integrity, no injected extension DLLs, invalid handles fatal. Looked up at run time, so that a
// Windows without the call still runs (and says so).
void mitigations(QStringList *problems)
{
    using SetPolicy = BOOL(WINAPI *)(PROCESS_MITIGATION_POLICY, PVOID, SIZE_T);
    HMODULE kernel = GetModuleHandleW(L"kernel32.dll");
    const auto set = kernel
        ? reinterpret_cast<SetPolicy>(reinterpret_cast<void *>(GetProcAddress(kernel, "SetProcessMitigationPolicy")))
        : nullptr;
    if (!set) {
        *problems << QStringLiteral("SetProcessMitigationPolicy is not available (Windows 7)");
        return;
    }
    PROCESS_MITIGATION_DYNAMIC_CODE_POLICY dynamicCode = {};
    dynamicCode.ProhibitDynamicCode = 1;
    PROCESS_MITIGATION_IMAGE_LOAD_POLICY imageLoad = {};
    imageLoad.NoRemoteImages = 1;
    imageLoad.NoLowMandatoryLabelImages = 1;
    PROCESS_MITIGATION_EXTENSION_POINT_DISABLE_POLICY extensionPoints = {};
    extensionPoints.DisableExtensionPoints = 1;
    PROCESS_MITIGATION_STRICT_HANDLE_CHECK_POLICY handles = {};
    handles.RaiseExceptionOnInvalidHandleReference = 1;
    handles.HandleExceptionsPermanentlyEnabled = 1;
    if (!set(ProcessDynamicCodePolicy, &dynamicCode, sizeof dynamicCode))
        *problems << lastError("no dynamic code");
    if (!set(ProcessImageLoadPolicy, &imageLoad, sizeof imageLoad))
        *problems << lastError("image load policy");
    if (!set(ProcessExtensionPointDisablePolicy, &extensionPoints, sizeof extensionPoints))
        *problems << lastError("extension points");
    if (!set(ProcessStrictHandleCheckPolicy, &handles, sizeof handles))
        *problems << lastError("strict handle checks");
}

} // namespace
#endif

SandboxReport lockDown(qint64 addressSpace, int cpuSeconds)
{
    SandboxReport report;
#ifdef Q_OS_LINUX
    // Writing past the file size limit fails (EFBIG) instead of killing the helper.
    signal(SIGXFSZ, SIG_IGN);
    bool limits = limit(RLIMIT_AS, rlim_t(addressSpace), &report.problems, "AS");
    limits = limit(RLIMIT_CPU, rlim_t(cpuSeconds), &report.problems, "CPU") && limits;
    limits = limit(RLIMIT_FSIZE, 0, &report.problems, "FSIZE") && limits;
    limits = limit(RLIMIT_CORE, 0, &report.problems, "CORE") && limits;
    limits = limit(RLIMIT_NOFILE, 64, &report.problems, "NOFILE") && limits;
    const bool noNewPrivileges = prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0;
    if (!noNewPrivileges)
        report.problems << QStringLiteral("PR_SET_NO_NEW_PRIVS: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    report.landlock = noNewPrivileges && landlock({"/usr", "/etc/fonts", "/var/cache/fontconfig"}, &report.problems);
    report.seccomp = noNewPrivileges && seccomp(&report.problems);
    // Landlock may be missing from an older kernel: the filter still stops writing and the network.
    report.ok = limits && noNewPrivileges && report.seccomp;
#elif defined(Q_OS_WIN)
    // Locks the helper can put on itself, inside the AppContainer Kopii started it in (no network,
    // no user files: render/AppContainer). See docs/architecture.md.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
    const bool jobOn = job(addressSpace, cpuSeconds, &report.problems);
    const bool tokenOn = token(&report.problems);
    mitigations(&report.problems); // hardening on top: missing on an old Windows, not required
    report.ok = jobOn && tokenOn;
#else
    Q_UNUSED(addressSpace)
    Q_UNUSED(cpuSeconds)
    report.problems << QStringLiteral("no sandbox on this platform yet");
#endif
    return report;
}

} // namespace kopii::render
