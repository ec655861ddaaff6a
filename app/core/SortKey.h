// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kopii {

// A key that sorts text as a Ukrainian reader expects, case-insensitively, by plain byte
// comparison: so that any SQL database (SQLite's BINARY, PostgreSQL's bytea) orders the column
// the same way, whatever its collation. Letters are folded to one case; Cyrillic comes before
// Latin and follows the Ukrainian alphabet (а б в г ґ д е є ж з и і ї й … ь ю я, with ё, ъ, ы, э
// where Russian has them); apostrophes inside names (Мар'яна) and accents are ignored; digits
// come before letters; everything else keeps its Unicode order, after the letters.
// Stored as BLOB (SqlDialect::blobType); two bytes per character, big-endian.
QByteArray sortKey(const QString &text);

} // namespace kopii
