// SPDX-License-Identifier: GPL-3.0-or-later
// The reference citizen app scans posters as the Diia app would: a Diia link is resolved through
// the organisation's codes (the stand-in for Diia's backend) and shown with the organisation,
// branch and documents; anything else, Kopii's earlier signed requests included, is refused.
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "QrPosterImage.h"
#include "TestSignedRequest.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>

using namespace kopii;
using namespace kopii::test;

namespace {
const QString kLink = QStringLiteral("https://diia.app/acquirers/offer-request/4f2a91c0b1d2e3f4");
}

class TestCitizen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_codes; // the organisation's codes, as kopii-cli qr list --json exports them

    QString poster(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        if (!saveQrPoster(text, path))
            qFatal("no poster for %s", qPrintable(name));
        return path;
    }
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    static Run citizen(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(KOPII_CITIZEN), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonArray codes{QJsonObject{{QStringLiteral("service"), QStringLiteral("Зарахування до 1 класу")},
                                           {QStringLiteral("branch"), QStringLiteral("Головний корпус")},
                                           {QStringLiteral("organization"), QStringLiteral("Бучанський ліцей № 1")},
                                           {QStringLiteral("organizationCode"), QStringLiteral("14360570")},
                                           {QStringLiteral("address"), QStringLiteral("вул. Вокзальна, 1, Буча")},
                                           {QStringLiteral("email"), QStringLiteral("kopii@lyceum1.example.org")},
                                           {QStringLiteral("documents"),
                                            QJsonArray{QStringLiteral("birth-certificate"), QStringLiteral("passport")}},
                                           {QStringLiteral("kind"), QStringLiteral("portal")},
                                           {QStringLiteral("text"), kLink}},
                               QJsonObject{{QStringLiteral("service"), QStringLiteral("Довідка")},
                                           {QStringLiteral("branch"), QStringLiteral("Головний корпус")},
                                           {QStringLiteral("documents"), QJsonArray{QStringLiteral("passport")}}}};
        m_codes = m_dir.filePath(QStringLiteral("codes.json"));
        QFile f(m_codes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(codes).toJson());
    }

    void diiaPosterShowsWhatTheVisitorSees()
    {
        const QString path = poster(QStringLiteral("portal.png"), kLink);
        const Run r = citizen({QStringLiteral("scan"), path, QStringLiteral("--codes"), m_codes, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("portal-link"));
        QCOMPARE(o.value(QStringLiteral("organization")).toString(), QStringLiteral("Бучанський ліцей № 1"));
        QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("вул. Вокзальна, 1, Буча"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("kopii@lyceum1.example.org"));
        QCOMPARE(o.value(QStringLiteral("documents")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("documents")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Свідоцтво про народження дитини"));
        // A link Diia does not know (another office's, or one replaced since): refused.
        const Run unknown = citizen(
            {QStringLiteral("scan"),
             poster(QStringLiteral("unknown.png"), QStringLiteral("https://diia.app/acquirers/offer-request/0000000000000000")),
             QStringLiteral("--codes"), m_codes});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("knows no offer")), qPrintable(unknown.err));
    }

    // Kopii's earlier signed requests: a valid one, made with the test PKI, is still no code the
    // Diia app opens.
    void signedRequestIsRefusedAsDiiaRefusesIt()
    {
        const QString text =
            testSignedRequest(QStringLiteral("Головний корпус"), QStringLiteral("вул. Вокзальна, 1, Буча"),
                              QStringLiteral("kopii@lyceum1.example.org"), QByteArray::fromHex("0102030405060708"));
        const Run r = citizen({QStringLiteral("scan"), poster(QStringLiteral("signed.png"), text), QStringLiteral("--codes"),
                               m_codes, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot open")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A phone's picture of a printed poster: turned, smaller, on a grey wall, slightly blurred,
    // JPEG-compressed.
    void photoOfAPosterIsRead()
    {
        const QImage flat(poster(QStringLiteral("flat.png"), kLink));
        QImage photo(3200, 2400, QImage::Format_RGB32);
        photo.fill(QColor(120, 118, 110));
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(1600, 1200);
        p.rotate(4);
        p.shear(0.015, 0.01);
        p.drawImage(QRectF(-1000, -1000, 2000, 2000), flat);
        p.end();
        photo = photo.scaled(2400, 1800, Qt::IgnoreAspectRatio, Qt::SmoothTransformation); // a 4 MP camera
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(photo.save(path, "JPEG", 85));
        const Run r = citizen({QStringLiteral("scan"), path, QStringLiteral("--codes"), m_codes, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("branch")).toString(),
                 QStringLiteral("Головний корпус"));
    }

    // Sending: the e-mail as the Diia app drafts it, and what goes wrong said plainly.
    void sendWritesTheDiiaEmail()
    {
        const QString path = poster(QStringLiteral("send.png"), kLink);
        const QString eml = m_dir.filePath(QStringLiteral("sent.eml"));
        const QStringList base = {QStringLiteral("send"),    path,
                                  QStringLiteral("--codes"), m_codes,
                                  QStringLiteral("--key"),   pki(QStringLiteral("citizen.p12"))};
        Run r = citizen(
            base + QStringList{QStringLiteral("--password"), QString::fromLatin1(kPkiPassword), QStringLiteral("--eml"), eml});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(eml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.contains("Content-Type: multipart/mixed"));
        QVERIFY(raw.contains("filename*0*=utf-8''"));
        QCOMPARE(raw.count("application/pkcs7-signature"), 2);
        QCOMPARE(raw.count("application/pdf"), 2);
        // A wrong password, a mail server that is not there, neither --smtp nor --eml.
        r = citizen(base + QStringList{QStringLiteral("--password"), QStringLiteral("wrong"), QStringLiteral("--eml"), eml});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(r.err));
        r = citizen(base
                    + QStringList{QStringLiteral("--password"), QString::fromLatin1(kPkiPassword), QStringLiteral("--smtp"),
                                  QStringLiteral("127.0.0.1:1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot connect")), qPrintable(r.err));
        QCOMPARE(citizen(base + QStringList{QStringLiteral("--password"), QString::fromLatin1(kPkiPassword)}).code, 2);
    }

    void portalLinkNeedsTheAddress()
    {
        const QString path =
            poster(QStringLiteral("portal.png"), QStringLiteral("https://diia.app/acquirers/offer-request/abc123"));
        QCOMPARE(citizen({QStringLiteral("scan"), path}).code, 2);
        QCOMPARE(
            citizen({QStringLiteral("scan"), path, QStringLiteral("--codes"), m_dir.filePath(QStringLiteral("none.json"))}).code,
            2);
        const Run r = citizen({QStringLiteral("scan"), path, QStringLiteral("--to"), QStringLiteral("centr@example.com"),
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("to")).toString(),
                 QStringLiteral("centr@example.com"));
        // Something else entirely, and a file with no code at all.
        QCOMPARE(
            citizen({QStringLiteral("scan"), poster(QStringLiteral("other.png"), QStringLiteral("https://example.com/"))}).code,
            1);
        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        blank.save(m_dir.filePath(QStringLiteral("blank.png")));
        QCOMPARE(citizen({QStringLiteral("scan"), m_dir.filePath(QStringLiteral("blank.png"))}).code, 1);
        QCOMPARE(citizen({QStringLiteral("scan"), m_dir.filePath(QStringLiteral("missing.png"))}).code, 2);
    }
};

QTEST_MAIN(TestCitizen)
#include "tst_citizen.moc"
