// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoLog.h"

Q_LOGGING_CATEGORY(lcCrypto, "kopii.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "kopii.crypto.token", QtInfoMsg)
