// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MessageBuilder.h"
#include "core/Result.h"
#include "demo/SampleDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace kopii {

class Signer;

// What the Diia app sends when a visitor shares copies: per requested document a PDF and a
// CAdES-BES .p7s by the visitor's key, in one e-mail naming the service. Used by the demo workspace
// and the reference citizen app; the variants let them make the cases a clerk must recognise.
class CitizenCopies
{
    Q_DECLARE_TR_FUNCTIONS(CitizenCopies)

public:
    struct Request
    {
        QString to;                // the branch's address
        QString serviceName;       // named in the subject and the body
        QStringList documentKinds; // catalog codes
        SamplePerson person;
        QDateTime when;        // signing time and Date; now when invalid
        bool attached = true;  // CAdES attached (the content inside the .p7s), else detached
        bool alterPdf = false; // the PDF is changed after signing (as if in transit)
        bool omitPdf = false;  // only the .p7s travels (detached: it cannot be checked)
    };

    // The file name of a document's copy: the kind's Ukrainian name.
    static QString fileStem(const QString &kindCode);

    // The attachments for `request`: "<stem>.pdf" and "<stem>.pdf.p7s" per document.
    static Result<QList<MessageBuilder::Attachment>> attachments(Signer &signer, const Request &request);
    // The whole e-mail.
    static Result<QByteArray> message(Signer &signer, const Request &request);
};

} // namespace kopii
