// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterExport.h"
#include "qr/PosterLayout.h"
#include "qr/QrDecoder.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace kopii;

namespace {

const QByteArray kLink = "https://diia.app/acquirers/offer-request/dynamic/4c9a4f0e-7b1d-4d7c-9a55-1f0f1e2d3c4b";

PosterContent sample()
{
    PosterContent c;
    c.organizationName = QStringLiteral("Бучанський ліцей № 1 Бучанської міської ради Київської області");
    c.organizationCodeLabel = QStringLiteral("Код ЄДРПОУ 14360570");
    c.serviceName = QStringLiteral("Зарахування до 1 класу");
    c.branchName = QStringLiteral("Головний корпус");
    c.branchAddress = QStringLiteral("вул. Вокзальна, 1, Буча, Бучанський р-н, Київська обл.");
    c.documents = {QStringLiteral("Свідоцтво про народження"), QStringLiteral("Паспорт громадянина України"),
                   QStringLiteral("РНОКПП (картка платника податків)")};
    c.qrText = kLink;
    c.posterId = QStringLiteral("4F2A-91C0");
    c.date = QDate(2026, 11, 26);
    return c;
}

// The longest names the Diia partner model allows, in Cyrillic.
PosterContent longest()
{
    PosterContent c = sample();
    c.organizationName = QString(QStringLiteral("Комунальний заклад загальної середньої освіти ")).repeated(4).left(250);
    c.serviceName = QStringLiteral("Видача довідки про підтвердження місця проживання або перебування внутрішньо "
                                   "переміщеної особи для отримання допомоги");
    c.branchName = QStringLiteral("Відокремлений підрозділ №12345"); // 30 of 32
    c.branchAddress = QString(QStringLiteral("вулиця Героїв Небесної Сотні, 145-Б, ")).repeated(6).left(200);
    c.documents = {QStringLiteral("Паспорт громадянина України"),          QStringLiteral("Закордонний паспорт"),
                   QStringLiteral("РНОКПП (картка платника податків)"),    QStringLiteral("Свідоцтво про народження"),
                   QStringLiteral("Довідка внутрішньо переміщеної особи"), QStringLiteral("Посвідчення водія")};
    return c;
}

void save(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestPoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVariantScansAndStaysInside_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<bool>("large");
        QTest::addColumn<bool>("longTexts");
        for (auto [paper, name] :
             {std::pair{QPageSize::A4, "A4"}, std::pair{QPageSize::A5, "A5"}, std::pair{QPageSize::A3, "A3"}})
            for (bool landscape : {false, true})
                for (bool large : {false, true})
                    for (bool longTexts : {false, true})
                        QTest::addRow("%s %s%s%s", name, landscape ? "landscape" : "portrait", large ? " large" : "",
                                      longTexts ? " long" : "")
                            << int(paper) << landscape << large << longTexts;
    }
    void everyVariantScansAndStaysInside()
    {
        QFETCH(int, paper);
        QFETCH(bool, landscape);
        QFETCH(bool, large);
        QFETCH(bool, longTexts);
        PosterOptions o;
        o.paper = QPageSize::PageSizeId(paper);
        o.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        o.largePrint = large;
        const auto poster = PosterLayout::make(longTexts ? longest() : sample(), o);
        if (!poster && large && longTexts && paper != QPageSize::A3) {
            // The longest names in large print need A3: refused, saying what would fit.
            QVERIFY2(poster.error().message.contains(QStringLiteral("A3")), qPrintable(poster.error().message));
            return;
        }
        QVERIFY2(poster, qPrintable(poster ? QString() : poster.error().message));

        // Every text box inside the margins, its text inside its box, none over the code.
        const QRectF inside(poster->marginMm() - 0.01, poster->marginMm() - 0.01,
                            poster->pageSizeMm().width() - 2 * poster->marginMm() + 0.02,
                            poster->pageSizeMm().height() - 2 * poster->marginMm() + 0.02);
        QVERIFY(inside.contains(poster->qrRectMm()));
        QVERIFY(poster->moduleMm() >= PosterLayout::kMinModuleMm);
        for (const auto &b : poster->textBoxes()) {
            QVERIFY2(inside.contains(b.rect), qPrintable(b.text));
            QVERIFY2(b.fits, qPrintable(b.text));
            QVERIFY2(!b.rect.intersects(poster->qrRectMm()), qPrintable(b.text));
        }
        if (large) {
            // Large print stays larger than normal print at its full size (4.4 mm on A4).
            const qreal paperScale = std::sqrt(poster->pageSizeMm().width() * poster->pageSizeMm().height() / (210.0 * 297.0));
            for (const auto &b : poster->textBoxes())
                if (poster->content().documents.contains(b.text))
                    QVERIFY2(b.fontMm >= 4.4 * 1.1 * qMin(paperScale, 1.0), qPrintable(QString::number(b.fontMm)));
        }

        for (int dpi : {150, 300}) {
            const QImage image = PosterExport::image(*poster, dpi);
            const auto codes = QrDecoder::decodeImage(image);
            QCOMPARE(codes.size(), 1);
            QCOMPARE(codes.first().bytes, poster->content().qrText);
            if (dpi == 150)
                save(image,
                     QStringLiteral("poster-%1")
                         .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        }
        // The PDF, read back with Poppler.
        const auto pdf = PosterExport::pdf({*poster});
        QVERIFY(pdf);
        const auto fromPdf = QrDecoder::decodeData(*pdf, QStringLiteral("poster.pdf"));
        QVERIFY(fromPdf);
        QCOMPARE(fromPdf->size(), 1);
        QCOMPARE(fromPdf->first().bytes, poster->content().qrText);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*pdf);
        QVERIFY(doc);
        const QString text = doc->page(0)->text(QRectF()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Дія")), qPrintable(text.left(200)));
    }

    void tooSmallModulesAreRefusedWithWhatWouldFit()
    {
        // A long code (as a signed request with its certificates is) on A5 with error correction H:
        // the modules would be under 0.5 mm.
        PosterContent c = sample();
        c.qrText = QByteArray("https://diia.app/acquirers/") + QByteArray(1150, 'a');
        PosterOptions o;
        o.paper = QPageSize::A5;
        o.ecc = QrEcc::H;
        o.largePrint = true;
        const auto refused = PosterLayout::make(c, o);
        QVERIFY(!refused);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("smaller than the 0.5 mm")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("error correction")) || message.contains(QStringLiteral("paper")),
                 qPrintable(message));
        // What it suggests does fit.
        o.paper = QPageSize::A3;
        const auto a3 = PosterLayout::make(c, o);
        if (message.contains(QStringLiteral("paper A3"))) {
            QVERIFY2(a3, qPrintable(a3 ? QString() : a3.error().message));
            QVERIFY(a3->moduleMm() >= PosterLayout::kMinModuleMm);
        }
        o.paper = QPageSize::A5;
        o.ecc = QrEcc::L;
        const auto lower = PosterLayout::make(c, o);
        if (message.contains(QStringLiteral("error correction L")))
            QVERIFY(lower);
    }

    void posterIdAndTextsAreOnThePage()
    {
        const auto poster = PosterLayout::make(sample(), PosterOptions{});
        QVERIFY(poster);
        const auto pdf = PosterExport::pdf({*poster});
        QVERIFY(pdf);
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*pdf);
        const QString text = doc->page(0)->text(QRectF()).simplified();
        for (const QString &expected : {QStringLiteral("Зарахування до 1 класу"), QStringLiteral("Код ЄДРПОУ 14360570"),
                                        QStringLiteral("Свідоцтво про народження"), QStringLiteral("4F2A-91C0"),
                                        QStringLiteral("26.11.2026"), QStringLiteral("Підтвердьте й надішліть")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Vector output: one poster is small.
        QVERIFY2(pdf->size() < 200 * 1024, qPrintable(QString::number(pdf->size())));
    }
};

QTEST_MAIN(TestPoster)
#include "tst_poster.moc"
