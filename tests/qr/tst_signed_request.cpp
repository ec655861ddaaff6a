// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/Base45.h"
#include "qr/CoseSign1.h"
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "qr/SignedRequest.h"
#include "SignedRequestIssuer.h"
#include "crypto/Signer.h"

#include <QGuiApplication>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestSignedRequest : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Signer> open(const QString &name)
    {
        auto s = KeyFile::open(pki(name + QStringLiteral(".p12")), Secret(QByteArray(kPkiPassword)));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

    static RequestClaims claims(const QDateTime &now)
    {
        RequestClaims c;
        c.organizationName = QStringLiteral("Бучанський ліцей № 1");
        c.organizationCode = QStringLiteral("14360570");
        c.legalEntity = true;
        c.branchName = QStringLiteral("Головний корпус");
        c.branchAddress = QStringLiteral("вул. Вокзальна, 1, Буча");
        c.branchEmail = QStringLiteral("kopii@lyceum1.example.org");
        c.serviceName = QStringLiteral("Зарахування до 1 класу");
        c.documents = {QStringLiteral("birth-certificate"), QStringLiteral("passport")};
        c.issued = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
        c.expires = c.issued.addDays(365);
        c.requestId = QByteArray::fromHex("0102030405060708");
        return c;
    }

    // Re-packs a COSE structure into a request text (for forgeries built by hand).
    static QString pack(const CoseSign1 &cose)
    {
        const QByteArray cbor = cose.encode();
        // Compressed the same way as issue() does (zlib, RFC 1950).
        return QString::fromLatin1(SignedRequest::kPrefix) + QString::fromLatin1(Base45::encode(zlibCompress(cbor)));
    }
    static QByteArray zlibCompress(const QByteArray &data)
    {
        QByteArray q = qCompress(data, 9);
        return q.mid(4); // qCompress puts the length in front of the zlib stream
    }
    static CoseSign1 unpack(const QString &text)
    {
        const QByteArray z = *Base45::decode(text.mid(5).toLatin1());
        QByteArray sized(4, '\0');
        sized[0] = 0;
        sized[1] = 1; // 64 KiB expected size; qUncompress grows as needed
        return *CoseSign1::decode(qUncompress(sized + z));
    }

private Q_SLOTS:
    void base45Rfc9285()
    {
        QCOMPARE(Base45::encode("AB"), QByteArray("BB8"));
        QCOMPARE(Base45::encode("Hello!!"), QByteArray("%69 VD92EX0"));
        QCOMPARE(Base45::encode("base-45"), QByteArray("UJCLQE7W581"));
        QCOMPARE(*Base45::decode("QED8WEX0"), QByteArray("ietf!"));
        QCOMPARE(*Base45::decode("%69 VD92EX0"), QByteArray("Hello!!"));
        QVERIFY(!Base45::decode("GGW")); // 65536 does not fit two bytes
        QVERIFY(!Base45::decode("AB"
                                "C"
                                "D"));   // a lone character at the end
        QVERIFY(!Base45::decode("ab#")); // outside the alphabet
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        QCOMPARE(*Base45::decode(Base45::encode(all)), all);
    }

    void coseRfc9052Sign1()
    {
        // RFC 9052, appendix C.2.1, with the P-256 key "11" of appendix C.7.1.
        const QByteArray message = QByteArray::fromHex(
            "D28443A10126A10442313154546869732069732074686520636F6E74656E742E58408EB33E4CA31D1C465AB05AAC34CC6B23D58FEF5C083"
            "106C4D25A91AEF0B0117E2AF9A291AA32E14AB834DC56ED2A223444547E01F11D3B0916E5A4C345CACB36");
        const auto cose = CoseSign1::decode(message);
        QVERIFY2(cose, qPrintable(cose ? QString() : cose.error().message));
        QCOMPARE(cose->alg, CoseSign1::kEs256);
        QCOMPARE(cose->kid, QByteArray("11"));
        QCOMPARE(cose->payload, QByteArray("This is the content."));
        QCOMPARE(cose->toBeSigned(),
                 QByteArray::fromHex("846A5369676E61747572653143A101264054546869732069732074686520636F6E74656E742E"));
        const auto key = Signer::ecP256PublicKey(
            QByteArray::fromHex("bac5b11cad8f99f9c72b05cf4b9e26d244dc189f745228255a219a86d6a09eff"),
            QByteArray::fromBase64("IBOL-C3BttVivg-lSreASjpkttcsz-1rb7btKLv8EX4", QByteArray::Base64UrlEncoding));
        QVERIFY(key);
        QVERIFY(cose->verifyWithPublicKey(*key).ok());
        QCOMPARE(cose->encode(), message);
        CoseSign1 changed = *cose;
        changed.payload[0] = 't';
        QVERIFY(!changed.verifyWithPublicKey(*key));
        // Not COSE: refused with a reason.
        QVERIFY(!CoseSign1::decode(QByteArray::fromHex("D8628441A0")));
        QVERIFY(!CoseSign1::decode(message + '\0'));
    }

    void roundTripRsaAndEcdsa_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("RSA manager") << QStringLiteral("manager");
        QTest::newRow("ECDSA clerk") << QStringLiteral("clerk");
    }
    void roundTripRsaAndEcdsa()
    {
        QFETCH(QString, key);
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        auto signer = open(key);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto text = issueSignedRequest(*signer, claims(now), {});
        QVERIFY2(text, qPrintable(text ? QString() : text.error().message));
        QVERIFY(text->startsWith(QLatin1String("KQR1:")));
        const auto check = SignedRequest::verify(*text, *ws.trust, now);
        QVERIFY2(check.verdict == SignedRequestCheck::Verdict::Valid, qPrintable(check.reason));
        QCOMPARE(check.claims, claims(now));
        QCOMPARE(check.kid, SignedRequest::kidOf(signer->certificate()));
        QVERIFY(check.chainEmbedded);
        // Expired a year later; not yet valid a day before.
        const auto late = SignedRequest::verify(*text, *ws.trust, now.addDays(366));
        QCOMPARE(late.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY2(late.reason.contains(QStringLiteral("expired")), qPrintable(late.reason));
        const auto early = SignedRequest::verify(*text, *ws.trust, now.addDays(-1));
        QCOMPARE(early.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY(early.reason.contains(QStringLiteral("future")));
    }

    void forgeriesAndDamageAreRefused()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        auto manager = open(QStringLiteral("manager"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = *issueSignedRequest(*manager, claims(now), {});

        // An altered claim (another e-mail for the copies), re-packed without a new signature.
        CoseSign1 cose = unpack(text);
        RequestClaims other = claims(now);
        other.branchEmail = QStringLiteral("thief@example.net");
        cose.payload = SignedRequest::encodeClaims(other);
        auto r = SignedRequest::verify(pack(cose), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY2(r.reason.contains(QStringLiteral("does not match")), qPrintable(r.reason));

        // One byte of the signature changed.
        cose = unpack(text);
        cose.signature[10] = char(cose.signature.at(10) ^ 0x01);
        r = SignedRequest::verify(pack(cose), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);

        // Signed with another key but claiming the manager's certificate.
        auto fop = open(QStringLiteral("fop"));
        const QString byFop = *issueSignedRequest(*fop, claims(now), {});
        CoseSign1 wrongKey = unpack(byFop);
        wrongKey.kid = SignedRequest::kidOf(manager->certificate());
        wrongKey.x5chain = {manager->certificate().der()};
        r = SignedRequest::verify(pack(wrongKey), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY(r.reason.contains(QStringLiteral("does not match")));

        // The ФОП's own, honest signature over the lyceum's name: not of that organisation.
        r = SignedRequest::verify(byFop, *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY2(r.reason.contains(QStringLiteral("does not belong")), qPrintable(r.reason));

        // Without the certificate, the key id is unknown here.
        const QString bare = *issueSignedRequest(*manager, claims(now), [](const QString &t) {
            return t.size() < 1400; // only the certificate-less text is this short
        });
        r = SignedRequest::verify(bare, *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY2(r.reason.contains(QStringLiteral("does not know the key")), qPrintable(r.reason));
        QVERIFY(!r.chainEmbedded);

        // A key id that names another certificate than the embedded one.
        cose = unpack(text);
        cose.kid = QByteArray(8, 'x');
        r = SignedRequest::verify(pack(cose), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);

        // Cut short, or not ours at all: unreadable.
        r = SignedRequest::verify(text.left(text.size() / 2), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Unreadable);
        QVERIFY(!r.reason.isEmpty());
        r = SignedRequest::verify(QStringLiteral("https://diia.app/acquirers/x"), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Unreadable);
        r = SignedRequest::verify(QStringLiteral("KQR1:????"), *ws.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Unreadable);

        // A workspace that does not trust the issuer.
        CryptoWorkspace bareWs;
        QVERIFY(bareWs.open());
        r = SignedRequest::verify(text, *bareWs.trust, now);
        QCOMPARE(r.verdict, SignedRequestCheck::Verdict::Invalid);
        QVERIFY(r.reason.contains(QStringLiteral("not trusted")));
    }
};

QTEST_MAIN(TestSignedRequest)
#include "tst_signed_request.moc"
