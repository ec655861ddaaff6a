// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CitizenCopies.h"

#include "crypto/Cades.h"
#include "core/DocumentKinds.h"
#include "crypto/Signer.h"

namespace kopii {

QString CitizenCopies::fileStem(const QString &kindCode)
{
    const DocumentKind *kind = DocumentKindCatalog::instance().find(kindCode);
    // The kind's full Ukrainian name, as the visitor sees it in Diia.
    QString name = kind ? kind->nameUk : kindCode;
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    return name.trimmed();
}

Result<QList<MessageBuilder::Attachment>> CitizenCopies::attachments(Signer &signer, const Request &request)
{
    if (request.documentKinds.isEmpty())
        return Error{Error::Code::Validation, tr("The request names no documents to send."), {}};
    const QDateTime when = (request.when.isValid() ? request.when : QDateTime::currentDateTimeUtc()).toUTC();
    QList<MessageBuilder::Attachment> files;
    for (const QString &code : request.documentKinds) {
        const QByteArray pdf = SampleDocument::pdf(code, request.person);
        if (pdf.isEmpty())
            return Error{Error::Code::Io, tr("The sample copy of \"%1\" could not be rendered.").arg(code), {}};
        const auto signature = Cades::sign(signer, pdf, Cades::Options{request.attached, when});
        if (!signature)
            return signature.error();
        const QString stem = fileStem(code);
        if (!request.omitPdf) {
            QByteArray sent = pdf;
            if (request.alterPdf) // one changed byte in the middle, as a careless or hostile relay would
                sent[sent.size() / 2] = char(sent.at(sent.size() / 2) ^ 0x20);
            files.append({stem + QStringLiteral(".pdf"), "application/pdf", sent});
        }
        files.append({stem + QStringLiteral(".pdf.p7s"), "application/pkcs7-signature", *signature});
    }
    return files;
}

Result<QByteArray> CitizenCopies::message(Signer &signer, const Request &request)
{
    auto files = attachments(signer, request);
    if (!files)
        return files.error();
    // The Diia app drafts the e-mail in Ukrainian whatever the receiver's language.
    MessageBuilder m;
    m.fromName = request.person.fullName();
    m.fromAddress = request.person.email;
    m.toAddress = request.to;
    m.subject = QStringLiteral("Копії документів: %1").arg(request.serviceName);
    m.body = QStringLiteral("Доброго дня!\n\nНадсилаю копії документів для послуги «%1», надані через Дія.QR.\n"
                            "Кожну копію підписано моїм кваліфікованим електронним підписом.\n\n%2\n")
                 .arg(request.serviceName, request.person.fullName());
    m.date = request.when;
    m.attachments = *files;
    return m.build();
}

} // namespace kopii
