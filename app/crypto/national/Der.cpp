// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/Der.h"

#include <QStringList>

namespace kopii::der {

bool read(const QByteArray &data, qsizetype &pos, Element *element)
{
    const qsizetype start = pos;
    if (pos + 2 > data.size())
        return false;
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(data.at(i)); };
    const unsigned char tag = byte(pos++);
    if ((tag & 0x1f) == 0x1f) // multi-byte tags do not occur in what we read
        return false;
    qsizetype length = byte(pos++);
    if (length & 0x80) {
        const int count = int(length & 0x7f);
        if (count == 0 || count > 4 || pos + count > data.size())
            return false; // indefinite or absurd length
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byte(pos++);
    }
    if (length < 0 || length > data.size() - pos)
        return false;
    element->tag = tag;
    element->content = data.mid(pos, length);
    pos += length;
    element->encoded = data.mid(start, pos - start);
    return true;
}

bool children(const QByteArray &content, QList<Element> *elements)
{
    qsizetype pos = 0;
    while (pos < content.size()) {
        Element e;
        if (!read(content, pos, &e))
            return false;
        elements->append(e);
    }
    return true;
}

QString oid(const QByteArray &content)
{
    if (content.isEmpty())
        return {};
    QStringList parts;
    quint64 value = 0;
    bool first = true;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const auto b = static_cast<unsigned char>(content.at(i));
        if (value > (quint64(1) << 56))
            return {};
        value = (value << 7) | (b & 0x7f);
        if (b & 0x80) {
            if (i + 1 == content.size())
                return {};
            continue;
        }
        if (first) {
            const quint64 top = value < 40 ? 0 : value < 80 ? 1 : 2;
            parts << QString::number(top) << QString::number(value - top * 40);
            first = false;
        } else {
            parts << QString::number(value);
        }
        value = 0;
    }
    return parts.join(QLatin1Char('.'));
}

QByteArray objectIdentifier(const QString &dotted)
{
    const QStringList arcs = dotted.split(QLatin1Char('.'));
    if (arcs.size() < 2)
        return {};
    QList<quint64> values;
    for (const QString &arc : arcs)
        values << arc.toULongLong();
    QByteArray content;
    auto base128 = [&content](quint64 v) {
        QByteArray bytes(1, char(v & 0x7f));
        for (v >>= 7; v > 0; v >>= 7)
            bytes.prepend(char(0x80 | (v & 0x7f)));
        content += bytes;
    };
    base128(values.at(0) * 40 + values.at(1));
    for (qsizetype i = 2; i < values.size(); ++i)
        base128(values.at(i));
    return encode(kOid, content);
}

int smallInteger(const Element &element)
{
    if (element.tag != 0x02 || element.content.isEmpty() || element.content.size() > 4 || (uchar(element.content.at(0)) & 0x80))
        return -1;
    int v = 0;
    for (char c : element.content)
        v = v << 8 | uchar(c);
    return v;
}

QByteArray encode(unsigned char tag, const QByteArray &content)
{
    QByteArray out;
    out.append(char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else {
        QByteArray len;
        for (qsizetype v = n; v > 0; v >>= 8)
            len.prepend(char(v & 0xff));
        out.append(char(0x80 | len.size()));
        out.append(len);
    }
    out.append(content);
    return out;
}

} // namespace kopii::der
