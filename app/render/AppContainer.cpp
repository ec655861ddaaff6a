// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/AppContainer.h"

#include <QProcess>

#ifdef Q_OS_WIN
#include <windows.h>
#include <userenv.h>

#include <vector>
#endif

namespace kopii::render {

#ifdef Q_OS_WIN
struct AppContainer::Private
{
    PSID sid = nullptr;
    SECURITY_CAPABILITIES capabilities = {};
    std::vector<unsigned char> attributes; // PROC_THREAD_ATTRIBUTE_LIST
    STARTUPINFOEXW startup = {};
    QString problem;
};

AppContainer::AppContainer() : d(std::make_unique<Private>())
{
    const wchar_t *name = L"ua.kopii.render";
    HRESULT made = CreateAppContainerProfile(name, L"Kopii PDF renderer", L"Renders received PDF copies for Kopii, fenced in",
                                             nullptr, 0, &d->sid);
    if (made == HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS)) {
        made = DeriveAppContainerSidFromAppContainerName(name, &d->sid);
    }
    if (FAILED(made) || !d->sid) {
        d->problem = QStringLiteral("the AppContainer profile could not be made (HRESULT 0x%1)")
                         .arg(quint32(made), 8, 16, QLatin1Char('0'));
        d->sid = nullptr;
        return;
    }
    d->capabilities.AppContainerSid = d->sid; // and no capability: no network, no library access
    SIZE_T size = 0;
    InitializeProcThreadAttributeList(nullptr, 1, 0, &size);
    d->attributes.resize(size);
    auto *list = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(d->attributes.data());
    if (!InitializeProcThreadAttributeList(list, 1, 0, &size)
        || !UpdateProcThreadAttribute(list, 0, PROC_THREAD_ATTRIBUTE_SECURITY_CAPABILITIES, &d->capabilities,
                                      sizeof d->capabilities, nullptr, nullptr)) {
        d->problem = QStringLiteral("the process attributes could not be set (Windows error %1)").arg(GetLastError());
        d->attributes.clear();
    }
}

AppContainer::~AppContainer()
{
    if (!d->attributes.empty())
        DeleteProcThreadAttributeList(reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(d->attributes.data()));
    if (d->sid)
        FreeSid(d->sid);
}

bool AppContainer::isUsable() const
{
    return d->sid && !d->attributes.empty();
}

QString AppContainer::problem() const
{
    return d->problem;
}

void AppContainer::apply(QProcess &process)
{
    if (!isUsable())
        return;
    Private *p = d.get();
    process.setCreateProcessArgumentsModifier([p](QProcess::CreateProcessArguments *args) {
        // QProcess has filled in the standard handles (the pipes): kept, with the attribute list
        // that puts the new process into the container.
        p->startup.StartupInfo = *reinterpret_cast<STARTUPINFOW *>(args->startupInfo);
        p->startup.StartupInfo.cb = sizeof(STARTUPINFOEXW);
        p->startup.lpAttributeList = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(p->attributes.data());
        args->startupInfo = reinterpret_cast<decltype(args->startupInfo)>(&p->startup);
        args->flags |= EXTENDED_STARTUPINFO_PRESENT;
    });
}
#else
struct AppContainer::Private
{
};

AppContainer::AppContainer() : d(std::make_unique<Private>()) {}
AppContainer::~AppContainer() = default;
bool AppContainer::isUsable() const
{
    return true; // nothing to do here
}
QString AppContainer::problem() const
{
    return {};
}
void AppContainer::apply(QProcess &) {}
#endif

} // namespace kopii::render
