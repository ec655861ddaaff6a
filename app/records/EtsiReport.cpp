// SPDX-License-Identifier: GPL-3.0-or-later
// VerificationProtocol::etsiXml: the check as an ETSI TS 119 102-2 (v1.4.1) validation report.
#include "records/VerificationProtocol.h"

#include <QXmlStreamWriter>

namespace kopii {

namespace {

const QString kVr = QStringLiteral("http://uri.etsi.org/19102/v1.4.1#");
const QString kDs = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString kTsl = QStringLiteral("http://uri.etsi.org/02231/v2#");
// Kopii's own additions, where the schema leaves room for other information.
const QString kKopii = QStringLiteral("urn:kopii:validation-report:1");

QString xmlTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString mainIndication(const QString &indication)
{
    if (indication == QLatin1String("TOTAL_PASSED"))
        return QStringLiteral("urn:etsi:019102:mainindication:total-passed");
    if (indication == QLatin1String("TOTAL_FAILED"))
        return QStringLiteral("urn:etsi:019102:mainindication:total-failed");
    return QStringLiteral("urn:etsi:019102:mainindication:indeterminate");
}

QString certificateId(const Certificate &c)
{
    return QStringLiteral("C-") + c.sha256().toUpper();
}

class Writer
{
public:
    explicit Writer(QByteArray *out) : x(out) { x.setAutoFormatting(true); }

    void text(const QString &ns, const QString &name, const QString &value) { x.writeTextElement(ns, name, value); }
    void reference(const QString &name, const QString &id)
    {
        x.writeEmptyElement(kVr, name);
        x.writeAttribute(QStringLiteral("VOReference"), id);
    }

    void constraint(const VerificationCheck &c)
    {
        x.writeStartElement(kVr, QStringLiteral("ValidationConstraint"));
        text(kVr, QStringLiteral("ValidationConstraintIdentifier"), QStringLiteral("urn:kopii:check:") + c.id);
        x.writeStartElement(kVr, QStringLiteral("ConstraintStatus"));
        text(kVr, QStringLiteral("Status"), QStringLiteral("urn:etsi:019102:constraintStatus:applied"));
        x.writeEndElement();
        x.writeStartElement(kVr, QStringLiteral("ValidationStatus"));
        text(kVr, QStringLiteral("MainIndication"),
             c.ok                                ? QStringLiteral("urn:etsi:019102:mainindication:passed")
                 : c.failure == Verdict::Invalid ? QStringLiteral("urn:etsi:019102:mainindication:failed")
                                                 : QStringLiteral("urn:etsi:019102:mainindication:indeterminate"));
        x.writeEndElement();
        x.writeEndElement();
    }

    void signature(const ProtocolDocument &d, const DocumentVerification &v, const QString &id, const ProtocolContext &context)
    {
        x.writeStartElement(kVr, QStringLiteral("SignatureValidationReport"));
        x.writeStartElement(kVr, QStringLiteral("SignatureIdentifier"));
        x.writeAttribute(QStringLiteral("id"), id);
        text(kVr, QStringLiteral("HashOnly"), QStringLiteral("false"));
        text(kVr, QStringLiteral("DocHashOnly"), QStringLiteral("false"));
        text(kVr, QStringLiteral("DAIdentifier"), v.place.isEmpty() ? d.fileName : d.fileName + QStringLiteral(": ") + v.place);
        x.writeEndElement();

        if (!v.checks.isEmpty()) {
            x.writeStartElement(kVr, QStringLiteral("ValidationConstraintsEvaluationReport"));
            for (const VerificationCheck &c : v.checks)
                constraint(c);
            x.writeEndElement();
        }

        x.writeStartElement(kVr, QStringLiteral("ValidationTimeInfo"));
        text(kVr, QStringLiteral("ValidationTime"), xmlTime(context.checkedAt));
        x.writeStartElement(kVr, QStringLiteral("BestSignatureTime"));
        text(kVr, QStringLiteral("POETime"), xmlTime(v.poeTime.isValid() ? v.poeTime : context.checkedAt));
        // A timestamp or the time Kopii received it is found by the validation itself; the time
        // of the check is only what the validation was given.
        text(kVr, QStringLiteral("TypeOfProof"),
             v.poe == DocumentVerification::Poe::Now ? QStringLiteral("urn:etsi:019102:poetype:provided")
                                                     : QStringLiteral("urn:etsi:019102:poetype:validation"));
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(kVr, QStringLiteral("SignersDocument"));
        x.writeStartElement(kVr, QStringLiteral("DigestAlgAndValue"));
        x.writeEmptyElement(kDs, QStringLiteral("DigestMethod"));
        x.writeAttribute(QStringLiteral("Algorithm"), QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256"));
        text(kDs, QStringLiteral("DigestValue"), QString::fromLatin1(d.sha256.toBase64()));
        x.writeEndElement();
        x.writeEndElement();

        if (v.signingTime.isValid() || v.timestampTime.isValid()) {
            x.writeStartElement(kVr, QStringLiteral("SignatureAttributes"));
            if (v.signingTime.isValid()) {
                x.writeStartElement(kVr, QStringLiteral("SigningTime"));
                x.writeAttribute(QStringLiteral("Signed"), QStringLiteral("true"));
                text(kVr, QStringLiteral("Time"), xmlTime(v.signingTime));
                x.writeEndElement();
            }
            if (v.timestampTime.isValid()) {
                x.writeStartElement(kVr, QStringLiteral("SignatureTimeStamp"));
                text(kVr, QStringLiteral("TimeStampValue"), xmlTime(v.timestampTime));
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        if (!v.signer.isNull()) {
            x.writeStartElement(kVr, QStringLiteral("SignerInformation"));
            x.writeAttribute(QStringLiteral("Pseudonym"), QStringLiteral("false"));
            reference(QStringLiteral("SignerCertificate"), certificateId(v.signer));
            text(kVr, QStringLiteral("Signer"), v.signer.info().holderName());
            x.writeEndElement();
        }

        x.writeStartElement(kVr, QStringLiteral("SignatureQuality"));
        text(kVr, QStringLiteral("SignatureQualityInformation"), QStringLiteral("urn:kopii:qualification:") + qualification(v));
        x.writeEndElement();

        x.writeStartElement(kVr, QStringLiteral("SignatureValidationProcess"));
        text(kVr, QStringLiteral("SignatureValidationProcessID"),
             v.poe == DocumentVerification::Poe::Now ? QStringLiteral("urn:etsi:019102:validationprocess:Basic")
                                                     : QStringLiteral("urn:etsi:019102:validationprocess:LTVM"));
        x.writeEndElement();

        x.writeStartElement(kVr, QStringLiteral("SignatureValidationStatus"));
        text(kVr, QStringLiteral("MainIndication"), mainIndication(v.indication));
        if (!v.subIndication.isEmpty())
            text(kVr, QStringLiteral("SubIndication"), QStringLiteral("urn:etsi:019102:subindication:") + v.subIndication);
        if (!v.chain.path.isEmpty()) {
            x.writeStartElement(kVr, QStringLiteral("AssociatedValidationReportData"));
            if (v.chain.trusted)
                reference(QStringLiteral("TrustAnchor"), certificateId(v.chain.path.last()));
            x.writeStartElement(kVr, QStringLiteral("CertificateChain"));
            reference(QStringLiteral("SigningCertificate"), certificateId(v.chain.path.first()));
            for (qsizetype i = 1; i + 1 < v.chain.path.size(); ++i)
                reference(QStringLiteral("IntermediateCertificate"), certificateId(v.chain.path[i]));
            if (v.chain.path.size() > 1)
                reference(v.chain.trusted ? QStringLiteral("TrustAnchor") : QStringLiteral("IntermediateCertificate"),
                          certificateId(v.chain.path.last()));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();

        // What the schema has no element for: the clerk's verdict, the reasons in words, what the
        // check was made against.
        x.writeStartElement(kVr, QStringLiteral("OtherInformation"));
        x.writeStartElement(kKopii, QStringLiteral("Verdict"));
        x.writeAttribute(QStringLiteral("id"), verdictId(v.verdict));
        x.writeCharacters(v.summary);
        x.writeEndElement();
        if (!v.level.isEmpty())
            text(kKopii, QStringLiteral("Form"), v.level);
        for (const VerificationCheck &c : v.checks) {
            x.writeStartElement(kKopii, QStringLiteral("Check"));
            x.writeAttribute(QStringLiteral("id"), c.id);
            x.writeAttribute(QStringLiteral("ok"), c.ok ? QStringLiteral("true") : QStringLiteral("false"));
            x.writeCharacters(c.detail);
            x.writeEndElement();
        }
        x.writeStartElement(kKopii, QStringLiteral("TrustStore"));
        x.writeAttribute(QStringLiteral("version"), context.trustVersion);
        if (context.tlSequence >= 0) {
            x.writeAttribute(QStringLiteral("trustedListNumber"), QString::number(context.tlSequence));
            if (context.tlIssued.isValid())
                x.writeAttribute(QStringLiteral("trustedListIssued"), xmlTime(context.tlIssued));
        }
        x.writeEndElement();
        x.writeEndElement();

        x.writeEndElement(); // SignatureValidationReport
    }

    static QString qualification(const DocumentVerification &v)
    {
        for (const VerificationCheck &c : v.checks)
            if (c.id == QLatin1String("qualified"))
                return c.ok ? QStringLiteral("qualified") : QStringLiteral("not-qualified");
        return QStringLiteral("not-determined");
    }

    void certificates(const QList<ProtocolDocument> &documents)
    {
        QList<Certificate> all;
        QSet<QString> seen;
        const auto add = [&](const Certificate &c) {
            if (!c.isNull() && !seen.contains(c.sha256())) {
                seen.insert(c.sha256());
                all << c;
            }
        };
        for (const ProtocolDocument &d : documents)
            for (const DocumentVerification *v : VerificationProtocol::signaturesOf(d.verification)) {
                add(v->signer);
                for (const Certificate &c : v->chain.path)
                    add(c);
            }
        if (all.isEmpty())
            return;
        x.writeStartElement(kVr, QStringLiteral("SignatureValidationObjects"));
        for (const Certificate &c : std::as_const(all)) {
            x.writeStartElement(kVr, QStringLiteral("ValidationObject"));
            x.writeAttribute(QStringLiteral("id"), certificateId(c));
            text(kVr, QStringLiteral("ObjectType"), QStringLiteral("urn:etsi:019102:validationObject:certificate"));
            x.writeStartElement(kVr, QStringLiteral("ValidationObjectRepresentation"));
            text(kVr, QStringLiteral("base64"), QString::fromLatin1(c.der().toBase64()));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    QXmlStreamWriter x;
};

} // namespace

QByteArray VerificationProtocol::etsiXml(const ProtocolContext &context, const QList<ProtocolDocument> &documents)
{
    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &x = w.x;
    x.writeStartDocument();
    x.writeNamespace(kVr, QStringLiteral("vr"));
    x.writeNamespace(kDs, QStringLiteral("ds"));
    x.writeNamespace(kTsl, QStringLiteral("tsl"));
    x.writeNamespace(kKopii, QStringLiteral("kopii"));
    x.writeStartElement(kVr, QStringLiteral("ValidationReport"));
    int number = 0;
    for (const ProtocolDocument &d : documents)
        for (const DocumentVerification *v : signaturesOf(d.verification))
            w.signature(d, *v, QStringLiteral("S-%1").arg(++number), context);
    if (number == 0) {
        // The schema wants one report at least: a file of no documents says so.
        ProtocolDocument none;
        DocumentVerification v;
        v.indication = QStringLiteral("INDETERMINATE");
        v.subIndication = QStringLiteral("SIGNED_DATA_NOT_FOUND");
        w.signature(none, v, QStringLiteral("S-1"), context);
    }
    w.certificates(documents);
    x.writeStartElement(kVr, QStringLiteral("SignatureValidator"));
    x.writeStartElement(kVr, QStringLiteral("DigitalId"));
    x.writeStartElement(kTsl, QStringLiteral("Other"));
    w.text(kKopii, QStringLiteral("Software"), QStringLiteral("Kopii " KOPII_VERSION));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // ValidationReport
    x.writeEndDocument();
    return out;
}

} // namespace kopii
