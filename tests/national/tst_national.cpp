// SPDX-License-Identifier: GPL-3.0-or-later
// The national primitives (app/crypto/national) against the published vectors
// (../shared/fixtures/VECTORS.md): GOST 34.311-95, Kupyna (DSTU 7564), Kalyna (DSTU 7624), and
// DSTU 4145-2002 Annex B. Nothing here needs a certificate, a trust store or a test PKI.
#include "crypto/national/Dstu4145.h"
#include "crypto/national/Gost34311.h"
#include "crypto/national/Kalyna.h"
#include "crypto/national/Kupyna.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kopii;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// DSTU 4145-2002 Annex B (m = 163).
Dstu4145Key annexB()
{
    auto key = Dstu4145Key::fromNumbers(
        {163, 7, 6, 3}, 1, hex("05FF6108462A2DC8210AB403925E638A19C1455D21"), hex("0400000000000000000002BEC12BE2262D39BCF14D"),
        hex("072D867F93A93AC27DF9FF01AFFE74885C8C540420"), hex("00224A9C3947852B97C5599D5F4AB81122ADC3FD9B"),
        hex("057DE7FDE023FF929CB6AC785CE4B79CF64ABDC2DA"), hex("03E85444324BCF06AD85ABF6AD7B5F34770532B9AA"));
    if (!key)
        qFatal("Annex B key: %s", qPrintable(key.error().message));
    return std::move(key).value();
}

} // namespace

class TestNational : public QObject
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
                                         << hex("101112131415161718191a1b1c1d1e1f") << hex("81bf1c7d779bac20e1c9ea39b4d2ad06");
        QTest::newRow("encrypt 128/256") << true << 128 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                         << hex("202122232425262728292a2b2c2d2e2f") << hex("58ec3e091000158a1148f7166f334f14");
        QTest::newRow("encrypt 256/256") << true << 256 << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                         << hex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                         << hex("f66e3d570ec92135aedae323dcbd2a8ca03963ec206a0d5a88385c24617fd92c");
        QTest::newRow("encrypt 256/512") << true << 256
                                         << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627"
                                                "28292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                         << hex("404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f")
                                         << hex("606990e9e6b7b67a4bd6d893d72268b78e02c83c3cd7e102fd2e74a8fdfe5dd9");
        QTest::newRow("encrypt 512/512") << true << 512
                                         << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627"
                                                "28292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
                                         << hex("404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f6061626364656667"
                                                "68696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f")
                                         << hex("4a26e31b811c356aa61dd6ca0596231a67ba8354aa47f3a13e1deec320eb56b895d0f417175bab66"
                                                "2fd6f134bb15c86ccb906a26856efeb7c5bc6472940dd9d9");
        QTest::newRow("decrypt 128/128") << false << 128 << hex("0f0e0d0c0b0a09080706050403020100")
                                         << hex("1f1e1d1c1b1a19181716151413121110") << hex("7291ef2b470cc7846f09c2303973dad7");
        QTest::newRow("decrypt 128/256") << false << 128
                                         << hex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                         << hex("2f2e2d2c2b2a29282726252423222120") << hex("f36db456cefddfe1b45b5f7030cad996");
        QTest::newRow("decrypt 256/256") << false << 256
                                         << hex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100")
                                         << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a29282726252423222120")
                                         << hex("7fc5237896674e8603c1e9b03f8b4ba3ab5b7c592c3fc3d361edd12586b20fe3");
        QTest::newRow("decrypt 256/512") << false << 256
                                         << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a292827262524232221201f1e1d1c1b1a1918"
                                                "17161514131211100f0e0d0c0b0a09080706050403020100")
                                         << hex("5f5e5d5c5b5a595857565554535251504f4e4d4c4b4a49484746454443424140")
                                         << hex("18317a2767dad482bccd07b9a1788d075e7098189e5f84972d0b916d79ba6ae0");
        QTest::newRow("decrypt 512/512") << false << 512
                                         << hex("3f3e3d3c3b3a393837363534333231302f2e2d2c2b2a292827262524232221201f1e1d1c1b1a1918"
                                                "17161514131211100f0e0d0c0b0a09080706050403020100")
                                         << hex("7f7e7d7c7b7a797877767574737271706f6e6d6c6b6a696867666564636261605f5e5d5c5b5a5958"
                                                "57565554535251504f4e4d4c4b4a49484746454443424140")
                                         << hex("ce80843325a052521bead714e6a9d829fd381e0ee9a845bd92044554d9fa46a3757fefdb853bb1f2"
                                                "97ff9d833b75e66aaf4157abb5291bdcf094bb13aa5aff22");
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
        QVERIFY(!key.verifyHash(hashLe, le(s, 21) + le(r, 21)));            // halves swapped
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
};

QTEST_GUILESS_MAIN(TestNational)
#include "tst_national.moc"
