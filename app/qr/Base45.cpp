// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/Base45.h"

namespace kopii {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(char c)
{
    for (int i = 0; i < 45; ++i)
        if (kAlphabet[i] == c)
            return i;
    return -1;
}
} // namespace

QByteArray Base45::encode(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() / 2 * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < data.size(); i += 2) {
        int n = (uchar(data.at(i)) << 8) | uchar(data.at(i + 1));
        out += kAlphabet[n % 45];
        n /= 45;
        out += kAlphabet[n % 45];
        out += kAlphabet[n / 45];
    }
    if (i < data.size()) {
        const int n = uchar(data.at(i));
        out += kAlphabet[n % 45];
        out += kAlphabet[n / 45];
    }
    return out;
}

Result<QByteArray> Base45::decode(const QByteArray &text)
{
    if (text.size() % 3 == 1)
        return Error{Error::Code::Validation, tr("The Base45 text has a wrong length (%1 characters).").arg(text.size()), {}};
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype chunk = qMin<qsizetype>(3, text.size() - i);
        int n = 0;
        int factor = 1;
        for (qsizetype j = 0; j < chunk; ++j) {
            const int v = valueOf(text.at(i + j));
            if (v < 0)
                return Error{Error::Code::Validation,
                             tr("The Base45 text has a character outside its alphabet at position %1.").arg(i + j + 1),
                             {}};
            n += v * factor;
            factor *= 45;
        }
        if (chunk == 3) {
            if (n > 0xFFFF)
                return Error{Error::Code::Validation, tr("The Base45 text is not valid at position %1.").arg(i + 1), {}};
            out += char(n >> 8);
            out += char(n & 0xFF);
        } else {
            if (n > 0xFF)
                return Error{Error::Code::Validation, tr("The Base45 text is not valid at position %1.").arg(i + 1), {}};
            out += char(n);
        }
    }
    return out;
}

} // namespace kopii
