// SPDX-License-Identifier: GPL-3.0-or-later
// MIME extraction of a stranger's e-mail: headers, parts, names, forwarded messages, pairing.
#include "FuzzSupport.h"
#include "mail/MimeParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = kopii::MimeParser::parse(kopii::fuzz::bytes(data, size));
    if (parsed)
        for (const auto &d : parsed->documents)
            (void)d.kind;
    return 0;
}
