// The Ukrainian national algorithms against the published vectors (../shared/fixtures/VECTORS.md)
// and the real certificates of the Diia CA and the ЦЗО root (../shared/fixtures/ua).
#include "CryptoTestUtil.h"
#include "crypto/Dstu4145.h"
#include "crypto/Gost34311.h"
#include "crypto/Kalyna.h"
#include "crypto/Kupyna.h"
#include "crypto/NationalKeyFile.h"
#include "CryptoFixture.h"
#include "TestTrust.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/Cades.h"
#include "crypto/DstuIssuer.h"
#include "crypto/Der.h"
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

// DSTU 4145-2002 Annex B (m = 163).
Dstu4145Key annexB()
{
    auto key = Dstu4145Key::fromNumbers({163, 7, 6, 3}, 1, hex("05FF6108462A2DC8210AB403925E638A19C1455D21"),
                                        hex("0400000000000000000002BEC12BE2262D39BCF14D"),
                                        hex("072D867F93A93AC27DF9FF01AFFE74885C8C540420"),
                                        hex("00224A9C3947852B97C5599D5F4AB81122ADC3FD9B"),
                                        hex("057DE7FDE023FF929CB6AC785CE4B79CF64ABDC2DA"),
                                        hex("03E85444324BCF06AD85ABF6AD7B5F34770532B9AA"));
    if (!key)
        qFatal("Annex B key: %s", qPrintable(key.error().message));
    return std::move(key).value();
}

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
    void gost34311Vectors_data()
    {
        QTest::addColumn<bool>("testSBox");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("Annex A, 32 bytes") << true << QByteArray("This is message, length=32 bytes")
                                           << hex("b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa");
        QTest::newRow("Annex A, 50 bytes") << true << QByteArray("Suppose the original message has length = 50 bytes")
                                           << hex("471aba57a60a770d3a76130635c1fbea4ef14de51f78b4ae57dd893b62f55208");
        QTest::newRow("DKE 1, fox") << false << QByteArray("The quick brown fox jumps over the lazy dog")
                                    << hex("0f1355130b4a820a1e4e3f6474f6bdecc718a4a73345595edc1c1809832b2333");
        QTest::newRow("DKE 1, 123123") << false << QByteArray("123123")
                                       << hex("34d4da2c04e9c1ceb933282069c864617d94ed7cc5c0a9840c0c1a99629df637");
    }
    void gost34311Vectors()
    {
        QFETCH(bool, testSBox);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Gost34311::hash(message, testSBox ? Gost28147::testSBox() : Gost28147::dke1()).toHex(), digest.toHex());
    }

    // Fed in pieces of any size, the hash is the same as at once; it starts over after result().
    void gost34311InPieces()
    {
        QByteArray data(1000, Qt::Uninitialized);
        for (char &c : data)
            c = char(QRandomGenerator::global()->bounded(256));
        for (int length : {0, 1, 31, 32, 33, 63, 64, 65, 999}) {
            const QByteArray whole = Gost34311::hash(data.left(length));
            Gost34311 h;
            for (int at = 0; at < length;) {
                const int piece = 1 + QRandomGenerator::global()->bounded(40);
                h.addData(data.mid(at, piece).left(length - at));
                at += piece;
            }
            QCOMPARE(h.result().toHex(), whole.toHex());
            QCOMPARE(h.result().toHex(), Gost34311::hash({}).toHex());
        }
    }

    // DSTU 7564:2014 (Kupyna): the vectors of ../shared/fixtures/VECTORS.md and of the standard's
    // reference implementation (whole-byte messages; `counting` is 00 01 02 … of the given length).
    void kupynaVectors_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        const auto counting = [](int length) {
            QByteArray m(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                m[i] = char(i);
            return m;
        };
        QTest::newRow("256, empty") << 256 << QByteArray()
                                    << hex("cd5101d1ccdf0d1d1f4ada56e888cd724ca1a0838a3521e7131d4fb78d0f5eb6");
        QTest::newRow("256, 64 bytes") << 256 << counting(64)
                                       << hex("08f4ee6f1be6903b324c4e27990cb24ef69dd58dbe84813ee0a52f6631239875");
        QTest::newRow("256, 128 bytes") << 256 << counting(128)
                                        << hex("0a9474e645a7d25e255e9e89fff42ec7eb31349007059284f0b182e452bda882");
        QTest::newRow("256, 256 bytes") << 256 << counting(256)
                                        << hex("d305a32b963d149dc765f68594505d4077024f836c1bf03806e1624ce176c08f");
        QTest::newRow("256, FF") << 256 << QByteArray(1, char(0xff))
                                 << hex("ea7677ca4526555680441c117982ea14059ea6d0d7124d6ecdb3deec49e890f4");
        QTest::newRow("256, 95 bytes") << 256 << counting(95)
                                       << hex("1075c8b0cb910f116bda5fa1f19c29cf8ecc75caff7208ba2994b68fc56e8d16");
        QTest::newRow("384, 95 bytes") << 384 << counting(95)
                                       << hex("d9021692d84e5175735654846ba751e6d0ed0fac36dfbc0841287dcb0b5584c7"
                                              "5016c3decc2a6e47c50b2f3811e351b8");
        QTest::newRow("512, empty") << 512 << QByteArray()
                                    << hex("656b2f4cd71462388b64a37043ea55dbe445d452aecd46c3298343314ef04019"
                                           "bcfa3f04265a9857f91be91fce197096187ceda78c9c1c021c294a0689198538");
        QTest::newRow("512, 64 bytes") << 512 << counting(64)
                                       << hex("3813e2109118cdfb5a6d5e72f7208dccc80a2dfb3afdfb02f46992b5edbe536b"
                                              "3560dd1d7e29c6f53978af58b444e37ba685c0dd910533ba5d78efffc13de62a");
        QTest::newRow("512, 128 bytes") << 512 << counting(128)
                                        << hex("76ed1ac28b1d0143013ffa87213b4090b356441263c13e03fa060a8cada32b97"
                                               "9635657f256b15d5fca4a174de029f0b1b4387c878fcc1c00e8705d783fd7ffe");
        QTest::newRow("512, 256 bytes") << 512 << counting(256)
                                        << hex("0dd03d7350c409cb3c29c25893a0724f6b133fa8b9eb90a64d1a8fa93b565566"
                                               "11eb187d715a956b107e3bfc76482298133a9ce8cbc0bd5e1436a5b197284f7e");
        QTest::newRow("512, FF") << 512 << QByteArray(1, char(0xff))
                                 << hex("871b18cf754b72740307a97b449abeb32b64444cc0d5a4d65830ae5456837a72"
                                        "d8458f12c8f06c98c616abe11897f86263b5cb77c420fb375374bec52b6d0292");
        QTest::newRow("512, 192 bytes") << 512 << counting(192)
                                        << hex("b189bfe987f682f5f167f0d7fa565330e126b6e592b1c55d44299064ef95b1a5"
                                               "7f3c2d0ecf17869d1d199ebbd02e8857fb8add67a8c31f56cd82c016cf743121");
    }
    void kupynaVectors()
    {
        QFETCH(int, bits);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Kupyna::hash(message, bits).toHex(), digest.toHex());
    }

    // Fed in pieces, Kupyna gives what it gives at once, across both block sizes and the padding
    // that spills into a second block; it starts over after result().
    void kupynaInPieces()
    {
        QByteArray data(1000, Qt::Uninitialized);
        for (char &c : data)
            c = char(QRandomGenerator::global()->bounded(256));
        for (int bits : {256, 384, 512})
            for (int length : {0, 1, 51, 52, 53, 63, 64, 65, 115, 116, 117, 127, 128, 129, 999}) {
                const QByteArray whole = Kupyna::hash(data.left(length), bits);
                Kupyna h(bits);
                for (int at = 0; at < length;) {
                    const int piece = 1 + QRandomGenerator::global()->bounded(70);
                    h.addData(data.mid(at, piece).left(length - at));
                    at += piece;
                }
                QCOMPARE(h.result().toHex(), whole.toHex());
                QCOMPARE(h.result().size(), bits / 8);
                QCOMPARE(h.result().toHex(), Kupyna::hash({}, bits).toHex());
            }
    }

    // DSTU 7624:2014 (Kalyna), every block and key length: the vector of ../shared/fixtures/VECTORS.md
    // (encrypt 128/128) and those of the standard's reference implementation, both directions.
    void kalynaVectors_data()
    {
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<int>("blockBits");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("encrypt 128/128") << true << 128 << hex("000102030405060708090a0b0c0d0e0f")
                                      << hex("101112131415161718191a1b1c1d1e1f")
                                      << hex("81bf1c7d779bac20e1c9ea39b4d2ad06");
        QTest::newRow("encrypt 128/256") << true << 128 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                      << hex("202122232425262728292a2b2c2d2e2f")
                                      << hex("58ec3e091000158a1148f7166f334f14");
        QTest::newRow("encrypt 256/256") << true << 256 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                      << hex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                      << hex("f66e3d570ec92135aedae323dcbd2a8ca03963ec206a0d5a88385c24617fd92c");
        QTest::newRow("encrypt 256/512") << true << 256 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                      << hex("404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f")
                                      << hex("606990e9e6b7b67a4bd6d893d72268b78e02c83c3cd7e102fd2e74a8fdfe5dd9");
        QTest::newRow("encrypt 512/512") << true << 512 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                      << hex("404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f")
                                      << hex("4a26e31b811c356aa61dd6ca0596231a67ba8354aa47f3a13e1deec320eb56b895d0f417175bab662fd6f134bb15c86ccb906a26856efeb7c5bc6472940dd9d9");
        QTest::newRow("decrypt 128/128") << false << 128 << hex("0f0e0d0c0b0a09080706050403020100")
                                      << hex("1f1e1d1c1b1a19181716151413121110")
                                      << hex("7291ef2b470cc7846f09c2303973dad7");
        QTest::newRow("decrypt 128/256") << false << 128 << hex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                      << hex("2f2e2d2c2b2a29282726252423222120")
                                      << hex("f36db456cefddfe1b45b5f7030cad996");
        QTest::newRow("decrypt 256/256") << false << 256 << hex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                      << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a29282726252423222120")
                                      << hex("7fc5237896674e8603c1e9b03f8b4ba3ab5b7c592c3fc3d361edd12586b20fe3");
        QTest::newRow("decrypt 256/512") << false << 256 << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a292827262524232221201f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                      << hex("5f5e5d5c5b5a595857565554535251504f4e4d4c4b4a49484746454443424140")
                                      << hex("18317a2767dad482bccd07b9a1788d075e7098189e5f84972d0b916d79ba6ae0");
        QTest::newRow("decrypt 512/512") << false << 512 << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a292827262524232221201f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                      << hex("7f7e7d7c7b7a797877767574737271706f6e6d6c6b6a696867666564636261605f5e5d5c5b5a595857565554535251504f4e4d4c4b4a49484746454443424140")
                                      << hex("ce80843325a052521bead714e6a9d829fd381e0ee9a845bd92044554d9fa46a3757fefdb853bb1f297ff9d833b75e66aaf4157abb5291bdcf094bb13aa5aff22");
    }
    void kalynaVectors()
    {
        QFETCH(bool, encrypt);
        QFETCH(int, blockBits);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, output);
        const Kalyna cipher(blockBits, key);
        QVERIFY(cipher.isValid());
        QCOMPARE(cipher.blockSize(), int(input.size()));
        QByteArray result(input.size(), '\0'), back(input.size(), '\0');
        const auto *in = reinterpret_cast<const uint8_t *>(input.constData());
        auto *out = reinterpret_cast<uint8_t *>(result.data());
        if (encrypt)
            cipher.encryptBlock(in, out);
        else
            cipher.decryptBlock(in, out);
        QCOMPARE(result.toHex(), output.toHex());
        // And back again.
        if (encrypt)
            cipher.decryptBlock(out, reinterpret_cast<uint8_t *>(back.data()));
        else
            cipher.encryptBlock(out, reinterpret_cast<uint8_t *>(back.data()));
        QCOMPARE(back.toHex(), input.toHex());
    }

    // Lengths Kalyna does not have are refused, not guessed.
    void kalynaRefusesOtherLengths()
    {
        QVERIFY(!Kalyna(128, QByteArray(24, 'k')).isValid());
        QVERIFY(!Kalyna(512, QByteArray(128, 'k')).isValid());
        QVERIFY(!Kalyna(192, QByteArray(24, 'k')).isValid());
        QVERIFY(!Kalyna(256, QByteArray(16, 'k')).isValid());
        QVERIFY(Kalyna(256, QByteArray(64, 'k')).isValid());
    }

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

    void annexBSignatureVerifies()
    {
        const Dstu4145Key key = annexB();
        QCOMPARE(key.fieldBits(), 163);
        const QByteArray h = hex("09C9C44277910C9AAEE486883A2EB95B7180166DDF73532EEB76EDAEF52247FF");
        const QByteArray r = hex("0274EA2C0CAA014A0D80A424F59ADE7A93068D08A7");
        const QByteArray s = hex("02100D86957331832B8E8C230F5BD6A332B3615ACA");
        const Status good = key.verifyNumbers(h, r, s);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message));
        // One bit anywhere: the hash, r, s.
        QByteArray other = h;
        other[31] = char(other.at(31) ^ 1);
        QVERIFY(!key.verifyNumbers(other, r, s));
        QByteArray r2 = r, s2 = s;
        r2[20] = char(r2.at(20) ^ 1);
        s2[20] = char(s2.at(20) ^ 1);
        QVERIFY(!key.verifyNumbers(h, r2, s));
        QVERIFY(!key.verifyNumbers(h, r, s2));
        // Out of range: zero, and not below the order.
        const Status zero = key.verifyNumbers(h, QByteArray(1, '\0'), s);
        QVERIFY(!zero && zero.error().message.contains(QStringLiteral("out of range")));
        QVERIFY(!key.verifyNumbers(h, r, hex("0400000000000000000002BEC12BE2262D39BCF14D")));
        // Little-endian r‖s as in CMS.
        auto le = [](QByteArray b, int size) {
            b = b.rightJustified(size, '\0');
            std::reverse(b.begin(), b.end());
            return b;
        };
        QByteArray hashLe = h;
        std::reverse(hashLe.begin(), hashLe.end());
        QVERIFY(key.verifyHash(hashLe, le(r, 21) + le(s, 21)));
        QVERIFY(!key.verifyHash(hashLe, le(s, 21) + le(r, 21)));       // halves swapped
        QVERIFY(!key.verifyHash(hashLe, (le(r, 21) + le(s, 21)).left(41))); // odd length
    }

    void pointsCompressBothWays()
    {
        const Dstu4145Key key = annexB();
        const QByteArray qx = hex("057DE7FDE023FF929CB6AC785CE4B79CF64ABDC2DA");
        const QByteArray qy = hex("03E85444324BCF06AD85ABF6AD7B5F34770532B9AA");
        const auto packed = key.compress(qx, qy);
        QVERIFY(packed);
        const auto back = key.decompress(*packed);
        QVERIFY(back);
        QCOMPARE(back->at(0).toHex(), QByteArray(qx).toHex().mid(back->at(0).size() < qx.size() ? 2 : 0));
        QCOMPARE(back->at(1).toHex(), qy.toHex());
        // A point off the curve is refused, not trusted.
        QVERIFY(!Dstu4145Key::fromNumbers({163, 7, 6, 3}, 1, hex("05FF6108462A2DC8210AB403925E638A19C1455D21"),
                                          hex("0400000000000000000002BEC12BE2262D39BCF14D"),
                                          hex("072D867F93A93AC27DF9FF01AFFE74885C8C540420"),
                                          hex("00224A9C3947852B97C5599D5F4AB81122ADC3FD9B"), qx, hex("03")));
    }

    // The real chain: the test signer's certificate by the Diia CA (m = 257), the Diia CA's and
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
        const QByteArray pkcs8 = der::encode(der::kSequence, QByteArray::fromHex("020100") + diiaCurve
                                                                 + der::encode(der::kOctetString, d));
        auto key = Dstu4145Key::fromPrivateKeyInfo(pkcs8);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QVERIFY(key->hasPrivateKey());
        const QByteArray h = hex("6845214B63288A832A772E1FE6CB6C7D3528569E29A8B3584370FDC65F474242");
        const auto rs = key->signNumbers(h, hex("7A32849E569C8888F25DE6F69A839D75057383F473ACF559ABD3C5D683294CEB"));
        QVERIFY(rs);
        QCOMPARE(rs->toHex().toUpper(), QByteArray("491FA1EF75EAEF75E1F20CF3918993AB37E06005EA8E204BC009A1FA61BB0FB2"
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
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/certs/diia-test-kep-7775604.cer")), dir.filePath(QStringLiteral("kep.cer"))));
        auto signer = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("testpassword")));
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        QVERIFY((*signer)->certificate().der() == readFixture(kLeaf)); // the signing one, not the key-agreement twin
        QVERIFY(Login::proveKey(**signer));
        const auto wrong = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("nope")));
        QVERIFY(!wrong && wrong.error().message.contains(QStringLiteral("password is wrong")));

        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trust->importFile(fixture(kDiiaCa), QDateTime::currentDateTimeUtc()));
        const auto identity = Login(ws.store(), *ws.trust).login(**signer);
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
            QByteArray mutant = p7s;
            if (i % 10 == 0) {
                mutant.truncate(rng.bounded(int(mutant.size())));
            } else {
                for (int n = 1 + rng.bounded(3); n > 0; --n) {
                    const int at = rng.bounded(int(mutant.size()));
                    mutant[at] = char(mutant.at(at) ^ (1 + rng.bounded(255)));
                }
            }
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
        const auto issued = root->issue(DemoHolder{QStringLiteral("Коваленко"), QStringLiteral("Олена"), QStringLiteral("2847561390"), {}, {}, {}},
                                        now, contents->keys.at(0).key.subjectPublicKeyInfo());
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
        const auto issued = root->issue(DemoHolder{QStringLiteral("Петренко"), QStringLiteral("Марія Іванівна"),
                                                   QStringLiteral("3198765436"), {}, {}, {}},
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
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && v.summary.contains(QStringLiteral("Revocation")), qPrintable(v.summary));
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
            return der::encode(der::kSequence, der::objectIdentifier(QStringLiteral("1.2.804.2.1.1.1.1.3.1.1"))
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
        for (const QString &unknown : {QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.2.10"), QStringLiteral("1.2.804.2.1.1.1.1.3.1.1.3.0"),
                                      QStringLiteral("1.2.840.10045.3.1.7")}) {
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
        const auto issued = ca.issue(DemoHolder{QStringLiteral("Ткаченко"), QStringLiteral("Оксана"), QStringLiteral("3123456789"), {}, {}, {}}, now);
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
        auto v = SignatureVerifier::verify(*stamped(*tsa, *otherValue, NationalHash::Gost34311), pdf, *ws.trust, now, {false, 8, nullptr});
        QVERIFY2(v.verdict == Verdict::Invalid && check(v, "timestamp").detail.contains(QStringLiteral("another signature")),
                 qPrintable(check(v, "timestamp").detail));
        // By an authority nobody here trusts: a warning, the time not proven.
        v = SignatureVerifier::verify(*stamped(*strangerTsa, *value, NationalHash::Gost34311), pdf, *ws.trust, now, {false, 8, nullptr});
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
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings && check(v, "revocation").detail.contains(QStringLiteral("after the signature was made")),
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
            auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦЗО (списки)"), keyOf(kDiiaCa).algorithmIdentifier(), now, era);
            QVERIFY(made);
            DstuIssuer root = std::move(made).value();
            const auto operatorKey =
                root.issue(DemoHolder{QStringLiteral("Оператор"), QStringLiteral("Списку"), QStringLiteral("3000000001"), {}, {}, {}}, now);
            QVERIFY(operatorKey);
            auto signer = KeyFile::fromNationalKey(operatorKey->privateKeyInfo, operatorKey->certificate, QStringLiteral("TL"));
            QVERIFY(signer);
            const auto list = XmlSignature::signEnveloped(xml, **signer);
            QVERIFY2(list, list ? "" : qPrintable(list.error().message));
            const XmlSignature::Check check = XmlSignature::verifyEnveloped(*list);
            QVERIFY2(check.state == XmlSignature::State::Valid, qPrintable(check.detail));
            QVERIFY(check.algorithm.contains(era == NationalHash::Gost34311 ? QStringLiteral("#dstu4145") : QStringLiteral("dstu7564-256")));
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
            QVERIFY2(refused.error().message.contains(QStringLiteral("changed after it was signed")), qPrintable(refused.error().message));
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
        int parsed = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray noise = *spki;
            const int at = QRandomGenerator::global()->bounded(int(noise.size()));
            noise[at] = char(noise.at(at) ^ (1 + QRandomGenerator::global()->bounded(255)));
            if (const auto key = Dstu4145Key::fromSubjectPublicKeyInfo(noise)) {
                ++parsed;
                QVERIFY2(!key->verifyCertificate(leaf), qPrintable(QStringLiteral("byte %1 changed").arg(at)));
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
        const auto issued = sub.issue(DemoHolder{QStringLiteral("Ткаченко"), QStringLiteral("Оксана"), QStringLiteral("3055512345"), {}, {}, {}},
                                      now);
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
        auto strangerMade = DstuIssuer::createRoot(QStringLiteral("Тестовий КНЕДП ДСТУ (шлях)"), keyOf(kDiiaCa).algorithmIdentifier(), now);
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
