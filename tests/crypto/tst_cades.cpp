// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Cades.h"
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "crypto/national/OpenSsl.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestCades : public QObject
{
    Q_OBJECT

    // openssl cms -verify -cades against the test root; returns its exit code.
    static int opensslVerify(const QString &p7s, const QString &content)
    {
        QStringList args = {
            QStringLiteral("cms"),     QStringLiteral("-verify"),       QStringLiteral("-cades"),   QStringLiteral("-binary"),
            QStringLiteral("-inform"), QStringLiteral("DER"),           QStringLiteral("-in"),      p7s,
            QStringLiteral("-CAfile"), pki(QStringLiteral("root.crt")), QStringLiteral("-purpose"), QStringLiteral("any"),
            QStringLiteral("-out"),    QStringLiteral("/dev/null")};
        if (!content.isEmpty())
            args << QStringLiteral("-content") << content;
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        p.waitForFinished(30000);
        return p.exitCode();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

private Q_SLOTS:
    void detachedVerifiesWithOpenssl()
    {
        QTemporaryDir dir;
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray content = QStringLiteral("Заява про приєднання\n").toUtf8();
        const QDateTime when(QDate(2026, 3, 1), QTime(10, 30), Qt::UTC);
        const auto p7s = Cades::sign(**signer, content, {false, when});
        QVERIFY(p7s);
        QVERIFY(write(dir.filePath(QStringLiteral("a.txt")), content));
        QVERIFY(write(dir.filePath(QStringLiteral("a.p7s")), *p7s));
        QCOMPARE(opensslVerify(dir.filePath(QStringLiteral("a.p7s")), dir.filePath(QStringLiteral("a.txt"))), 0);
        // One byte changed: refused.
        QByteArray tampered = content;
        tampered[0] = char(tampered[0] ^ 1);
        QVERIFY(write(dir.filePath(QStringLiteral("b.txt")), tampered));
        QVERIFY(opensslVerify(dir.filePath(QStringLiteral("a.p7s")), dir.filePath(QStringLiteral("b.txt"))) != 0);

        // The signed attributes: signingTime as given, signingCertificateV2 present, content detached.
        const auto *p = reinterpret_cast<const unsigned char *>(p7s->constData());
        ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(p7s->size())));
        QVERIFY(cms);
        QVERIFY(CMS_is_detached(cms.get()));
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        QVERIFY(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
        const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
        QVERIFY(index >= 0);
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, index), 0);
        QCOMPARE(ossl::toDateTime(value->value.utctime), when);
    }

    void attachedWithEcdsa()
    {
        QTemporaryDir dir;
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const auto p7s = Cades::sign(**signer, QByteArray("hello"), {true, QDateTime::currentDateTimeUtc()});
        QVERIFY(p7s);
        QVERIFY(write(dir.filePath(QStringLiteral("c.p7s")), *p7s));
        QCOMPARE(opensslVerify(dir.filePath(QStringLiteral("c.p7s")), QString()), 0);
    }

    void needsSigningTime()
    {
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        QVERIFY(!Cades::sign(**signer, QByteArray("x"), {false, QDateTime()}));
    }

    void verifyDetachedGoodChangedAndUntrusted()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray content = QStringLiteral("Заява про приєднання").toUtf8();
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto p7s = Cades::sign(**signer, content, {false, when});
        QVERIFY(p7s);

        const auto good = Cades::verifyDetached(content, *p7s, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(good);
        QVERIFY2(good->valid(), qPrintable(good->problem + good->chain.reason));
        QCOMPARE(good->signer.info().rnokpp, QStringLiteral("3012345670"));
        QCOMPARE(good->signingTime, when.addMSecs(-when.time().msec()));
        QVERIFY(good->problem.isEmpty());

        // One changed byte: not intact, and the reason says the document changed.
        QByteArray changed = content;
        changed[3] = char(changed[3] ^ 0x20);
        const auto bad = Cades::verifyDetached(changed, *p7s, *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(bad);
        QVERIFY(!bad->intact);
        QVERIFY(!bad->valid());
        QVERIFY2(bad->problem.contains(QLatin1String("changed after it was signed")), qPrintable(bad->problem));

        // Intact, but a workspace that does not trust the test root: not valid, chain says why.
        CryptoWorkspace bare;
        QVERIFY(bare.open());
        const auto untrusted = Cades::verifyDetached(content, *p7s, *bare.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(untrusted);
        QVERIFY(untrusted->intact);
        QVERIFY(!untrusted->valid());
        QVERIFY(!untrusted->chain.reason.isEmpty());
    }

    void plainCmsWithoutSigningCertificateIsNotValid()
    {
        // openssl cms -sign without -cades: intact, but the certificate is not bound (not CAdES).
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QVERIFY(ws.trustTestPki());
        QTemporaryDir dir;
        const QByteArray content("plain cms");
        QVERIFY(write(dir.filePath(QStringLiteral("c.txt")), content));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), dir.filePath(QStringLiteral("c.txt")), QStringLiteral("-signer"),
                 pki(QStringLiteral("manager.crt")), QStringLiteral("-inkey"), pki(QStringLiteral("manager.key")),
                 QStringLiteral("-md"), QStringLiteral("sha256")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const auto r = Cades::verifyDetached(content, p.readAllStandardOutput(), *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QVERIFY(r->intact);
        QVERIFY(!r->signingCertificateBound);
        QVERIFY(!r->valid());
        QVERIFY2(r->problem.contains(QLatin1String("signingCertificateV2")), qPrintable(r->problem));
    }

    void verifyRefusesWhatIsNotASignature()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const auto r =
            Cades::verifyDetached(QByteArray("x"), QByteArray("not a signature"), *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("not a CMS")));
    }

    void nationalAlgorithmIsNotReportedValid()
    {
        // A real DSTU 4145 signature: readable, but never "valid" while the algorithm is not checked.
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        QFile content(fixture(QStringLiteral("ua/cades/fox.txt")));
        QFile sig(fixture(QStringLiteral("ua/cades/bes-detached-fox.p7s")));
        QVERIFY(content.open(QIODevice::ReadOnly) && sig.open(QIODevice::ReadOnly));
        const auto r = Cades::verifyDetached(content.readAll(), sig.readAll(), *ws.trust, QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QVERIFY(!r->intact);
        QVERIFY(!r->valid());
        QVERIFY2(r->problem.contains(QLatin1String("DSTU")), qPrintable(r->problem));
        QVERIFY(!r->signer.isNull());
    }
};

QTEST_GUILESS_MAIN(TestCades)
#include "tst_cades.moc"
