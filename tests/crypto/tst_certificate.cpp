// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Certificate.h"
#include "CryptoTestUtil.h"

#include <QFile>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestCertificate : public QObject
{
    Q_OBJECT

    static Certificate load(const QString &path)
    {
        const auto list = Certificate::loadFile(path);
        if (!list || list->isEmpty())
            qFatal("cannot load %s", qPrintable(path));
        return list->first();
    }

private Q_SLOTS:
    void realDiiaTestCertificate()
    {
        const Certificate c = load(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer")));
        const CertificateInfo &i = c.info();
        QCOMPARE(i.holderName(), QStringLiteral("ДП ДІЯ (Тестування)"));
        QCOMPARE(i.organization, QStringLiteral("ДП ДІЯ (Тестування)"));
        QCOMPARE(i.edrpou, QStringLiteral("43395033"));
        QVERIFY(i.rnokpp.isEmpty());
        QVERIFY(i.qualifiedPolicy);
        QVERIFY(i.qcCompliance);
        QVERIFY(i.qualified());
        QVERIFY(i.canSign());
        QVERIFY(i.hasUsage(KeyUsage::NonRepudiation));
        QVERIFY(!i.isCa);
        QCOMPARE(i.signatureAlgorithm, QStringLiteral("DSTU 4145-2002"));
        QCOMPARE(i.publicKeyAlgorithm, QStringLiteral("DSTU 4145-2002"));
        QCOMPARE(i.notBefore, QDateTime(QDate(2022, 4, 5), QTime(17, 57, 59), Qt::UTC));
        QCOMPARE(i.notAfter, QDateTime(QDate(2024, 4, 5), QTime(17, 57, 59), Qt::UTC));
        QVERIFY(i.issuerCommonName.contains(QStringLiteral("Дія")));
        QCOMPARE(i.ocspUrls, QStringList{QStringLiteral("http://ca.informjust.ua/services/ocsp/")});
        QCOMPARE(i.crlUrls.size(), 1);
        QCOMPARE(i.sha256.size(), 64);
    }

    void realRoot()
    {
        const Certificate c = load(sourcePath(QStringLiteral("resources/trust/czo-2020.cer")));
        QVERIFY(c.info().isCa);
        QVERIFY(c.isSelfIssued());
        QCOMPARE(c.info().holderName(), QStringLiteral("Центральний засвідчувальний орган"));
        QVERIFY(!c.info().canSign());
    }

    void keyAgreementTwinIsNotForSigning()
    {
        const Certificate c = load(fixture(QStringLiteral("ua/certs/diia-test-kep-7775604.cer")));
        QVERIFY(!c.info().canSign());
    }

    void generatedManager()
    {
        const Certificate c = load(pki(QStringLiteral("manager.crt")));
        const CertificateInfo &i = c.info();
        QCOMPARE(i.holderName(), QStringLiteral("Шевченко Тарас Григорович"));
        QCOMPARE(i.surname, QStringLiteral("Шевченко"));
        QCOMPARE(i.givenName, QStringLiteral("Тарас Григорович"));
        QCOMPARE(i.rnokpp, QStringLiteral("3012345670"));
        QCOMPARE(i.edrpou, QStringLiteral("14360570"));
        QCOMPARE(i.organization, QStringLiteral("Бучанський ліцей № 1"));
        QCOMPARE(i.title, QStringLiteral("Директор"));
        QCOMPARE(i.issuerCommonName, QStringLiteral("Тестовий КНЕДП Kopii"));
        QCOMPARE(i.publicKeyAlgorithm, QStringLiteral("RSA 2048"));
        QVERIFY(i.qualified());
        QVERIFY(i.qcCompliance && i.qcUkrainian && i.qualifiedPolicy);
        QVERIFY(i.canSign());
        QVERIFY(i.subjectLine.contains(QStringLiteral("TINUA-3012345670")));
        // A person's signature: no seal, no statement of its key's device.
        QVERIFY(!i.isSeal() && !i.qcSscd && i.qcTypes.isEmpty());
    }

    // The organisation's seal: QcType eseal and QcSSCD among its qcStatements (EN 319 412-5), read
    // beside the compliance and Ukrainian statements; a legal person's, without an RNOKPP.
    void generatedSeal()
    {
        const CertificateInfo i = load(pki(QStringLiteral("seal.crt"))).info();
        QVERIFY(i.isSeal());
        QCOMPARE(i.qcTypes, QStringList{QStringLiteral("eseal")});
        QVERIFY(i.qcSscd && i.qcCompliance && i.qcUkrainian);
        QVERIFY(i.rnokpp.isEmpty());
        QCOMPARE(i.edrpou, QStringLiteral("14360570"));
        QCOMPARE(i.holderName(), QStringLiteral("Бучанський ліцей № 1"));
    }

    void generatedVariants()
    {
        const CertificateInfo fop = load(pki(QStringLiteral("fop.crt"))).info();
        QCOMPARE(fop.rnokpp, QStringLiteral("2912345672"));
        QVERIFY(fop.edrpou.isEmpty());
        QCOMPARE(fop.publicKeyAlgorithm, QStringLiteral("ECDSA P-256"));

        const CertificateInfo nq = load(pki(QStringLiteral("notqualified.crt"))).info();
        QVERIFY(!nq.qualified());
        QCOMPARE(nq.rnokpp, QStringLiteral("3012345670"));

        const CertificateInfo ku = load(pki(QStringLiteral("wrongku.crt"))).info();
        QVERIFY(ku.hasKeyUsage);
        QVERIFY(!ku.canSign());
        QVERIFY(ku.hasUsage(KeyUsage::KeyAgreement));

        const CertificateInfo ca = load(pki(QStringLiteral("ca.crt"))).info();
        QVERIFY(ca.isCa);
        QCOMPARE(ca.edrpou, QStringLiteral("43395033")); // from organizationIdentifier NTRUA-…
    }

    void formats()
    {
        QCOMPARE(Certificate::loadFile(pki(QStringLiteral("chain.pem")))->size(), 2);
        QCOMPARE(Certificate::loadFile(pki(QStringLiteral("chain.p7b")))->size(), 2);
        QCOMPARE(Certificate::loadFile(pki(QStringLiteral("manager.der")))->size(), 1);
        QFile der(pki(QStringLiteral("manager.der")));
        QVERIFY(der.open(QIODevice::ReadOnly));
        const QByteArray bytes = der.readAll();
        const auto fromBase64 = Certificate::parseAll(bytes.toBase64() + "\n");
        QVERIFY(fromBase64);
        QCOMPARE(fromBase64->first().der(), bytes);
        QCOMPARE(Certificate::fromDer(bytes)->sha256(), load(pki(QStringLiteral("manager.crt"))).sha256());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, world");
        QTest::newRow("truncated DER") << QByteArray::fromHex("3082040a3082");
        QTest::newRow("PEM without certificate") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        const auto result = Certificate::parseAll(data);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    }

    void truncatedRealCertificate()
    {
        QFile f(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (int cut : {1, 10, 100, int(bytes.size()) / 2, int(bytes.size()) - 1})
            QVERIFY(!Certificate::parseAll(bytes.left(cut)));
    }

    void missingFile()
    {
        const auto result = Certificate::loadFile(QStringLiteral("/nonexistent/x.cer"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Io);
        QVERIFY(result.error().message.contains(QStringLiteral("/nonexistent/x.cer")));
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
