// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace kopii {

// Kupyna, DSTU 7564:2014: the Ukrainian hash that replaces GOST 34.311 in keys made since
// February 2026. 256-, 384- and 512-bit results (the three with object identifiers,
// 1.2.804.2.1.1.1.1.2.2.1/.2/.3); messages are whole bytes. Kupyna-256 works on a 512-bit state
// in 10 rounds, the longer ones on a 1024-bit state in 14.
class Kupyna
{
public:
    explicit Kupyna(int bits = 256); // 256, 384 or 512; anything else is taken as 256
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // the hash; the object starts over afterwards
    void reset();
    int bits() const { return m_bits; }

    static QByteArray hash(const QByteArray &data, int bits = 256);

private:
    void compress(const uint8_t *block);

    int m_bits;
    int m_columns; // 8 or 16 columns of 8 bytes
    uint64_t m_state[16]{};
    uint8_t m_buffer[128]{};
    int m_buffered = 0;
    uint64_t m_bytes = 0;
};

} // namespace kopii
