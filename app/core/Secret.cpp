// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Secret.h"

#include "core/Wipe.h"

namespace kopii {

Secret Secret::fromString(const QString &text)
{
    return Secret(text.toUtf8());
}

void Secret::clear()
{
    wipe(m_data);
    m_data.clear();
}

void Secret::wipe(QString &text)
{
    kopii::wipe(text);
}

void Secret::wipeMemory(void *data, size_t size)
{
    kopii::wipeMemory(data, size);
}

void Secret::wipe(QByteArray &bytes)
{
    kopii::wipe(bytes);
}

} // namespace kopii
