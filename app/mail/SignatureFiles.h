// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kopii {

// A document to check from files the user names (not from the inbox).
struct SignedFile
{
    QString file;     // what the user named
    QString document; // the document's name (the PDF's, else the P7S's)
    QString kind;     // document kind code, from the name
    QByteArray p7s;
    QByteArray pdf; // empty when the signature carries its content and no PDF is beside it
};

// Finds what to check for `kopii-cli verify` and `kopii FILE`, each file known by its content, not
// its name: a signature (.p7s, .p7m, .p7, .pkcs7, .sig, .cms or any other name; DER, BER, PEM or
// base64) with the file it signs (`content` when given, else X for X.p7s, else X.pdf), a PDF (and
// its signature beside it: X.pdf.p7s, X.p7s, X.pdf.p7m…), or an e-mail (.eml: every document in it).
class SignatureFiles
{
    Q_DECLARE_TR_FUNCTIONS(SignatureFiles)

public:
    static Result<QList<SignedFile>> load(const QString &path, const QString &content = QString());
};

} // namespace kopii
