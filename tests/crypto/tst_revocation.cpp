// SPDX-License-Identifier: GPL-3.0-or-later
// Revocation by OCSP (a real `openssl ocsp` responder on loopback) and RFC 3161 signature
// timestamps (tokens of `openssl ts -reply`), as they decide the verdict of a received copy.
#include "crypto/Cades.h"
#include "crypto/national/Dstu4145.h"
#include "DstuIssuer.h"
#include "CryptoFixture.h"
#include "TestTrust.h"
#include "crypto/KeyFile.h"
#include "crypto/SignatureVerifier.h"
#include "TestPkiServices.h"
#include "crypto/XmlSignature.h"
#include "DstuTestPki.h"
#include "DstuCadesXLong.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;

class TestRevocation : public QObject
{
    Q_OBJECT

    static QByteArray sign(const QString &who, const QByteArray &content, const QDateTime &when = QDateTime::currentDateTimeUtc())
    {
        auto signer = KeyFile::open(pki(who + QStringLiteral(".p12")), Secret(QByteArray(kPkiPassword)));
        if (!signer)
            qFatal("%s", qPrintable(signer.error().message));
        return *Cades::sign(**signer, content, {false, when});
    }
    static const VerificationCheck *check(const DocumentVerification &v, const QString &id)
    {
        for (const auto &c : v.checks)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    static QString describe(const DocumentVerification &v)
    {
        QStringList lines{verdictId(v.verdict) + QStringLiteral(": ") + v.summary};
        for (const auto &c : v.checks)
            lines << QStringLiteral("  %1 %2 %3").arg(c.ok ? QStringLiteral("ok") : QStringLiteral("NO"), c.id, c.detail);
        return lines.join(QLatin1Char('\n'));
    }

    static QByteArray readPki(const QString &name)
    {
        QFile f(pki(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    const QByteArray m_pdf = QByteArray("%PDF-1.7 Свідоцтво про народження (зразок)");
    const QDateTime m_twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2);

private Q_SLOTS:
    void ocspGoodIsValidAndCached()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspResponder responder;
        QString error;
        QVERIFY2(responder.start(pki(QStringLiteral("db-ca/index.txt")), &error), qPrintable(error));
        OcspCache cache;
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {true, 8, &cache});
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        const VerificationCheck *c = check(v, QStringLiteral("revocation"));
        QVERIFY(c && c->ok);
        QVERIFY2(c->detail.contains(QStringLiteral("OCSP")) && c->detail.contains(QStringLiteral("127.0.0.1:%1").arg(ocspPort())),
                 qPrintable(c->detail));

        // The answer is kept: with the responder gone, the cached one still decides.
        const auto fetched = cache.takeNew();
        QCOMPARE(fetched.size(), 1);
        QVERIFY(fetched.first().nextUpdate > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        responder.stop();
        OcspCache restored;
        restored.preload(fetched);
        const auto again =
            SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {true, 8, &restored});
        QVERIFY2(again.verdict == Verdict::Valid, qPrintable(describe(again)));
        // The answer is judged at the validation time, not by the machine's clock: two hours before
        // it was made it says nothing about the certificate.
        const auto earlier = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600),
                                                       {false, 2, &restored});
        const VerificationCheck *early = check(earlier, QStringLiteral("revocation"));
        QVERIFY2(early && !early->ok && !early->detail.contains(QStringLiteral("127.0.0.1:%1").arg(ocspPort())),
                 qPrintable(describe(earlier)));
        // An expired cached answer is not used.
        const auto later = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc().addSecs(2 * 3600),
                                                     {true, 2, &restored});
        QCOMPARE(later.verdict, Verdict::ValidWithWarnings);
        QVERIFY2(check(later, QStringLiteral("revocation"))->detail.contains(QStringLiteral("did not answer")),
                 qPrintable(describe(later)));
    }

    void offlineDoesNotAsk()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspResponder responder;
        QVERIFY(responder.start());
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);
        QVERIFY2(v.summary.count(QStringLiteral("working offline")) == 1, qPrintable(v.summary)); // said once
    }

    void unreachableResponderIsAWarning()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {true, 3, nullptr});
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);
        QVERIFY2(v.summary.contains(QStringLiteral("Revocation not checked"))
                     && v.summary.contains(QStringLiteral("did not answer")),
                 qPrintable(v.summary));
    }

    void revokedWithoutTimestampIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspResponder responder;
        QVERIFY(responder.start());
        // Signed (it says) two days ago, before the revocation a day ago; nothing proves it.
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("revokedlater"), m_pdf, m_twoDaysAgo), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        const VerificationCheck *c = check(v, QStringLiteral("revocation"));
        QVERIFY(c && !c->ok);
        QVERIFY2(c->detail.contains(QStringLiteral("no timestamp proves")), qPrintable(c->detail));
        // The responder's reason, in words the clerk's language has (not OpenSSL's "keyCompromise").
        const RevocationStatus rs = Revocation::checkOcsp(*Certificate::fromDer(readPki(QStringLiteral("revokedlater.der"))),
                                                          *Certificate::fromDer(readPki(QStringLiteral("ca.der"))), *ws.trust,
                                                          QDateTime::currentDateTimeUtc(), {true, 8, nullptr});
        QCOMPARE(rs.state, RevocationStatus::State::Revoked);
        QCOMPARE(rs.detail, QStringLiteral("the key was compromised"));
    }

    // CAdES-X Long as Diia makes it (a signature timestamp, certValues, revocationValues with the
    // responder's answer made after it): Valid offline, without asking anyone. The answer is used
    // only when it is sound and about this certificate; otherwise revocation stays unchecked.
    void cadesXLongIsValidOffline()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const RevocationOptions offline{false, 8, nullptr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        auto v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk")), m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(v.poe, DocumentVerification::Poe::Timestamp);
        QCOMPARE(v.level, QStringLiteral("CAdES-T (with validation data)")); // no references: not yet CAdES-C
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("carried in the signature")),
                 qPrintable(describe(v)));
        // The same signature without its evidence, offline: revocation not checked.
        v = SignatureVerifier::verify(withTimestamp(p7s), m_pdf, *ws.trust, now, offline);
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);

        // A changed answer (one bit of the responder's signature value): not relied on.
        QByteArray answer = basicOcspAnswer(QStringLiteral("clerk"));
        {
            // BasicOCSPResponse ::= SEQUENCE { tbsResponseData, signatureAlgorithm, signature BIT STRING, certs }
            qsizetype pos = 0;
            der::Element top;
            QList<der::Element> parts;
            QVERIFY(der::read(answer, pos, &top) && der::children(top.content, &parts) && parts.size() >= 3);
            QCOMPARE(parts.at(2).tag, 0x03);
            const qsizetype at = answer.indexOf(parts.at(2).encoded) + parts.at(2).encoded.size() - 2;
            answer[at] = char(answer.at(at) ^ 0x01);
        }
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk"), answer), m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("carries cannot be used")),
                 qPrintable(describe(v)));
        // An answer about another certificate: not relied on.
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk"), basicOcspAnswer(QStringLiteral("fop"))), m_pdf,
                                      *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("about another certificate")),
                 qPrintable(describe(v)));
        // An answer signed by someone the issuer did not authorise (the TSA's key): not relied on.
        v = SignatureVerifier::verify(
            asCadesXLong(p7s, QStringLiteral("clerk"), basicOcspAnswer(QStringLiteral("clerk"), QStringLiteral("tsa"))), m_pdf,
            *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        // Checked at a time before the answer was made (the signature's proof is its timestamp,
        // and nothing later proves the certificate was good then): the answer still speaks of a
        // moment after the timestamp, so it is used; a day later it is used as well (it is
        // evidence from signing time, not a current status).
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk")), m_pdf, *ws.trust, now.addDays(1), offline);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
    }

    // Mutated CAdES-X Long files (one to three bytes changed, or cut short; a fixed sequence) never
    // verify better than the original; one that still verifies Valid signs the same content by
    // the same signer with the same carried answer (the change fell outside anything signed).
    void mutatedCadesXLongNeverVerifiesBetter()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const RevocationOptions offline{false, 8, nullptr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray xl = asCadesXLong(sign(QStringLiteral("clerk"), m_pdf, now), QStringLiteral("clerk"));
        const DocumentVerification original = SignatureVerifier::verify(xl, m_pdf, *ws.trust, now, offline);
        QCOMPARE(original.verdict, Verdict::Valid);
        const QString revocation = check(original, QStringLiteral("revocation"))->detail;
        QRandomGenerator rng(319122);
        int stillValid = 0;
        for (int i = 0; i < 400; ++i) {
            const QByteArray mutant = kopii::test::mutant(xl, rng, i);
            const DocumentVerification v = SignatureVerifier::verify(mutant, m_pdf, *ws.trust, now, offline);
            if (v.verdict == Verdict::Valid) {
                ++stillValid;
                QCOMPARE(v.signedContent, original.signedContent);
                QVERIFY(v.signer == original.signer);
                QCOMPARE(check(v, QStringLiteral("revocation"))->detail, revocation);
                // A damaged timestamp attribute may be read as an unknown one: then the check is
                // judged as of now, which the fresh carried answer also covers.
                QVERIFY(!v.timestampTime.isValid() || v.timestampTime == original.timestampTime);
            }
        }
        qInfo("CAdES-X Long mutants still Valid (a byte outside what is signed changed): %d of 400", stillValid);
    }

    // CAdES-A mutants: never better than the original, and a Valid one has every archive timestamp
    // holding (a change in what they cover shows as a failed "Archive timestamp" check).
    void mutatedCadesANeverVerifiesBetter()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const RevocationOptions offline{false, 8, nullptr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray archived =
            withArchiveTimestampV3(asCadesXLong(sign(QStringLiteral("clerk"), m_pdf, now), QStringLiteral("clerk")), m_pdf);
        const DocumentVerification original = SignatureVerifier::verify(archived, m_pdf, *ws.trust, now, offline);
        QCOMPARE(original.verdict, Verdict::Valid);
        QRandomGenerator rng(19122);
        int stillValid = 0, archiveFailed = 0;
        for (int i = 0; i < 300; ++i) {
            const DocumentVerification v =
                SignatureVerifier::verify(kopii::test::mutant(archived, rng, i), m_pdf, *ws.trust, now, offline);
            bool archiveHeld = true;
            for (const VerificationCheck &c : v.checks)
                if (c.id == QLatin1String("archive-timestamp"))
                    archiveHeld = archiveHeld && c.ok;
            archiveFailed += archiveHeld ? 0 : 1;
            if (v.verdict != Verdict::Valid)
                continue;
            ++stillValid;
            QVERIFY(archiveHeld);
            QCOMPARE(v.signedContent, original.signedContent);
            QVERIFY(v.signer == original.signer);
        }
        QVERIFY(archiveFailed > 0);
        qInfo("CAdES-A mutants: %d of 300 still Valid, %d with an archive timestamp that no longer holds", stillValid,
              archiveFailed);
    }

    // A content timestamp (a signed attribute: the TSA's token over the document, taken before
    // signing) proves when the document existed, and is checked like a signature timestamp; one
    // over another document is a warning, never a proof of time for the signature.
    void contentTimestampIsChecked()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QTemporaryDir dir;
        const auto token = [&dir](const QByteArray &content) {
            QFile data(dir.filePath(QStringLiteral("data.bin")));
            if (!data.open(QIODevice::WriteOnly) || data.write(content) != content.size())
                return QByteArray();
            data.close();
            const QString query = dir.filePath(QStringLiteral("q.tsq")), out = dir.filePath(QStringLiteral("t.der"));
            QProcess p;
            p.start(QStringLiteral("openssl"),
                    {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), data.fileName(),
                     QStringLiteral("-sha256"), QStringLiteral("-cert"), QStringLiteral("-out"), query});
            p.waitForFinished(30000);
            p.start(QStringLiteral("openssl"),
                    {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), pki(QStringLiteral("tsa.conf")),
                     QStringLiteral("-queryfile"), query, QStringLiteral("-token_out"), QStringLiteral("-out"), out});
            p.waitForFinished(30000);
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        // Signed by OpenSSL's own CMS code with the token among the signed attributes.
        const auto signWith = [](const QByteArray &content, const QByteArray &contentToken) {
            // (memory BIOs read the bytes in place: they must outlive them)
            const QByteArray certPem = readPki(QStringLiteral("clerk.crt")), keyPem = readPki(QStringLiteral("clerk.key"));
            ossl::Bio certIn = ossl::memoryBio(certPem);
            ossl::X509Ptr cert(PEM_read_bio_X509(certIn.get(), nullptr, nullptr, nullptr));
            ossl::Bio keyIn = ossl::memoryBio(keyPem);
            ossl::PKey key(PEM_read_bio_PrivateKey(keyIn.get(), nullptr, nullptr, nullptr));
            const unsigned flags = CMS_PARTIAL | CMS_DETACHED | CMS_BINARY;
            ossl::Cms cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
            CMS_SignerInfo *si = cms ? CMS_add1_signer(cms.get(), cert.get(), key.get(), EVP_sha256(), flags) : nullptr;
            if (!si
                || CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_ets_contentTimestamp, V_ASN1_SEQUENCE,
                                               contentToken.constData(), int(contentToken.size()))
                    != 1) {
                qWarning() << "cannot add the content timestamp:" << ossl::lastError();
                return QByteArray();
            }
            ossl::Bio data = ossl::memoryBio(content);
            if (CMS_final(cms.get(), data.get(), nullptr, flags) != 1) {
                qWarning() << "cannot sign:" << ossl::lastError();
                return QByteArray();
            }
            return ossl::der(cms.get(), i2d_CMS_ContentInfo);
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray good = signWith(m_pdf, token(m_pdf));
        QVERIFY(!good.isEmpty());
        auto v = SignatureVerifier::verify(good, m_pdf, *ws.trust, now, {false, 8, nullptr});
        const VerificationCheck *c = check(v, QStringLiteral("content-timestamp"));
        QVERIFY2(c && c->ok && c->detail.contains(QStringLiteral("The document existed at")), qPrintable(describe(v)));
        QCOMPARE(v.poe, DocumentVerification::Poe::Now); // no proof of when the signature was made
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings); // revocation not checked, offline
        // Over another document: a warning, the signature itself holds.
        const QByteArray other = signWith(m_pdf, token(QByteArray("another document")));
        v = SignatureVerifier::verify(other, m_pdf, *ws.trust, now, {false, 8, nullptr});
        c = check(v, QStringLiteral("content-timestamp"));
        QVERIFY2(c && !c->ok && c->detail.contains(QStringLiteral("over another document")), qPrintable(describe(v)));
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);
        QVERIFY(check(v, QStringLiteral("signature"))->ok);
    }

    // The same layout with Ukrainian algorithms (DSTU 4145 with GOST 34.311 for the signature, the
    // TSP's token and the CA's OCSP answer, from the tests' own DSTU CA): Valid offline.
    void dstuCadesXLongIsValidOffline()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto made = dstuCadesXLong(m_pdf, now);
        QVERIFY(made);
        const QByteArray &xl = made->xl;
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {made->ca, made->tsa}, now));
        const auto v = SignatureVerifier::verify(xl, m_pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QVERIFY(v.algorithm.startsWith(QLatin1String("DSTU 4145")));
        QCOMPARE(v.poe, DocumentVerification::Poe::Timestamp);
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("carried in the signature")),
                 qPrintable(describe(v)));
        // Without the carried answer, offline: revocation not checked.
        const auto bare = SignatureVerifier::verify(made->stamped, m_pdf, *ws.trust, now, {false, 8, nullptr});
        QCOMPARE(bare.verdict, Verdict::ValidWithWarnings);
    }

    // A CAdES-X Long whose own answer says the certificate was revoked before the timestamp: NOT valid.
    // CAdES-XL whose revocation values are a CRL (crlVals) instead of an OCSP answer: a CRL of the
    // signer's issuer made after the signature's timestamp makes it Valid offline; one made before
    // it, one of another issuer, or one changed in a bit does not, and a revocation it lists does.
    // CAdES-A: an archive-time-stamp-v3 of the trusted test TSA over a CAdES-X Long signature holds;
    // with archived validation data removed afterwards it no longer does (a warning, the signature
    // itself is judged as before).
    void archiveTimestampV3IsChecked()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const RevocationOptions offline{false, 8, nullptr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray xl = asCadesXLong(sign(QStringLiteral("clerk"), m_pdf), QStringLiteral("clerk"));
        const QByteArray archived = withArchiveTimestampV3(xl, m_pdf);
        auto v = SignatureVerifier::verify(archived, m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(v.level, QStringLiteral("CAdES-A"));
        const VerificationCheck *c = check(v, QStringLiteral("archive-timestamp"));
        QVERIFY2(c && c->ok && c->detail.contains(QStringLiteral("archive timestamp by")), qPrintable(describe(v)));

        // The same archive timestamp moved onto another signature of the same signer: its imprint
        // covers the first one's signed fields, not these.
        const QByteArray other = asCadesXLong(sign(QStringLiteral("clerk"), m_pdf), QStringLiteral("clerk"));
        ossl::Bio in = ossl::memoryBio(archived);
        ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        ossl::Asn1ObjectPtr ats(OBJ_txt2obj("0.4.0.1733.2.4", 1));
        X509_ATTRIBUTE *attribute = CMS_unsigned_get_attr(si, CMS_unsigned_get_attr_by_OBJ(si, ats.get(), -1));
        const ASN1_STRING *token = X509_ATTRIBUTE_get0_type(attribute, 0)->value.sequence;
        const QByteArray moved = withUnsignedAttribute(
            other, "0.4.0.1733.2.4",
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(token)), ASN1_STRING_length(token)));
        v = SignatureVerifier::verify(moved, m_pdf, *ws.trust, now, offline);
        c = check(v, QStringLiteral("archive-timestamp"));
        QVERIFY2(c && !c->ok && c->detail.contains(QStringLiteral("changed or removed after archiving")),
                 qPrintable(describe(v)));
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));

        // The revocation values it archived, removed afterwards: its index names what is gone.
        ossl::Bio again = ossl::memoryBio(archived);
        ossl::Cms stripped(d2i_CMS_bio(again.get(), nullptr));
        CMS_SignerInfo *ssi = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(stripped.get()), 0);
        X509_ATTRIBUTE_free(
            CMS_unsigned_delete_attr(ssi, CMS_unsigned_get_attr_by_NID(ssi, NID_id_smime_aa_ets_revocationValues, -1)));
        v = SignatureVerifier::verify(ossl::der(stripped.get(), i2d_CMS_ContentInfo), m_pdf, *ws.trust, now, offline);
        c = check(v, QStringLiteral("archive-timestamp"));
        QVERIFY2(c && !c->ok && c->detail.contains(QStringLiteral("no longer in the signature")), qPrintable(describe(v)));
        QVERIFY(v.verdict != Verdict::Valid);
    }

    void cadesXLongWithCrlIsValidOffline()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const RevocationOptions offline{false, 8, nullptr};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        const QByteArray xl = asCadesXLong(p7s, QStringLiteral("clerk"), {}, freshCaCrl());
        auto v = SignatureVerifier::verify(xl, m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(v.poe, DocumentVerification::Poe::Timestamp);
        const VerificationCheck *c = check(v, QStringLiteral("revocation"));
        QVERIFY2(c && c->ok && c->detail.contains(QStringLiteral("CRL")) && c->detail.contains(QStringLiteral("carried")),
                 qPrintable(describe(v)));

        // A CRL of ten days ago, issued before the signature existed: proves nothing about then.
        QFile tenDaysOld(pki(QStringLiteral("ca-old.crl")));
        QVERIFY(tenDaysOld.open(QIODevice::ReadOnly));
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk"), {}, tenDaysOld.readAll()), m_pdf, *ws.trust, now,
                                      offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("before the signature's proven time")),
                 qPrintable(describe(v)));

        // The root's CRL: not signed by the signer's issuer.
        QFile rootCrl(pki(QStringLiteral("root-ca-revoked.crl")));
        QVERIFY(rootCrl.open(QIODevice::ReadOnly));
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk"), {}, rootCrl.readAll()), m_pdf, *ws.trust, now,
                                      offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(
            check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("not signed by the certificate's issuer")),
            qPrintable(describe(v)));

        // One bit of the CRL's signature changed: not relied on.
        QByteArray changed = freshCaCrl();
        changed[changed.size() - 3] = char(changed.at(changed.size() - 3) ^ 0x01);
        v = SignatureVerifier::verify(asCadesXLong(p7s, QStringLiteral("clerk"), {}, changed), m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));

        // A fresh CRL that lists the signer (revoked before the signature was made): Invalid.
        const QByteArray revoked =
            asCadesXLong(sign(QStringLiteral("revoked"), m_pdf), QStringLiteral("revoked"), {}, freshCaCrl());
        v = SignatureVerifier::verify(revoked, m_pdf, *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QCOMPARE(v.subIndication, QStringLiteral("REVOKED"));
        // ...and so does the PKI's own CRL, issued before the signature, which already listed it: a
        // revocation counts whenever it is listed.
        QFile listed(pki(QStringLiteral("ca.crl")));
        QVERIFY(listed.open(QIODevice::ReadOnly));
        v = SignatureVerifier::verify(
            asCadesXLong(sign(QStringLiteral("revoked"), m_pdf), QStringLiteral("revoked"), {}, listed.readAll()), m_pdf,
            *ws.trust, now, offline);
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
    }

    void cadesXLongRevokedIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QByteArray xl = asCadesXLong(sign(QStringLiteral("revoked"), m_pdf), QStringLiteral("revoked"));
        const auto v = SignatureVerifier::verify(xl, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QCOMPARE(v.subIndication, QStringLiteral("REVOKED"));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("before the signature's timestamp")),
                 qPrintable(describe(v)));
    }

    void revokedAfterTimestampStaysValid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspResponder responder;
        QVERIFY(responder.start());
        const QByteArray p7s = withTimestamp(sign(QStringLiteral("revokedlater"), m_pdf, m_twoDaysAgo), QStringLiteral("tsa"),
                                             QStringLiteral("-2d"));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY(check(v, QStringLiteral("timestamp")) && check(v, QStringLiteral("timestamp"))->ok);
        QVERIFY(qAbs(v.timestampTime.secsTo(m_twoDaysAgo)) < 120);
        const VerificationCheck *c = check(v, QStringLiteral("revocation"));
        QVERIFY(c && !c->ok);
        QVERIFY2(c->detail.contains(QStringLiteral("after the signature was made")), qPrintable(c->detail));
        // Every other check holds.
        for (const auto &other : v.checks)
            QVERIFY2(other.ok || other.id == QLatin1String("revocation"), qPrintable(describe(v)));

        // The same from the CRL, without a responder.
        responder.stop();
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const auto fromCrl = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(fromCrl.verdict == Verdict::ValidWithWarnings, qPrintable(describe(fromCrl)));
        QVERIFY(check(fromCrl, QStringLiteral("revocation"))->detail.contains(QStringLiteral("after the signature was made")));
        // Without the timestamp, the CRL makes it invalid.
        const auto bare = SignatureVerifier::verify(sign(QStringLiteral("revokedlater"), m_pdf, m_twoDaysAgo), m_pdf, *ws.trust,
                                                    QDateTime::currentDateTimeUtc());
        QVERIFY2(bare.verdict == Verdict::Invalid, qPrintable(describe(bare)));
    }

    void revokedBeforeTimestampIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspResponder responder;
        QVERIFY(responder.start());
        const QByteArray p7s = withTimestamp(sign(QStringLiteral("revoked"), m_pdf));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("before the signature's timestamp")),
                 qPrintable(describe(v)));
    }

    void unknownToTheResponderIsIndeterminate()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        // The responder of an index that lacks the clerk's certificate.
        QTemporaryDir dir;
        QFile in(pki(QStringLiteral("db-ca/index.txt")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString clerkSerial = QStringLiteral("\t1001\t");
        QByteArray index;
        for (const QByteArray &line : in.readAll().split('\n'))
            if (!line.isEmpty() && !line.contains(clerkSerial.toLatin1()))
                index += line + '\n';
        QFile out(dir.filePath(QStringLiteral("index.txt")));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(index) > 0);
        out.close();
        QFile attr(out.fileName() + QStringLiteral(".attr"));
        QVERIFY(attr.open(QIODevice::WriteOnly) && attr.write("unique_subject = no\n") > 0);
        attr.close();
        OcspResponder responder;
        QVERIFY(responder.start(out.fileName()));
        const auto v =
            SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(describe(v)));
        QVERIFY(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("does not know")));
    }

    void crlFromTheDistributionPoint()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QFile crlFile(pki(QStringLiteral("ca.crl")));
        QVERIFY(crlFile.open(QIODevice::ReadOnly));
        const QByteArray crl = crlFile.readAll();
        HttpFileServer server;
        server.serve("ca.crl", crl);
        QVERIFY(server.start());
        // No OCSP responder: the CRL decides, and is fetched once for the run.
        OcspCache cache;
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {true, 5, &cache});
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("CRL of")), qPrintable(describe(v)));
        const auto revoked = SignatureVerifier::verify(sign(QStringLiteral("revoked"), m_pdf), m_pdf, *ws.trust,
                                                       QDateTime::currentDateTimeUtc(), {true, 5, &cache});
        QVERIFY2(revoked.verdict == Verdict::Invalid, qPrintable(describe(revoked)));
        QCOMPARE(server.requests(), 1);

        // A CRL whose signature does not hold is not used.
        QByteArray broken = crl;
        broken[broken.size() - 3] = char(broken.at(broken.size() - 3) ^ 0x01);
        server.serve("ca.crl", broken);
        const auto v2 = SignatureVerifier::verify(sign(QStringLiteral("revoked"), m_pdf), m_pdf, *ws.trust,
                                                  QDateTime::currentDateTimeUtc(), {true, 5, nullptr});
        QVERIFY2(v2.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v2)));
        QVERIFY2(
            check(v2, QStringLiteral("revocation"))->detail.contains(QStringLiteral("not signed by the certificate's issuer")),
            qPrintable(describe(v2)));
        // Not a CRL at all, and a missing one: said so, never "not revoked".
        server.serve("ca.crl", "<html>maintenance</html>");
        const auto v3 = SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust,
                                                  QDateTime::currentDateTimeUtc(), {true, 5, nullptr});
        QCOMPARE(v3.verdict, Verdict::ValidWithWarnings);
        QVERIFY2(check(v3, QStringLiteral("revocation"))->detail.contains(QStringLiteral("Revocation not checked")),
                 qPrintable(describe(v3)));
    }

    // M5: a delta CRL served at the distribution point is no complete CRL: it clears nothing.
    void deltaCrlFromTheDistributionPointIsNotEnough()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QFile crlFile(pki(QStringLiteral("ca-delta.crl")));
        QVERIFY(crlFile.open(QIODevice::ReadOnly));
        HttpFileServer server;
        server.serve("ca.crl", crlFile.readAll());
        QVERIFY(server.start());
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("clerk"), m_pdf), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {true, 5, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("delta CRL")), qPrintable(describe(v)));
        QVERIFY(server.requests() >= 1);
    }

    // M5: a "good" OCSP answer made 30 days ago, without a nonce and without a next update,
    // replayed by whoever sits on the plain-HTTP path: not relied on.
    void replayedOcspAnswerIsNotRelied()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QTemporaryDir dir;
        const QString request = dir.filePath(QStringLiteral("req.der")), answer = dir.filePath(QStringLiteral("old.der"));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("ocsp"), QStringLiteral("-issuer"), pki(QStringLiteral("ca.crt")), QStringLiteral("-cert"),
                 pki(QStringLiteral("revokedlater.crt")), QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), request});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        // The index as it was before the revocation: the answer says "good".
        QFile index(pki(QStringLiteral("db-ca/index.txt")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QByteArray before;
        for (const QByteArray &line : index.readAll().split('\n')) {
            QList<QByteArray> fields = line.split('\t'); // status, expiry, revoked at, serial, file, subject
            if (fields.size() < 6)
                continue;
            if (fields[0] == "R") {
                fields[0] = "V";
                fields[2].clear();
            }
            before += fields.join('\t') + '\n';
        }
        QFile goodIndex(dir.filePath(QStringLiteral("index.txt")));
        QVERIFY(goodIndex.open(QIODevice::WriteOnly));
        goodIndex.write(before);
        goodIndex.close();
        QFile attributes(goodIndex.fileName() + QStringLiteral(".attr")); // several certificates of one holder
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("unique_subject = no\n");
        attributes.close();
        p.start(QStringLiteral("faketime"),
                {QStringLiteral("-f"), QStringLiteral("-30d"), QStringLiteral("openssl"), QStringLiteral("ocsp"),
                 QStringLiteral("-index"), goodIndex.fileName(), QStringLiteral("-rsigner"), pki(QStringLiteral("ocsp.crt")),
                 QStringLiteral("-rkey"), pki(QStringLiteral("ocsp.key")), QStringLiteral("-CA"), pki(QStringLiteral("ca.crt")),
                 QStringLiteral("-reqin"), request, QStringLiteral("-respout"), answer});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile answerFile(answer);
        QVERIFY(answerFile.open(QIODevice::ReadOnly));
        const QByteArray old = answerFile.readAll();
        QVERIFY(!old.isEmpty());
        HttpFileServer responder;
        responder.setPostHandler([old](const QByteArray &) { return old; });
        QVERIFY(responder.start(ocspPort()));
        const auto v = SignatureVerifier::verify(sign(QStringLiteral("revokedlater"), m_pdf), m_pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {true, 5, nullptr});
        QVERIFY2(v.verdict != Verdict::Valid, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation")) && !check(v, QStringLiteral("revocation"))->ok
                     && check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("too old")),
                 qPrintable(describe(v)));
        QVERIFY(responder.requests() >= 1);
    }

    void timestampOfAnotherSignatureIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        const QByteArray other = sign(QStringLiteral("clerk"), QByteArray("%PDF-1.7 інший документ"));
        const auto stamped = Timestamp::attachToken(p7s, timestampToken(other));
        QVERIFY(stamped);
        const auto v = SignatureVerifier::verify(*stamped, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QVERIFY(check(v, QStringLiteral("timestamp"))->detail.contains(QStringLiteral("another signature")));
        QVERIFY(!v.timestampTime.isValid());
    }

    void damagedTimestampIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        QByteArray token = timestampToken(p7s);
        // Change one byte of the TSA's signature at the end of the token.
        token[token.size() - 5] = char(token.at(token.size() - 5) ^ 0x01);
        const auto stamped = Timestamp::attachToken(p7s, token);
        QVERIFY(stamped);
        const auto v = SignatureVerifier::verify(*stamped, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QVERIFY2(!check(v, QStringLiteral("timestamp"))->ok, qPrintable(describe(v)));
        // Not a token at all is refused before it is attached.
        QVERIFY(!Timestamp::attachToken(p7s, QByteArray("not a token")));
    }

    void untrustedTimestampAuthorityIsAWarning()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = withTimestamp(sign(QStringLiteral("clerk"), m_pdf), QStringLiteral("rogue-tsa"));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("timestamp"))->detail.contains(QStringLiteral("cannot be relied on")),
                 qPrintable(describe(v)));
        QVERIFY(!v.timestampTime.isValid());
    }

    // M2: the TSA's certificate revoked (a later CRL of the CA): its timestamp proves no time, so
    // the signature is judged as of now and the timestamp check says why.
    void revokedTimestampAuthorityProvesNothing()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca-tsa-revoked.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = withTimestamp(sign(QStringLiteral("clerk"), m_pdf));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        const VerificationCheck *c = check(v, QStringLiteral("timestamp"));
        QVERIFY(c && !c->ok);
        QVERIFY2(c->detail.contains(QStringLiteral("revoked")), qPrintable(c->detail));
        QCOMPARE(v.poe, DocumentVerification::Poe::Now);
        QVERIFY(!v.timestampTime.isValid());
    }

    // M2: the CA itself revoked by its root (the root's CRL imported): nothing it issued is valid.
    void revokedIntermediateIsInvalid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf);
        QCOMPARE(SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr}).verdict,
                 Verdict::Valid);
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("root-ca-revoked.crl")), QDateTime::currentDateTimeUtc()));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QCOMPARE(v.subIndication, QStringLiteral("REVOKED"));
        QVERIFY2(v.summary.contains(QStringLiteral("Тестовий КНЕДП Kopii")) && v.summary.contains(QStringLiteral("revoked")),
                 qPrintable(v.summary));
    }

    void goodTimestampWithCrlIsValid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = withTimestamp(sign(QStringLiteral("clerk"), m_pdf));
        const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QVERIFY(check(v, QStringLiteral("timestamp"))->detail.contains(QStringLiteral("Тестова служба позначок часу")));
        QVERIFY(qAbs(v.timestampTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    // DSTU revocation over the network, as a Ukrainian CA offers it: OCSP answers signed with
    // DSTU 4145 by the CA and then by a delegated responder (a scripted responder: `openssl ocsp`
    // cannot sign with DSTU), the certificate then revoked; answers from a stranger refused; and
    // the DSTU-signed CRL downloaded from its distribution point.
    void dstuOcspAndCrl()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray curve = diiaCurve(); // the Diia CA's (m = 257)
        QVERIFY(!curve.isEmpty());
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (OCSP)"), curve, now);
        auto strangerMade =
            DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (OCSP)"), curve, now); // same name, other key
        QVERIFY(made && strangerMade);
        DstuIssuer ca = std::move(made).value(), stranger = std::move(strangerMade).value();
        ca.setOcspUrl(QStringLiteral("http://127.0.0.1:47182/ocsp"));
        const DemoHolder holder{QStringLiteral("Бондар"), QStringLiteral("Ігор"), QStringLiteral("3011223344"), {}, {}, {}};
        const auto issued = ca.issue(holder, now);
        QVERIFY(issued);
        ca.setOcspUrl({});
        ca.setCrlUrl(QStringLiteral("http://127.0.0.1:47182/ca.crl"));
        const auto issuedCrl = ca.issue(holder, now); // names only its CRL
        QVERIFY(issuedCrl);
        const QByteArray pdf("%PDF-1.4 revocation");
        const auto signedBy = [&](const DstuIssuer::Issued &i) {
            auto signer = KeyFile::fromNationalKey(i.privateKeyInfo, i.certificate, QStringLiteral("citizen"));
            return signer ? Cades::sign(**signer, pdf, Cades::Options{false, now}) : Result<QByteArray>(signer.error());
        };
        const auto p7s = signedBy(*issued), p7sCrl = signedBy(*issuedCrl);
        QVERIFY(p7s && p7sCrl);

        HttpFileServer server;
        QVERIFY(server.start(47182));
        DstuIssuer *answering = &ca;
        server.setPostHandler([&answering](const QByteArray &request) {
            const auto answer = answering->ocspResponse(request, QDateTime::currentDateTimeUtc());
            return answer ? *answer : QByteArray();
        });
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {ca.certificate()}, now));
        const auto verify = [&](const QByteArray &signature) {
            return SignatureVerifier::verify(signature, pdf, *ws.trust, now, {true, 8, nullptr});
        };
        const auto revocation = [](const DocumentVerification &v) {
            for (const VerificationCheck &c : v.checks)
                if (c.id == QLatin1String("revocation"))
                    return c.detail;
            return QString();
        };

        // Answered by the CA itself.
        auto v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary + QLatin1Char('\n') + revocation(v)));
        QVERIFY2(revocation(v).contains(QStringLiteral("OCSP answer")), qPrintable(revocation(v)));
        // By a delegated responder, which (like Diia's) is not marked "no check": its own
        // certificate must be shown unrevoked by the CA's CRL at the address it names.
        const auto responder = ca.makeOcspResponder(now);
        QVERIFY(responder);
        v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && revocation(v).contains(QStringLiteral("responder's own certificate")),
                 qPrintable(v.summary + QLatin1Char('\n') + revocation(v)));
        server.serve("ca.crl", *ca.crl(now));
        v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary + QLatin1Char('\n') + revocation(v)));
        // A stranger's answers (same name, another key, its own responder): not relied on.
        QVERIFY(stranger.makeOcspResponder(now));
        answering = &stranger;
        v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && revocation(v).contains(QStringLiteral("not authorised")),
                 qPrintable(revocation(v)));
        answering = &ca;
        // Revoked an hour ago, no timestamp: Invalid.
        ca.revoke(issued->certificate, now.addSecs(-3600));
        v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::Invalid && revocation(v).contains(QStringLiteral("revoked")), qPrintable(revocation(v)));
        QVERIFY(server.requests() >= 4);
        // The CA revokes its responder: its answers count no more (so the revocation above is
        // not known either: not checked, never Valid).
        ca.revoke(*responder, now.addSecs(-600));
        server.serve("ca.crl", *ca.crl(now));
        v = verify(*p7s);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings
                     && revocation(v).contains(QStringLiteral("responder's own certificate was revoked")),
                 qPrintable(v.summary + QLatin1Char('\n') + revocation(v)));

        // The CRL at its distribution point, DSTU-signed; then with the certificate on it.
        server.serve("ca.crl", *ca.crl(now));
        v = verify(*p7sCrl);
        QVERIFY2(v.verdict == Verdict::Valid && revocation(v).contains(QStringLiteral("CRL")),
                 qPrintable(v.summary + QLatin1Char('\n') + revocation(v)));
        server.serve("ca.crl", *stranger.crl(now));
        v = verify(*p7sCrl);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && revocation(v).contains(QStringLiteral("not signed")),
                 qPrintable(revocation(v)));
        ca.revoke(issuedCrl->certificate, now.addSecs(-60));
        server.serve("ca.crl", *ca.crl(now));
        v = verify(*p7sCrl);
        QCOMPARE(v.verdict, Verdict::Invalid);
    }

    // A certificate that names no OCSP responder: the trusted list's OCSP address for its
    // issuer's provider is asked (a DSTU CA, its answers signed with DSTU 4145). The address
    // comes with the list, also for a CA imported before from its own certificate.
    void trustedListGivesTheOcspAddress()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (список)"), diiaCurve(), now);
        QVERIFY(made);
        DstuIssuer ca = std::move(made).value();
        const auto issued = ca.issue(
            DemoHolder{QStringLiteral("Савчук"), QStringLiteral("Ірина"), QStringLiteral("3055443322"), {}, {}, {}}, now);
        QVERIFY(issued);
        auto signer = KeyFile::fromNationalKey(issued->privateKeyInfo, issued->certificate, QStringLiteral("citizen"));
        QVERIFY(signer);
        const QByteArray pdf("%PDF-1.4 list");
        const auto p7s = Cades::sign(**signer, pdf, Cades::Options{false, now});
        QVERIFY(p7s);

        const QByteArray list =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TrustServiceStatusList "
            "xmlns=\"http://uri.etsi.org/02231/v2#\"><SchemeInformation>"
            "<TSLSequenceNumber>1</TSLSequenceNumber><SchemeTerritory>UA</SchemeTerritory></"
            "SchemeInformation><TrustServiceProviderList><TrustServiceProvider><TSPInformation><TSPName>"
            "<Name xml:lang=\"uk\">Тестовий надавач</Name></TSPName></TSPInformation><TSPServices>"
            "<TSPService><ServiceInformation><ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</"
            "ServiceTypeIdentifier>"
            "<ServiceName><Name xml:lang=\"uk\">ЦСК</Name></ServiceName><ServiceDigitalIdentity><DigitalId><X509Certificate>"
            + ca.certificate().toBase64()
            + "</X509Certificate></DigitalId></ServiceDigitalIdentity><ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/"
              "Svcstatus/granted"
              "</ServiceStatus></ServiceInformation></TSPService>"
              "<TSPService><ServiceInformation><ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/Certstatus/OCSP/QC"
              "</ServiceTypeIdentifier><ServiceName><Name xml:lang=\"uk\">OCSP</Name></ServiceName><ServiceStatus>"
              "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</ServiceStatus><ServiceSupplyPoints><ServiceSupplyPoint>"
              "http://127.0.0.1:47182/ocsp</ServiceSupplyPoint></ServiceSupplyPoints></ServiceInformation></TSPService>"
              "</TSPServices></TrustServiceProvider></TrustServiceProviderList></TrustServiceStatusList>";

        HttpFileServer server;
        QVERIFY(server.start(47182));
        server.setPostHandler([&ca](const QByteArray &request) {
            const auto answer = ca.ocspResponse(request, QDateTime::currentDateTimeUtc());
            return answer ? *answer : QByteArray();
        });
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const auto revocation = [&] {
            const auto v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {true, 8, nullptr});
            for (const VerificationCheck &c : v.checks)
                if (c.id == QLatin1String("revocation"))
                    return std::pair{v.verdict, c.detail};
            return std::pair{v.verdict, QString()};
        };
        // The CA's own certificate first: no responder known.
        QVERIFY(ws.trust->importData(ca.certificate(), QStringLiteral("ca.cer"), now, {fingerprint(ca.certificate())}));
        auto [verdict, detail] = revocation();
        QVERIFY2(verdict == Verdict::ValidWithWarnings && detail.contains(QStringLiteral("names no OCSP responder")),
                 qPrintable(detail));
        // Then the list: the same CA, now with its provider's responder.
        // Signed by a key the test pins as the signer of trusted lists.
        const auto signedList = XmlSignature::signEnveloped(list, **signer);
        QVERIFY(signedList);
        QVERIFY(ws.trust->addTlSigner(Certificate::fromDer(issued->certificate).value(), now));
        const auto imported = ws.trust->importData(*signedList, QStringLiteral("TL.xml"), now);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(ws.trust->ocspAddresses(Certificate::fromDer(ca.certificate()).value()),
                 QStringList{QStringLiteral("http://127.0.0.1:47182/ocsp")});
        std::tie(verdict, detail) = revocation();
        QVERIFY2(verdict == Verdict::Valid && detail.contains(QStringLiteral("OCSP answer"))
                     && detail.contains(QStringLiteral("127.0.0.1:47182")),
                 qPrintable(detail));
        QVERIFY(server.requests() >= 1);
    }

    // RFC 6960 4.2.2.2.1: a delegated responder not marked id-pkix-ocsp-nocheck is relied on only
    // when its own certificate is shown unrevoked: by a CRL of its issuer in the trust store, else
    // by the CRL at its distribution point (online). A revoked responder's answers count no more.
    void responderWithoutNoCheckIsCheckedItself()
    {
        const Certificate clerk = *Certificate::fromDer(readPki(QStringLiteral("clerk.der")));
        const Certificate ca = *Certificate::fromDer(readPki(QStringLiteral("ca.der")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        {
            CryptoWorkspace ws;
            QVERIFY(ws.open() && ws.trustTestPki());
            OcspResponder responder;
            QVERIFY2(responder.start(pki(QStringLiteral("db-ca/index.txt")), &error, QStringLiteral("ocsp-plain")),
                     qPrintable(error));
            // Its CRL cannot be had: the answer is not relied on.
            RevocationStatus rs = Revocation::checkOcsp(clerk, ca, *ws.trust, now, {true, 3, nullptr});
            QCOMPARE(rs.state, RevocationStatus::State::NotChecked);
            QVERIFY2(rs.detail.contains(QStringLiteral("responder's own certificate could not be checked")),
                     qPrintable(rs.detail));
            // The CRL at the distribution point its certificate names clears it.
            HttpFileServer crls;
            crls.serve("ca.crl", readPki(QStringLiteral("ca.crl")));
            QVERIFY(crls.start(crlPort()));
            rs = Revocation::checkOcsp(clerk, ca, *ws.trust, now, {true, 3, nullptr});
            QVERIFY2(rs.state == RevocationStatus::State::Good, qPrintable(rs.detail));
            QCOMPARE(crls.requests(), 1);
        }
        {
            // The CA's CRL in the store clears the responder without a download.
            CryptoWorkspace ws;
            QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
            OcspResponder responder;
            QVERIFY2(responder.start(pki(QStringLiteral("db-ca/index.txt")), &error, QStringLiteral("ocsp-plain")),
                     qPrintable(error));
            const RevocationStatus rs = Revocation::checkOcsp(clerk, ca, *ws.trust, now, {true, 3, nullptr});
            QVERIFY2(rs.state == RevocationStatus::State::Good, qPrintable(rs.detail));
        }
        {
            // A revoked responder, known from the CRL in the store or from its distribution point.
            CryptoWorkspace ws;
            QVERIFY(ws.open() && ws.trustTestPki());
            OcspResponder responder;
            QVERIFY2(responder.start(pki(QStringLiteral("db-ca/index.txt")), &error, QStringLiteral("ocsp-revoked")),
                     qPrintable(error));
            HttpFileServer crls;
            crls.serve("ca-ocsp-revoked.crl", readPki(QStringLiteral("ca-ocsp-revoked.crl")));
            QVERIFY(crls.start(crlPort()));
            RevocationStatus rs = Revocation::checkOcsp(clerk, ca, *ws.trust, now, {true, 3, nullptr});
            QCOMPARE(rs.state, RevocationStatus::State::NotChecked);
            QVERIFY2(rs.detail.contains(QStringLiteral("responder's own certificate was revoked")), qPrintable(rs.detail));
            crls.stop();
            QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca-ocsp-revoked.crl")), now));
            rs = Revocation::checkOcsp(clerk, ca, *ws.trust, now, {true, 3, nullptr});
            QCOMPARE(rs.state, RevocationStatus::State::NotChecked);
            QVERIFY2(rs.detail.contains(QStringLiteral("responder's own certificate was revoked")), qPrintable(rs.detail));
        }
    }

    // A cached OCSP answer made before the signature's proof of existence (here: before Kopii
    // received the copy) knows nothing of a revocation in between: it is not used.
    void cachedAnswerOlderThanTheProofIsNotUsed()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        OcspCache cache;
        const QByteArray p7s = sign(QStringLiteral("clerk"), m_pdf, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
        {
            OcspResponder responder;
            QVERIFY(responder.start());
            const auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {true, 8, &cache});
            QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        }
        const QDateTime produced = cache.takeNew().isEmpty() ? QDateTime() : QDateTime::currentDateTimeUtc();
        QVERIFY(produced.isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
        // Received before the answer was made: the cached answer still speaks for it.
        auto v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, now, {true, 2, &cache}, produced.addSecs(-3600));
        QVERIFY2(v.verdict == Verdict::Valid && check(v, QStringLiteral("revocation"))->ok, qPrintable(describe(v)));
        // Received after it (by more than the clocks' leeway): asked again, and nobody answers.
        v = SignatureVerifier::verify(p7s, m_pdf, *ws.trust, now, {true, 2, &cache}, produced.addSecs(15 * 60));
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(check(v, QStringLiteral("revocation"))->detail.contains(QStringLiteral("did not answer")),
                 qPrintable(describe(v)));
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
