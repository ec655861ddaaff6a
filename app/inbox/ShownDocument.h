// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

namespace kopii {

// What the clerk sees, prints and opens of a received document: what the signature covers. For an
// attached signature that is the content inside it, whatever PDF came beside it (a PDF that
// differs is not what the citizen signed); for a detached one, the PDF it signs; for a PDF with
// signatures of its own, the largest version of it they sign.
struct ShownDocument
{
    QByteArray pdf;
    bool fromSignature = false;         // the content was taken out of the signature
    bool differsFromAttachment = false; // a PDF came beside it and is not the signed content
    bool signedVersionOnly = false;     // a signed PDF was added to after signing: the signed version

    static ShownDocument of(const DocumentCopy &document);
};

} // namespace kopii
