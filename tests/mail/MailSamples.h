// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders of e-mails as visitors' copies arrive: a PDF and its P7S per document, Cyrillic names
// in the encodings mail programs use, forwards.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>

namespace kopii::test {

struct Attachment
{
    QByteArray nameHeader; // the whole filename parameter(s), e.g. filename="a.pdf"
    QByteArray contentType;
    QByteArray data;
};

inline QByteArray rfc2231(const QString &name)
{
    return "filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

inline QByteArray rfc2047(const QString &name, const char *charset = "UTF-8")
{
    QByteArray bytes;
    if (qstrcmp(charset, "UTF-8") == 0) {
        bytes = name.toUtf8();
    } else {
        QStringEncoder encoder(charset);
        bytes = encoder.encode(name);
    }
    return "filename=\"=?" + QByteArray(charset) + "?B?" + bytes.toBase64() + "?=\"";
}

inline QByteArray wrap64(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

inline QByteArray part(const Attachment &a)
{
    return "Content-Type: " + a.contentType + "\r\nContent-Disposition: attachment; " + a.nameHeader
        + "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrap64(a.data);
}

inline QByteArray message(const QList<Attachment> &attachments, const QByteArray &extraHeaders = QByteArray(),
                          const QByteArray &from = "\"=?UTF-8?B?0IbQstCw0L0g0J/QtdGC0YDQtdC90LrQvg==?=\" <ivan@example.com>",
                          const QByteArray &messageId = "<m1@example.com>")
{
    const QByteArray boundary = "==kopii-boundary-1==";
    QByteArray m = "From: " + from + "\r\nTo: centr@example.com\r\nSubject: =?UTF-8?B?"
        + QStringLiteral("Копії документів").toUtf8().toBase64()
        + "?=\r\nDate: Wed, 25 Nov 2026 10:00:00 +0200\r\nMessage-ID: " + messageId + "\r\nMIME-Version: 1.0\r\n" + extraHeaders
        + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\nThis is a MIME message.\r\n--" + boundary
        + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + QStringLiteral("Надсилаю копії.").toUtf8() + "\r\n";
    for (const Attachment &a : attachments)
        m += "--" + boundary + "\r\n" + part(a);
    m += "--" + boundary + "--\r\n";
    return m;
}

inline QList<Attachment> pairOf(const QString &stem, const QByteArray &pdf, const QByteArray &p7s)
{
    return {{rfc2231(stem + QStringLiteral(".pdf")), "application/pdf", pdf},
            {rfc2231(stem + QStringLiteral(".pdf.p7s")), "application/pkcs7-signature", p7s}};
}

} // namespace kopii::test
