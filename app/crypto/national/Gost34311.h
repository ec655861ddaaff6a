// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

namespace kopii {

// GOST 28147-89 (the block cipher, encryption of one 64-bit block) with a given S-box: 8 rows of
// 16 nibbles, row 0 for the lowest nibble. Only what GOST 34.311 and the key containers need.
class Gost28147
{
public:
    using SBox = std::array<std::array<uint8_t, 16>, 8>;
    static const SBox &dke1();     // ДКЕ №1: Ukrainian certificates, signatures, key containers
    static const SBox &testSBox(); // the test S-box of GOST 34.311-95 Annex A (the standard's examples)
    // The 64-byte packed form found in Ukrainian key parameters (two nibbles a byte); false when
    // `packed` is not 64 bytes.
    static bool unpack(const QByteArray &packed, SBox *out);

    explicit Gost28147(const SBox &sbox);
    void setKey(const uint8_t key[32]);
    // Encrypts the block held as two little-endian 32-bit halves (n1 the low one).
    void encrypt(uint32_t &n1, uint32_t &n2) const;
    void decrypt(uint32_t &n1, uint32_t &n2) const;
    // The 16-round step of the MAC mode (imitovstavka): K0…K7 twice, the halves not swapped back.
    void macStep(uint32_t &n1, uint32_t &n2) const;
    // Four blocks under four keys at once, their rounds interleaved (GOST's rounds are a chain of
    // table look-ups: one alone leaves the processor waiting). blocks[i] = {n1, n2}.
    void encrypt4(const uint32_t keys[4][8], uint32_t blocks[4][2]) const;

private:
    uint32_t f(uint32_t x) const { return m_low[x & 0xfff] ^ m_mid[(x >> 12) & 0xfff] ^ m_high[x >> 24]; }
    // Three nibbles, three nibbles and two nibbles substituted at once, the rotation by 11 folded
    // in: three look-ups a round, in 33 KB.
    std::array<uint32_t, 4096> m_low{}, m_mid{};
    std::array<uint32_t, 256> m_high{};
    uint32_t m_key[8]{};
};

// GOST 34.311-95 (GOST R 34.11-94): the 256-bit hash of Ukrainian signatures with GOST 28147 in
// it, by default with the ДКЕ №1 S-box. Bytes in, 32 bytes out, in the order implementations and
// the published vectors use.
class Gost34311
{
public:
    explicit Gost34311(const Gost28147::SBox &sbox = Gost28147::dke1());
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // the hash; the object starts over afterwards
    void reset();

    static QByteArray hash(const QByteArray &data, const Gost28147::SBox &sbox = Gost28147::dke1());

private:
    void compress(const uint8_t block[32]);
    void step(uint8_t h[32], const uint8_t m[32]);

    Gost28147 m_cipher;
    uint8_t m_h[32]{};
    uint8_t m_sum[32]{};
    uint64_t m_bits = 0;
    uint8_t m_buffer[32]{};
    int m_buffered = 0;
};

} // namespace kopii
