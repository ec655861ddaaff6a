// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "crypto/SignatureVerifier.h"
#include "records/VerificationProtocol.h"

namespace kopii {

// The register card of a hand-off package, for the office's document-management system: JSON
// and XML of the same fields, as docs/formats/register-card.md (and register-card.xsd) describe.
struct RegisterCard
{
    struct Document
    {
        DocumentCopy copy;
        QString file;          // relative path in the package ("originals/…"); empty without a PDF
        QString signatureFile; // "originals/….p7s"; empty without one
        QString shownFile;     // "shown/…": what the signature covers
        DocumentVerification verification;
    };

    Submission submission;
    ProtocolContext context;
    QString branchName;
    QString serviceName;
    QString clerk; // who handed it on
    QList<Document> documents;

    static RegisterCard of(const Submission &submission, const ProtocolContext &context, const QList<Document> &documents,
                           const QString &clerk);
    QByteArray json() const;
    QByteArray xml() const;
};

} // namespace kopii
