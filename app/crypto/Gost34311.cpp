#include "Gost34311.h"

#include <cstring>

namespace kopii {

namespace {

uint32_t le32(const uint8_t *p)
{
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

void putLe32(uint8_t *p, uint32_t v)
{
    p[0] = uint8_t(v);
    p[1] = uint8_t(v >> 8);
    p[2] = uint8_t(v >> 16);
    p[3] = uint8_t(v >> 24);
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
    // Pairs of rows as byte tables, the rotation left by 11 applied in advance.
    for (int pair = 0; pair < 4; ++pair)
        for (uint32_t x = 0; x < 256; ++x) {
            const uint32_t v = (uint32_t(sbox[2 * pair + 1][x >> 4]) << 4 | sbox[2 * pair][x & 0xf]) << (8 * pair);
            m_t[pair][x] = v << 11 | v >> 21;
        }
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

Gost34311::Gost34311(const Gost28147::SBox &sbox)
    : m_cipher(sbox)
{
}

void Gost34311::reset()
{
    std::memset(m_h, 0, sizeof m_h);
    std::memset(m_sum, 0, sizeof m_sum);
    std::memset(m_buffer, 0, sizeof m_buffer);
    m_bits = 0;
    m_buffered = 0;
}

namespace {

// A(Y) = (y1 ^ y2) | y4 | y3 | y2 over 64-bit words, y1 the lowest.
void transformA(uint8_t y[32])
{
    uint8_t first[8];
    for (int i = 0; i < 8; ++i)
        first[i] = y[i] ^ y[8 + i];
    std::memmove(y, y + 8, 24);
    std::memcpy(y + 24, first, 8);
}

// P: byte i + 4k of the key is byte 8i + k of W (i = 0..3, k = 0..7).
void transformP(const uint8_t w[32], uint8_t key[32])
{
    for (int i = 0; i < 4; ++i)
        for (int k = 0; k < 8; ++k)
            key[i + 4 * k] = w[8 * i + k];
}

// psi^n over sixteen 16-bit words: a linear feedback register, each step one new word
// (y1 ^ y2 ^ y3 ^ y4 ^ y13 ^ y16) shifted in at the top.
void psi(uint16_t w[16], int n)
{
    uint16_t r[16 + 64];
    std::memcpy(r, w, sizeof(uint16_t) * 16);
    for (int t = 0; t < n; ++t)
        r[16 + t] = r[t] ^ r[t + 1] ^ r[t + 2] ^ r[t + 3] ^ r[t + 12] ^ r[t + 15];
    std::memcpy(w, r + n, sizeof(uint16_t) * 16);
}

void toWords(const uint8_t b[32], uint16_t w[16])
{
    for (int i = 0; i < 16; ++i)
        w[i] = uint16_t(b[2 * i] | b[2 * i + 1] << 8);
}

} // namespace

void Gost34311::step(uint8_t h[32], const uint8_t m[32])
{
    static const uint8_t c3[32] = {0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0x00, 0xff, 0xff, 0x00, 0xff,
                                   0x00, 0xff, 0x00, 0xff, 0x00, 0x00, 0xff, 0xff, 0x00, 0xff, 0x00,
                                   0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0xff};
    uint8_t u[32], v[32], w[32], key[32], s[32];
    std::memcpy(u, h, 32);
    std::memcpy(v, m, 32);
    for (int j = 0; j < 4; ++j) {
        if (j > 0) {
            transformA(u);
            if (j == 2)
                for (int i = 0; i < 32; ++i)
                    u[i] ^= c3[i];
            transformA(v);
            transformA(v);
        }
        for (int i = 0; i < 32; ++i)
            w[i] = u[i] ^ v[i];
        transformP(w, key);
        m_cipher.setKey(key);
        uint32_t n1 = le32(h + 8 * j), n2 = le32(h + 8 * j + 4);
        m_cipher.encrypt(n1, n2);
        putLe32(s + 8 * j, n1);
        putLe32(s + 8 * j + 4, n2);
    }
    uint16_t sw[16], mw[16], hw[16];
    toWords(s, sw);
    toWords(m, mw);
    toWords(h, hw);
    psi(sw, 12);
    for (int i = 0; i < 16; ++i)
        sw[i] ^= mw[i];
    psi(sw, 1);
    for (int i = 0; i < 16; ++i)
        sw[i] ^= hw[i];
    psi(sw, 61);
    for (int i = 0; i < 16; ++i) {
        h[2 * i] = uint8_t(sw[i]);
        h[2 * i + 1] = uint8_t(sw[i] >> 8);
    }
}

void Gost34311::compress(const uint8_t block[32])
{
    step(m_h, block);
    unsigned carry = 0;
    for (int i = 0; i < 32; ++i) {
        carry += unsigned(m_sum[i]) + block[i];
        m_sum[i] = uint8_t(carry);
        carry >>= 8;
    }
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
