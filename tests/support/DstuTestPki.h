// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DSTU PKIs of Kopii's own (DstuIssuer) for the tests, on the curve of the real Diia CA.
#include "CryptoTestUtil.h"
#include "crypto/national/Dstu4145.h"

#include <QFile>

namespace kopii::test {

inline const QString kDiiaCaFixture = QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer");

// The Diia CA's curve (m = 257) as an AlgorithmIdentifier, from its real certificate; empty when
// the fixture cannot be read.
inline QByteArray diiaCurve()
{
    QFile file(fixture(kDiiaCaFixture));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto spki = Dstu4145Key::subjectPublicKeyInfo(file.readAll());
    const auto key = spki ? Dstu4145Key::fromSubjectPublicKeyInfo(*spki) : Result<Dstu4145Key>(spki.error());
    return key ? key->algorithmIdentifier() : QByteArray();
}

} // namespace kopii::test
