// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"

Q_LOGGING_CATEGORY(lcCore, "kopii.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "kopii.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "kopii.core.workspace", QtInfoMsg)
