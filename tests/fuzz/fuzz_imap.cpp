// SPDX-License-Identifier: GPL-3.0-or-later
// The IMAP parser, on bytes from a server: whole responses, and a stream fed in chunks whose sizes
// come from the input itself (literals split anywhere).
#include "FuzzSupport.h"
#include "mail/ImapParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kopii::fuzz::bytes(data, size);
    kopii::ImapParser::parse(input);
    kopii::ImapParser parser;
    quint32 seed = size > 0 ? data[0] : 1;
    for (qsizetype at = 0; at < input.size();) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype n = 1 + qsizetype((seed >> 16) % 97);
        parser.feed(input.mid(at, n));
        parser.take();
        at += n;
    }
    return 0;
}
