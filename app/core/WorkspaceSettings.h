// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"
#include "core/SettingsSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// Settings of the whole workspace that a manager decides.
class WorkspaceSettings
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSettings)

public:
    explicit WorkspaceSettings(AccessGuard &guard);

    // A demo workspace (meta "demo" = "1", DemoWorkspace): marked DEMO wherever it shows.
    bool isDemo();
    // Whether signers' certificates are checked online for revocation (the manager decides).
    Result<bool> revocationOnline();
    Status setRevocationOnline(bool online);

private:
    AccessGuard &m_guard;
    SqlSession &m_session;
    SettingsSql m_settings;
};

} // namespace kopii
