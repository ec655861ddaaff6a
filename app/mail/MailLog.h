// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The mail layer's log: connections and sync steps, never message contents, addresses or
// credentials.
Q_DECLARE_LOGGING_CATEGORY(lcMail)
