// SPDX-License-Identifier: GPL-3.0-or-later
// MIME extraction of a stranger's e-mail: headers, parts, names, forwarded messages, pairing; and
// the message as stored without its documents' bodies (RawMessage) rebuilds byte for byte.
#include "FuzzSupport.h"
#include "inbox/RawMessage.h"
#include "mail/MimeParser.h"

#include <QCryptographicHash>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = kopii::fuzz::bytes(data, size);
    const auto parsed = kopii::MimeParser::parse(raw);
    if (parsed && parsed->refused.isEmpty()) {
        const auto stored = kopii::RawMessage::strip(raw, parsed->documents);
        const auto back = stored.restore(parsed->documents, QCryptographicHash::hash(raw, QCryptographicHash::Sha256));
        if (!back || *back != raw)
            std::abort(); // a message that would not come back as it arrived
    }
    return 0;
}
