// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/Kalyna.h"

#include "crypto/national/Dstu7564Tables.h"

#include <QtGlobal>

#include <cstring>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "Kalyna here assumes a little-endian machine");

namespace kopii {

namespace {

// The first row of the inverse MDS matrix (DSTU 7624:2014).
constexpr uint8_t kInverseMds[8] = {0xad, 0x95, 0x76, 0xa8, 0x2f, 0x49, 0xd7, 0xca};

struct InverseTables
{
    uint8_t sbox[4][256];
    uint64_t mix[8][256]; // what byte x in row i adds to its column after the inverse MixColumns
    InverseTables()
    {
        for (int b = 0; b < 4; ++b)
            for (int x = 0; x < 256; ++x)
                sbox[b][dstu7564::kSBoxes[b][x]] = uint8_t(x);
        for (int i = 0; i < 8; ++i)
            for (int x = 0; x < 256; ++x) {
                uint64_t column = 0;
                for (int row = 0; row < 8; ++row)
                    column |= uint64_t(dstu7564::multiply(uint8_t(x), kInverseMds[(i - row + 8) % 8])) << (8 * row);
                mix[i][x] = column;
            }
    }
};

const InverseTables &inverse()
{
    static const InverseTables tables;
    return tables;
}

// Row i of a block of `words` columns moves this many columns on in ShiftRows.
inline int shiftOf(int row, int words)
{
    return row / (8 / words);
}

} // namespace

void Kalyna::round(uint64_t *state) const
{
    const auto &t = dstu7564::roundTables();
    uint64_t out[8];
    for (int j = 0; j < m_words; ++j) {
        uint64_t column = 0;
        for (int i = 0; i < 8; ++i)
            column ^= t[i][(state[(j - shiftOf(i, m_words) + m_words) % m_words] >> (8 * i)) & 0xff];
        out[j] = column;
    }
    std::memcpy(state, out, size_t(m_words) * 8);
}

void Kalyna::inverseRound(uint64_t *state) const
{
    const InverseTables &inv = inverse();
    uint64_t mixed[8], out[8];
    for (int j = 0; j < m_words; ++j) {
        uint64_t column = 0;
        for (int i = 0; i < 8; ++i)
            column ^= inv.mix[i][(state[j] >> (8 * i)) & 0xff];
        mixed[j] = column;
    }
    for (int j = 0; j < m_words; ++j) {
        uint64_t column = 0;
        for (int i = 0; i < 8; ++i) {
            const uint8_t b = uint8_t(mixed[(j + shiftOf(i, m_words)) % m_words] >> (8 * i));
            column |= uint64_t(inv.sbox[i % 4][b]) << (8 * i);
        }
        out[j] = column;
    }
    std::memcpy(state, out, size_t(m_words) * 8);
}

Kalyna::Kalyna(int blockBits, const QByteArray &key)
{
    const int nb = blockBits / 64, nk = int(key.size()) / 8;
    const bool lengths = (nb == 2 || nb == 4 || nb == 8) && key.size() % 8 == 0 && (nk == nb || (nk == 2 * nb && nb < 8));
    if (!lengths)
        return;
    m_words = nb;
    m_rounds = nk == 2 ? 10 : nk == 4 ? 14 : 18;
    uint64_t k[8];
    std::memcpy(k, key.constData(), size_t(key.size()));
    const auto add = [nb](uint64_t *s, const uint64_t *v) {
        for (int i = 0; i < nb; ++i)
            s[i] += v[i];
    };
    const auto exclusive = [nb](uint64_t *s, const uint64_t *v) {
        for (int i = 0; i < nb; ++i)
            s[i] ^= v[i];
    };
    // Kt: a zero block with Nb + Nk + 1 in its first word, through three rounds with the key's
    // halves added, xored, added.
    uint64_t kt[8] = {};
    kt[0] = uint64_t(nb + nk + 1);
    const uint64_t *k0 = k, *k1 = nk == nb ? k : k + nb;
    add(kt, k0);
    round(kt);
    exclusive(kt, k1);
    round(kt);
    add(kt, k0);
    round(kt);
    // The even round keys: from the key (turned a word further every other time) with Kt + tmv.
    uint64_t tmv[8], data[8], state[8], ktRound[8];
    for (int i = 0; i < nb; ++i)
        tmv[i] = 0x0001000100010001ULL;
    std::memcpy(data, k, sizeof data);
    const auto evenKey = [&](const uint64_t *from, int index) {
        std::memcpy(ktRound, kt, sizeof ktRound);
        add(ktRound, tmv);
        std::memcpy(state, from, size_t(nb) * 8);
        add(state, ktRound);
        round(state);
        exclusive(state, ktRound);
        round(state);
        add(state, ktRound);
        std::memcpy(m_keys[index], state, size_t(nb) * 8);
    };
    for (int index = 0;;) {
        evenKey(data, index);
        if (index == m_rounds)
            break;
        if (nk != nb) {
            index += 2;
            for (int i = 0; i < nb; ++i)
                tmv[i] <<= 1;
            evenKey(data + nb, index);
            if (index == m_rounds)
                break;
        }
        index += 2;
        for (int i = 0; i < nb; ++i)
            tmv[i] <<= 1;
        const uint64_t first = data[0]; // the key's words turned by one
        std::memmove(data, data + 1, size_t(nk - 1) * 8);
        data[nk - 1] = first;
    }
    // The odd round keys: the even one before, its bytes turned left by 2·Nb + 3.
    const int bytes = nb * 8, turn = 2 * nb + 3;
    for (int i = 1; i < m_rounds; i += 2) {
        const auto *from = reinterpret_cast<const uint8_t *>(m_keys[i - 1]);
        auto *to = reinterpret_cast<uint8_t *>(m_keys[i]);
        for (int b = 0; b < bytes; ++b)
            to[b] = from[(b + turn) % bytes];
    }
    volatile uint8_t *wipe = reinterpret_cast<volatile uint8_t *>(k);
    for (size_t i = 0; i < sizeof k; ++i)
        wipe[i] = 0;
    for (uint64_t *secret : {kt, data, state, ktRound})
        for (int i = 0; i < 8; ++i)
            reinterpret_cast<volatile uint64_t *>(secret)[i] = 0;
}

Kalyna::~Kalyna()
{
    volatile uint64_t *keys = &m_keys[0][0];
    for (size_t i = 0; i < sizeof m_keys / sizeof(uint64_t); ++i)
        keys[i] = 0;
}

void Kalyna::encryptBlock(const uint8_t *in, uint8_t *out) const
{
    uint64_t s[8];
    std::memcpy(s, in, size_t(m_words) * 8);
    for (int i = 0; i < m_words; ++i)
        s[i] += m_keys[0][i];
    for (int r = 1; r < m_rounds; ++r) {
        round(s);
        for (int i = 0; i < m_words; ++i)
            s[i] ^= m_keys[r][i];
    }
    round(s);
    for (int i = 0; i < m_words; ++i)
        s[i] += m_keys[m_rounds][i];
    std::memcpy(out, s, size_t(m_words) * 8);
}

void Kalyna::decryptBlock(const uint8_t *in, uint8_t *out) const
{
    uint64_t s[8];
    std::memcpy(s, in, size_t(m_words) * 8);
    for (int i = 0; i < m_words; ++i)
        s[i] -= m_keys[m_rounds][i];
    for (int r = m_rounds - 1; r > 0; --r) {
        inverseRound(s);
        for (int i = 0; i < m_words; ++i)
            s[i] ^= m_keys[r][i];
    }
    inverseRound(s);
    for (int i = 0; i < m_words; ++i)
        s[i] -= m_keys[0][i];
    std::memcpy(out, s, size_t(m_words) * 8);
}

} // namespace kopii
