// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostics.h"

namespace kopii {

class SqlSession;
class TrustStore;

// The crypto layer's part of the diagnostics report (core/Diagnostics.h).
class CryptoDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(CryptoDiagnostics)

public:
    // OpenSSL's version, the trusted roots and qualified CAs with their SHA-256 fingerprints
    // (organisations, not people), the CRLs, the trusted list's sequence number.
    static DiagnosticsSection trust(const TrustStore &trust, SqlSession &session);
    // The PKCS#11 module Kopii would use and the tokens in its slots: model, maker and PIN state,
    // not their labels (which a person may have named). Blocking: loads the module; off the UI
    // thread.
    static DiagnosticsSection tokens(const QString &modulePath);
};

} // namespace kopii
