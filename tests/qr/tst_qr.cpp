// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DiiaLink.h"
#include "qr/QrDecoder.h"
#include "qr/QrMatrix.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

namespace {

const QByteArray kLink = "https://diia.app/acquirers/offer-request/dynamic/4c9a4f0e-7b1d-4d7c-9a55-1f0f1e2d3c4b";

QImage render(const QrMatrix &m, int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    m.paint(p, QRectF(0, 0, side, side));
    return image;
}

// A phone photo of a worn poster: smaller, turned a little, blurred, with grain and uneven light.
QImage photoLike(const QImage &clean)
{
    QImage canvas(1400, 1100, QImage::Format_RGB32);
    canvas.fill(QColor(205, 200, 190));
    {
        QPainter p(&canvas);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(700, 550);
        p.rotate(7);
        p.scale(0.55, 0.55);
        p.drawImage(-clean.width() / 2, -clean.height() / 2, clean);
    }
    QImage blurred = canvas.scaled(canvas.width() / 3, canvas.height() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .scaled(canvas.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QRandomGenerator rng(42);
    for (int y = 0; y < blurred.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(blurred.scanLine(y));
        for (int x = 0; x < blurred.width(); ++x) {
            const int shade = -int(30.0 * x / blurred.width()) + int(rng.bounded(24)) - 12;
            const QColor c(line[x]);
            line[x] = qRgb(qBound(0, c.red() + shade, 255), qBound(0, c.green() + shade, 255), qBound(0, c.blue() + shade, 255));
        }
    }
    return blurred;
}

} // namespace

class TestQr : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void encodesAndDecodesExactBytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("ecc");
        QTest::newRow("link M") << kLink << int(QrEcc::M);
        QTest::newRow("link H") << kLink << int(QrEcc::H);
        QTest::newRow("deep link L") << QByteArray("diia://acquirers/document-request/123456") << int(QrEcc::L);
        QTest::newRow("utf-8 Q") << QStringLiteral("Бучанський ліцей № 1 — довідка").toUtf8() << int(QrEcc::Q);
        QTest::newRow("base45") << QByteArray("KQR1:6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3") << int(QrEcc::M);
    }
    void encodesAndDecodesExactBytes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, ecc);
        const auto m = QrMatrix::encode(text, QrEcc(ecc));
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
        QCOMPARE(m->size(), 17 + 4 * m->version());
        const auto codes = QrDecoder::decodeImage(render(*m, m->sideWithQuietZone() * 4));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().bytes, text);
    }

    void higherCorrectionMeansMoreModules()
    {
        const int l = QrMatrix::encode(kLink, QrEcc::L)->size();
        const int h = QrMatrix::encode(kLink, QrEcc::H)->size();
        QVERIFY(h > l);
        QrEcc e;
        QVERIFY(qrEccFromName(QStringLiteral("q"), &e) && e == QrEcc::Q);
        QVERIFY(!qrEccFromName(QStringLiteral("X"), &e));
    }

    void refusesWhatCannotBeEncoded()
    {
        const auto empty = QrMatrix::encode(QByteArray(), QrEcc::M);
        QVERIFY(!empty);
        const auto huge = QrMatrix::encode(QByteArray(4000, 'x'), QrEcc::H);
        QVERIFY(!huge);
        QVERIFY2(huge.error().message.contains(QStringLiteral("too long")), qPrintable(huge.error().message));
    }

    void diiaLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("offer-request") << QString::fromLatin1(kLink) << true;
        QTest::newRow("branch offer") << QStringLiteral("https://diia.app/acquirers/branch/offer/offer-request/abc123") << true;
        QTest::newRow("document-request") << QStringLiteral("https://diia.app/acquirers/document-request/42") << true;
        QTest::newRow("deep link") << QStringLiteral("diia://acquirers/offer-request/abc") << true;
        QTest::newRow("spaces trimmed") << QStringLiteral("  https://diia.app/acquirers/x  ") << true;
        QTest::newRow("http") << QStringLiteral("http://diia.app/acquirers/x") << false;
        QTest::newRow("other host") << QStringLiteral("https://diia.app.evil.example/acquirers/x") << false;
        QTest::newRow("userinfo") << QStringLiteral("https://diia.app@evil.example/acquirers/x") << false;
        QTest::newRow("not acquirers") << QStringLiteral("https://diia.app/news") << false;
        QTest::newRow("bare acquirers") << QStringLiteral("https://diia.app/acquirers/") << false;
        QTest::newRow("text") << QStringLiteral("hello") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("inner space") << QStringLiteral("https://diia.app/acquirers/a b") << false;
    }
    void diiaLinks()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto r = DiiaLink::check(text);
        QCOMPARE(bool(r), ok);
        if (ok)
            QCOMPARE(*r, text.trimmed());
        else
            QVERIFY(!r.error().message.isEmpty());
    }

    void decodesFilesOfEveryKind()
    {
        const auto m = QrMatrix::encode(kLink, QrEcc::M);
        QVERIFY(m);
        // PNG
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        QVERIFY(render(*m, 600).save(png));
        auto r = QrDecoder::decodeFile(png);
        QVERIFY(r && r->size() == 1 && r->first().bytes == kLink);
        // JPEG
        const QString jpg = m_dir.filePath(QStringLiteral("code.jpg"));
        QVERIFY(render(*m, 600).save(jpg, "JPEG", 70));
        r = QrDecoder::decodeFile(jpg);
        QVERIFY(r && r->size() == 1 && r->first().bytes == kLink);
        // PDF: the code on the second page, as the portal's download might have it.
        const QString pdf = m_dir.filePath(QStringLiteral("code.pdf"));
        {
            QPdfWriter w(pdf);
            w.setResolution(300);
            QPainter p(&w);
            p.drawText(QPointF(100, 100), QStringLiteral("Сторінка 1"));
            w.newPage();
            m->paint(p, QRectF(300, 300, 1200, 1200));
        }
        r = QrDecoder::decodeFile(pdf);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().bytes, kLink);
        QCOMPARE(r->first().page, 2);
        // SVG
        const QString svg = m_dir.filePath(QStringLiteral("code.svg"));
        {
            QSvgGenerator g;
            g.setFileName(svg);
            g.setSize(QSize(400, 400));
            g.setViewBox(QRect(0, 0, 400, 400));
            QPainter p(&g);
            m->paint(p, QRectF(0, 0, 400, 400));
        }
        r = QrDecoder::decodeFile(svg);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().bytes, kLink);
    }

    void decodesAPhotoOfAPoster()
    {
        const auto m = QrMatrix::encode(kLink, QrEcc::M);
        const QImage photo = photoLike(render(*m, 900));
        if (const QString keep = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !keep.isEmpty())
            photo.save(keep + QStringLiteral("/qr-photo-like.png"));
        const auto codes = QrDecoder::decodeImage(photo);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().bytes, kLink);
    }

    void noCodeAndBadFiles()
    {
        QImage blank(500, 500, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QPainter(&blank).drawText(QPointF(50, 50), QStringLiteral("no code here"));
        const QString png = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(png));
        const auto none = QrDecoder::decodeFile(png);
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        const QString junk = m_dir.filePath(QStringLiteral("junk.png"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an image");
        f.close();
        const auto bad = QrDecoder::decodeFile(junk);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("not an image")));

        const auto missing = QrDecoder::decodeFile(m_dir.filePath(QStringLiteral("missing.png")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);

        const auto brokenPdf = QrDecoder::decodeData(QByteArray("%PDF-1.4 broken"), QStringLiteral("x.pdf"));
        QVERIFY(!brokenPdf);
    }
};

QTEST_MAIN(TestQr)
#include "tst_qr.moc"
