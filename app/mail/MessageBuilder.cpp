// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MessageBuilder.h"

#include <QLocale>
#include <QRandomGenerator>

namespace kopii {

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

QByteArray rfc5322Date(const QDateTime &when)
{
    // English day and month names whatever the locale; the offset as +HHMM.
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = QByteArray(offset < 0 ? "-" : "+") + QByteArray::number(qAbs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(local, QStringLiteral("ddd, d MMM yyyy HH:mm:ss ")).toLatin1() + zone;
}

QByteArray address(const QString &name, const QString &addr)
{
    if (name.isEmpty())
        return addr.toUtf8();
    if (isPlainAscii(name))
        return "\"" + name.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\" <" + addr.toUtf8() + ">";
    return MessageBuilder::encodeWord(name) + "\r\n <" + addr.toUtf8() + ">";
}

// Base64 in lines of 76 characters.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// filename*=utf-8''… as RFC 2231 continuations (filename*0*=, filename*1*=…) of short lines, each
// cut between percent-escapes.
QByteArray dispositionName(const QString &fileName)
{
    const QByteArray value = MessageBuilder::encodeParameter(fileName);
    if (value.size() <= 60)
        return " filename*=" + value;
    QByteArray out;
    int index = 0;
    for (qsizetype i = 0; i < value.size(); ++index) {
        qsizetype end = qMin(value.size(), i + 60);
        while (end < value.size() && (value.at(end - 1) == '%' || (end - 2 >= i && value.at(end - 2) == '%')))
            --end; // never cut "%D0" inside
        out += "\r\n filename*" + QByteArray::number(index) + "*=" + value.mid(i, end - i) + (end < value.size() ? ";" : "");
        i = end;
    }
    return out;
}

} // namespace

QByteArray MessageBuilder::encodeWord(const QString &text)
{
    if (isPlainAscii(text))
        return text.toUtf8();
    // Encoded words of at most 66 characters (lines stay under 78), each cut between characters
    // and, where it can be, after a multiple of 3 bytes: a word without base64 padding. Some
    // readers (GMime among them) join adjacent words before decoding, and padding in the middle
    // ends their decoding early.
    QList<QByteArray> characters;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString c = text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            c += text.at(++i);
        characters.append(c.toUtf8());
    }
    QByteArray out;
    qsizetype at = 0;
    while (at < characters.size()) {
        qsizetype end = at, bytes = 0, cut = -1, cutBytes = 0;
        while (end < characters.size() && bytes + characters.at(end).size() <= 39) {
            bytes += characters.at(end++).size();
            if (bytes % 3 == 0) {
                cut = end;
                cutBytes = bytes;
            }
        }
        if (end < characters.size() && cut > at && cutBytes >= 24)
            end = cut;
        QByteArray word;
        for (qsizetype i = at; i < end; ++i)
            word += characters.at(i);
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
        at = end;
    }
    return out;
}

QByteArray MessageBuilder::encodeParameter(const QString &text)
{
    return "utf-8''" + text.toUtf8().toPercentEncoding();
}

QByteArray MessageBuilder::build() const
{
    const QByteArray boundary = "=_kopii_" + randomToken(12);
    const QByteArray id = messageId.isEmpty() ? randomToken(16) + "@kopii.invalid" : messageId;
    QByteArray m;
    m += "From: " + address(fromName, fromAddress) + "\r\n";
    m += "To: " + toAddress.toUtf8() + "\r\n";
    m += "Subject: " + encodeWord(subject) + "\r\n";
    m += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTime()) + "\r\n";
    m += "Message-ID: <" + id + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    m += "\r\nThis is a multi-part message in MIME format.\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(QString(body)
                         .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                         .replace(QLatin1Char('\n'), QStringLiteral("\r\n"))
                         .toUtf8());
    for (const Attachment &a : attachments) {
        m += "--" + boundary + "\r\n";
        m += "Content-Type: " + a.contentType + ";\r\n name=\"" + encodeWord(a.fileName) + "\"\r\n";
        m += "Content-Disposition: attachment;" + dispositionName(a.fileName) + "\r\n";
        m += "Content-Transfer-Encoding: base64\r\n\r\n";
        m += base64Lines(a.data);
    }
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace kopii
