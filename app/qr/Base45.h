// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kopii {

// Base45 (RFC 9285): bytes as text from the QR code's alphanumeric alphabet.
class Base45
{
    Q_DECLARE_TR_FUNCTIONS(Base45)

public:
    static QByteArray encode(const QByteArray &data);
    static Result<QByteArray> decode(const QByteArray &text);
};

} // namespace kopii
