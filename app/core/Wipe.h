// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Overwriting secrets (passwords, PINs, credentials on their way to a server) once they are not
// needed. Only a buffer nobody else shares can be overwritten; a shared one is merely released,
// so whoever wants a copy wiped keeps it unshared. Secret (crypto/) builds on these.
namespace kopii {

// Overwrites memory in a way the compiler may not leave out.
void wipeMemory(void *data, size_t size);
// Overwrites the bytes or characters if this is their only owner, then empties them.
void wipe(QByteArray &bytes);
void wipe(QString &text);

} // namespace kopii
