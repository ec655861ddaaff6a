// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Kopii's earlier signed requests ("KQR1:…", docs/formats/signed-request.md), made for the tests.
// Kopii itself no longer issues them (the Diia app cannot open them): it only reads those printed
// before (kopii-cli qr verify). Test support only.
#include "core/Result.h"
#include "qr/CoseSign1.h"
#include "qr/SignedRequest.h"

#include <functional>

namespace kopii::test {

// COSE_Sign1 over `payload` with the signer's key: ES256 for P-256, RS256 for RSA.
Result<CoseSign1> signCose(Signer &signer, const QByteArray &kid, const QList<QByteArray> &x5chain, const QByteArray &payload);

// A signed request for `claims`. The certificate chain is embedded (all of it, then the signer's
// only, then none) as long as `fits` accepts the text; the first that fits is returned.
Result<QString> issueSignedRequest(Signer &signer, const RequestClaims &claims,
                                   const std::function<bool(const QString &)> &fits = {});

} // namespace kopii::test
