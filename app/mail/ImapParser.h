// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kopii {

// One value of an IMAP response: an atom, a number, a string (quoted or literal), NIL or a list.
struct ImapValue
{
    enum class Type { Atom, String, Nil, List };
    Type type = Type::Atom;
    QByteArray text; // atom or string bytes
    QList<ImapValue> list;

    bool isList() const { return type == Type::List; }
    bool isNil() const { return type == Type::Nil; }
    // The atom or string; empty for NIL and lists.
    QByteArray bytes() const { return type == Type::Atom || type == Type::String ? text : QByteArray(); }
    // The value after the named atom in this list (FETCH items: UID, BODYSTRUCTURE, BODY[]…).
    const ImapValue *find(const QByteArray &name) const;
};

// One complete server response (RFC 3501 / 9051).
struct ImapResponse
{
    enum class Kind { Untagged, Tagged, Continuation, Garbage };
    Kind kind = Kind::Garbage;
    QByteArray tag;          // tagged responses
    QByteArray status;       // OK, NO, BAD, BYE, PREAUTH; for untagged data the keyword (FETCH, CAPABILITY…)
    qint64 number = -1;      // "* 12 EXISTS", "* 3 FETCH …": the number before the keyword
    QByteArray code;         // response code inside [ ]: "UIDVALIDITY 3857529045", "CAPABILITY …"
    QString text;            // human-readable text of status responses (never logged with secrets)
    QList<ImapValue> values; // the data after the keyword (untagged data)
    QString error;           // Garbage: why the bytes could not be read
    bool oversize = false;   // Garbage: a literal or response larger than Kopii accepts was dropped

    bool isStatus() const;
};

// Reads IMAP responses from a byte stream fed in pieces of any size: literals may be split across
// packets, responses come in any order; a response that cannot be read is reported as Garbage and
// skipped, never fatal. Linear in the input: a literal is scanned once however it arrives.
class ImapParser
{
public:
    static constexpr qint64 kMaxLiteral = 64LL * 1024 * 1024;
    static constexpr qsizetype kMaxLine = 1024 * 1024;
    // One response (its lines and literals together), and the literals in it.
    static constexpr qint64 kMaxResponse = kMaxLiteral + 1024 * 1024;
    static constexpr int kMaxLiterals = 10000;

    void feed(const QByteArray &data);
    // The complete responses read so far, oldest first; removes them.
    QList<ImapResponse> take();
    bool hasResponse() const { return !m_ready.isEmpty(); }
    void clear();

    // Parses one complete response (its bytes, with literals inline); public for tests and fuzzing.
    static ImapResponse parse(const QByteArray &response);

private:
    void scan();

    QByteArray m_buffer;
    qsizetype m_scanned = 0;  // bytes of m_buffer checked for the end of the current response
    qint64 m_literalLeft = 0; // bytes of a literal still to skip
    qint64 m_discardLeft = 0; // bytes of an oversized literal still to drop
    bool m_skipLine = false;  // drop up to the end of the line (after an oversized literal)
    int m_literals = 0;       // literals in the current response so far
    QList<ImapResponse> m_ready;
};

} // namespace kopii
