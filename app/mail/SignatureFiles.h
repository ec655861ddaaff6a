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

// Finds what to check for `kopii-cli verify` and `kopii FILE`: a .p7s (and the PDF beside it,
// X.pdf for X.pdf.p7s or X.p7s), a .pdf (and its X.pdf.p7s or X.p7s), or an .eml (every document
// in it).
class SignatureFiles
{
    Q_DECLARE_TR_FUNCTIONS(SignatureFiles)

public:
    static Result<QList<SignedFile>> load(const QString &path);
};

} // namespace kopii
