// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkspaceSettings.h"

#include "core/SqlSession.h"

namespace kopii {

WorkspaceSettings::WorkspaceSettings(AccessGuard &guard) : m_guard(guard), m_session(guard.session()), m_settings(m_session) {}

Result<bool> WorkspaceSettings::revocationOnline()
{
    const auto value = m_settings.meta(QString::fromLatin1(kMetaRevocationOnline));
    if (!value)
        return value.error();
    return *value != QLatin1String("0");
}

Status WorkspaceSettings::setRevocationOnline(bool online)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_settings.setMeta(QString::fromLatin1(kMetaRevocationOnline),
                                          online ? QStringLiteral("1") : QStringLiteral("0"));
            !s)
            return s;
        return m_guard.audit(QStringLiteral("settings.revocation"), QStringLiteral("workspace"), 0,
                             online ? QStringLiteral("online") : QStringLiteral("offline"));
    });
}

bool WorkspaceSettings::isDemo()
{
    const auto demo = m_settings.meta(QStringLiteral("demo"));
    return demo && *demo == QLatin1String("1");
}

} // namespace kopii
