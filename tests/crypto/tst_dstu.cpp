// SPDX-License-Identifier: GPL-3.0-or-later
// DSTU 4145 with the real certificates, key containers and signatures of the Diia CA and the ЦЗО
// root (../shared/fixtures/ua) and with the test PKI; the primitives alone, against the published
// vectors, are in tests/national/tst_national.cpp.
#include "CryptoTestUtil.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/Gost34311.h"
#include "crypto/national/Kalyna.h"
#include "crypto/national/Kupyna.h"
#include "crypto/national/NationalKeyFile.h"
#include "CryptoFixture.h"
#include "TestTrust.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/Cades.h"
#include "DstuIssuer.h"
#include "crypto/national/Der.h"
#include "crypto/Timestamp.h"
#include "crypto/XmlSignature.h"

#include <QFile>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray readFixture(const QString &relative)
{
    QFile f(fixture(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

const QString kRoot = QStringLiteral("ua/certs/CAO-05E19E2CD92EA2990100000001000000C1000000.cer");
const QString kDiiaCa = QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer");
const QString kLeaf = QStringLiteral("ua/certs/diia-test-sign-7775603.cer");
const QString kOcsp = QStringLiteral("ua/certs/diia-ocsp-3ED5083160DBC59B0200000001000000202B0F00.cer");

Dstu4145Key keyOf(const QString &certificate)
{
    const auto spki = Dstu4145Key::subjectPublicKeyInfo(readFixture(certificate));
    if (!spki)
        qFatal("%s", qPrintable(spki.error().message));
    auto key = Dstu4145Key::fromSubjectPublicKeyInfo(*spki);
    if (!key)
        qFatal("%s: %s", qPrintable(certificate), qPrintable(key.error().message));
    return std::move(key).value();
}

} // namespace

class TestDstu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The S-box in the certificates' parameters is ДКЕ №1.
    void certificatesUseDke1()
    {
        Gost28147::SBox box{};
        QVERIFY(Gost28147::unpack(hex("A9D6EB45F13C708280C4967B231F5EADF658EBA4C037291D38D96BF025CA4E17"
                                      "F8E9720DC615B43A28975F0BC1DEA36438B564EA2C179FD0123E6DB8FAC57904"),
                                  &box));
        QVERIFY(box == Gost28147::dke1());
        QVERIFY(!Gost28147::unpack(QByteArray(63, 'x'), &box));
        QVERIFY(keyOf(kDiiaCa).sbox() == Gost28147::dke1());
    }

    // its OCSP responder's by the ЦЗО root (m = 431), the root by itself.
    void diiaChainReachesTheRoot()
    {
        const Dstu4145Key root = keyOf(kRoot);
        const Dstu4145Key ca = keyOf(kDiiaCa);
        QCOMPARE(root.fieldBits(), 431);
        QCOMPARE(ca.fieldBits(), 257);
        QCOMPARE(keyOf(kLeaf).fieldBits(), 257);
        for (const auto &[key, certificate] :
             {std::pair{&ca, kLeaf}, std::pair{&root, kDiiaCa}, std::pair{&root, kRoot}, std::pair{&ca, kOcsp}}) {
            const Status s = key->verifyCertificate(readFixture(certificate));
            QVERIFY2(s, qPrintable(certificate + QStringLiteral(": ") + (s ? QString() : s.error().message)));
        }
        // Not by another key, and not once changed.
        QVERIFY(!root.verifyCertificate(readFixture(kLeaf)));
        QByteArray changed = readFixture(kLeaf);
        changed[300] = char(changed.at(300) ^ 0x01);
        QVERIFY(!ca.verifyCertificate(changed));
    }

    // DSTU 4145 signing, m = 257 (the standard curve of the Diia CA's key), against the published
    // vector: with the given e the standard's r and s; with a fresh e a signature that verifies.
    void signingVector()
    {
        const QByteArray diiaCurve = keyOf(kDiiaCa).algorithmIdentifier();
        QByteArray d = hex("2A45EAFE4CD469F811737780C57253360FBCC58E134C9A1FDCD10B0E4529A143");
        std::reverse(d.begin(), d.end());
        const QByteArray pkcs8 =
            der::encode(der::kSequence, QByteArray::fromHex("020100") + diiaCurve + der::encode(der::kOctetString, d));
        auto key = Dstu4145Key::fromPrivateKeyInfo(pkcs8);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QVERIFY(key->hasPrivateKey());
        const QByteArray h = hex("6845214B63288A832A772E1FE6CB6C7D3528569E29A8B3584370FDC65F474242");
        const auto rs = key->signNumbers(h, hex("7A32849E569C8888F25DE6F69A839D75057383F473ACF559ABD3C5D683294CEB"));
        QVERIFY(rs);
        QCOMPARE(rs->toHex().toUpper(),
                 QByteArray("491FA1EF75EAEF75E1F20CF3918993AB37E06005EA8E204BC009A1FA61BB0FB2"
                            "0CCC6816453A903A1B641DF999011177DF420D21A72236D798532AEF42E224AB"));
        QVERIFY(key->verifyNumbers(h, rs->left(32), rs->mid(32)));
        // Fresh signatures differ each time and verify with the public half.
        const auto one = key->sign("Заява про приєднання"), two = key->sign("Заява про приєднання");
        QVERIFY(one && two && *one != *two);
        QVERIFY(key->verify("Заява про приєднання", *one));
        QVERIFY(!key->verify("Заява про приєднання.", *one));
    }

    // The Diia test key container (PKCS#12, PBKDF2-HMAC-GOST 34.311, GOST 28147 CFB): its two
    // keys, the signing one matching the test signing certificate; a wrong password and a damaged
    // file each said as such.
    void diiaKeyContainerOpens()
    {
        const QByteArray p12 = readFixture(QStringLiteral("ua/keys/test-diia.p12"));
        QVERIFY(NationalKeyFile::isNationalPkcs12(p12));
        const auto contents = NationalKeyFile::openPkcs12(p12, Secret(QByteArray("testpassword")));
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message));
        QCOMPARE(int(contents->keys.size()), 2);
        const Dstu4145Key certificateKey = keyOf(kLeaf);
        int matching = 0;
        for (const NationalKeyFile::Key &k : contents->keys)
            matching += k.key.samePublicKey(certificateKey) ? 1 : 0;
        QCOMPARE(matching, 1);
        // The signing key signs what the certificate's key verifies.
        for (const NationalKeyFile::Key &k : contents->keys)
            if (k.key.samePublicKey(certificateKey)) {
                const auto signature = k.key.sign("Копії");
                QVERIFY(signature && certificateKey.verify("Копії", *signature));
                QCOMPARE(k.localKeyId.toHex(), QByteArray("5bc6c06ee1e00c1700e92aa7a9ad75f82d3cb7a9b66e3a98023209b24513315c"));
            }
        const auto wrong = NationalKeyFile::openPkcs12(p12, Secret(QByteArray("testpassworD")));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().message, QStringLiteral("The password is wrong."));
        const auto cut = NationalKeyFile::openPkcs12(p12.left(600), Secret(QByteArray("testpassword")));
        QVERIFY(!cut);
        QVERIFY2(cut.error().message.contains(QStringLiteral("damaged")), qPrintable(cut.error().message));
        QVERIFY(!NationalKeyFile::isNationalPkcs12(readFixture(QStringLiteral("ua/keys/test-uapki.jks"))));
    }

    // The login path with the Diia test container: the key file opens with the certificate saved
    // next to it, proves its key, and the login is refused for the reason a real user would hear:
    // the certificate has expired (the fixture's did in 2024). Without the certificate beside it,
    // the file says what to do.
    void loginWithTheDiiaKeyFile()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/keys/test-diia.p12")), dir.filePath(QStringLiteral("key.p12"))));
        auto alone = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("testpassword")));
        QVERIFY(!alone);
        QVERIFY2(alone.error().message.contains(QStringLiteral("certificate file")), qPrintable(alone.error().message));
        QVERIFY(QFile::copy(fixture(kLeaf), dir.filePath(QStringLiteral("sign.cer"))));
        QVERIFY(
            QFile::copy(fixture(QStringLiteral("ua/certs/diia-test-kep-7775604.cer")), dir.filePath(QStringLiteral("kep.cer"))));
        auto signer = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("testpassword")));
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QVERIFY((*signer)->certificate().der() == readFixture(kLeaf)); // the signing one, not the key-agreement twin
        QVERIFY(Login::proveKey(**signer));
        const auto wrong = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("nope")));
        QVERIFY(!wrong && wrong.error().message.contains(QStringLiteral("password is wrong")));

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trust->importFile(fixture(kDiiaCa), QDateTime::currentDateTimeUtc()));
        const auto identity = Login(ws.session(), *ws.trust).login(**signer);
        QVERIFY(!identity);
        QVERIFY2(identity.error().message.contains(QStringLiteral("expired")), qPrintable(identity.error().message));

        // CAdES-BES made with it reads back through the same verifier: valid when made while the
        // certificate held (2023), NOT valid when made now, after it expired.
        const QByteArray content("Заява про приєднання до Дія.QR");
        const QDateTime then(QDate(2023, 6, 1), QTime(10, 0), Qt::UTC);
        for (bool attached : {true, false}) {
            const auto p7s = Cades::sign(**signer, content, Cades::Options{attached, then});
            QVERIFY2(p7s, p7s ? "" : qPrintable(p7s.error().message));
            // Kopii received it back then (the certificate has expired since).
            const auto v = SignatureVerifier::verify(*p7s, attached ? QByteArray() : content, *ws.trust,
                                                     QDateTime::currentDateTimeUtc(), {false, 8, nullptr}, then.addSecs(60));
            QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(v.summary));
            QCOMPARE(v.signedContent, content);
            QVERIFY(v.algorithm.startsWith(QLatin1String("DSTU 4145")));
            bool bound = false;
            for (const VerificationCheck &c : v.checks)
                bound = bound || (c.id == QLatin1String("signing-certificate") && c.ok);
            QVERIFY(bound);
        }
        const auto late = Cades::sign(**signer, content, Cades::Options{true, QDateTime::currentDateTimeUtc()});
        QVERIFY(late);
        // Signed today with the expired key: nothing proves an earlier time, so it cannot be confirmed.
        const auto v = SignatureVerifier::verify(*late, {}, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::Indeterminate);
        QVERIFY2(v.summary.contains(QStringLiteral("expired")), qPrintable(v.summary));
    }

    // Mutants of the real signature (bytes changed, cut short) and of the key container go through
    // the whole verifier and the container reader: never a crash, never a verdict better than the
    // original's for a signature whose signed bytes changed.
    void fuzzNeverCrashes()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trust->importFile(fixture(kDiiaCa), QDateTime::currentDateTimeUtc()));
        const QByteArray p7s = readFixture(QStringLiteral("ua/cades/bes-attached.p7s"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RevocationOptions offline{false, 8, nullptr};
        // Received while the signer's certificate was valid.
        const QDateTime received(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC);
        const DocumentVerification original = SignatureVerifier::verify(p7s, {}, *ws.trust, now, offline, received);
        QCOMPARE(original.verdict, Verdict::ValidWithWarnings);
        QRandomGenerator rng(4145);
        int stillGood = 0;
        for (int i = 0; i < 600; ++i) {
            const QByteArray mutant = kopii::test::mutant(p7s, rng, i);
            const DocumentVerification v = SignatureVerifier::verify(mutant, {}, *ws.trust, now, offline, received);
            QVERIFY(v.verdict != Verdict::Valid);
            if (v.verdict == Verdict::ValidWithWarnings) {
                ++stillGood;
                // Only when what was signed is untouched: the same content, signer and signature.
                QCOMPARE(v.signedContent, original.signedContent);
                QVERIFY(v.signer == original.signer);
            }
        }
        qInfo("mutants still verifying (a byte outside what is signed changed): %d of 600", stillGood);
        const QByteArray p12 = readFixture(QStringLiteral("ua/keys/test-diia.p12"));
        for (int i = 0; i < 20; ++i) {
            QByteArray mutant = p12;
            const int at = rng.bounded(int(mutant.size()));
            mutant[at] = char(mutant.at(at) ^ (1 + rng.bounded(255)));
            (void)NationalKeyFile::openPkcs12(mutant, Secret(QByteArray("testpassword")));
        }
        // Key-6.dat is sealed by its MAC: every changed byte is refused, never a changed key.
        const QByteArray key6 = readFixture(QStringLiteral("ua/keys/Key-6.dat"));
        for (int i = 0; i < 20; ++i) {
            QByteArray mutant = key6;
            const int at = rng.bounded(int(mutant.size()));
            mutant[at] = char(mutant.at(at) ^ (1 + rng.bounded(255)));
            QVERIFY2(!NationalKeyFile::openIit(mutant, Secret(QByteArray("tect4"))), qPrintable(QString::number(at)));
        }
    }

    // IIT's Key-6.dat (password tect4): the password key (GOST 34.311 10,000 times, against the
    // published value for "123123"), the container's own MAC, and its two keys: the signing key
    // on the Diia curve (m = 257) and the key-agreement key of the attributes on the standard
    // m = 431 curve. Each key's public point, from its scalar, verifies what it signs.
    void iitKeyContainerOpens()
    {
        QCOMPARE(NationalKeyFile::iitPasswordKey("123123").toHex(),
                 QByteArray("3709d09a3574045a52ee9ac65d6277282e065abc597ab0330bd275446230b6a6"));
        const QByteArray data = readFixture(QStringLiteral("ua/keys/Key-6.dat"));
        QVERIFY(NationalKeyFile::isIit(data));
        QVERIFY(!NationalKeyFile::isIit(readFixture(QStringLiteral("ua/keys/test-diia.p12"))));
        const auto contents = NationalKeyFile::openIit(data, Secret(QByteArray("tect4")));
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message));
        QCOMPARE(contents->keys.size(), size_t(2));
        QVERIFY(contents->certificates.isEmpty());
        QCOMPARE(contents->keys.at(0).key.fieldBits(), 257);
        QCOMPARE(contents->keys.at(1).key.fieldBits(), 431);
        // The public keys worked out from the two scalars are the ones the container names by
        // their identifiers (GOST 34.311 of the key's BIT STRING value): the scalars were decoded right.
        QCOMPARE(contents->keys.at(0).localKeyId.toHex(),
                 QByteArray("7e9e345dd2cfd91ebadbe23c22eb9fac6bef65552ed42f56f9bac4aac5cb2d06"));
        QCOMPARE(contents->keys.at(1).localKeyId.toHex(),
                 QByteArray("7cebcd9412612324209f4cd81cd16a7a9a0ba05a75ad05d38bae9a7483d8f719"));
        for (const NationalKeyFile::Key &k : contents->keys) {
            QVERIFY(k.key.hasPrivateKey());
            const auto signature = k.key.sign("Копії");
            QVERIFY(signature);
            const auto pub = Dstu4145Key::fromSubjectPublicKeyInfo(k.key.subjectPublicKeyInfo());
            QVERIFY(pub);
            QVERIFY(pub->verify("Копії", *signature));
            QVERIFY(!pub->verify("Копії.", *signature));
        }

        // A wrong password says so and nothing else.
        for (const char *wrong : {"tect5", "", "TECT4"}) {
            const auto refused = NationalKeyFile::openIit(data, Secret(QByteArray(wrong)));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::Denied);
            QCOMPARE(refused.error().message, QStringLiteral("The password is wrong."));
        }
        // Damage: cut short, its MAC or a byte of its middle changed: damaged, not "wrong password".
        QByteArray changed = data;
        changed[500] = char(changed.at(500) ^ 0x10);
        QByteArray macChanged = data;
        macChanged[24] = char(macChanged.at(24) ^ 0x01);
        for (const QByteArray &bad : {data.left(data.size() - 9), changed, macChanged, data.left(30)}) {
            const auto refused = NationalKeyFile::openIit(bad, Secret(QByteArray("tect4")));
            QVERIFY(!refused);
            QVERIFY2(refused.error().code == Error::Code::Corrupt, qPrintable(refused.error().message));
        }

        // As a login key file: it opens, and without its certificates beside it asks for them.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/keys/Key-6.dat")), dir.filePath(QStringLiteral("Key-6.dat"))));
        auto signer = KeyFile::open(dir.filePath(QStringLiteral("Key-6.dat")), Secret(QByteArray("tect4")));
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(QStringLiteral("no certificate")), qPrintable(signer.error().message));
        signer = KeyFile::open(dir.filePath(QStringLiteral("Key-6.dat")), Secret(QByteArray("wrong")));
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(QStringLiteral("password is wrong")), qPrintable(signer.error().message));

        // With its signing certificate beside it (issued here by a DSTU root of Kopii's own for
        // the container's first key), it is a login key: it signs a copy that verifies Valid.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК (Key-6)"), keyOf(kDiiaCa).algorithmIdentifier(), now);
        QVERIFY(made);
        DstuIssuer ca = std::move(made).value();
        DstuIssuer *root = &ca;
        const auto issued = root->issue(
            DemoHolder{QStringLiteral("Коваленко"), QStringLiteral("Олена"), QStringLiteral("2847561390"), {}, {}, {}}, now,
            contents->keys.at(0).key.subjectPublicKeyInfo());
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QVERIFY(issued->privateKeyInfo.isEmpty());
        QFile cer(dir.filePath(QStringLiteral("Коваленко.cer")));
        QVERIFY(cer.open(QIODevice::WriteOnly));
        cer.write(issued->certificate);
        cer.close();
        signer = KeyFile::open(dir.filePath(QStringLiteral("Key-6.dat")), Secret(QByteArray("tect4")));
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QCOMPARE((*signer)->certificate().info().rnokpp, QStringLiteral("2847561390"));
        const QByteArray pdf("%PDF-1.4 Key-6");
        const auto p7s = Cades::sign(**signer, pdf, Cades::Options{false, now});
        QVERIFY(p7s);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {root->certificate()}, now));
        QVERIFY(ws.trust->importData(*root->crl(now), QStringLiteral("root.crl"), now));
        const auto v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary));
    }

    // PrivatBank's Java key store: the DSTU key under Sun's KeyProtector, with its certificate
    // chain; the key's password (not the store's) opens it.
    void privatBankKeyStoreOpens()
    {
        const QByteArray jks = readFixture(QStringLiteral("ua/keys/key.jks"));
        QVERIFY(NationalKeyFile::isJks(jks));
        const auto contents = NationalKeyFile::openJks(jks, Secret(QByteArray("qwerty")));
        QVERIFY2(contents, contents ? "" : qPrintable(contents.error().message));
        QCOMPARE(int(contents->keys.size()), 1);
        QCOMPARE(contents->certificates.size(), 3);
        const auto wrong = NationalKeyFile::openJks(jks, Secret(QByteArray("123456")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.startsWith(QStringLiteral("The password is wrong.")), qPrintable(wrong.error().message));
        QVERIFY(!NationalKeyFile::openJks(jks.left(300), Secret(QByteArray("qwerty"))));
        // Its signing key signs (checked with the key's own public half)...
        const auto signature = contents->keys.front().key.sign("Копії");
        QVERIFY(signature && contents->keys.front().key.verify("Копії", *signature));
        // ...but the store carries only the key-agreement certificate and the CAs': to log in, the
        // user is told to put the signing certificate next to the file.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/keys/key.jks")), dir.filePath(QStringLiteral("key.jks"))));
        const auto signer = KeyFile::open(dir.filePath(QStringLiteral("key.jks")), Secret(QByteArray("qwerty")));
        QVERIFY(!signer);
        QVERIFY2(signer.error().message.contains(QStringLiteral("certificate file")), qPrintable(signer.error().message));
        // The RSA JKS of UAPKI is not a national store: refused with the reason as before.
        QVERIFY(!NationalKeyFile::isNationalPkcs12(readFixture(QStringLiteral("ua/keys/test-uapki.jks"))));
    }

    // A DSTU PKI made by Kopii on the Diia CA's curve: a root, a qualified signer, a CRL. A copy
    // signed now is Valid — chain, qualified status and revocation (the root's CRL) all checked;
    // revoked or untrusted it is not.
    // A DSTU PKI of Kopii's own, of the GOST 34.311 era and of the Kupyna era (since February
    // 2026: the CA signs with Kupyna, its holders sign with it too).
    void ownDstuPkiSignsValidCopies_data()
    {
        QTest::addColumn<int>("hash");
        QTest::addColumn<QString>("name");
        QTest::newRow("GOST 34.311") << int(NationalHash::Gost34311) << QStringLiteral("GOST 34.311-95");
        QTest::newRow("Kupyna-256") << int(NationalHash::Kupyna256) << QStringLiteral("Kupyna-256");
        QTest::newRow("Kupyna-512") << int(NationalHash::Kupyna512) << QStringLiteral("Kupyna-512");
    }
    void ownDstuPkiSignsValidCopies()
    {
        QFETCH(int, hash);
        QFETCH(QString, name);
        const QByteArray diiaCurve = keyOf(kDiiaCa).algorithmIdentifier();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦЗО ДСТУ (Kopii)"), diiaCurve, now, NationalHash(hash));
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        DstuIssuer ca = std::move(made).value();
        DstuIssuer *root = &ca;
        const auto issued = root->issue(
            DemoHolder{QStringLiteral("Петренко"), QStringLiteral("Марія Іванівна"), QStringLiteral("3198765436"), {}, {}, {}},
            now);
        QVERIFY(issued);
        const auto crl = root->crl(now);
        QVERIFY(crl);
        auto signer = KeyFile::fromNationalKey(issued->privateKeyInfo, issued->certificate, QStringLiteral("citizen"));
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QVERIFY((*signer)->certificate().info().qualified());
        const QByteArray pdf("%PDF-1.4 копія");
        const auto p7s = Cades::sign(**signer, pdf, Cades::Options{true, now});
        QVERIFY(p7s);

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        auto v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::Indeterminate); // nobody trusts this root yet: cannot be confirmed
        QVERIFY(trustAsQualified(*ws.trust, {root->certificate()}, now));
        v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && v.summary.contains(QStringLiteral("Revocation")),
                 qPrintable(v.summary));
        QVERIFY(ws.trust->importData(*crl, QStringLiteral("root.crl"), now));
        v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary));
        QCOMPARE(v.signer.info().rnokpp, QStringLiteral("3198765436"));
        // The hash of the era throughout: the certificate's signature, the SignerInfo's digest.
        QCOMPARE(national::hashForCertificate(issued->certificate), NationalHash(hash));
        QVERIFY2(v.algorithm.endsWith(name), qPrintable(v.algorithm));
        QVERIFY(p7s->contains(der::objectIdentifier(national::hashOid(NationalHash(hash)))));
        // One byte of the document changed: Invalid, whatever the hash.
        QByteArray changed = pdf;
        changed[3] = 'X';
        v = SignatureVerifier::verify(*p7s, changed, *ws.trust, now, {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::Invalid);
        // A Kupyna signature that claims another Kupyna length (every place that names its hash):
        // the digests no longer match, and it is Invalid.
        if (NationalHash(hash) != NationalHash::Gost34311) {
            const QByteArray own = der::objectIdentifier(national::hashOid(NationalHash(hash)));
            const QByteArray other = der::objectIdentifier(national::hashOid(NationalHash::Kupyna384));
            QByteArray swapped = *p7s;
            swapped.replace(own, other);
            QVERIFY(swapped != *p7s);
            v = SignatureVerifier::verify(swapped, {}, *ws.trust, now, {false, 8, nullptr});
            QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(v.summary));
        }
    }

    // The ten standard curves by name (…3.1.1.2.0 … .2.9): keys on each sign and verify; the real
    // CA keys, their explicit curves replaced by the standard names (the Diia CA's m = 257 is .2.6,
    // the ЦЗО root's m = 431 is .2.9), still verify what they signed; other names are refused.
    void standardCurvesByName()
    {
        const int bits[] = {163, 167, 173, 179, 191, 233, 257, 307, 367, 431};
        const auto named = [](const QString &curve, const QByteArray &extra = {}) {
            return der::encode(der::kSequence,
                               der::objectIdentifier(QStringLiteral("1.2.804.2.1.1.1.1.3.1.1"))
                                   + der::encode(der::kSequence, der::objectIdentifier(curve) + extra));
        };
        for (int i = 0; i < 10; ++i) {
            auto key = Dstu4145Key::generate(named(QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.%1").arg(i)));
            QVERIFY2(key, key ? "" : qPrintable(key.error().message));
            QCOMPARE(key->fieldBits(), bits[i]);
            const auto signature = key->sign("Копії");
            QVERIFY(signature);
            auto pub = Dstu4145Key::fromSubjectPublicKeyInfo(key->subjectPublicKeyInfo());
            QVERIFY(pub);
            QVERIFY(pub->verify("Копії", *signature));
            QVERIFY(!pub->verify("Копії!", *signature));
        }
        const auto renamed = [&](const QString &certificate, const QString &curve) -> QByteArray {
            const auto spki = Dstu4145Key::subjectPublicKeyInfo(readFixture(certificate));
            qsizetype pos = 0;
            der::Element top;
            QList<der::Element> parts, algorithm, params;
            if (!spki || !der::read(*spki, pos, &top) || !der::children(top.content, &parts) || parts.size() != 2
                || !der::children(parts.at(0).content, &algorithm) || algorithm.size() != 2
                || !der::children(algorithm.at(1).content, &params) || params.size() != 2)
                return {};
            return der::encode(der::kSequence, named(curve, params.at(1).encoded) + parts.at(1).encoded);
        };
        const auto diia = Dstu4145Key::fromSubjectPublicKeyInfo(renamed(kDiiaCa, QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.6")));
        QVERIFY2(diia, diia ? "" : qPrintable(diia.error().message));
        QVERIFY(diia->verifyCertificate(readFixture(kLeaf)));
        const auto root = Dstu4145Key::fromSubjectPublicKeyInfo(renamed(kRoot, QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.9")));
        QVERIFY2(root, root ? "" : qPrintable(root.error().message));
        QVERIFY(root->verifyCertificate(readFixture(kDiiaCa)));
        // The wrong standard curve for the key: its point is not on it.
        QVERIFY(!Dstu4145Key::fromSubjectPublicKeyInfo(renamed(kDiiaCa, QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.5"))));
        for (const QString &unknown : {QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.10"),
                                       QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.3.0"), QStringLiteral("1.2.840.10045.3.1.7")}) {
            const auto refused = Dstu4145Key::generate(named(unknown));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(unknown), qPrintable(refused.error().message));
        }
    }

    // CAdES-T from a Ukrainian TSP: a timestamp token signed with DSTU 4145 (its imprint in GOST
    // 34.311 or Kupyna) proves the signing time; a token over another signature is Invalid; one
    // from an authority nobody trusts proves nothing; a revocation after the proven time leaves
    // the signature valid.
    void dstuTimestamps()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray curve = keyOf(kDiiaCa).algorithmIdentifier();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (TSP)"), curve, now);
        auto strangerMade = DstuIssuer::createRoot(QStringLiteral("Чужий ЦСК"), curve, now);
        QVERIFY(made && strangerMade);
        DstuIssuer ca = std::move(made).value(), stranger = std::move(strangerMade).value();
        const auto issued = ca.issue(
            DemoHolder{QStringLiteral("Ткаченко"), QStringLiteral("Оксана"), QStringLiteral("3123456789"), {}, {}, {}}, now);
        const auto tsa = ca.issueTimestampAuthority(now), strangerTsa = stranger.issueTimestampAuthority(now);
        QVERIFY(issued && tsa && strangerTsa);
        auto signer = KeyFile::fromNationalKey(issued->privateKeyInfo, issued->certificate, QStringLiteral("citizen"));
        QVERIFY(signer);
        const QByteArray pdf("%PDF-1.4 CAdES-T");
        const QDateTime signedAt = now.addSecs(-7200), stampedAt = now.addSecs(-3600);
        const auto p7s = Cades::sign(**signer, pdf, Cades::Options{false, signedAt});
        const auto other = Cades::sign(**signer, pdf + "!", Cades::Options{false, signedAt});
        QVERIFY(p7s && other);
        const auto value = Timestamp::signatureValue(*p7s), otherValue = Timestamp::signatureValue(*other);
        QVERIFY(value && otherValue);
        const auto stamped = [&](const DstuIssuer::Issued &authority, const QByteArray &over, NationalHash imprint) {
            const auto token = DstuIssuer::timestampToken(authority, over, stampedAt, imprint);
            return token ? Timestamp::attachToken(*p7s, *token) : Result<QByteArray>(token.error());
        };
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {ca.certificate()}, now));
        QVERIFY(ws.trust->importData(*ca.crl(now), QStringLiteral("root.crl"), now));
        const auto check = [](const DocumentVerification &v, const char *id) {
            for (const VerificationCheck &c : v.checks)
                if (c.id == QLatin1String(id))
                    return c;
            return VerificationCheck{};
        };
        for (NationalHash imprint : {NationalHash::Gost34311, NationalHash::Kupyna256}) {
            const auto good = stamped(*tsa, *value, imprint);
            QVERIFY2(good, good ? "" : qPrintable(good.error().message));
            const auto v = SignatureVerifier::verify(*good, pdf, *ws.trust, now, {false, 8, nullptr});
            QVERIFY2(v.verdict == Verdict::Valid, qPrintable(v.summary + QLatin1Char('\n') + check(v, "timestamp").detail));
            QCOMPARE(v.timestampTime.toSecsSinceEpoch(), stampedAt.toSecsSinceEpoch());
            QVERIFY(check(v, "timestamp").ok);
        }
        // Over another signature's value.
        auto v = SignatureVerifier::verify(*stamped(*tsa, *otherValue, NationalHash::Gost34311), pdf, *ws.trust, now,
                                           {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Invalid && check(v, "timestamp").detail.contains(QStringLiteral("another signature")),
                 qPrintable(check(v, "timestamp").detail));
        // By an authority nobody here trusts: a warning, the time not proven.
        v = SignatureVerifier::verify(*stamped(*strangerTsa, *value, NationalHash::Gost34311), pdf, *ws.trust, now,
                                      {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && !v.timestampTime.isValid(), qPrintable(check(v, "timestamp").detail));
        // The token's signature damaged: its last byte in the file changed is inside the TSA's r‖s.
        {
            const auto token = DstuIssuer::timestampToken(*tsa, *value, stampedAt);
            QVERIFY(token);
            QByteArray forged = *token;
            forged[forged.size() - 3] = char(forged.at(forged.size() - 3) ^ 0x01);
            const auto attached = Timestamp::attachToken(*p7s, forged);
            QVERIFY(attached);
            v = SignatureVerifier::verify(*attached, pdf, *ws.trust, now, {false, 8, nullptr});
            QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(check(v, "timestamp").detail));
        }
        // Revoked half an hour ago, after the proven time: still valid, and said so.
        ca.revoke(issued->certificate, now.addSecs(-1800));
        QVERIFY(ws.trust->importData(*ca.crl(now.addSecs(60)), QStringLiteral("root.crl"), now)); // the newer CRL counts
        v = SignatureVerifier::verify(*stamped(*tsa, *value, NationalHash::Gost34311), pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings
                     && check(v, "revocation").detail.contains(QStringLiteral("after the signature was made")),
                 qPrintable(v.summary + QLatin1Char('\n') + check(v, "revocation").detail));
        // Without the timestamp the same revocation makes it Invalid.
        v = SignatureVerifier::verify(*p7s, pdf, *ws.trust, now, {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::Invalid);
    }

    // A trusted list signed with DSTU 4145 (GOST 34.311 and Kupyna eras) by a DSTU PKI the store
    // trusts: its signature holds and it is taken; changed after signing, it is refused. Only
    // self-made lists here: the algorithm URIs are those Ukrainian software writes, unconfirmed
    // against a real TL-UA-DSTU.xml.
    void dstuSignedTrustedList()
    {
        QFile file(sourcePath(QStringLiteral("tests/data/TL-UA-test.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (NationalHash era : {NationalHash::Gost34311, NationalHash::Kupyna256}) {
            auto made =
                DstuIssuer::createRoot(QStringLiteral("Тестовий ЦЗО (списки)"), keyOf(kDiiaCa).algorithmIdentifier(), now, era);
            QVERIFY(made);
            DstuIssuer root = std::move(made).value();
            const auto operatorKey = root.issue(
                DemoHolder{QStringLiteral("Оператор"), QStringLiteral("Списку"), QStringLiteral("3000000001"), {}, {}, {}}, now);
            QVERIFY(operatorKey);
            auto signer = KeyFile::fromNationalKey(operatorKey->privateKeyInfo, operatorKey->certificate, QStringLiteral("TL"));
            QVERIFY(signer);
            const auto list = XmlSignature::signEnveloped(xml, **signer);
            QVERIFY2(list, list ? "" : qPrintable(list.error().message));
            const XmlSignature::Check check = XmlSignature::verifyEnveloped(*list);
            QVERIFY2(check.state == XmlSignature::State::Valid, qPrintable(check.detail));
            QVERIFY(check.algorithm.contains(era == NationalHash::Gost34311 ? QStringLiteral("#dstu4145")
                                                                            : QStringLiteral("dstu7564-256")));
            CryptoWorkspace ws;
            QVERIFY(ws.open());
            QVERIFY(ws.trust->importData(root.certificate(), QStringLiteral("root.cer"), now, {fingerprint(root.certificate())}));
            QVERIFY(ws.trust->addTlSigner(Certificate::fromDer(operatorKey->certificate).value(), now));
            const auto report = ws.trust->importData(*list, QStringLiteral("TL-UA-DSTU.xml"), now);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QVERIFY(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("its signature holds")));
            QByteArray changed = *list;
            changed.replace("Svcstatus/withdrawn", "Svcstatus/granted");
            QVERIFY(changed != *list);
            const auto refused = ws.trust->importData(changed, QStringLiteral("TL-UA-DSTU.xml"), now);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("changed after it was signed")),
                     qPrintable(refused.error().message));
        }
    }

    // L7: the signature algorithm outside the signed part must be the one inside it.
    void innerAndOuterAlgorithmsAgree()
    {
        const QByteArray leaf = readFixture(kLeaf);
        const auto ca = Dstu4145Key::ofCertificate(readFixture(kDiiaCa));
        QVERIFY(ca);
        QVERIFY((*ca)->verifyCertificate(leaf));
        const QByteArray gost = QByteArray::fromHex("060b2a86240201010101030101");
        const qsizetype outer = leaf.lastIndexOf(gost);
        QVERIFY(outer > leaf.indexOf(gost)); // named twice: inside the signed part and after it
        QByteArray changed = leaf;
        changed.replace(outer, gost.size(), QByteArray::fromHex("060b2a86240201010101030601"));
        const Status s = (*ca)->verifyCertificate(changed);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("inside its signed part")), qPrintable(s.error().message));
    }

    void malformedInputIsRefused()
    {
        const QByteArray leaf = readFixture(kLeaf);
        const auto spki = Dstu4145Key::subjectPublicKeyInfo(readFixture(kDiiaCa));
        QVERIFY(spki);
        for (int cut : {0, 1, 10, int(spki->size()) / 2, int(spki->size()) - 1})
            QVERIFY(!Dstu4145Key::fromSubjectPublicKeyInfo(spki->left(cut)));
        // Any byte of the issuer's key changed: refused as malformed, or a key that no longer
        // verifies what the real one signed; never a crash.
        // Every byte, each changed three ways (a fixed sequence: the same run each time).
        int parsed = 0;
        for (int at = 0; at < int(spki->size()); ++at)
            for (const int flip : {0x01, 0x80, 0x5a}) {
                QByteArray noise = *spki;
                noise[at] = char(noise.at(at) ^ flip);
                if (const auto key = Dstu4145Key::fromSubjectPublicKeyInfo(noise)) {
                    ++parsed;
                    QVERIFY2(!key->verifyCertificate(leaf),
                             qPrintable(QStringLiteral("byte %1 changed by %2").arg(at).arg(flip, 0, 16)));
                }
            }
        QVERIFY(parsed > 0); // some changes still parse, and are caught by the signature
        QVERIFY(!Dstu4145Key::subjectPublicKeyInfo(leaf.left(100)));
        QVERIFY(!Dstu4145Key::fromSubjectPublicKeyInfo(QByteArray::fromHex("3000")));
        const Dstu4145Key ca = keyOf(kDiiaCa);
        QVERIFY(!ca.verifyHash(QByteArray(32, 'h'), QByteArray(63, 's')));
    }

    // The real delta CRL of the Diia CA (2023): its DSTU 4145 signature verifies with the CA's key
    // by Kopii's own code, and one changed byte does not. Alone, a delta CRL clears nothing.
    void realDeltaCrlOfTheDiiaCa()
    {
        const QByteArray delta = readFixture(QStringLiteral("ua/certs/diia-ca-delta.crl"));
        QVERIFY(!delta.isEmpty());
        const auto ca = Dstu4145Key::ofCertificate(readFixture(kDiiaCa));
        QVERIFY(ca);
        QVERIFY((*ca)->verifyCertificate(delta));
        QByteArray changed = delta;
        changed[60] = char(changed[60] ^ 0x01); // inside the signed part (the issuer's name)
        QVERIFY(!(*ca)->verifyCertificate(changed));

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ws.trust->importFile(fixture(kDiiaCa), now));
        QVERIFY(ws.trust->importData(delta, QStringLiteral("CA-BED50831-Delta.crl"), now));
        const auto leaf = Certificate::fromDer(readFixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer")));
        QVERIFY(leaf);
        const QDateTime then(QDate(2023, 9, 19), QTime(17, 30), Qt::UTC); // while the delta CRL was current
        const ChainResult r = ws.trust->buildChain(*leaf, {}, then);
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QVERIFY(!r.revocationChecked);
    }

    // Revocation along a DSTU path root -> subordinate CA -> signer, by Kopii's own code: the
    // subordinate's full CRL and its delta CRL (merged: a revocation only the delta lists counts,
    // and a fresh delta keeps an old full CRL current), and the root's CRL for the subordinate
    // itself (a revoked intermediate is a revoked path).
    void dstuPathRevocationWithDeltaAndIntermediate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦЗО ДСТУ (шлях)"), keyOf(kDiiaCa).algorithmIdentifier(), now);
        QVERIFY(made);
        DstuIssuer root = std::move(made).value();
        auto subMade = root.createSubordinate(QStringLiteral("Тестовий КНЕДП ДСТУ (шлях)"), now);
        QVERIFY2(subMade, subMade ? "" : qPrintable(subMade.error().message));
        DstuIssuer sub = std::move(subMade).value();
        const auto issued = sub.issue(
            DemoHolder{QStringLiteral("Ткаченко"), QStringLiteral("Оксана"), QStringLiteral("3055512345"), {}, {}, {}}, now);
        QVERIFY(issued);
        const Certificate leaf = *Certificate::fromDer(issued->certificate);

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(trustAsQualified(*ws.trust, {root.certificate()}, now));
        QVERIFY(ws.trust->importData(sub.certificate(), QStringLiteral("sub.cer"), now));
        ChainResult r = ws.trust->buildChain(leaf, {}, now);
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QCOMPARE(r.path.size(), 3);
        QVERIFY(!r.revocationChecked);

        // A full CRL of ten days ago: too old to clear the signer now.
        QVERIFY(ws.trust->importData(*sub.crl(now.addDays(-9), {10, 0}), QStringLiteral("sub-full.crl"), now));
        r = ws.trust->buildChain(leaf, {}, now);
        QVERIFY2(r.trusted && !r.revocationChecked, qPrintable(r.reason));
        // Its fresh delta CRL (based on number 10) makes it current.
        QVERIFY(ws.trust->importData(*sub.crl(now, {11, 10}), QStringLiteral("sub-delta-11.crl"), now));
        r = ws.trust->buildChain(leaf, {}, now);
        QVERIFY2(r.trusted && r.revocationChecked, qPrintable(r.reason));
        const CrlEvidence evidence = ws.trust->crlEvidence(leaf, r.path.at(1), now);
        QCOMPARE(evidence.state, CrlEvidence::State::Good);
        QVERIFY(evidence.delta);
        // A delta CRL signed by another key under the same name is not merged.
        auto strangerMade =
            DstuIssuer::createRoot(QStringLiteral("Тестовий КНЕДП ДСТУ (шлях)"), keyOf(kDiiaCa).algorithmIdentifier(), now);
        QVERIFY(strangerMade);
        DstuIssuer stranger = std::move(strangerMade).value();
        stranger.revoke(issued->certificate, now.addSecs(-7200));
        QVERIFY(ws.trust->importData(*stranger.crl(now.addSecs(60), {12, 10}), QStringLiteral("stranger-delta.crl"), now));
        r = ws.trust->buildChain(leaf, {}, now);
        QVERIFY2(r.trusted && r.revocationChecked, qPrintable(r.reason));
        // The CA revokes the signer: only its next delta CRL says so, and that counts.
        sub.revoke(issued->certificate, now.addSecs(-3600));
        QVERIFY(ws.trust->importData(*sub.crl(now.addSecs(120), {13, 10}), QStringLiteral("sub-delta-13.crl"), now));
        r = ws.trust->buildChain(leaf, {}, now);
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Revoked);
        QVERIFY(r.leafRevokedAt.isValid() && qAbs(r.leafRevokedAt.secsTo(now.addSecs(-3600))) < 2);

        // The root revokes the subordinate CA: every signature under it is refused.
        CryptoWorkspace other;
        QVERIFY(other.open());
        QVERIFY(trustAsQualified(*other.trust, {root.certificate()}, now));
        QVERIFY(other.trust->importData(sub.certificate(), QStringLiteral("sub.cer"), now));
        root.revoke(sub.certificate(), now.addSecs(-600));
        QVERIFY(other.trust->importData(*root.crl(now), QStringLiteral("root.crl"), now));
        r = other.trust->buildChain(leaf, {}, now);
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Revoked);
        QVERIFY2(r.reason.contains(QStringLiteral("Тестовий КНЕДП ДСТУ (шлях)")), qPrintable(r.reason));
        QVERIFY(!r.leafRevokedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDstu)
#include "tst_dstu.moc"
