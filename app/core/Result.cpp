// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Result.h"

#include <QStringList>

namespace kopii {

QString Error::fullText() const
{
    if (fields.isEmpty())
        return message;
    QStringList lines;
    for (const auto &f : fields)
        lines << f.message;
    return lines.join(QLatin1Char('\n'));
}

Error Error::withCause(const QString &technical) const &
{
    Error e = *this;
    if (!technical.isEmpty())
        e.cause = technical;
    return e;
}

Error Error::withCause(const QString &technical) &&
{
    if (!technical.isEmpty())
        cause = technical;
    return std::move(*this);
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Validation: return QStringLiteral("validation");
    case Error::Code::NotFound: return QStringLiteral("not-found");
    case Error::Code::Conflict: return QStringLiteral("conflict");
    case Error::Code::Locked: return QStringLiteral("locked");
    case Error::Code::Corrupt: return QStringLiteral("corrupt");
    case Error::Code::NewerSchema: return QStringLiteral("newer-schema");
    case Error::Code::ReadOnly: return QStringLiteral("read-only");
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::Denied: return QStringLiteral("denied");
    case Error::Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace kopii
