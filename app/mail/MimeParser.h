// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace kopii {

// An e-mail read into what Kopii keeps: who sent it, when, to whom, and the documents in it.
struct ParsedMessage
{
    QString messageId; // without < >
    QString sender;    // address of the original sender (for forwards: the forwarded message's)
    QString senderName;
    QString subject;
    QDateTime sentAt;       // UTC
    QStringList recipients; // To, Cc, Delivered-To, X-Original-To addresses, lower case
    bool forwarded = false; // the documents were inside a forwarded message
    QList<DocumentCopy> documents;
    QString refused; // translated: why the documents were not taken (too many parts); none are then
};

// MIME (GMime 3) → document copies: RFC 2047/2231 names with windows-1251 and koi8-u fallbacks,
// documents inside forwarded messages, PDF and P7S paired by name.
class MimeParser
{
    Q_DECLARE_TR_FUNCTIONS(MimeParser)

public:
    // The most MIME parts a message may have, and the most documents (PDF and P7S files) in it: a
    // Diia message has a handful. A message beyond either is refused whole with the reason (it is
    // stored as a failed submission): a stranger's mail must not cost unbounded time or memory.
    static constexpr int kMaxParts = 500;
    static constexpr int kMaxDocuments = 100;

    // An error says why the message cannot be read at all; a readable message without documents
    // is returned with an empty document list.
    static Result<ParsedMessage> parse(const QByteArray &raw);

    struct File
    {
        QString name;
        QByteArray data;
    };
    // Pairs X.pdf with X.p7s or X.pdf.p7s; a lone .p7s (content attached) or .pdf (unsigned) is a
    // document of its own. Other files are ignored. Order follows the files.
    static QList<DocumentCopy> pair(const QList<File> &files);
    // The document kind a file name suggests (catalog code), or "other".
    static QString kindFromName(const QString &fileName);
};

} // namespace kopii
