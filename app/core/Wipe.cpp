// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Wipe.h"

namespace kopii {

void wipeMemory(void *data, size_t size)
{
    // Writes through a volatile pointer are never optimised away.
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        wipeMemory(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        wipeMemory(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace kopii
