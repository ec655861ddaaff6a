// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Archive timestamps (CAdES-A, ETSI TS 101 733 and EN 319 122-1 "LTA"): archive-time-stamp v2
// and v3 with its ATSHashIndex, each checked over the signature and its validation data exactly as
// they are in the file as received (its DER), so that anything changed or removed after archiving
// shows.

#include "crypto/Timestamp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kopii {

class TrustStore;

struct ArchiveTimestampCheck
{
    int version = 3;        // 2: archive-time-stamp-v2, 3: archive-time-stamp-v3
    TimestampResult result; // the token, its authority, its imprint and (v3) its hash index
    bool indexValid = true; // v3: the hash index names only what the signature still carries where it says
    bool tokenRead = false; // the token was checked (else: no hash index, or the file could not be taken apart)
};

class ArchiveTimestamps
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTimestamps)

public:
    // The archive timestamps of signer `signerIndex` (from 0, in file order) of `cms` (a CMS
    // SignedData, with or without its ContentInfo, in DER), each checked. `detached`: the content
    // of a detached signature. A file Kopii cannot take apart (BER) gives one check saying so.
    static QList<ArchiveTimestampCheck> verify(const QByteArray &cms, int signerIndex, const QByteArray &detached,
                                               const TrustStore &trust);
};

} // namespace kopii
