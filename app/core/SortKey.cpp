// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SortKey.h"

namespace kopii {

namespace {

// The Cyrillic letters Ukrainian (and Russian) names use, lower case, in alphabetical order.
const QString &cyrillicOrder()
{
    static const QString order = QStringLiteral("абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя");
    return order;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'`' || c == u'\u2018';
}

} // namespace

QByteArray sortKey(const QString &text)
{
    // Bands, so that byte order is: spaces and punctuation, digits, Cyrillic, Latin, the rest.
    constexpr quint16 kDigits = 0x0100;
    constexpr quint16 kCyrillic = 0x0200;
    constexpr quint16 kLatin = 0x0300;
    constexpr quint16 kOther = 0x0400;
    const QString folded = text.simplified().normalized(QString::NormalizationForm_D).toCaseFolded();
    QByteArray key;
    key.reserve(folded.size() * 2);
    for (int i = 0; i < folded.size(); ++i) {
        QChar c = folded.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // an accent (the marks of й, ї, ё are taken with their letter below)
        if (isApostrophe(c))
            continue;
        // й, ї, ё are letters of their own: decomposition split them (и + breve, і + diaeresis,
        // е + diaeresis); put them back.
        if (i + 1 < folded.size()) {
            const QChar next = folded.at(i + 1);
            if (c == u'и' && next == u'\u0306')
                c = u'й';
            else if (c == u'і' && next == u'\u0308')
                c = u'ї';
            else if (c == u'е' && next == u'\u0308')
                c = u'ё';
        }
        quint16 rank;
        const qsizetype cyr = cyrillicOrder().indexOf(c);
        if (cyr >= 0)
            rank = quint16(kCyrillic + cyr);
        else if (c >= u'0' && c <= u'9')
            rank = quint16(kDigits + (c.unicode() - u'0'));
        else if (c >= u'a' && c <= u'z')
            rank = quint16(kLatin + (c.unicode() - u'a'));
        else if (c.unicode() < 0x80)
            rank = c.unicode(); // space and ASCII punctuation: before everything
        else
            rank = quint16(qMin<int>(0xFFFF, kOther + c.unicode()));
        key.append(char(rank >> 8));
        key.append(char(rank & 0xFF));
    }
    return key;
}

} // namespace kopii
