// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QMetaObject>

#include <cstdio>
#include <io.h>
#include <memory>
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

// Windows: a workspace folder gets a protected DACL that allows its owner alone (files created
// in it inherit that); Windows Error Reporting is told not to collect or show dumps of Kopii,
// whose memory holds keys, PINs and documents.
namespace kopii::platform {

namespace {

// The current user's SID, owned by the returned buffer.
std::unique_ptr<BYTE[]> currentUserSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return nullptr;
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::unique_ptr<BYTE[]> buffer(new BYTE[size]);
    const bool ok = ::GetTokenInformation(token, TokenUser, buffer.get(), size, &size);
    ::CloseHandle(token);
    if (!ok)
        return nullptr;
    const PSID sid = reinterpret_cast<TOKEN_USER *>(buffer.get())->User.Sid;
    const DWORD length = ::GetLengthSid(sid);
    std::unique_ptr<BYTE[]> copy(new BYTE[length]);
    if (!::CopySid(length, copy.get(), sid))
        return nullptr;
    return copy;
}

std::wstring wide(const QString &path)
{
    return QString(path).replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString();
}

} // namespace

void restrictNewFilesToOwner()
{
    // No umask here: files inherit the DACL of their folder, which makePrivate() protects.
}

void disableCoreDumps()
{
    // No crash dialog, and no dump collected or sent by Windows Error Reporting.
    ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    // werapi.h differs between SDKs (MinGW's is incomplete): the two calls are looked up.
    constexpr DWORD kNoUi = 0x20;              // WER_FAULT_REPORTING_NO_UI
    constexpr DWORD kNoThreadSuspension = 0x4; // WER_FAULT_REPORTING_FLAG_DISABLE_THREAD_SUSPENSION
    using SetFlags = HRESULT(WINAPI *)(DWORD);
    using AddExcluded = HRESULT(WINAPI *)(PCWSTR, BOOL);
    if (HMODULE kernel = ::GetModuleHandleW(L"kernel32.dll"))
        if (auto setFlags = reinterpret_cast<SetFlags>(reinterpret_cast<void *>(::GetProcAddress(kernel, "WerSetFlags"))))
            setFlags(kNoUi | kNoThreadSuspension);
    if (HMODULE wer = ::LoadLibraryW(L"wer.dll"))
        if (auto addExcluded =
                reinterpret_cast<AddExcluded>(reinterpret_cast<void *>(::GetProcAddress(wer, "WerAddExcludedApplication")))) {
            wchar_t exe[MAX_PATH] = {};
            if (::GetModuleFileNameW(nullptr, exe, MAX_PATH) > 0)
                addExcluded(exe, FALSE); // this user's reports: no dump of Kopii is collected
        }
}

void lowerCurrentThreadPriority()
{
    ::SetThreadPriority(::GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
}

bool makePrivate(const QString &path, bool isDirectory)
{
    const auto sid = currentUserSid();
    if (!sid)
        return false;
    EXPLICIT_ACCESS_W access = {};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = isDirectory ? (OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) : NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(sid.get());
    PACL acl = nullptr;
    if (::SetEntriesInAclW(1, &access, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    std::wstring name = wide(path);
    // PROTECTED: nothing inherited from the folder above (Users, Administrators…) stays.
    const DWORD result =
        ::SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                nullptr, nullptr, acl, nullptr);
    ::LocalFree(acl);
    return result == ERROR_SUCCESS;
}

bool isPrivate(const QString &path)
{
    const auto sid = currentUserSid();
    if (!sid)
        return false;
    PACL acl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = wide(path);
    if (::GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &acl, nullptr,
                                &descriptor)
        != ERROR_SUCCESS)
        return false;
    bool onlyOwner = acl != nullptr; // a NULL DACL lets everyone in
    for (DWORD i = 0; onlyOwner && i < acl->AceCount; ++i) {
        void *ace = nullptr;
        if (!::GetAce(acl, i, &ace)) {
            onlyOwner = false;
            break;
        }
        const auto *header = static_cast<ACE_HEADER *>(ace);
        if (header->AceType == ACCESS_DENIED_ACE_TYPE)
            continue;
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE) {
            onlyOwner = false;
            break;
        }
        const PSID aceSid = &static_cast<ACCESS_ALLOWED_ACE *>(ace)->SidStart;
        onlyOwner = ::EqualSid(aceSid, sid.get()) != FALSE;
    }
    ::LocalFree(descriptor);
    return onlyOwner;
}

bool isOwnedByCurrentUser(const QString &path)
{
    const auto sid = currentUserSid();
    if (!sid)
        return false;
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = wide(path);
    if (::GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr, nullptr,
                                &descriptor)
        != ERROR_SUCCESS)
        return false;
    bool mine = ::EqualSid(owner, sid.get()) != FALSE;
    if (!mine) {
        // An administrator's files may be owned by the Administrators group: theirs too.
        BYTE admins[SECURITY_MAX_SID_SIZE];
        DWORD size = sizeof admins;
        BOOL member = FALSE;
        if (::CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, admins, &size) && ::EqualSid(owner, admins)
            && ::CheckTokenMembership(nullptr, admins, &member))
            mine = member != FALSE;
    }
    ::LocalFree(descriptor);
    return mine;
}

UntrustedFile readUntrustedFile(const QString &path, qint64 maxBytes)
{
    UntrustedFile out;
    std::wstring name = wide(path);
    // OPEN_REPARSE_POINT: a symbolic link or junction is opened itself, never followed.
    HANDLE file = ::CreateFileW(name.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_SEQUENTIAL_SCAN, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        out.problem = UntrustedFile::Problem::CannotOpen;
        out.systemError = QStringLiteral("Windows error %1").arg(::GetLastError());
        return out;
    }
    BY_HANDLE_FILE_INFORMATION info = {};
    if (!::GetFileInformationByHandle(file, &info)) {
        ::CloseHandle(file);
        out.problem = UntrustedFile::Problem::CannotOpen;
        out.systemError = QStringLiteral("Windows error %1").arg(::GetLastError());
        return out;
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        ::CloseHandle(file);
        out.problem = UntrustedFile::Problem::Link;
        return out;
    }
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) || ::GetFileType(file) != FILE_TYPE_DISK) {
        ::CloseHandle(file);
        out.problem = UntrustedFile::Problem::NotRegular;
        return out;
    }
    const qint64 size = (qint64(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    out.size = size;
    if (size > maxBytes) {
        ::CloseHandle(file);
        out.problem = UntrustedFile::Problem::TooLarge;
        return out;
    }
    out.data.resize(qsizetype(size) + 1); // one byte more: a file that grew is noticed
    qint64 have = 0;
    while (have < out.data.size()) {
        DWORD read = 0;
        const DWORD want = DWORD(std::min<qint64>(out.data.size() - have, 1 << 20));
        if (!::ReadFile(file, out.data.data() + have, want, &read, nullptr)) {
            ::CloseHandle(file);
            out.problem = UntrustedFile::Problem::CannotOpen;
            out.systemError = QStringLiteral("Windows error %1").arg(::GetLastError());
            out.data.clear();
            return out;
        }
        if (read == 0)
            break;
        have += read;
    }
    ::CloseHandle(file);
    if (have > size) {
        out.problem = UntrustedFile::Problem::TooLarge;
        out.data.clear();
        return out;
    }
    out.data.truncate(qsizetype(have));
    out.size = have;
    return out;
}

ListenerOwner loopbackListenerOwner(const TcpEnd &, const TcpEnd &, uint *)
{
    // GetExtendedTcpTable would give the listener's process; not done yet, so plain IMAP is refused.
    return ListenerOwner::Unknown;
}

bool flushToDisk(QFileDevice &file)
{
    return file.handle() >= 0 && ::_commit(file.handle()) == 0;
}

bool readLineFromDescriptor(int fd, QByteArray *line)
{
    line->clear();
    line->reserve(4098); // one buffer for the whole line: no reallocation leaves a copy of a PIN behind
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
