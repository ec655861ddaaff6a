// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Context.h"

namespace kopii::cli {

// kopii-cli: the scripting face of the same core the GUI uses. Reads the global options (the
// workspace, the language, key options for a protected workspace), then runs the command the
// table in Commands.cpp names.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    int run(const QStringList &arguments);

private:
    Context m_context;
};

} // namespace kopii::cli
