// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptoTestUtil.h"
#include "crypto/KeyFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

using namespace kopii;
using namespace kopii::test;

class TestKeyFile : public QObject
{
    Q_OBJECT

    static Secret password(const char *text = kPkiPassword) { return Secret(QByteArray(text)); }

    // Sets the PBKDF2 iteration count of a PBES2 algorithm, re-encoded (the ciphertext stays as it
    // was: the count is refused before anything is decrypted).
    static bool setIterations(X509_ALGOR *algorithm, long iterations)
    {
        const ASN1_OBJECT *oid = nullptr;
        int type = 0;
        const void *value = nullptr;
        X509_ALGOR_get0(&oid, &type, &value, algorithm);
        if (OBJ_obj2nid(oid) != NID_pbes2 || type != V_ASN1_SEQUENCE)
            return false;
        PBE2PARAM *pbes2 = static_cast<PBE2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter));
        if (!pbes2)
            return false;
        PBKDF2PARAM *kdf =
            static_cast<PBKDF2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbes2->keyfunc->parameter));
        bool ok = kdf && ASN1_INTEGER_set(kdf->iter, iterations) == 1
            && ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), kdf, &pbes2->keyfunc->parameter)
            && ASN1_TYPE_pack_sequence(ASN1_ITEM_rptr(PBE2PARAM), pbes2, &algorithm->parameter);
        PBKDF2PARAM_free(kdf);
        PBE2PARAM_free(pbes2);
        return ok;
    }

    // manager.p12 made again, with the iteration count of its encrypted certificates or of its key
    // bag set to `iterations`, and a MAC made anew over the changed file.
    static QByteArray costly(const QString &dir, bool keyBag, long iterations)
    {
        const QString plain = dir + QStringLiteral("/plain.p12");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nomac"), QStringLiteral("-certpbe"),
                       QStringLiteral("AES-256-CBC"), QStringLiteral("-keypbe"), QStringLiteral("AES-256-CBC"),
                       QStringLiteral("-in"), pki(QStringLiteral("manager.crt")), QStringLiteral("-inkey"),
                       pki(QStringLiteral("manager.key")), QStringLiteral("-passin"),
                       QStringLiteral("pass:") + QLatin1String(kPkiPassword), QStringLiteral("-passout"),
                       QStringLiteral("pass:") + QLatin1String(kPkiPassword), QStringLiteral("-out"), plain});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return {};
        QFile f(plain);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray der = f.readAll();
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12(nullptr, &p, long(der.size())), PKCS12_free);
        STACK_OF(PKCS7) *safes = p12 ? PKCS12_unpack_authsafes(p12.get()) : nullptr;
        bool changed = false;
        for (int i = 0; safes && i < sk_PKCS7_num(safes); ++i) {
            PKCS7 *safe = sk_PKCS7_value(safes, i);
            if (!keyBag && OBJ_obj2nid(safe->type) == NID_pkcs7_encrypted) {
                changed = setIterations(safe->d.encrypted->enc_data->algorithm, iterations);
            } else if (keyBag && OBJ_obj2nid(safe->type) == NID_pkcs7_data) {
                STACK_OF(PKCS12_SAFEBAG) *bags = PKCS12_unpack_p7data(safe);
                for (int b = 0; bags && b < sk_PKCS12_SAFEBAG_num(bags); ++b) {
                    PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, b);
                    if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                        continue;
                    const X509_ALGOR *algorithm = nullptr;
                    X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                    changed = setIterations(const_cast<X509_ALGOR *>(algorithm), iterations);
                }
                if (changed) {
                    PKCS7 *old = sk_PKCS7_value(safes, i);
                    sk_PKCS7_set(safes, i, PKCS12_pack_p7data(bags)); // returns the new one
                    PKCS7_free(old);
                }
                sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
            }
        }
        QByteArray out;
        // A fresh MAC over the changed parts (2,048 rounds): the file is whole, only costly.
        if (changed && PKCS12_pack_authsafes(p12.get(), safes)
            && PKCS12_set_mac(p12.get(), kPkiPassword, -1, nullptr, 0, 2048, nullptr) == 1) {
            unsigned char *buffer = nullptr;
            const int n = i2d_PKCS12(p12.get(), &buffer);
            if (n > 0)
                out = QByteArray(reinterpret_cast<const char *>(buffer), n);
            OPENSSL_free(buffer);
        }
        sk_PKCS7_pop_free(safes, PKCS7_free);
        ERR_clear_error();
        return out;
    }

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
        QTest::newRow("wrong password") << pki(QStringLiteral("manager.p12")) << QByteArray("nope")
                                        << "password for manager.p12 is wrong";
        QTest::newRow("empty password") << pki(QStringLiteral("manager.p12")) << QByteArray() << "wrong";
        QTest::newRow("missing") << QStringLiteral("/nonexistent/key.p12") << QByteArray("x") << "does not exist";
        QTest::newRow("certificate, not a key")
            << pki(QStringLiteral("manager.der")) << QByteArray("x") << "not a key file Kopii can open";
        // Opened now, but the fixture carries no certificate and none lies next to it in shared/.
        QTest::newRow("DSTU PKCS#12 without its certificate")
            << fixture(QStringLiteral("ua/keys/test-diia.p12")) << QByteArray("testpassword") << "certificate file";
        QTest::newRow("DSTU PKCS#12, wrong password")
            << fixture(QStringLiteral("ua/keys/test-diia.p12")) << QByteArray("testpasswort") << "password is wrong";
        // PrivatBank's JKS opens with the key's password; the store's is not it.
        QTest::newRow("JKS, the store's password")
            << fixture(QStringLiteral("ua/keys/key.jks")) << QByteArray("123456") << "key's";
        QTest::newRow("JKS of RSA keys") << fixture(QStringLiteral("ua/keys/test-uapki.jks")) << QByteArray("testpassword")
                                         << "Java key store";
        // IIT's Key-6.dat opens; its certificates are never inside, and none lies next to it here.
        QTest::newRow("IIT Key-6.dat without its certificates")
            << fixture(QStringLiteral("ua/keys/Key-6.dat")) << QByteArray("tect4")
            << "Key-6.dat holds DSTU keys but no certificate";
        QTest::newRow("IIT Key-6.dat, wrong password")
            << fixture(QStringLiteral("ua/keys/Key-6.dat")) << QByteArray("tect") << "Key-6.dat: The password is wrong.";
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

    // A PKCS#12 file names the rounds of password hashing for each encrypted part; OpenSSL runs
    // them unchecked inside PKCS12_parse. Over 10 million (real files: 2,000 to 600,000) the file
    // is refused at once, whether the count is on its encrypted certificates or on its key.
    void hostileIterationCountsAreRefused_data()
    {
        QTest::addColumn<bool>("keyBag");
        QTest::newRow("encrypted certificates") << false;
        QTest::newRow("shrouded key bag") << true;
    }
    void hostileIterationCountsAreRefused()
    {
        QFETCH(bool, keyBag);
        QTemporaryDir dir;
        // Within the limit, the re-encoded file still opens (the test changes nothing else).
        const QByteArray same = costly(dir.path(), keyBag, 2048);
        QVERIFY(!same.isEmpty());
        const auto opened = KeyFile::openData(same, QStringLiteral("same.p12"), password());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const QByteArray hostile = costly(dir.path(), keyBag, 2'000'000'000);
        QVERIFY(!hostile.isEmpty());
        const auto signer = KeyFile::openData(hostile, QStringLiteral("hostile.p12"), password());
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(QStringLiteral("more rounds of password hashing")),
                 qPrintable(signer.error().message));
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
