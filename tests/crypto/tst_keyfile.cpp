#include "CryptoTestUtil.h"
#include "KeyFile.h"

#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestKeyFile : public QObject
{
    Q_OBJECT

    static Secret password(const char *text = kPkiPassword) { return Secret(QByteArray(text)); }

private Q_SLOTS:
    void opensModernFile()
    {
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), password());
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
        QCOMPARE((*signer)->certificate().info().rnokpp, QStringLiteral("3012345670"));
        QCOMPARE((*signer)->chain().size(), 2);
        QVERIFY((*signer)->description().contains(QStringLiteral("manager.p12")));
        const QByteArray data("challenge");
        const auto sig = (*signer)->signData(data);
        QVERIFY(sig);
        QVERIFY(Signer::verifyData((*signer)->certificate(), data, *sig));
        QVERIFY(!Signer::verifyData((*signer)->certificate(), QByteArray("other"), *sig));
    }

    void opensEcdsaFile()
    {
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), password());
        QVERIFY(signer);
        const auto sig = (*signer)->signData(QByteArray("x"));
        QVERIFY(sig);
        QVERIFY(Signer::verifyData((*signer)->certificate(), QByteArray("x"), *sig));
        // A signature checked against somebody else's certificate fails.
        auto other = KeyFile::open(pki(QStringLiteral("fop.p12")), password());
        QVERIFY(other);
        QVERIFY(!Signer::verifyData((*other)->certificate(), QByteArray("x"), *sig));
    }

    void opensLegacyRc2File()
    {
        auto signer = KeyFile::open(pki(QStringLiteral("manager-legacy.p12")), password());
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
        QCOMPARE((*signer)->certificate().info().holderName(), QStringLiteral("Шевченко Тарас Григорович"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong password") << pki(QStringLiteral("manager.p12")) << QByteArray("nope") << "password for manager.p12 is wrong";
        QTest::newRow("empty password") << pki(QStringLiteral("manager.p12")) << QByteArray() << "wrong";
        QTest::newRow("missing") << QStringLiteral("/nonexistent/key.p12") << QByteArray("x") << "does not exist";
        QTest::newRow("certificate, not a key") << pki(QStringLiteral("manager.der")) << QByteArray("x") << "not a key file Kopii can open";
        // Opened now, but the fixture carries no certificate and none lies next to it in shared/.
        QTest::newRow("DSTU PKCS#12 without its certificate") << fixture(QStringLiteral("ua/keys/test-diia.p12")) << QByteArray("testpassword") << "certificate file";
        QTest::newRow("DSTU PKCS#12, wrong password") << fixture(QStringLiteral("ua/keys/test-diia.p12")) << QByteArray("testpasswort") << "password is wrong";
        // PrivatBank's JKS opens with the key's password; the store's is not it.
        QTest::newRow("JKS, the store's password") << fixture(QStringLiteral("ua/keys/key.jks")) << QByteArray("123456") << "key's";
        QTest::newRow("JKS of RSA keys") << fixture(QStringLiteral("ua/keys/test-uapki.jks")) << QByteArray("testpassword") << "Java key store";
        // IIT's Key-6.dat opens; its certificates are never inside, and none lies next to it here.
        QTest::newRow("IIT Key-6.dat without its certificates") << fixture(QStringLiteral("ua/keys/Key-6.dat")) << QByteArray("tect4")
                                                               << "Key-6.dat holds DSTU keys but no certificate";
        QTest::newRow("IIT Key-6.dat, wrong password") << fixture(QStringLiteral("ua/keys/Key-6.dat")) << QByteArray("tect")
                                                      << "Key-6.dat: The password is wrong.";
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, password);
        QFETCH(QString, words);
        const auto signer = KeyFile::open(path, Secret(password));
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(words), qPrintable(signer.error().message));
    }

    void secretIsWiped()
    {
        Secret s(QByteArray("123456"));
        const char *p = s.c_str();
        QCOMPARE(QByteArray(p), QByteArray("123456"));
        s.clear();
        QVERIFY(s.isEmpty());
        QString typed = QStringLiteral("654321");
        Secret::wipe(typed);
        QVERIFY(typed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
