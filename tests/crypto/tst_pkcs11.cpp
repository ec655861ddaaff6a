// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Cades.h"
#include "crypto/national/Dstu4145.h"
#include "DstuIssuer.h"
#include "crypto/national/Gost34311.h"
#include "crypto/SignatureVerifier.h"
#include "CryptoFixture.h"
#include "TestTrust.h"
#include "DstuTestPki.h"
#include "CryptoTestUtil.h"
#include "crypto/Pkcs11Token.h"

#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

// The DSTU key the test module's "token" signs with, and how it answers.
const Dstu4145Key *g_dstuKey = nullptr;
enum class DstuAnswer { LittleEndian, BigEndian, Garbage, HashesItself };
DstuAnswer g_dstuAnswer = DstuAnswer::LittleEndian;

int dstuSign(const unsigned char *in, unsigned long inLength, unsigned char *out, unsigned long *outLength)
{
    QByteArray input(reinterpret_cast<const char *>(in), qsizetype(inLength));
    if (g_dstuAnswer == DstuAnswer::HashesItself) // CKM_GOST34311_DSTU4145: the data, hashed by the token
        input = Gost34311::hash(input);
    auto signature = g_dstuKey->signHash(input);
    if (!signature || qsizetype(*outLength) < signature->size())
        return 0;
    QByteArray bytes = *signature;
    const qsizetype half = bytes.size() / 2;
    if (g_dstuAnswer == DstuAnswer::BigEndian) {
        std::reverse(bytes.begin(), bytes.begin() + half);
        std::reverse(bytes.begin() + half, bytes.end());
    } else if (g_dstuAnswer == DstuAnswer::Garbage) {
        bytes.fill('\x5a');
    }
    std::memcpy(out, bytes.constData(), size_t(bytes.size()));
    *outLength = (unsigned long)bytes.size();
    return 1;
}

} // namespace

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
        p.start(QStringLiteral("bash"),
                {sourcePath(QStringLiteral("tests/support/make-softhsm-token.sh")), m_dir->path(),
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

    // A Ukrainian token's DSTU key, driven through the module's own DSTU mechanism (SoftHSM2 has
    // none: the test module adds IIT's, and signs with the test's DSTU key). Its signatures log
    // in and make CAdES copies that verify; answers in either byte order are taken; one that
    // does not verify is never handed on; a token without DSTU mechanisms is refused.
    void dstuKeyOnAToken()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (токен)"), diiaCurve(), now);
        QVERIFY(made);
        DstuIssuer ca = std::move(made).value();
        const auto issued = ca.issue(
            DemoHolder{QStringLiteral("Мельник"), QStringLiteral("Андрій"), QStringLiteral("2955667788"), {}, {}, {}}, now);
        QVERIFY(issued);
        const auto key = Dstu4145Key::fromPrivateKeyInfo(issued->privateKeyInfo);
        QVERIFY(key);
        g_dstuKey = &*key;
        // The certificate on the token with ID 04, and a private key object with the same ID (the
        // token's own; SoftHSM2 cannot hold a DSTU key, the test module signs instead).
        const QString cer = m_dir->filePath(QStringLiteral("dstu.cer"));
        {
            QFile f(cer);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(issued->certificate);
        }
        for (const QStringList &args :
             {QStringList{QStringLiteral("--write-object"), cer, QStringLiteral("--type"), QStringLiteral("cert")},
              QStringList{QStringLiteral("--keypairgen"), QStringLiteral("--key-type"), QStringLiteral("EC:prime256v1")}}) {
            QProcess p;
            p.start(QStringLiteral("pkcs11-tool"),
                    QStringList{QStringLiteral("--module"), m_module, QStringLiteral("--login"), QStringLiteral("--pin"),
                                QStringLiteral("123456"), QStringLiteral("--id"), QStringLiteral("04"), QStringLiteral("--label"),
                                QStringLiteral("dstu")}
                        + args);
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        qputenv("KOPII_SHIM_MODULE", m_module.toLocal8Bit());
        qunsetenv("KOPII_SHIM_PAD_PIN");
        QVERIFY(resetShim());
        QLibrary shim(QStringLiteral(KOPII_TEST_SHIM));
        auto setDstu = reinterpret_cast<void (*)(unsigned long, decltype(&dstuSign))>(shim.resolve("kopii_shim_set_dstu"));
        QVERIFY(setDstu);
        const auto cleanup = qScopeGuard([&] {
            setDstu(0, nullptr);
            g_dstuKey = nullptr;
        });

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {ca.certificate()}, now));
        QVERIFY(ws.trust->importData(*ca.crl(now), QStringLiteral("root.crl"), now));
        const QByteArray pdf("%PDF-1.4 token");
        const struct
        {
            unsigned long mechanism;
            DstuAnswer answer;
        } rows[] = {{0x80420031, DstuAnswer::LittleEndian},
                    {0x80420031, DstuAnswer::BigEndian},
                    {0x352, DstuAnswer::LittleEndian},
                    {0x80420032, DstuAnswer::HashesItself}};
        for (const auto &row : rows) {
            setDstu(row.mechanism, &dstuSign);
            g_dstuAnswer = row.answer;
            auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
            QVERIFY(module);
            const TokenInfo t = (*module)->tokens()->first();
            auto signer = (*module)->login(t, id("04"), Secret(QByteArray("123456")));
            QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message));
            QVERIFY(!(*signer)->privateKey());
            const auto challenge = (*signer)->signData(QByteArray("challenge"));
            QVERIFY2(challenge, qPrintable(challenge ? QString() : challenge.error().message));
            QVERIFY(Signer::verifyData((*signer)->certificate(), QByteArray("challenge"), *challenge));
            const auto p7s = Cades::sign(**signer, pdf, Cades::Options{false, now});
            QVERIFY(p7s);
            const auto v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
            QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary));
        }
        // An answer that does not verify: refused, nothing signed.
        g_dstuAnswer = DstuAnswer::Garbage;
        setDstu(0x80420031, &dstuSign);
        {
            auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
            QVERIFY(module);
            auto signer = (*module)->login((*module)->tokens()->first(), id("04"), Secret(QByteArray("123456")));
            QVERIFY(signer);
            const auto bad = (*signer)->signData(QByteArray("challenge"));
            QVERIFY(!bad);
            QVERIFY2(bad.error().message.contains(QStringLiteral("does not match its certificate")),
                     qPrintable(bad.error().message));
        }
        // No DSTU mechanism on the token.
        setDstu(0, nullptr);
        auto module = Pkcs11Module::load(QStringLiteral(KOPII_TEST_SHIM));
        QVERIFY(module);
        const auto refused = (*module)->login((*module)->tokens()->first(), id("04"), Secret(QByteArray("123456")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no DSTU 4145 signing")), qPrintable(refused.error().message));
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
