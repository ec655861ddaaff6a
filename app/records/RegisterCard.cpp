// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RegisterCard.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace kopii {

namespace {

const QString kNamespace = QStringLiteral("urn:kopii:register-card:1");

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool qualified(const DocumentVerification &v)
{
    for (const VerificationCheck &c : v.checks)
        if (c.id == QLatin1String("qualified"))
            return c.ok;
    return false;
}

// What a card says of one signer.
struct Signer
{
    QString name, rnokpp, edrpou, signingTime, timestamp, verdict;
    bool qualified = false;
    bool seal = false;
};

QList<Signer> signersOf(const DocumentVerification &whole)
{
    QList<Signer> all;
    for (const DocumentVerification *v : VerificationProtocol::signaturesOf(whole)) {
        Signer s;
        if (!v->signer.isNull()) {
            s.name = v->signer.info().holderName();
            s.rnokpp = v->signer.info().rnokpp;
            s.edrpou = v->signer.info().edrpou;
            s.seal = v->signer.info().isSeal();
        }
        s.signingTime = time(v->signingTime);
        s.timestamp = time(v->timestampTime);
        s.verdict = verdictId(v->verdict);
        s.qualified = qualified(*v);
        all << s;
    }
    return all;
}

} // namespace

RegisterCard RegisterCard::of(const Submission &submission, const ProtocolContext &context, const QList<Document> &documents,
                              const QString &clerk)
{
    RegisterCard c;
    c.submission = submission;
    c.context = context;
    c.documents = documents;
    c.clerk = clerk;
    return c;
}

QByteArray RegisterCard::json() const
{
    QJsonArray docs;
    for (const Document &d : documents) {
        QJsonArray signers;
        for (const Signer &s : signersOf(d.verification))
            signers << QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("rnokpp"), s.rnokpp},
                {QStringLiteral("edrpou"), s.edrpou},
                {QStringLiteral("seal"), s.seal},
                {QStringLiteral("qualified"), s.qualified},
                {QStringLiteral("verdict"), s.verdict},
                {QStringLiteral("signingTime"), s.signingTime.isEmpty() ? QJsonValue() : QJsonValue(s.signingTime)},
                {QStringLiteral("timestamp"), s.timestamp.isEmpty() ? QJsonValue() : QJsonValue(s.timestamp)}};
        QJsonObject o{{QStringLiteral("kind"), d.copy.kind},
                      {QStringLiteral("name"), d.copy.pdfName.isEmpty() ? d.copy.p7sName : d.copy.pdfName},
                      {QStringLiteral("verdict"), verdictId(d.verification.verdict)},
                      {QStringLiteral("indication"), d.verification.indication},
                      {QStringLiteral("subIndication"),
                       d.verification.subIndication.isEmpty() ? QJsonValue() : QJsonValue(d.verification.subIndication)},
                      {QStringLiteral("signers"), signers}};
        if (!d.file.isEmpty())
            o.insert(QStringLiteral("file"),
                     QJsonObject{{QStringLiteral("path"), d.file},
                                 {QStringLiteral("sha256"), sha256(d.copy.pdf)},
                                 {QStringLiteral("size"), double(d.copy.pdf.size())}});
        if (!d.signatureFile.isEmpty())
            o.insert(QStringLiteral("signature"),
                     QJsonObject{{QStringLiteral("path"), d.signatureFile},
                                 {QStringLiteral("sha256"), sha256(d.copy.p7s)},
                                 {QStringLiteral("size"), double(d.copy.p7s.size())}});
        if (!d.shownFile.isEmpty())
            o.insert(QStringLiteral("shown"), QJsonObject{{QStringLiteral("path"), d.shownFile}});
        docs << o;
    }
    const Submission &s = submission;
    const QJsonObject card{
        {QStringLiteral("format"), QStringLiteral("kopii-register-card/1")},
        {QStringLiteral("number"), s.registrationNumber},
        {QStringLiteral("submission"), double(s.id)},
        {QStringLiteral("received"), time(s.receivedAt)},
        {QStringLiteral("sent"), s.sentAt.isValid() ? QJsonValue(time(s.sentAt)) : QJsonValue()},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("address"), s.sender}, {QStringLiteral("name"), s.senderName}}},
        {QStringLiteral("recipient"), s.recipient},
        {QStringLiteral("subject"), s.subject},
        {QStringLiteral("branch"), branchName.isEmpty() ? QJsonValue() : QJsonValue(branchName)},
        {QStringLiteral("service"), serviceName.isEmpty() ? QJsonValue() : QJsonValue(serviceName)},
        {QStringLiteral("state"), s.state},
        {QStringLiteral("processed"), s.processedAt.isValid() ? QJsonValue(time(s.processedAt)) : QJsonValue()},
        {QStringLiteral("clerk"), clerk},
        {QStringLiteral("checked"), time(context.checkedAt)},
        {QStringLiteral("trustVersion"), context.trustVersion},
        {QStringLiteral("documents"), docs},
        {QStringLiteral("protocol"),
         QJsonObject{{QStringLiteral("pdf"), QStringLiteral("protocol.pdf")},
                     {QStringLiteral("xml"), QStringLiteral("protocol.xml")}}},
        {QStringLiteral("kopii"), QStringLiteral(KOPII_VERSION)}};
    return QJsonDocument(card).toJson(QJsonDocument::Indented);
}

QByteArray RegisterCard::xml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeDefaultNamespace(kNamespace);
    x.writeStartElement(kNamespace, QStringLiteral("RegisterCard"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    const Submission &s = submission;
    const auto text = [&x](const QString &name, const QString &value) {
        if (!value.isEmpty())
            x.writeTextElement(kNamespace, name, value);
    };
    text(QStringLiteral("Number"), s.registrationNumber);
    x.writeTextElement(kNamespace, QStringLiteral("Submission"), QString::number(s.id));
    x.writeTextElement(kNamespace, QStringLiteral("Received"), time(s.receivedAt));
    text(QStringLiteral("Sent"), time(s.sentAt));
    x.writeStartElement(kNamespace, QStringLiteral("Sender"));
    x.writeTextElement(kNamespace, QStringLiteral("Address"), s.sender);
    text(QStringLiteral("Name"), s.senderName);
    x.writeEndElement();
    x.writeTextElement(kNamespace, QStringLiteral("Recipient"), s.recipient);
    text(QStringLiteral("Subject"), s.subject);
    text(QStringLiteral("Branch"), branchName);
    text(QStringLiteral("Service"), serviceName);
    x.writeTextElement(kNamespace, QStringLiteral("State"), s.state);
    text(QStringLiteral("Processed"), time(s.processedAt));
    text(QStringLiteral("Clerk"), clerk);
    x.writeTextElement(kNamespace, QStringLiteral("Checked"), time(context.checkedAt));
    x.writeTextElement(kNamespace, QStringLiteral("TrustVersion"), context.trustVersion);
    x.writeStartElement(kNamespace, QStringLiteral("Documents"));
    for (const Document &d : documents) {
        x.writeStartElement(kNamespace, QStringLiteral("Document"));
        x.writeAttribute(QStringLiteral("kind"), d.copy.kind);
        x.writeAttribute(QStringLiteral("verdict"), verdictId(d.verification.verdict));
        x.writeTextElement(kNamespace, QStringLiteral("Name"), d.copy.pdfName.isEmpty() ? d.copy.p7sName : d.copy.pdfName);
        const auto file = [&x](const QString &element, const QString &path, const QByteArray &bytes) {
            x.writeStartElement(kNamespace, element);
            x.writeAttribute(QStringLiteral("sha256"), sha256(bytes));
            x.writeAttribute(QStringLiteral("size"), QString::number(bytes.size()));
            x.writeCharacters(path);
            x.writeEndElement();
        };
        if (!d.file.isEmpty())
            file(QStringLiteral("File"), d.file, d.copy.pdf);
        if (!d.signatureFile.isEmpty())
            file(QStringLiteral("SignatureFile"), d.signatureFile, d.copy.p7s);
        text(QStringLiteral("ShownFile"), d.shownFile);
        x.writeTextElement(kNamespace, QStringLiteral("Indication"), d.verification.indication);
        text(QStringLiteral("SubIndication"), d.verification.subIndication);
        for (const Signer &signer : signersOf(d.verification)) {
            x.writeStartElement(kNamespace, QStringLiteral("Signer"));
            x.writeAttribute(QStringLiteral("verdict"), signer.verdict);
            x.writeAttribute(QStringLiteral("qualified"), signer.qualified ? QStringLiteral("true") : QStringLiteral("false"));
            x.writeAttribute(QStringLiteral("seal"), signer.seal ? QStringLiteral("true") : QStringLiteral("false"));
            text(QStringLiteral("Name"), signer.name);
            text(QStringLiteral("RNOKPP"), signer.rnokpp);
            text(QStringLiteral("EDRPOU"), signer.edrpou);
            text(QStringLiteral("SigningTime"), signer.signingTime);
            text(QStringLiteral("Timestamp"), signer.timestamp);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement(kNamespace, QStringLiteral("Protocol"));
    x.writeAttribute(QStringLiteral("pdf"), QStringLiteral("protocol.pdf"));
    x.writeAttribute(QStringLiteral("xml"), QStringLiteral("protocol.xml"));
    x.writeEndElement();
    x.writeTextElement(kNamespace, QStringLiteral("Kopii"), QStringLiteral(KOPII_VERSION));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace kopii
