// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kopii {

// What the accession application says: the organisation, its branches and services, and the
// person who signs it (from the signing certificate).
struct AccessionData
{
    Organization organization;
    QList<Branch> branches;
    QList<Service> services;
    QString signerName;
    QString signerRnokpp;
    QString signerTitle;
    QString certificateIssuer;
    QString certificateSerial;
    QDate date;
};

// The "Заява про приєднання" as a PDF. It is an official document, so it is always in Ukrainian
// (the state language), whatever the UI language is. Needs a QGuiApplication (fonts); may run on
// a worker thread.
class AccessionApplication
{
    Q_DECLARE_TR_FUNCTIONS(AccessionApplication)

public:
    // "Заява про приєднання 2026-11-26.pdf"
    static QString fileName(const QDate &date);
    // The document as HTML (what the PDF shows); every value is escaped.
    static QString html(const AccessionData &data);
    // A4 PDF (PDF/A-1b, fonts embedded).
    static Result<QByteArray> renderPdf(const AccessionData &data);
};

} // namespace kopii
