// SPDX-License-Identifier: GPL-3.0-or-later
// The reference citizen app scans posters as the Diia app would: a signed request is shown with
// the organisation, branch and documents; a tampered or untrusted one is refused; a portal link
// needs the destination.
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "QrPosterImage.h"
#include "qr/SignedRequest.h"
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

class TestCitizen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
    static QString signedRequest(int issuedDaysAgo = 0, int validDays = 365)
    {
        return testSignedRequest(QStringLiteral("Головний корпус"), QStringLiteral("вул. Вокзальна, 1, Буча"),
                                 QStringLiteral("kopii@lyceum1.example.org"), QByteArray::fromHex("0102030405060708"),
                                 issuedDaysAgo, validDays);
    }

private Q_SLOTS:
    void signedPosterShowsWhatTheVisitorSees()
    {
        const QString path = poster(QStringLiteral("signed.png"), signedRequest());
        const Run r = citizen({QStringLiteral("scan"), path, QStringLiteral("--trust"), pki(QStringLiteral("chain.pem")),
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("organization")).toString(), QStringLiteral("Бучанський ліцей № 1"));
        QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("вул. Вокзальна, 1, Буча"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("kopii@lyceum1.example.org"));
        QCOMPARE(o.value(QStringLiteral("documents")).toArray().size(), 2);
        QVERIFY(!o.value(QStringLiteral("documents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString()
                     .isEmpty());
        // Without the organisation's CA the request is not trusted.
        const Run untrusted = citizen({QStringLiteral("scan"), path});
        QCOMPARE(untrusted.code, 1);
        QVERIFY2(untrusted.err.contains(QStringLiteral("refused")), qPrintable(untrusted.err));
    }

    // A phone's picture of a printed poster: turned, smaller, on a grey wall, slightly blurred,
    // JPEG-compressed.
    void photoOfAPosterIsRead()
    {
        const QImage flat(poster(QStringLiteral("flat.png"), signedRequest()));
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
        const Run r = citizen({QStringLiteral("scan"), path, QStringLiteral("--trust"), pki(QStringLiteral("chain.pem")),
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("branch")).toString(),
                 QStringLiteral("Головний корпус"));
    }

    void expiredRequestIsRefused()
    {
        const Run r = citizen({QStringLiteral("scan"), poster(QStringLiteral("expired.png"), signedRequest(400, 365)),
                               QStringLiteral("--trust"), pki(QStringLiteral("chain.pem"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")) && r.err.contains(QStringLiteral("expired"), Qt::CaseInsensitive),
                 qPrintable(r.err));
    }

    // Sending: the e-mail as the Diia app drafts it, and what goes wrong said plainly.
    void sendWritesTheDiiaEmail()
    {
        const QString path = poster(QStringLiteral("send.png"), signedRequest());
        const QString eml = m_dir.filePath(QStringLiteral("sent.eml"));
        const QStringList base = {QStringLiteral("send"),    path,
                                  QStringLiteral("--trust"), pki(QStringLiteral("chain.pem")),
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

    void tamperedPosterIsRefused()
    {
        QString text = signedRequest();
        // One character of the Base45 payload changed: the signature no longer holds (or it no
        // longer decodes); either way the visitor is told, nothing is shown.
        const int at = text.size() / 2;
        text[at] = text.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run r = citizen({QStringLiteral("scan"), poster(QStringLiteral("tampered.png"), text), QStringLiteral("--trust"),
                               pki(QStringLiteral("chain.pem"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void portalLinkNeedsTheAddress()
    {
        const QString path =
            poster(QStringLiteral("portal.png"), QStringLiteral("https://diia.app/acquirers/offer-request/abc123"));
        QCOMPARE(citizen({QStringLiteral("scan"), path}).code, 2);
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
