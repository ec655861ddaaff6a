// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: verifying received copies. 1000 detached CAdES signatures (ECDSA P-256, 60 KiB PDFs)
// checked by Kopii's verifier (every check: signature, digest, binding, chain at signing time,
// CRL, key usage, qualified status) against a bare OpenSSL CMS_verify with the same trust and CRL,
// both on one thread; then the inbox pipeline on the thread pool; then one CAdES-X Long in Diia's
// layout (timestamp, certValues, revocationValues), judged offline from what it carries, against a
// bare CMS_verify of the same file, and the same layout with DSTU 4145. Prints numbers only.
#include "crypto/Cades.h"
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "crypto/national/OpenSsl.h"
#include "crypto/SignatureVerifier.h"
#include "inbox/VerificationPipeline.h"
#include "TestPkiServices.h"
#include "DstuCadesXLong.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThreadPool>

#include <openssl/cms.h>
#include <openssl/pem.h>

using namespace kopii;
using namespace kopii::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    CryptoWorkspace ws;
    if (!ws.open() || !ws.trustTestPki() || !ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()))
        return 1;
    auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer)
        return 1;
    QList<QPair<QByteArray, QByteArray>> docs;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        QByteArray pdf = "%PDF-1.7 " + QByteArray::number(i) + QByteArray(60 * 1024, char('a' + i % 26));
        auto p7s = Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        if (!p7s)
            return 1;
        docs.append({pdf, *p7s});
    }
    out << "signed " << count << " documents in " << t.elapsed() << " ms\n";

    // Bare OpenSSL: CMS_verify with the chain and the CRL, nothing else.
    ossl::X509Store store(X509_STORE_new());
    ossl::X509Stack untrusted(sk_X509_new_null());
    for (const TrustedCertificate &c : ws.trust->certificates()) {
        if (c.anchor)
            X509_STORE_add_cert(store.get(), c.certificate.x509());
        else if (X509_up_ref(c.certificate.x509()))
            sk_X509_push(untrusted.get(), c.certificate.x509());
    }
    {
        QFile crlFile(pki(QStringLiteral("ca.crl.pem")));
        crlFile.open(QIODevice::ReadOnly);
        const QByteArray crlPem = crlFile.readAll();
        ossl::Bio bio = ossl::memoryBio(crlPem);
        X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
        X509_STORE_add_crl(store.get(), crl);
        X509_CRL_free(crl);
        X509_STORE_set_flags(store.get(), X509_V_FLAG_CRL_CHECK);
    }
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    t.restart();
    int bareOk = 0;
    for (const auto &[pdf, p7s] : std::as_const(docs)) {
        ossl::Bio in = ossl::memoryBio(p7s);
        ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
        ossl::Bio content = ossl::memoryBio(pdf);
        if (cms && CMS_verify(cms.get(), untrusted.get(), store.get(), content.get(), nullptr, CMS_BINARY) == 1)
            ++bareOk;
    }
    const qint64 bare = t.elapsed();
    ossl::clearErrors();
    out << "bare OpenSSL CMS_verify, one thread: " << bare << " ms (" << bareOk << " of " << count << " verified)\n";

    t.restart();
    int valid = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[pdf, p7s] : std::as_const(docs))
        if (SignatureVerifier::verify(p7s, pdf, *ws.trust, now, {false, 8, nullptr}).verdict == Verdict::Valid)
            ++valid;
    const qint64 ours = t.elapsed();
    out << "Kopii SignatureVerifier, one thread: " << ours << " ms (" << valid << " of " << count << " Valid), overhead "
        << QString::number(100.0 * (ours - bare) / qMax<qint64>(1, bare), 'f', 1) << " %\n";

    // CAdES-X Long, revocation from the OCSP answer it carries (no CRL in this trust store).
    {
        CryptoWorkspace xlWs;
        if (!xlWs.open() || !xlWs.trustTestPki())
            return 1;
        const QByteArray &pdf = docs.first().first;
        const QByteArray xl = asCadesXLong(docs.first().second, QStringLiteral("clerk"));
        const int rounds = qMax(1, count / 5);
        ossl::X509Store plain(X509_STORE_new());
        for (const TrustedCertificate &c : xlWs.trust->certificates())
            if (c.anchor)
                X509_STORE_add_cert(plain.get(), c.certificate.x509());
        X509_STORE_set_purpose(plain.get(), X509_PURPOSE_ANY);
        t.restart();
        int xlBare = 0;
        for (int i = 0; i < rounds; ++i) {
            ossl::Bio in = ossl::memoryBio(xl);
            ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
            ossl::Bio content = ossl::memoryBio(pdf);
            if (cms && CMS_verify(cms.get(), untrusted.get(), plain.get(), content.get(), nullptr, CMS_BINARY) == 1)
                ++xlBare;
        }
        const qint64 bareXl = t.elapsed();
        ossl::clearErrors();
        t.restart();
        int xlValid = 0;
        for (int i = 0; i < rounds; ++i)
            if (SignatureVerifier::verify(xl, pdf, *xlWs.trust, now, {false, 8, nullptr}).verdict == Verdict::Valid)
                ++xlValid;
        const qint64 oursXl = t.elapsed();
        out << "CAdES-X Long (ECDSA), " << rounds << " checks: bare CMS_verify " << bareXl << " ms (" << xlBare
            << " verified, no timestamp or revocation), Kopii " << oursXl << " ms (" << xlValid
            << " Valid offline: timestamp, carried OCSP answer, chain); per signature "
            << QString::number(double(oursXl) / rounds, 'f', 2) << " ms against "
            << QString::number(double(bareXl) / rounds, 'f', 2) << " ms\n";
    }
    // The same layout with DSTU 4145 (a DSTU PKI of Kopii's own on the Diia CA's curve). OpenSSL
    // has no DSTU 4145, so there is no bare CMS_verify to set beside it.
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const QByteArray &pdf = docs.first().first;
        const auto made = dstuCadesXLong(pdf, at);
        CryptoWorkspace dstuWs;
        if (!made || !dstuWs.open() || !trustAsQualified(*dstuWs.trust, {made->ca, made->tsa}, at))
            return 1;
        const int rounds = qMax(1, count / 5);
        int validDstu = 0;
        t.restart();
        for (int i = 0; i < rounds; ++i)
            validDstu +=
                SignatureVerifier::verify(made->xl, pdf, *dstuWs.trust, at, {false, 8, nullptr}).verdict == Verdict::Valid;
        const qint64 oursDstu = t.elapsed();
        out << "CAdES-X Long (DSTU 4145, m = 257, GOST 34.311), " << rounds << " checks: Kopii " << oursDstu << " ms ("
            << validDstu << " Valid offline); per signature " << QString::number(double(oursDstu) / rounds, 'f', 2) << " ms\n";
    }

    VerificationPipeline::Batch batch;
    for (int i = 0; i < docs.size(); ++i) {
        DocumentCopy d;
        d.id = i + 1;
        d.pdf = docs.at(i).first;
        d.p7s = docs.at(i).second;
        batch.documents << d;
    }
    batch.online = false;
    t.restart();
    VerificationPipeline::check(batch, *ws.trust, now);
    out << "inbox pipeline on " << QThreadPool::globalInstance()->maxThreadCount() << " threads: " << t.elapsed() << " ms for "
        << batch.results.size() << " documents\n";
    return 0;
}
