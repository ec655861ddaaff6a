// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Cades.h"
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/Timestamp.h"
#include "TestPkiServices.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;

class TestVerify : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Signer> open(const QString &name)
    {
        auto s = KeyFile::open(pki(name + QStringLiteral(".p12")), Secret(QByteArray(kPkiPassword)));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }
    static QByteArray sign(const QString &who, const QByteArray &content, bool attached = false,
                           QDateTime when = QDateTime::currentDateTimeUtc())
    {
        auto signer = open(who);
        return *Cades::sign(*signer, content, {attached, when});
    }
    static const VerificationCheck *check(const DocumentVerification &v, const QString &id)
    {
        for (const auto &c : v.checks)
            if (c.id == id)
                return &c;
        return nullptr;
    }

    const QByteArray m_pdf = QByteArray("%PDF-1.7 Паспорт громадянина України, сторінка 1");

private Q_SLOTS:
    void validWithRevocationChecked()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const auto v =
            SignatureVerifier::verify(sign(QStringLiteral("manager"), m_pdf), m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary));
        QCOMPARE(v.signer.info().rnokpp, QStringLiteral("3012345670"));
        QCOMPARE(v.contentMatchesPdf, 1);
        for (const auto &c : v.checks)
            QVERIFY2(c.ok, qPrintable(c.id + QStringLiteral(": ") + c.detail));
    }

    // RFC 5652 11.3: a signing time must be signed. One put among the unsigned attributes of an
    // otherwise good signature (anyone can add it) makes the signature unconfirmable, as OpenSSL
    // refuses it too; the signature value itself still holds, so it is not called forged.
    void unsignedSigningTimeIsAFormatFailure()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = sign(QStringLiteral("manager"), m_pdf);
        QCOMPARE(SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc()).verdict, Verdict::Valid);
        ASN1_TIME *t = ASN1_UTCTIME_set(nullptr, 1700000000);
        const QByteArray time = ossl::der(t, i2d_ASN1_TIME);
        ASN1_TIME_free(t);
        const QByteArray stamped = withUnsignedAttribute(p7s, "1.2.840.113549.1.9.5", time);
        const auto v = SignatureVerifier::verify(stamped, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.verdict, Verdict::Indeterminate);
        QCOMPARE(v.subIndication, QStringLiteral("FORMAT_FAILURE"));
        QVERIFY2(v.summary.contains(QStringLiteral("signingTime")), qPrintable(v.summary));
    }

    void revocationNotCheckedIsAWarning()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const auto v =
            SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);
        QVERIFY(v.summary.contains(QStringLiteral("Revocation not checked")));
    }

    static void failuresData()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("subIndication"); // ETSI EN 319 102-1, empty for a passed one
        QTest::newRow("changed document") << "changed" << int(Verdict::Invalid) << "message-digest"
                                          << "changed after it was signed"
                                          << "HASH_FAILURE";
        QTest::newRow("forged signature RSA") << "forged-manager" << int(Verdict::Invalid) << "signature"
                                              << "does not match"
                                              << "SIG_CRYPTO_FAILURE";
        QTest::newRow("forged signature ECDSA") << "forged-clerk" << int(Verdict::Invalid) << "signature"
                                                << "does not match"
                                                << "SIG_CRYPTO_FAILURE";
        QTest::newRow("untrusted root") << "untrusted" << int(Verdict::Indeterminate) << "chain"
                                        << ""
                                        << "NO_CERTIFICATE_CHAIN_FOUND";
        QTest::newRow("revoked") << "revoked" << int(Verdict::Invalid) << "chain"
                                 << "revoked"
                                 << "REVOKED";
        QTest::newRow("not qualified") << "notqualified" << int(Verdict::NotQualified) << "qualified"
                                       << "not qualified"
                                       << "";
        QTest::newRow("wrong key usage") << "wrongku" << int(Verdict::Indeterminate) << "key-usage"
                                         << "not meant for signatures"
                                         << "SIG_CONSTRAINTS_FAILURE";
        QTest::newRow("expired at signing") << "expired" << int(Verdict::Indeterminate) << "chain"
                                            << ""
                                            << "OUT_OF_BOUNDS_NO_POE";
        QTest::newRow("attached, other PDF") << "attached-mismatch" << int(Verdict::Invalid) << "content-match"
                                             << "differs"
                                             << "HASH_FAILURE";
        QTest::newRow("detached, no content") << "no-content" << int(Verdict::Indeterminate) << "content-match"
                                              << "missing"
                                              << "SIGNED_DATA_NOT_FOUND";
        QTest::newRow("not a signature") << "garbage" << int(Verdict::Invalid) << "format"
                                         << "not a CMS"
                                         << "FORMAT_FAILURE";
    }
    void eachFailureSaysWhy_data() { failuresData(); }
    void eachFailureSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(int, verdict);
        QFETCH(QString, checkId);
        QFETCH(QString, reason);
        QFETCH(QString, subIndication);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        if (kind != QLatin1String("untrusted"))
            QVERIFY(ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc())
                || kind == QLatin1String("untrusted"));
        QByteArray p7s;
        QByteArray pdf = m_pdf;
        if (kind == QLatin1String("changed")) {
            p7s = sign(QStringLiteral("manager"), m_pdf);
            pdf[5] = '8';
        } else if (kind.startsWith(QLatin1String("forged-"))) {
            p7s = sign(kind.mid(7), m_pdf);
            const QByteArray value = *Timestamp::signatureValue(p7s);
            QByteArray forged = value;
            forged[forged.size() / 2] = char(forged.at(forged.size() / 2) ^ 0x01);
            QCOMPARE(p7s.count(value), 1);
            p7s.replace(value, forged);
        } else if (kind == QLatin1String("untrusted")) {
            p7s = sign(QStringLiteral("manager"), m_pdf);
        } else if (kind == QLatin1String("attached-mismatch")) {
            p7s = sign(QStringLiteral("manager"), m_pdf, true);
            pdf = "%PDF another file";
        } else if (kind == QLatin1String("no-content")) {
            p7s = sign(QStringLiteral("manager"), m_pdf);
            pdf.clear();
        } else if (kind == QLatin1String("garbage")) {
            p7s = "not a signature at all";
        } else {
            p7s = sign(kind, m_pdf);
        }
        const auto v = SignatureVerifier::verify(p7s, pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(int(v.verdict) == verdict, qPrintable(verdictId(v.verdict) + QStringLiteral(" — ") + v.summary));
        QCOMPARE(v.indication,
                 v.verdict == Verdict::Invalid             ? QStringLiteral("TOTAL_FAILED")
                     : v.verdict == Verdict::Indeterminate ? QStringLiteral("INDETERMINATE")
                                                           : QStringLiteral("TOTAL_PASSED"));
        QCOMPARE(v.subIndication, subIndication);
        const VerificationCheck *c = check(v, checkId);
        QVERIFY2(c, qPrintable(checkId));
        QVERIFY(!c->ok);
        QVERIFY2(c->detail.contains(reason, Qt::CaseInsensitive), qPrintable(c->detail));
        QVERIFY(!v.summary.isEmpty());
        if (kind == QLatin1String("attached-mismatch"))
            QCOMPARE(v.signedContent, m_pdf); // the signed content, not the e-mail's PDF
    }

    // UAPKI's public test signatures (an independent implementation, tests/data/uapki): the
    // Diia CAdES-T whose token does not carry its TSA certificate is judged at its timestamp once
    // the TSA's certificate is known to the trust store (as a service, from a .cer); the signature
    // with custom attributes holds; the detached one over other content is NOT valid.
    void uapkiSignatures()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(
            ws.trust->importFile(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")), now));
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray cadesT = read(sourcePath(QStringLiteral("tests/data/uapki/cades-t-attached.p7s")));
        QVERIFY(!cadesT.isEmpty());
        // Without the TSA's certificate the timestamp proves nothing, and the expired signer
        // cannot be confirmed.
        auto v = SignatureVerifier::verify(cadesT, {}, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(v.summary));
        QCOMPARE(v.subIndication, QStringLiteral("OUT_OF_BOUNDS_NO_POE"));
        const auto tsp = ws.trust->importFile(
            fixture(QStringLiteral("ua/certs/diia-2023-tsp-05E19E2CD92EA29902000000010000004A010000.cer")), now);
        QVERIFY2(tsp, tsp ? "" : qPrintable(tsp.error().message));
        v = SignatureVerifier::verify(cadesT, {}, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        QCOMPARE(v.poe, DocumentVerification::Poe::Timestamp);
        QCOMPARE(v.timestampTime, QDateTime(QDate(2023, 9, 19), QTime(18, 17, 19), Qt::UTC));
        for (const char *id : {"signature", "message-digest", "signing-certificate", "timestamp", "chain", "key-usage"})
            QVERIFY2(check(v, QString::fromLatin1(id)) && check(v, QString::fromLatin1(id))->ok, id);
        // The TSA's certificate is a service identity, never an anchor.
        for (const TrustedCertificate &t : ws.trust->certificates())
            if (t.certificate.info().commonName.contains(QStringLiteral("TSP")))
                QVERIFY(!t.anchor && t.role == TrustEntry::Role::Service);

        const QDateTime received(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC);
        v = SignatureVerifier::verify(read(sourcePath(QStringLiteral("tests/data/uapki/bes-custom-attributes.p7s"))), {},
                                      *ws.trust, now, {false, 8, nullptr}, received);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        v = SignatureVerifier::verify(read(sourcePath(QStringLiteral("tests/data/uapki/bes-detached-invalid-content.p7s"))),
                                      read(sourcePath(QStringLiteral("tests/data/uapki/invalid-content.txt"))), *ws.trust, now,
                                      {false, 8, nullptr}, received);
        QCOMPARE(v.verdict, Verdict::Invalid);
        QCOMPARE(v.subIndication, QStringLiteral("HASH_FAILURE"));
    }

    // L7: a digest algorithm too weak to prove anything (SHA-1, made by OpenSSL): cannot be
    // confirmed, and the check names the algorithm; the signature value itself holds.
    void weakDigestCannotBeConfirmed()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("copy.pdf")), out = dir.filePath(QStringLiteral("copy.p7s"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_pdf);
        f.close();
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-md"),
                 QStringLiteral("sha1"), QStringLiteral("-signer"), pki(QStringLiteral("manager.crt")), QStringLiteral("-inkey"),
                 pki(QStringLiteral("manager.key")), QStringLiteral("-in"), in, QStringLiteral("-outform"), QStringLiteral("DER"),
                 QStringLiteral("-out"), out});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile signature(out);
        QVERIFY(signature.open(QIODevice::ReadOnly));
        const auto v = SignatureVerifier::verify(signature.readAll(), m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(),
                                                 {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(v.summary));
        QCOMPARE(v.subIndication, QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE"));
        QVERIFY2(v.summary.contains(QStringLiteral("SHA1")), qPrintable(v.summary));
        QVERIFY(check(v, QStringLiteral("signature")) && check(v, QStringLiteral("signature"))->ok);
    }

    // L7: the contentType attribute names another type than the signature's eContentType: the
    // signature value holds over what was signed, but the signature is not well-formed.
    void contentTypeMustMatch()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        // The eContentType lies outside what the signature covers: turned from id-data into
        // id-envelopedData, the signed contentType attribute (id-data) no longer agrees.
        QByteArray p7s = sign(QStringLiteral("manager"), m_pdf);
        const QByteArray data = QByteArray::fromHex("06092a864886f70d010701");
        const qsizetype at = p7s.indexOf(data);
        QVERIFY(at > 0);
        p7s[at + data.size() - 1] = 0x03;
        QVERIFY(p7s.indexOf(data) > at); // the attribute still says id-data
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(v.summary));
        QCOMPARE(v.subIndication, QStringLiteral("FORMAT_FAILURE"));
        QVERIFY2(v.summary.contains(QStringLiteral("another type of content")), qPrintable(v.summary));
    }

    // H3: the key of an expired certificate signs today with a signingTime inside its validity.
    // The claim proves nothing: without a proof of existence the signature cannot be confirmed.
    // Had Kopii received it while the certificate was valid, it would be valid, with the expiry said.
    void backdatedSigningTimeWithExpiredKeyIsNotConfirmed()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        auto signer = open(QStringLiteral("expired"));
        const CertificateInfo info = signer->certificate().info();
        const QDateTime when = info.notAfter.addSecs(-3600);
        const QByteArray p7s = *Cades::sign(*signer, m_pdf, {false, when});
        auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(v.summary));
        QVERIFY2(v.summary.contains(QStringLiteral("Nothing proves")), qPrintable(v.summary));
        QCOMPARE(v.signingTime, when.addMSecs(-when.time().msec())); // shown, not used
        QCOMPARE(v.poe, DocumentVerification::Poe::Now);
        v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {}, when.addSecs(60));
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        QCOMPARE(v.poe, DocumentVerification::Poe::Received);
        const VerificationCheck *c = check(v, QStringLiteral("validity"));
        QVERIFY(c && !c->ok);
        QVERIFY(c->detail.contains(QStringLiteral("expired since")));
    }

    // H3: a revoked (stolen) key signs with a signingTime before the revocation, while the store
    // also holds an older CRL that does not list it yet: the newest CRL counts, and without a
    // proof of existence before the revocation the signature is NOT valid. Received by Kopii
    // before the revocation, it stays valid, with the revocation date said.
    void backdatedSigningTimeWithRevokedKeyIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca-old.crl")), now));
        auto signer = open(QStringLiteral("revokedlater")); // revoked a day ago
        const QByteArray p7s = *Cades::sign(*signer, m_pdf, {false, now.addDays(-5)});
        // Only the old CRL (ten days old, more than a week): too old to clear the certificate now; offline, nothing
        // else is asked, so revocation stays unchecked.
        auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        const VerificationCheck *unchecked = check(v, QStringLiteral("revocation"));
        QVERIFY(unchecked && !unchecked->ok);
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), now));
        v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(v.summary));
        QVERIFY2(v.summary.contains(QStringLiteral("revoked")), qPrintable(v.summary));
        v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, now, {false, 8, nullptr}, now.addDays(-4));
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        const VerificationCheck *c = check(v, QStringLiteral("revocation"));
        QVERIFY(c && !c->ok && c->detail.contains(QStringLiteral("after Kopii received")));
    }

    // Real Ukrainian signatures (DSTU 4145 with GOST 34.311, made by Diia's test key): valid at
    // their signing time through the Diia CA (imported) to the bundled ЦЗО root; the signer's
    // certificate has expired since, and DSTU revocation is not checked yet: both said.
    void nationalAlgorithmVerifies()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trust->importFile(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")),
                                     QDateTime::currentDateTimeUtc()));
        auto read = [](const QString &name) {
            QFile f(fixture(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray fox = read(QStringLiteral("ua/cades/fox.txt"));
        const QByteArray detached = read(QStringLiteral("ua/cades/bes-detached-fox.p7s"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Checked now, with nothing to prove when it was made: the certificate expired in 2024.
        auto v = SignatureVerifier::verify(detached, fox, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Indeterminate && v.summary.contains(QStringLiteral("Nothing proves")),
                 qPrintable(v.summary));
        // Received by Kopii in 2023, while it was valid.
        const QDateTime received(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC);
        v = SignatureVerifier::verify(detached, fox, *ws.trust, now, {false, 8, nullptr}, received);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        QVERIFY(v.algorithm.startsWith(QLatin1String("DSTU 4145")));
        QCOMPARE(v.chain.path.size(), 3);
        QVERIFY(v.chain.trusted);
        QString all;
        for (const VerificationCheck &c : std::as_const(v.checks))
            all += c.detail + QLatin1Char('\n');
        QVERIFY2(all.contains(QStringLiteral("matches the signer's key"))
                     && all.contains(QStringLiteral("exactly what was signed"))
                     && all.contains(QStringLiteral("signingCertificateV2")) && all.contains(QStringLiteral("expired")),
                 qPrintable(all));
        // One byte of the content changed: NOT valid.
        QByteArray changed = fox;
        changed[4] = 'Q';
        v = SignatureVerifier::verify(detached, changed, *ws.trust, now, {false, 8, nullptr}, received);
        QCOMPARE(v.verdict, Verdict::Invalid);
        QVERIFY2(v.summary.contains(QStringLiteral("changed")), qPrintable(v.summary));
        // The attached fixture carries its content.
        v = SignatureVerifier::verify(read(QStringLiteral("ua/cades/bes-attached.p7s")), QByteArray(), *ws.trust, now,
                                      {false, 8, nullptr}, received);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
        QVERIFY(!v.signedContent.isEmpty());
        // Without the Diia CA in the trust store the chain stops short: cannot be confirmed, never Valid.
        CryptoWorkspace bare;
        QVERIFY(bare.open());
        v = SignatureVerifier::verify(detached, fox, *bare.trust, now, {false, 8, nullptr}, received);
        QCOMPARE(v.verdict, Verdict::Indeterminate);
        QVERIFY2(v.summary.contains(QStringLiteral("trust store")), qPrintable(v.summary));
    }

    void pemAndBase64AreRead()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QByteArray der = sign(QStringLiteral("manager"), m_pdf);
        const QByteArray b64 = der.toBase64();
        QByteArray pem = "-----BEGIN CMS-----\n";
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pem += b64.mid(i, 64) + '\n';
        pem += "-----END CMS-----\n";
        for (const QByteArray &form : {b64, pem})
            QVERIFY(SignatureVerifier::verify(form, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc()).verdict
                    == Verdict::ValidWithWarnings);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
