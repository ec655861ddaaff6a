// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the national algorithms on one core: GOST 34.311-95 and Kupyna-256/512 in MB/s over
// a 64 MB buffer, and DSTU 4145 signature verifications per second with the real Diia CA key (m = 257) and the
// ЦЗО root key (m = 431), each checking a real certificate's signature (the hash computed once).
// Prints the numbers; asserts only that every verification succeeded.
#include "CryptoFixture.h"
#include "CryptoTestUtil.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/national/Gost34311.h"
#include "crypto/national/Kupyna.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile f(fixture(relative));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QByteArray buffer(64 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < buffer.size(); ++i)
        buffer[i] = char(i * 131 + (i >> 9));
    QElapsedTimer t;
    t.start();
    const QByteArray digest = Gost34311::hash(buffer);
    const qint64 ms = qMax<qint64>(1, t.elapsed());
    out << "GOST 34.311-95 (DKE 1): 64 MB in " << ms << " ms = " << (64.0 * 1000 / ms) << " MB/s (" << digest.toHex().left(16)
        << "...)\n";
    for (int bits : {256, 512}) {
        t.restart();
        const QByteArray kupyna = Kupyna::hash(buffer, bits);
        const qint64 kms = qMax<qint64>(1, t.elapsed());
        out << "Kupyna-" << bits << " (DSTU 7564): 64 MB in " << kms << " ms = " << (64.0 * 1000 / kms) << " MB/s ("
            << kupyna.toHex().left(16) << "...)\n";
    }

    struct Case
    {
        const char *name;
        QString issuer;
        QString certificate;
    };
    const Case cases[] = {
        {"m = 257 (the Diia CA's key)", QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer"),
         QStringLiteral("ua/certs/diia-test-sign-7775603.cer")},
        {"m = 431 (the ЦЗО root's key)", QStringLiteral("ua/certs/CAO-05E19E2CD92EA2990100000001000000C1000000.cer"),
         QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")},
    };
    int failures = 0;
    for (const Case &c : cases) {
        const auto spki = Dstu4145Key::subjectPublicKeyInfo(readFixture(c.issuer));
        auto key = spki ? Dstu4145Key::fromSubjectPublicKeyInfo(*spki) : Result<Dstu4145Key>(spki.error());
        if (!key) {
            out << c.name << ": " << key.error().message << "\n";
            return 1;
        }
        const QByteArray certificate = readFixture(c.certificate);
        // Warm-up and a correctness check through the whole certificate path.
        if (!key->verifyCertificate(certificate)) {
            out << c.name << ": the certificate does not verify\n";
            return 1;
        }
        const int rounds = 500;
        t.restart();
        for (int i = 0; i < rounds; ++i)
            failures += key->verifyCertificate(certificate) ? 0 : 1;
        const qint64 elapsed = qMax<qint64>(1, t.elapsed());
        out << "DSTU 4145 " << c.name << ": " << rounds << " certificate verifications in " << elapsed
            << " ms = " << (rounds * 1000 / elapsed) << " /s (hash included)\n";
    }
    // Whole CAdES-BES verifications of the real attached signature, its chain to the ЦЗО root
    // included (the Diia CA imported into the workspace's trust store), offline.
    {
        CryptoWorkspace ws;
        if (!ws.open()
            || !ws.trust->importFile(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")),
                                     QDateTime::currentDateTimeUtc())) {
            out << "workspace\n";
            return 1;
        }
        const QByteArray p7s = readFixture(QStringLiteral("ua/cades/bes-attached.p7s"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RevocationOptions offline{false, 8, nullptr};
        // Judged as received by Kopii in 2023, while the signer's certificate was valid.
        const QDateTime received(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC);
        if (SignatureVerifier::verify(p7s, {}, *ws.trust, now, offline, received).verdict != Verdict::ValidWithWarnings) {
            out << "bes-attached.p7s does not verify\n";
            return 1;
        }
        const int rounds = 1000;
        t.restart();
        for (int i = 0; i < rounds; ++i)
            failures += SignatureVerifier::verify(p7s, {}, *ws.trust, now, offline, received).chain.trusted ? 0 : 1;
        const qint64 elapsed = qMax<qint64>(1, t.elapsed());
        out << "CAdES-BES bes-attached.p7s, chain to the ЦЗО root: " << rounds << " verifications in " << elapsed
            << " ms = " << (rounds * 1000 / elapsed) << " /s\n";
    }
    return failures == 0 ? 0 : 1;
}
