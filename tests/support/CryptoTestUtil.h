// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paths of the generated test PKI (tests/data/make-test-pki.sh, run by the ctest fixture "pki")
// and of the real Ukrainian fixtures in ../shared/fixtures.
#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace kopii::test {

inline QString pki(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_TEST_PKI")) + QLatin1Char('/') + name;
}

inline QString fixture(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_FIXTURES")) + QLatin1Char('/') + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_SOURCE_DIR")) + QLatin1Char('/') + relative;
}

constexpr const char *kPkiPassword = "test-pass";

// The `i`th mutant of `original` from the fixed sequence `rng`: every tenth cut short, the others
// with one to three bytes changed (the mutation tests of signatures and key files).
inline QByteArray mutant(const QByteArray &original, QRandomGenerator &rng, int i)
{
    QByteArray m = original;
    if (i % 10 == 0) {
        m.truncate(rng.bounded(int(m.size())));
        return m;
    }
    for (int n = 1 + rng.bounded(3); n > 0; --n) {
        const int at = rng.bounded(int(m.size()));
        m[at] = char(m.at(at) ^ (1 + rng.bounded(255)));
    }
    return m;
}

// The SHA-256 fingerprint of a DER certificate, as a manager confirms a root by (--add-anchor).
inline QString fingerprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

// The test PKI trusted through kopii-cli as an office trusts its providers, with the CA's current
// CRL (see TestTrust.h):
// the arguments of each call, in order (a manager's key options first).
inline QList<QStringList> trustTestPkiCli()
{
    return {{QStringLiteral("trust"), QStringLiteral("tl-signer"), QStringLiteral("add"), pki(QStringLiteral("tl-signer.crt"))},
            {QStringLiteral("trust"), QStringLiteral("import"), pki(QStringLiteral("tl.xml")), pki(QStringLiteral("chain.p7b")),
             pki(QStringLiteral("ca.crl"))}};
}

} // namespace kopii::test
