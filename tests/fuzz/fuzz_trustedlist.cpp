// SPDX-License-Identifier: GPL-3.0-or-later
// A trusted list (ETSI TS 119 612): its enveloped XML signature and the list itself.
#include "FuzzSupport.h"
#include "crypto/TrustedList.h"
#include "crypto/XmlSignature.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kopii::fuzz::bytes(data, size);
    (void)kopii::XmlSignature::verifyEnveloped(input);
    if (kopii::TrustedList::looksLike(input))
        (void)kopii::TrustedList::parse(input);
    return 0;
}
