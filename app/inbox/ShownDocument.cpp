// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/ShownDocument.h"

#include "crypto/SignatureVerifier.h"

namespace kopii {

ShownDocument ShownDocument::of(const DocumentCopy &document)
{
    ShownDocument shown;
    const QByteArray signedContent = document.p7s.isEmpty() ? QByteArray() : SignatureVerifier::attachedContent(document.p7s);
    if (signedContent.isEmpty()) {
        shown.pdf = document.pdf;
        return shown;
    }
    shown.pdf = signedContent;
    shown.fromSignature = true;
    shown.differsFromAttachment = !document.pdf.isEmpty() && document.pdf != signedContent;
    return shown;
}

} // namespace kopii
