// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/Gost34311.h"

#include <QtGlobal>

#include <cstring>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "GOST 34.311 here assumes a little-endian machine");

namespace kopii {

namespace {

uint32_t le32(const uint8_t *p)
{
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

} // namespace

const Gost28147::SBox &Gost28147::dke1()
{
    static const SBox box = {{
        {0xa, 0x9, 0xd, 0x6, 0xe, 0xb, 0x4, 0x5, 0xf, 0x1, 0x3, 0xc, 0x7, 0x0, 0x8, 0x2},
        {0x8, 0x0, 0xc, 0x4, 0x9, 0x6, 0x7, 0xb, 0x2, 0x3, 0x1, 0xf, 0x5, 0xe, 0xa, 0xd},
        {0xf, 0x6, 0x5, 0x8, 0xe, 0xb, 0xa, 0x4, 0xc, 0x0, 0x3, 0x7, 0x2, 0x9, 0x1, 0xd},
        {0x3, 0x8, 0xd, 0x9, 0x6, 0xb, 0xf, 0x0, 0x2, 0x5, 0xc, 0xa, 0x4, 0xe, 0x1, 0x7},
        {0xf, 0x8, 0xe, 0x9, 0x7, 0x2, 0x0, 0xd, 0xc, 0x6, 0x1, 0x5, 0xb, 0x4, 0x3, 0xa},
        {0x2, 0x8, 0x9, 0x7, 0x5, 0xf, 0x0, 0xb, 0xc, 0x1, 0xd, 0xe, 0xa, 0x3, 0x6, 0x4},
        {0x3, 0x8, 0xb, 0x5, 0x6, 0x4, 0xe, 0xa, 0x2, 0xc, 0x1, 0x7, 0x9, 0xf, 0xd, 0x0},
        {0x1, 0x2, 0x3, 0xe, 0x6, 0xd, 0xb, 0x8, 0xf, 0xa, 0xc, 0x5, 0x7, 0x9, 0x0, 0x4},
    }};
    return box;
}

const Gost28147::SBox &Gost28147::testSBox()
{
    static const SBox box = {{
        {4, 10, 9, 2, 13, 8, 0, 14, 6, 11, 1, 12, 7, 15, 5, 3},
        {14, 11, 4, 12, 6, 13, 15, 10, 2, 3, 8, 1, 0, 7, 5, 9},
        {5, 8, 1, 13, 10, 3, 4, 2, 14, 15, 12, 7, 6, 0, 9, 11},
        {7, 13, 10, 1, 0, 8, 9, 15, 14, 4, 6, 12, 11, 2, 5, 3},
        {6, 12, 7, 1, 5, 15, 13, 8, 4, 10, 9, 14, 0, 3, 11, 2},
        {4, 11, 10, 0, 7, 2, 1, 13, 3, 6, 8, 5, 9, 12, 15, 14},
        {13, 11, 4, 1, 3, 15, 5, 9, 0, 10, 14, 7, 6, 8, 2, 12},
        {1, 15, 13, 0, 5, 7, 10, 4, 9, 2, 3, 14, 6, 11, 8, 12},
    }};
    return box;
}

bool Gost28147::unpack(const QByteArray &packed, SBox *out)
{
    // 64 bytes: the rows in order, 8 bytes (16 nibbles) each, the high nibble first (the order of
    // the Ukrainian "DKE" parameter).
    if (packed.size() != 64)
        return false;
    for (int i = 0; i < 64; ++i) {
        const uint8_t b = uint8_t(packed.at(i));
        (*out)[i / 8][2 * (i % 8)] = b >> 4;
        (*out)[i / 8][2 * (i % 8) + 1] = b & 0xf;
    }
    return true;
}

Gost28147::Gost28147(const SBox &sbox)
{
    auto substitute = [&sbox](uint32_t x, int firstNibble, int nibbles) {
        uint32_t v = 0;
        for (int i = 0; i < nibbles; ++i)
            v |= uint32_t(sbox[firstNibble + i][(x >> (4 * i)) & 0xf]) << (4 * (firstNibble + i));
        return v << 11 | v >> 21;
    };
    for (uint32_t x = 0; x < 4096; ++x) {
        m_low[x] = substitute(x, 0, 3);
        m_mid[x] = substitute(x, 3, 3);
    }
    for (uint32_t x = 0; x < 256; ++x)
        m_high[x] = substitute(x, 6, 2);
}

void Gost28147::setKey(const uint8_t key[32])
{
    for (int i = 0; i < 8; ++i)
        m_key[i] = le32(key + 4 * i);
}

void Gost28147::encrypt(uint32_t &n1, uint32_t &n2) const
{
    uint32_t a = n1, b = n2;
    for (int pass = 0; pass < 3; ++pass)
        for (int i = 0; i < 8; i += 2) {
            b ^= f(a + m_key[i]);
            a ^= f(b + m_key[i + 1]);
        }
    for (int i = 7; i > 0; i -= 2) {
        b ^= f(a + m_key[i]);
        a ^= f(b + m_key[i - 1]);
    }
    // The last round does not swap the halves.
    n1 = b;
    n2 = a;
}

void Gost28147::decrypt(uint32_t &n1, uint32_t &n2) const
{
    // The rounds of encryption backwards: K0…K7 once, then K7…K0 three times.
    uint32_t a = n1, b = n2;
    for (int i = 0; i < 8; i += 2) {
        b ^= f(a + m_key[i]);
        a ^= f(b + m_key[i + 1]);
    }
    for (int pass = 0; pass < 3; ++pass)
        for (int i = 7; i > 0; i -= 2) {
            b ^= f(a + m_key[i]);
            a ^= f(b + m_key[i - 1]);
        }
    n1 = b;
    n2 = a;
}

void Gost28147::macStep(uint32_t &n1, uint32_t &n2) const
{
    uint32_t a = n1, b = n2;
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 8; i += 2) {
            b ^= f(a + m_key[i]);
            a ^= f(b + m_key[i + 1]);
        }
    n1 = a;
    n2 = b;
}

void Gost28147::encrypt4(const uint32_t keys[4][8], uint32_t blocks[4][2]) const
{
    // Plain locals, so that the eight halves stay in registers.
    uint32_t a0 = blocks[0][0], a1 = blocks[1][0], a2 = blocks[2][0], a3 = blocks[3][0];
    uint32_t b0 = blocks[0][1], b1 = blocks[1][1], b2 = blocks[2][1], b3 = blocks[3][1];
    const uint32_t *k0 = keys[0], *k1 = keys[1], *k2 = keys[2], *k3 = keys[3];
    // A macro, not a lambda: the eight halves must stay in registers through all 32 rounds.
#define KOPII_GOST_ROUNDS(x, y)                                                                                                  \
    b0 ^= f(a0 + k0[x]), b1 ^= f(a1 + k1[x]), b2 ^= f(a2 + k2[x]), b3 ^= f(a3 + k3[x]);                                          \
    a0 ^= f(b0 + k0[y]), a1 ^= f(b1 + k1[y]), a2 ^= f(b2 + k2[y]), a3 ^= f(b3 + k3[y])
    for (int pass = 0; pass < 3; ++pass) {
        KOPII_GOST_ROUNDS(0, 1);
        KOPII_GOST_ROUNDS(2, 3);
        KOPII_GOST_ROUNDS(4, 5);
        KOPII_GOST_ROUNDS(6, 7);
    }
    KOPII_GOST_ROUNDS(7, 6);
    KOPII_GOST_ROUNDS(5, 4);
    KOPII_GOST_ROUNDS(3, 2);
    KOPII_GOST_ROUNDS(1, 0);
#undef KOPII_GOST_ROUNDS
    blocks[0][0] = b0, blocks[1][0] = b1, blocks[2][0] = b2, blocks[3][0] = b3;
    blocks[0][1] = a0, blocks[1][1] = a1, blocks[2][1] = a2, blocks[3][1] = a3;
}

Gost34311::Gost34311(const Gost28147::SBox &sbox) : m_cipher(sbox) {}

void Gost34311::reset()
{
    std::memset(m_h, 0, sizeof m_h);
    std::memset(m_sum, 0, sizeof m_sum);
    std::memset(m_buffer, 0, sizeof m_buffer);
    m_bits = 0;
    m_buffered = 0;
}

namespace {

uint64_t le64(const uint8_t *p)
{
    uint64_t v;
    std::memcpy(&v, p, 8); // the hash is defined little-endian; so is every machine Kopii runs on
    return v;
}

// psi^n over sixteen 16-bit words, held in four 64-bit registers (word 4i + k in lane k of x[i]):
// a linear feedback register, each step one new word (y1 ^ y2 ^ y3 ^ y4 ^ y13 ^ y16) shifted in at
// the top. Four steps at a time: the older words' parts of the next four words at once, then the
// chain through the newest word as a prefix XOR over the lanes. No memory: the words made are
// needed again at once.
void psi(uint64_t x[4], int n)
{
    uint64_t x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
    for (; n >= 4; n -= 4) {
        uint64_t a = x0 ^ (x0 >> 16 | x1 << 48) ^ (x0 >> 32 | x1 << 32) ^ (x0 >> 48 | x1 << 16) ^ x3;
        a ^= a << 16;
        a ^= a << 32;
        a ^= (x3 >> 48) * 0x0001000100010001ULL;
        x0 = x1, x1 = x2, x2 = x3, x3 = a;
    }
    for (; n > 0; --n) {
        const uint64_t word = (x0 ^ x0 >> 16 ^ x0 >> 32 ^ x0 >> 48 ^ x3 ^ x3 >> 48) & 0xffff;
        x0 = x0 >> 16 | x1 << 48;
        x1 = x1 >> 16 | x2 << 48;
        x2 = x2 >> 16 | x3 << 48;
        x3 = x3 >> 16 | word << 48;
    }
    x[0] = x0, x[1] = x1, x[2] = x2, x[3] = x3;
}

} // namespace

void Gost34311::step(uint8_t h[32], const uint8_t m[32])
{
    // 256-bit values as four little-endian 64-bit words, the lowest first. A(Y) = (y1 ^ y2) | y4 |
    // y3 | y2; C3 is the standard's constant; P takes byte 8i + k of W to byte i + 4k of the key,
    // so key word j is bytes j, 8 + j, 16 + j and 24 + j of W.
    static const uint64_t c3[4] = {0xff00ff00ff00ff00ULL, 0x00ff00ff00ff00ffULL, 0xff0000ff00ffff00ULL, 0xff00ffff000000ffULL};
    uint64_t u[4], v[4], w[4], hw64[4];
    for (int i = 0; i < 4; ++i) {
        u[i] = hw64[i] = le64(h + 8 * i);
        v[i] = le64(m + 8 * i);
    }
    uint32_t keys[4][8];
    uint32_t blocks[4][2];
    for (int j = 0; j < 4; ++j) {
        if (j > 0) {
            const uint64_t u0 = u[0] ^ u[1];
            u[0] = u[1], u[1] = u[2], u[2] = u[3], u[3] = u0;
            if (j == 2)
                for (int i = 0; i < 4; ++i)
                    u[i] ^= c3[i];
            const uint64_t v0 = v[0] ^ v[1], v1 = v[1] ^ v[2];
            v[0] = v[2], v[1] = v[3], v[2] = v0, v[3] = v1;
        }
        for (int i = 0; i < 4; ++i)
            w[i] = u[i] ^ v[i];
        uint8_t wb[32];
        std::memcpy(wb, w, 32);
        for (int k = 0; k < 8; ++k)
            keys[j][k] = uint32_t(wb[k]) | uint32_t(wb[8 + k]) << 8 | uint32_t(wb[16 + k]) << 16 | uint32_t(wb[24 + k]) << 24;
        blocks[j][0] = uint32_t(hw64[j]);
        blocks[j][1] = uint32_t(hw64[j] >> 32);
    }
    m_cipher.encrypt4(keys, blocks);
    uint32_t s[8];
    for (int j = 0; j < 4; ++j)
        s[2 * j] = blocks[j][0], s[2 * j + 1] = blocks[j][1];
    uint64_t sw[4], mw[4];
    std::memcpy(sw, s, 32);
    std::memcpy(mw, m, 32);
    psi(sw, 12);
    for (int i = 0; i < 4; ++i)
        sw[i] ^= mw[i];
    psi(sw, 1);
    for (int i = 0; i < 4; ++i)
        sw[i] ^= hw64[i];
    psi(sw, 61);
    std::memcpy(h, sw, 32);
}

void Gost34311::compress(const uint8_t block[32])
{
    step(m_h, block);
    uint64_t sum[4];
    std::memcpy(sum, m_sum, 32);
    unsigned carry = 0;
    for (int i = 0; i < 4; ++i) {
        const uint64_t add = le64(block + 8 * i);
        const uint64_t t = sum[i] + add;
        const unsigned c1 = t < add;
        sum[i] = t + carry;
        carry = c1 | (sum[i] < t);
    }
    std::memcpy(m_sum, sum, 32);
}

void Gost34311::addData(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uint8_t *>(data);
    m_bits += uint64_t(size) * 8;
    if (m_buffered > 0) {
        const qsizetype take = qMin<qsizetype>(size, 32 - m_buffered);
        std::memcpy(m_buffer + m_buffered, p, size_t(take));
        m_buffered += int(take);
        p += take;
        size -= take;
        if (m_buffered < 32)
            return;
        compress(m_buffer);
        m_buffered = 0;
    }
    for (; size >= 32; p += 32, size -= 32)
        compress(p);
    std::memcpy(m_buffer, p, size_t(size));
    m_buffered = int(size);
}

QByteArray Gost34311::result()
{
    if (m_buffered > 0) {
        std::memset(m_buffer + m_buffered, 0, size_t(32 - m_buffered));
        compress(m_buffer);
    }
    uint8_t length[32] = {};
    for (int i = 0; i < 8; ++i)
        length[i] = uint8_t(m_bits >> (8 * i));
    step(m_h, length);
    uint8_t sum[32];
    std::memcpy(sum, m_sum, 32);
    step(m_h, sum);
    const QByteArray out(reinterpret_cast<const char *>(m_h), 32);
    reset();
    return out;
}

QByteArray Gost34311::hash(const QByteArray &data, const Gost28147::SBox &sbox)
{
    Gost34311 h(sbox);
    h.addData(data);
    return h.result();
}

} // namespace kopii
