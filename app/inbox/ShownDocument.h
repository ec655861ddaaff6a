// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

namespace kopii {

// What the clerk sees, prints and opens of a received document: what the signature covers. For an
// attached signature that is the content inside it, whatever PDF came beside it (a PDF that
// differs is not what the citizen signed); for a detached one, the PDF it signs.
struct ShownDocument
{
    QByteArray pdf;
    bool fromSignature = false;         // the content was taken out of the signature
    bool differsFromAttachment = false; // a PDF came beside it and is not the signed content

    static ShownDocument of(const DocumentCopy &document);
};

} // namespace kopii
