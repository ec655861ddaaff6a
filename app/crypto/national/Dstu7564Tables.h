// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The S-boxes and MDS matrix that DSTU 7564 (Kupyna) and DSTU 7624 (Kalyna) share, and the
// round tables built from them. Internal to app/crypto.

#include <cstdint>

namespace kopii::dstu7564 {

extern const uint8_t kSBoxes[4][256];   // π0…π3; row i of the state goes through π(i mod 4)
extern const uint8_t kMds[8];           // the first row of the circulant MDS matrix
uint8_t multiply(uint8_t x, uint8_t y); // in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1
// roundTables()[i][x]: what byte x in row i adds to its 64-bit column after SubBytes and
// MixColumns (row r in byte r).
const uint64_t (&roundTables())[8][256];

} // namespace kopii::dstu7564
