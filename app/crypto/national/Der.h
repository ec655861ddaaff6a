// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kopii::der {

// One DER element (definite length only): tag byte, the content, and the whole encoding.
struct Element
{
    unsigned char tag = 0;
    QByteArray content;
    QByteArray encoded;
};

// Reads one element at `pos` and moves `pos` past it; false on malformed input.
bool read(const QByteArray &data, qsizetype &pos, Element *element);
// The elements inside a constructed element's content; false if any is malformed.
bool children(const QByteArray &content, QList<Element> *elements);
// Dotted text of an OBJECT IDENTIFIER element's content ("" when malformed).
QString oid(const QByteArray &content);
// A small non-negative INTEGER element's value; -1 when it is not one (or does not fit 31 bits).
int smallInteger(const Element &element);

// Small DER writers, enough for building CBOR-free structures in tests and signed attributes.
QByteArray encode(unsigned char tag, const QByteArray &content);
// An OBJECT IDENTIFIER element from its dotted text ("1.2.804.2.1.1.1.1.2.1").
QByteArray objectIdentifier(const QString &dotted);

constexpr unsigned char kSequence = 0x30;
constexpr unsigned char kSet = 0x31;
constexpr unsigned char kOid = 0x06;
constexpr unsigned char kOctetString = 0x04;

} // namespace kopii::der
