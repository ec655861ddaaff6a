// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "crypto/SignatureVerifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace kopii {

// One checked document of a protocol: its files and the whole verification (every signature).
struct ProtocolDocument
{
    QString fileName; // the document as sent (the PDF's; the signature's when it carries the content)
    qint64 fileSize = 0;
    QString signatureFileName; // the detached signature (.p7s); empty for a PDF's own signatures
    qint64 signatureFileSize = 0;
    bool pdfSignature = false; // the signatures are the PDF's own (PAdES), not a .p7s
    QByteArray sha256;         // of the signed content (the PDF, or what an attached signature carries)
    DocumentVerification verification;

    // A stored (or opened) document with its verification.
    static ProtocolDocument from(const DocumentCopy &copy, DocumentVerification verification);
};

// What a protocol says besides the documents: when and against what it was checked, and where
// the documents came from.
struct ProtocolContext
{
    QDateTime checkedAt; // UTC
    QString trustVersion;
    qint64 tlSequence = -1; // the trusted list the trust store holds: its number, -1 when none
    QDateTime tlIssued;     // UTC, when that list was issued
    QString organization;   // the receiving organisation's name, when known
    // The submission the documents came with; 0 and empty for files checked by hand.
    RecordId submissionId = 0;
    QString registrationNumber; // in the register of incoming documents
    QString sender;
    QString senderName;
    QString recipient;
    QDateTime receivedAt; // UTC
};

// The verification protocol ("Протокол перевірки"): the fields clerks know from the official
// checkers (czo.gov.ua, id.gov.ua), always in Ukrainian, as an A4 PDF/A; and the same check as an
// ETSI TS 119 102-2 validation report (XML) for machines.
class VerificationProtocol
{
    Q_DECLARE_TR_FUNCTIONS(VerificationProtocol)

public:
    // The protocol as HTML (what the PDF is laid out from).
    static QString html(const ProtocolContext &context, const QList<ProtocolDocument> &documents);
    // A4 portrait PDF/A-1b with the fonts embedded; needs a QGuiApplication.
    static Result<QByteArray> pdf(const ProtocolContext &context, const QList<ProtocolDocument> &documents);
    // ETSI TS 119 102-2 v1.4.1 ValidationReport: one SignatureValidationReport per signature
    // (counter-signatures included), the certificates as validation objects.
    static QByteArray etsiXml(const ProtocolContext &context, const QList<ProtocolDocument> &documents);

    // Each signature of a verification on its own: the one, or every one of a file of several.
    static QList<const DocumentVerification *> signaturesOf(const DocumentVerification &verification);
    // The kind of signature in Ukrainian, for people: "КЕП (кваліфікований)"…
    static QString qualificationText(const DocumentVerification &signature);
};

} // namespace kopii
