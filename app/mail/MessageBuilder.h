// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kopii {

// An e-mail with attachments, as a mail program drafts it: multipart/mixed, a UTF-8 text body,
// each attachment base64 with its name in RFC 2231 (filename*=utf-8''…) and, for older readers,
// RFC 2047 (name="=?UTF-8?B?…?="); the subject and display names in RFC 2047. CRLF line ends.
// Used by the demo workspace and the reference citizen app (what the Diia app sends).
class MessageBuilder
{
public:
    struct Attachment
    {
        QString fileName;
        QByteArray contentType; // "application/pdf", "application/pkcs7-signature"
        QByteArray data;
    };

    QString fromName, fromAddress;
    QString toAddress;
    QString subject;
    QString body;
    QDateTime date;       // now when invalid
    QByteArray messageId; // without < >; a random one when empty
    QList<Attachment> attachments;

    QByteArray build() const;

    // "=?UTF-8?B?…?=" for text that is not plain ASCII, else the text itself.
    static QByteArray encodeWord(const QString &text);
    // RFC 2231: utf-8''%D0%9F…
    static QByteArray encodeParameter(const QString &text);
};

} // namespace kopii
