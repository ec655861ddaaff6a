// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/VerificationProtocol.h"

#include "accession/OfficialPdf.h"
#include "core/Language.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace kopii {

namespace {

// The protocol's texts: English in the source (for lupdate and readers of the code), printed in
// Ukrainian through Language::ukrainian whatever the program's language.
const char *const kContext = "VerificationProtocol";
QString uk(const char *source)
{
    return Language::ukrainian(kContext, source);
}
// The verifier's own names of verdicts and checks, in Ukrainian.
QString ukVerifier(const char *source)
{
    return Language::ukrainian("SignatureVerifier", source);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"34%\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value.isEmpty() ? QStringLiteral("—") : value));
}

// A moment as clerks read it: local time with its offset from UTC, e.g. "04.12.2026 20:15:03 (UTC+02:00)".
QString moment(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")) + QStringLiteral(" (") + zone + QLatin1Char(')');
}

QString verdictLine(Verdict v)
{
    switch (v) {
    case Verdict::Valid: return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "The signature is valid"));
    case Verdict::ValidWithWarnings:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "The signature holds, with warnings (see the checks)"));
    case Verdict::NotQualified:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "The signature holds, but it is not a qualified one (not a KEP)"));
    case Verdict::Invalid: return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "The signature is NOT valid"));
    case Verdict::Indeterminate:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "The signature cannot be confirmed (see the reason)"));
    }
    return {};
}

// The verifier's check names (its source texts), in Ukrainian.
QString checkName(const VerificationCheck &check)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("algorithm"), "Algorithm"},
        {QStringLiteral("chain"), "Certificate chain"},
        {QStringLiteral("content-match"), "Signed content"},
        {QStringLiteral("content-timestamp"), "Content timestamp"},
        {QStringLiteral("format"), "Signature format"},
        {QStringLiteral("key-usage"), "Key usage"},
        {QStringLiteral("message-digest"), "Document integrity"},
        {QStringLiteral("qualified"), "Qualified"},
        {QStringLiteral("revocation"), "Revocation"},
        {QStringLiteral("signature"), "Signature"},
        {QStringLiteral("signature-encoding"), "Signature encoding"},
        {QStringLiteral("signer-certificate"), "Signer's certificate"},
        {QStringLiteral("signing-certificate"), "Certificate binding"},
        {QStringLiteral("signing-time"), "Signing time"},
        {QStringLiteral("timestamp"), "Timestamp"},
        {QStringLiteral("timestamp-order"), "Timestamps"},
        {QStringLiteral("validity"), "Certificate validity"},
    };
    const char *source = names.value(check.id);
    return source ? ukVerifier(source) : check.name;
}

QString checkOutcome(const VerificationCheck &check)
{
    if (check.ok)
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "passed"));
    switch (check.failure) {
    case Verdict::Invalid: return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "FAILED"));
    case Verdict::Indeterminate: return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "not confirmed"));
    default: return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "warning"));
    }
}

QString proofText(const DocumentVerification &v)
{
    switch (v.poe) {
    case DocumentVerification::Poe::Timestamp:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "proven by a trusted timestamp on the signature"));
    case DocumentVerification::Poe::Received:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "when Kopii received the signature (it existed then)"));
    case DocumentVerification::Poe::Now:
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol",
                                    "the time of this check: nothing proves that the signature existed earlier"));
    }
    return {};
}

QString sealText(const CertificateInfo &info)
{
    if (info.isSeal())
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "yes, an electronic seal"));
    if (info.qcTypes.contains(QLatin1String("esign")))
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "no, a person's signature"));
    return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "no (the certificate does not name it a seal)"));
}

QString formText(const ProtocolDocument &d, const DocumentVerification &v)
{
    if (d.pdfSignature)
        return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "inside the PDF (PAdES)"));
    return v.attached ? uk(QT_TRANSLATE_NOOP("VerificationProtocol", "enveloping: the data inside the signature file"))
                      : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "detached: the data in a separate file"));
}

QString signatureSection(const ProtocolDocument &d, const DocumentVerification &v, int number, int count)
{
    QString h;
    QString heading = count > 1 ? uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signature %1 of %2")).arg(number).arg(count)
                                : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signature"));
    if (v.counterSignature)
        heading += QStringLiteral(" — ") + uk(QT_TRANSLATE_NOOP("VerificationProtocol", "a counter-signature"));
    h += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">").arg(esc(heading));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Result")), verdictLine(v.verdict));
    const CertificateInfo info = v.signer.isNull() ? CertificateInfo{} : v.signer.info();
    if (v.signer.isNull())
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signer")),
                 uk(QT_TRANSLATE_NOOP("VerificationProtocol", "unknown: the signer's certificate is not in the file")));
    else {
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signer")), info.holderName());
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Kind of signature")), VerificationProtocol::qualificationText(v));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Electronic seal")), sealText(info));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Country")), info.country);
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "RNOKPP")), info.rnokpp);
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Organisation")),
                 info.organizationalUnit.isEmpty() ? info.organization
                                                   : info.organization + QStringLiteral(", ") + info.organizationalUnit);
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "EDRPOU")), info.edrpou);
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Position")), info.title);
    }
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signing time (as the signer states it)")),
             v.signingTime.isValid() ? moment(v.signingTime) : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "not stated")));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Timestamp")),
             v.timestampTime.isValid() ? uk(QT_TRANSLATE_NOOP("VerificationProtocol",
                                                              "%1, from a trusted timestamping service: it proves the "
                                                              "signature existed then"))
                                             .arg(moment(v.timestampTime))
                                       : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "none: the signing time is not proven")));
    if (!v.signer.isNull()) {
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Certificate issued by")),
                 info.issuerOrganization.isEmpty() || info.issuerOrganization == info.issuerCommonName
                     ? info.issuerCommonName
                     : info.issuerCommonName + QStringLiteral(" (") + info.issuerOrganization + QLatin1Char(')'));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Certificate serial number")), info.serialNumber);
        h += row(
            uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Certificate valid")),
            uk(QT_TRANSLATE_NOOP("VerificationProtocol", "from %1 to %2")).arg(moment(info.notBefore), moment(info.notAfter)));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Private key medium")),
                 info.qcSscd ? uk(QT_TRANSLATE_NOOP("VerificationProtocol",
                                                    "a qualified signature creation device, as the certificate states"))
                             : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "not stated in the certificate")));
    }
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Algorithm")), v.algorithm);
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signature type")), formText(d, v));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Container")),
             d.pdfSignature ? QStringLiteral("PDF")
                            : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "CMS (PKCS#7), file %1"))
                                  .arg(d.signatureFileName.isEmpty() ? d.fileName : d.signatureFileName));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signature format")),
             v.level.isEmpty() ? uk(QT_TRANSLATE_NOOP("VerificationProtocol", "not determined")) : v.level);
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Time the check refers to")),
             moment(v.poeTime) + QStringLiteral(": ") + proofText(v));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "ETSI indication")),
             v.subIndication.isEmpty() ? v.indication : v.indication + QStringLiteral(" / ") + v.subIndication);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p class=\"checks\"><b>%1</b></p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Checks made by Kopii"))));
    h += QStringLiteral("<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\">");
    h += QStringLiteral("<tr><th width=\"25%\">%1</th><th width=\"19%\">%2</th><th>%3</th></tr>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Check"))),
                  esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Outcome"))),
                  esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Reason"))));
    for (const VerificationCheck &c : v.checks)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(checkName(c)), esc(checkOutcome(c)), esc(c.detail));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

ProtocolDocument ProtocolDocument::from(const DocumentCopy &copy, DocumentVerification verification)
{
    ProtocolDocument d;
    d.fileName = copy.pdfName.isEmpty() ? copy.p7sName : copy.pdfName;
    d.fileSize = copy.pdfName.isEmpty() ? copy.p7sSize : copy.pdfSize;
    d.signatureFileName = copy.pdfName.isEmpty() ? QString() : copy.p7sName;
    d.signatureFileSize = copy.pdfName.isEmpty() ? 0 : copy.p7sSize;
    d.pdfSignature = copy.p7s.isEmpty() && copy.p7sName.isEmpty();
    const QByteArray &content = verification.signedContent.isEmpty() ? copy.pdf : verification.signedContent;
    d.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    d.verification = std::move(verification);
    return d;
}

QList<const DocumentVerification *> VerificationProtocol::signaturesOf(const DocumentVerification &verification)
{
    QList<const DocumentVerification *> all;
    if (verification.signatures.empty())
        all << &verification;
    for (const DocumentVerification &one : verification.signatures)
        all << &one;
    return all;
}

QString VerificationProtocol::qualificationText(const DocumentVerification &signature)
{
    // Qualified only as the trusted list confirms it (the verifier's "qualified" check).
    for (const VerificationCheck &c : signature.checks)
        if (c.id == QLatin1String("qualified")) {
            if (c.ok)
                return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "qualified electronic signature (KEP)"));
            if (!signature.signer.isNull() && signature.signer.info().qualified())
                return uk(
                    QT_TRANSLATE_NOOP("VerificationProtocol", "the certificate says qualified; no trusted list confirms it"));
            return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "advanced electronic signature, not qualified (not a KEP)"));
        }
    return uk(QT_TRANSLATE_NOOP("VerificationProtocol", "not determined"));
}

QString VerificationProtocol::html(const ProtocolContext &context, const QList<ProtocolDocument> &documents)
{
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 10pt; }"
                        "h1 { font-size: 15pt; text-align: center; margin-bottom: 2pt; }"
                        "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                        "h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; }"
                        "p.sub { text-align: center; margin-top: 0; }"
                        "td.label { color: #333333; padding-right: 10pt; }"
                        "table.list th { background-color: #e8e8e8; text-align: left; }"
                        "p.small { font-size: 8.5pt; color: #333333; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "VERIFICATION PROTOCOL"))));
    h += QStringLiteral("<p class=\"sub\"><b>%1</b></p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "of the electronic signatures and seals of documents"))));

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Date and time of the check")), moment(context.checkedAt));
    if (!context.organization.isEmpty())
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Checked by")), context.organization);
    if (context.submissionId > 0) {
        h += row(
            uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Submission")),
            uk(QT_TRANSLATE_NOOP("VerificationProtocol", "No. %1, received %2"))
                .arg(context.registrationNumber.isEmpty() ? QString::number(context.submissionId) : context.registrationNumber)
                .arg(moment(context.receivedAt)));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Sender")),
                 context.senderName.isEmpty() ? context.sender
                                              : context.senderName + QStringLiteral(" <") + context.sender + QLatin1Char('>'));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Sent to")), context.recipient);
    }
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Documents checked")), QString::number(documents.size()));
    h += QStringLiteral("</table>");

    for (int i = 0; i < documents.size(); ++i) {
        const ProtocolDocument &d = documents[i];
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(documents.size() > 1 ? uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Document %1 of %2: %3"))
                                                     .arg(i + 1)
                                                     .arg(documents.size())
                                                     .arg(d.fileName)
                                               : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Document: %1")).arg(d.fileName)));
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "File")),
                 uk(QT_TRANSLATE_NOOP("VerificationProtocol", "%1, %2 bytes")).arg(d.fileName).arg(d.fileSize));
        if (!d.signatureFileName.isEmpty())
            h += row(
                uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Signature file")),
                uk(QT_TRANSLATE_NOOP("VerificationProtocol", "%1, %2 bytes")).arg(d.signatureFileName).arg(d.signatureFileSize));
        h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "SHA-256 of the signed data")),
                 QString::fromLatin1(d.sha256.toHex()));
        h += QStringLiteral("<tr><td class=\"label\">%1</td><td><b>%2</b></td></tr>")
                 .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Result"))), esc(verdictLine(d.verification.verdict)));
        if (d.verification.verdict != Verdict::Valid && !d.verification.summary.isEmpty())
            h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Why")), d.verification.summary);
        h += QStringLiteral("</table>");
        const QList<const DocumentVerification *> signatures = signaturesOf(d.verification);
        for (int s = 0; s < signatures.size(); ++s)
            h += signatureSection(d, *signatures[s], s + 1, int(signatures.size()));
    }

    h += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
             .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Checked against"))));
    h += row(
        uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Trusted list")),
        context.tlSequence >= 0
            ? uk(QT_TRANSLATE_NOOP("VerificationProtocol", "No. %1 of %2")).arg(context.tlSequence).arg(moment(context.tlIssued))
            : uk(QT_TRANSLATE_NOOP("VerificationProtocol", "none imported")));
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Trust store version")), context.trustVersion);
    h += row(uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Checked with")), QStringLiteral("Kopii " KOPII_VERSION));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"small\">%1</p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("VerificationProtocol",
                                           "This protocol records the check Kopii made at the date and time above. Any "
                                           "program that checks qualified electronic signatures (czo.gov.ua, id.gov.ua) "
                                           "can check the same files again."))));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QByteArray> VerificationProtocol::pdf(const ProtocolContext &context, const QList<ProtocolDocument> &documents)
{
    if (documents.isEmpty())
        return Error{Error::Code::Validation, tr("There is no document to write a protocol of."), {}};
    return OfficialPdf::render(html(context, documents),
                               uk(QT_TRANSLATE_NOOP("VerificationProtocol", "Verification protocol")) + QStringLiteral(" — ")
                                   + documents.first().fileName,
                               QPageLayout::Portrait, QMarginsF(5, 0, 0, 0), 10);
}

} // namespace kopii
