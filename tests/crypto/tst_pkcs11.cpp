#include "Cades.h"
#include "CryptoTestUtil.h"
#include "Pkcs11Token.h"

#include <QLibrary>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

// Against a real SoftHSM2 token provisioned from the test PKI for each test.
class TestPkcs11 : public QObject
{
    Q_OBJECT

    QString m_module = QStringLiteral("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    std::unique_ptr<QTemporaryDir> m_dir;

    static QByteArray id(const char *hex) { return QByteArray::fromHex(hex); }

    // Forgets the test module's wrong tries and reads its environment again.
    static bool resetShim()
    {
        QLibrary shim(QStringLiteral(KOPII_TEST_SHIM));
        auto reset = reinterpret_cast<void (*)()>(shim.resolve("kopii_shim_reset"));
        if (!reset)
            return false;
        reset();
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QProcess p;
        p.start(QStringLiteral("bash"), {sourcePath(QStringLiteral("tests/support/make-softhsm-token.sh")), m_dir->path(),
                                         QString::fromLocal8Bit(qgetenv("KOPII_TEST_PKI"))});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        qputenv("SOFTHSM2_CONF", m_dir->filePath(QStringLiteral("softhsm2.conf")).toLocal8Bit());
    }

    void listsTokenAndCertificates()
    {
        auto module = Pkcs11Module::load(m_module);
        QVERIFY2(module, qPrintable(module ? QString() : module.error().message));
        const auto tokens = (*module)->tokens();
        QVERIFY(tokens);
        QCOMPARE(tokens->size(), 1);
        const TokenInfo &t = tokens->first();
        QCOMPARE(t.label, QStringLiteral("Kopii Test"));
        QVERIFY(t.loginRequired);
        QVERIFY(!t.pin.protectedPath);
        QVERIFY(!t.pin.locked);
        QVERIFY(t.pin.warning().isEmpty());
        QVERIFY(t.pin.minLength >= 4);
        const auto certs = (*module)->certificates(t);
        QVERIFY(certs);
        QCOMPARE(certs->size(), 3);
        QStringList names;
        for (const auto &c : *certs)
            names << c.certificate.info().holderName() + QLatin1Char('/') + QString::fromLatin1(c.id.toHex());
        QVERIFY(names.contains(QStringLiteral("Шевченко Тарас Григорович/01")));
        QVERIFY(names.contains(QStringLiteral("Коваленко Олена Петрівна/02")));
    }

    void loginAndSign()
    {
        auto module = Pkcs11Module::load(m_module);
        QVERIFY(module);
        const TokenInfo t = (*module)->tokens()->first();
        for (const char *keyId : {"01", "02"}) {
            auto signer = (*module)->login(t, id(keyId), Secret(QByteArray("123456")));
            QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
            QVERIFY((*signer)->isPresent());
            QVERIFY((*signer)->description().contains(QStringLiteral("Kopii Test")));
            const auto sig = (*signer)->signData(QByteArray("challenge"));
            QVERIFY2(sig, qPrintable(sig ? QString() : sig.error().message));
            QVERIFY(Signer::verifyData((*signer)->certificate(), QByteArray("challenge"), *sig));
            const auto p7s = Cades::sign(**signer, QByteArray("content"), {false, QDateTime::currentDateTimeUtc()});
            QVERIFY2(p7s, qPrintable(p7s ? QString() : p7s.error().message));
        }
    }

    void wrongPinTellsTheState()
    {
        auto module = Pkcs11Module::load(m_module);
        QVERIFY(module);
        const TokenInfo t = (*module)->tokens()->first();
        const auto refused = (*module)->login(t, id("01"), Secret(QByteArray("000000")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("The PIN is wrong.")), qPrintable(refused.error().message));
        // The right PIN still works afterwards.
        QVERIFY((*module)->login(t, id("01"), Secret(QByteArray("123456"))));
    }

    void refusalsBeforeTouchingTheToken()
    {
        auto module = Pkcs11Module::load(m_module);
        QVERIFY(module);
        const TokenInfo t = (*module)->tokens()->first();
        const auto empty = (*module)->login(t, id("01"), Secret());
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("Enter the PIN")));
        const auto shortPin = (*module)->login(t, id("01"), Secret(QByteArray("12")));
        QVERIFY(!shortPin);
        QVERIFY2(shortPin.error().message.contains(QStringLiteral("Nothing was sent")), qPrintable(shortPin.error().message));
        const auto noCert = (*module)->login(t, id("7f"), Secret(QByteArray("123456")));
        QVERIFY(!noCert);
        QCOMPARE(noCert.error().code, Error::Code::NotFound);
    }

    void badModules()
    {
        const auto missing = Pkcs11Module::load(QStringLiteral("/nonexistent/pkcs11.so"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
        const auto none = Pkcs11Module::load(QString());
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("OpenSC")));
        const auto notPkcs11 = Pkcs11Module::load(QStringLiteral("/usr/lib/x86_64-linux-gnu/libz.so.1"));
        QVERIFY(!notPkcs11);
        QVERIFY(notPkcs11.error().message.contains(QStringLiteral("could not be loaded")));
    }

    // The retry counter of a real token, through the test module that wraps SoftHSM2 with one.
    void wrongPinsCountDownToLocked()
    {
        qputenv("KOPII_SHIM_MODULE", m_module.toLocal8Bit());
        qputenv("KOPII_SHIM_TRIES", "3");
        qunsetenv("KOPII_SHIM_PAD_PIN");
        QVERIFY(resetShim());
        auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
        QVERIFY2(module, qPrintable(module ? QString() : module.error().message));
        TokenInfo t = (*module)->tokens()->first();
        QVERIFY(t.pin.warning().isEmpty());

        // First wrong PIN: the reason and "few tries remain", shown after and before the next try.
        auto r = (*module)->login(t, id("01"), Secret(QByteArray("000000")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("The PIN is wrong.")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("few tries remain")), qPrintable(r.error().message));
        t = (*module)->tokens()->first();
        QVERIFY(t.pin.countLow);
        QVERIFY(!t.pin.finalTry);

        // Second: the final try.
        r = (*module)->login(t, id("01"), Secret(QByteArray("111111")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("Last try")), qPrintable(r.error().message));
        t = (*module)->tokens()->first();
        QVERIFY(t.pin.finalTry);
        QVERIFY(t.pin.warning().contains(QStringLiteral("Last try")));

        // Third: locked; then even the right PIN is refused before it reaches the token.
        r = (*module)->login(t, id("01"), Secret(QByteArray("222222")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("locked")), qPrintable(r.error().message));
        t = (*module)->tokens()->first();
        QVERIFY(t.pin.locked);
        r = (*module)->login(t, id("01"), Secret(QByteArray("123456")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("PUK")), qPrintable(r.error().message));
    }

    void rightPinResetsTheCounter()
    {
        qputenv("KOPII_SHIM_MODULE", m_module.toLocal8Bit());
        qputenv("KOPII_SHIM_TRIES", "3");
        qunsetenv("KOPII_SHIM_PAD_PIN");
        QVERIFY(resetShim());
        auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
        QVERIFY(module);
        TokenInfo t = (*module)->tokens()->first();
        QVERIFY(!(*module)->login(t, id("01"), Secret(QByteArray("000000"))));
        t = (*module)->tokens()->first();
        const auto ok = (*module)->login(t, id("01"), Secret(QByteArray("123456")));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QVERIFY(!(*module)->tokens()->first().pin.countLow);
    }

    void pinPadReaderNeedsNoTypedPin()
    {
        qputenv("KOPII_SHIM_MODULE", m_module.toLocal8Bit());
        qputenv("KOPII_SHIM_PAD_PIN", "123456");
        QVERIFY(resetShim());
        auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
        QVERIFY(module);
        const TokenInfo t = (*module)->tokens()->first();
        QVERIFY(t.pin.protectedPath);
        // No PIN from Kopii: the reader's pad supplies it; the key then signs.
        auto signer = (*module)->login(t, id("01"), Secret());
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
        QVERIFY((*signer)->signData(QByteArray("challenge")));
        qunsetenv("KOPII_SHIM_PAD_PIN");
        QVERIFY(resetShim());
    }

    void pinStateWarnings()
    {
        PinState s;
        QVERIFY(s.warning().isEmpty());
        s.countLow = true;
        QVERIFY(s.warning().contains(QStringLiteral("few tries")));
        s.finalTry = true;
        QVERIFY(s.warning().contains(QStringLiteral("Last try")));
        s.locked = true;
        QVERIFY(s.warning().contains(QStringLiteral("locked")));
    }
};

QTEST_GUILESS_MAIN(TestPkcs11)
#include "tst_pkcs11.moc"
