// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli qr and poster as a user runs them: import codes from files and links, print posters.
#include "qr/QrDecoder.h"
#include "CliRun.h"
#include "qr/QrMatrix.h"
#include "PhotoLike.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestCliPosters : public QObject
{
    Q_OBJECT

    using Run = kopii::test::CliRun;

    QTemporaryDir m_dir;
    QString m_ws;
    const QString m_link =
        QStringLiteral("https://diia.app/acquirers/offer-request/dynamic/0b6f0c1e-1111-4a2b-9c3d-5e6f7a8b9c0d");

    Run cli(const QStringList &args) { return kopii::test::runCli(QStringLiteral(KOPII_CLI), m_ws, args, 60000); }

    QString codeImage(const QByteArray &text, const QString &name)
    {
        const auto m = QrMatrix::encode(text, QrEcc::M);
        QImage image(500, 500, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        m->paint(p, QRectF(0, 0, 500, 500));
        p.end();
        const QString path = m_dir.filePath(name);
        image.save(path);
        return path;
    }

    static QStringList where(const QString &service)
    {
        return {QStringLiteral("--branch"), QStringLiteral("Центр"), QStringLiteral("--service"), service};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("org"), QStringLiteral("set"), QStringLiteral("--name"),
                      QStringLiteral("Бучанський ліцей № 1"), QStringLiteral("--edrpou"), QStringLiteral("14360570"),
                      QStringLiteral("--head"), QStringLiteral("Шевченко Тарас Григорович")})
                     .code,
                 0);
        QCOMPARE(cli(kopii::test::centreBranchArgs()).code, 0);
        for (const QString &name : {QStringLiteral("Зарахування до 1 класу"), QStringLiteral("Довідка з місця навчання")})
            QCOMPARE(
                cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"), name, QStringLiteral("--branch"),
                     QStringLiteral("Центр"), QStringLiteral("--document"), QStringLiteral("passport")})
                    .code,
                0);
    }

    void posterNeedsACode()
    {
        const Run r = cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                          + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no Diia code")) && r.err.contains(QStringLiteral("Мої Дія.QR")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void importRefusesWhatIsNotADiiaCode()
    {
        Run r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where(QStringLiteral("1"))
                    + QStringList{codeImage("https://example.com/pay", QStringLiteral("other.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a Diia.QR link")), qPrintable(r.err));

        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(m_dir.filePath(QStringLiteral("blank.png"))));
        r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where(QStringLiteral("1"))
                + QStringList{m_dir.filePath(QStringLiteral("blank.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No QR code was found")), qPrintable(r.err));

        r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where(QStringLiteral("1"))
                + QStringList{QStringLiteral("http://diia.app/acquirers/x")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("https://")));

        r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                            m_link});
        QCOMPARE(r.code, 2); // --service missing
        QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("list"), QStringLiteral("--json")}).out.count(m_link), 0);
    }

    void importFromImageAndLinkThenPrint()
    {
        Run r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where(QStringLiteral("1"))
                    + QStringList{codeImage(m_link.toUtf8(), QStringLiteral("portal.png"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString second = m_link + QStringLiteral("-2");
        r = cli(QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where(QStringLiteral("Довідка з місця навчання"))
                + QStringList{second});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list =
            QJsonDocument::fromJson(cli({QStringLiteral("qr"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(list.size(), 2);
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("text")).toString(),
                     o.value(QStringLiteral("serviceId")).toInt() == 1 ? m_link : second);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("portal"));
        }

        // One poster in each format: the code reads back as exactly the imported link.
        for (const QString &name : {QStringLiteral("one.pdf"), QStringLiteral("one.png"), QStringLiteral("one.svg")}) {
            const QString out = m_dir.filePath(name);
            r = cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                    + QStringList{QStringLiteral("--out"), out, QStringLiteral("--dpi"), QStringLiteral("150")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const auto codes = QrDecoder::decodeFile(out);
            QVERIFY2(codes, qPrintable(name));
            QCOMPARE(codes->size(), 1);
            QCOMPARE(codes->first().text, m_link);
        }
        // kopii-cli qr decode says the same.
        r = cli({QStringLiteral("qr"), QStringLiteral("decode"), m_dir.filePath(QStringLiteral("one.pdf"))});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), m_link);

        // All services of the branch into one PDF, A5 landscape, large print, error correction H.
        const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
        r = cli({QStringLiteral("poster"), QStringLiteral("--branch"), QStringLiteral("Центр"), QStringLiteral("--all"),
                 QStringLiteral("--size"), QStringLiteral("A5"), QStringLiteral("--landscape"), QStringLiteral("--large-print"),
                 QStringLiteral("--ecc"), QStringLiteral("H"), QStringLiteral("--out"), all});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 posters saved")), qPrintable(r.out));
        const auto codes = QrDecoder::decodeFile(all);
        QVERIFY(codes);
        QCOMPARE(codes->size(), 2);
        QCOMPARE(codes->at(0).page, 1);
        QCOMPARE(codes->at(1).page, 2);
        QCOMPARE(QSet<QString>({codes->at(0).text, codes->at(1).text}), QSet<QString>({m_link, second}));
    }

    // Photos of posters on the wall: the current poster, photographed, is current (exit 0); a
    // photo with a stranger's code, or none, is not (exit 1), and each photo is named with its
    // verdict; --json says the same for programs.
    void checkPhotosOfPosters()
    {
        const QString poster = m_dir.filePath(QStringLiteral("wall.png"));
        Run r = cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                    + QStringList{QStringLiteral("--out"), poster, QStringLiteral("--dpi"), QStringLiteral("150")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString current = m_dir.filePath(QStringLiteral("current.jpg"));
        QVERIFY(kopii::test::savePhotoLike(QImage(poster), current));
        r = cli({QStringLiteral("poster"), QStringLiteral("check"), current});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.startsWith(QStringLiteral("current.jpg: current")), qPrintable(r.out));

        const QString foreign = m_dir.filePath(QStringLiteral("foreign.jpg"));
        QVERIFY(kopii::test::savePhotoLike(
            QImage(codeImage("https://diia.app/acquirers/offer-request/0f0e0d0c0b0a0908", QStringLiteral("foreign.png"))),
            foreign));
        QImage wall(800, 600, QImage::Format_RGB32);
        wall.fill(Qt::gray);
        const QString blank = m_dir.filePath(QStringLiteral("blank.jpg"));
        QVERIFY(wall.save(blank));
        r = cli({QStringLiteral("poster"), QStringLiteral("check"), current, foreign, blank, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("current"));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("service")).toString(), QStringLiteral("Зарахування до 1 класу"));
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("unknown"));
        QCOMPARE(findings.at(2).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("no-code"));
        r = cli({QStringLiteral("poster"), QStringLiteral("check"), foreign});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("NOT OURS")) && r.out.contains(QStringLiteral("take it down")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("poster"), QStringLiteral("check")}).code, 2);
    }

    void badPosterOptions()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        QCOMPARE(cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                     + QStringList{QStringLiteral("--size"), QStringLiteral("A2"), QStringLiteral("--out"), out})
                     .code,
                 2);
        QCOMPARE(cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                     + QStringList{QStringLiteral("--ecc"), QStringLiteral("X"), QStringLiteral("--out"), out})
                     .code,
                 2);
        QCOMPARE(cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))).code, 2);
        const Run wrongExt = cli(QStringList{QStringLiteral("poster")} + where(QStringLiteral("1"))
                                 + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("poster.docx"))});
        QCOMPARE(wrongExt.code, 1);
        QVERIFY(wrongExt.err.contains(QStringLiteral(".pdf, .png or .svg")));
        const Run several = cli({QStringLiteral("poster"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                                 QStringLiteral("--all"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("all.png"))});
        QCOMPARE(several.code, 1);
        QVERIFY(several.err.contains(QStringLiteral("one poster")));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestCliPosters)
#include "tst_cli_posters.moc"
