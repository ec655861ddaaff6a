// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailLog.h"

Q_LOGGING_CATEGORY(lcMail, "kopii.mail", QtInfoMsg)
