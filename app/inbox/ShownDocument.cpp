// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/ShownDocument.h"

#include "crypto/PdfSignatures.h"
#include "crypto/SignatureVerifier.h"

namespace kopii {

ShownDocument ShownDocument::of(const DocumentCopy &document)
{
    ShownDocument shown;
    const QByteArray signedContent = document.p7s.isEmpty() ? QByteArray() : SignatureVerifier::attachedContent(document.p7s);
    if (signedContent.isEmpty()) {
        shown.pdf = document.p7s.isEmpty() ? PdfSignatures::signedVersion(document.pdf) : document.pdf;
        shown.signedVersionOnly = shown.pdf.size() != document.pdf.size();
        return shown;
    }
    shown.pdf = signedContent;
    shown.fromSignature = true;
    shown.differsFromAttachment = !document.pdf.isEmpty() && document.pdf != signedContent;
    return shown;
}

} // namespace kopii
