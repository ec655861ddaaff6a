// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace kopii {

// Kalyna, DSTU 7624:2014: the Ukrainian block cipher, blocks of 128, 256 or 512 bits under a key
// as long as the block or twice as long (512-bit blocks: 512-bit keys only). One block at a time;
// modes are the caller's. Round keys are wiped when the object goes.
class Kalyna
{
public:
    // An unusable cipher (isValid() false) for any other block or key length.
    Kalyna(int blockBits, const QByteArray &key);
    ~Kalyna();
    Kalyna(const Kalyna &) = delete;
    Kalyna &operator=(const Kalyna &) = delete;

    bool isValid() const { return m_rounds > 0; }
    int blockSize() const { return m_words * 8; } // bytes
    void encryptBlock(const uint8_t *in, uint8_t *out) const;
    void decryptBlock(const uint8_t *in, uint8_t *out) const;

private:
    void round(uint64_t *state) const;        // SubBytes, ShiftRows, MixColumns
    void inverseRound(uint64_t *state) const; // the three undone, in reverse

    int m_words = 0; // 64-bit columns of a block: 2, 4 or 8
    int m_rounds = 0;
    uint64_t m_keys[19][8]{};
};

} // namespace kopii
