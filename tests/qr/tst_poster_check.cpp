// SPDX-License-Identifier: GPL-3.0-or-later
// Photos of posters on the wall, checked against the office's codes (issue #22): a phone's JPEG of
// the current poster (turned, at an angle, unevenly lit) is current, for its service and branch; a
// poster whose code was replaced since is the office's but replaced; another office's poster, a
// sticker pasted over the code, and a non-Diia code are not the office's; a photo without a code
// or a file that is no picture says so. The workspace is a real one on disk.
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/OrganizationSql.h"
#include "core/Workspace.h"
#include "qr/PosterCheck.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "PhotoLike.h"
#include "TestUtil.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {
const QString kFirst = QStringLiteral("https://diia.app/acquirers/offer-request/1a2b3c4d5e6f7081");
const QString kSecond = QStringLiteral("https://diia.app/acquirers/offer-request/92a3b4c5d6e7f809");
const QString kForeign = QStringLiteral("https://diia.app/acquirers/offer-request/ffffeeeeddddcccc");
} // namespace

class TestPosterCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<AccessGuard> m_guard;
    RecordId m_service = 0;
    RecordId m_branch = 0;

    // The poster as Kopii prints it for the pair now, at 150 dpi.
    QImage currentPoster()
    {
        const auto content = PosterSource::content(*m_guard, m_service, m_branch, QDate(2026, 12, 4));
        if (!content)
            qFatal("%s", qPrintable(content.error().message));
        const auto layout = PosterLayout::make(*content, PosterOptions{});
        if (!layout)
            qFatal("%s", qPrintable(layout.error().message));
        return PosterExport::image(*layout, 150);
    }
    QString photo(const QString &name, const QImage &poster, const PhotoSetup &setup = {})
    {
        const QString path = m_dir.filePath(name);
        if (!savePhotoLike(poster, path, setup))
            qFatal("cannot save %s", qPrintable(path));
        if (const QString shots = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !shots.isEmpty())
            QImage(path)
                .scaledToWidth(1200, Qt::SmoothTransformation)
                .save(shots + QLatin1Char('/') + QStringLiteral("poster-photo-") + QFileInfo(name).completeBaseName()
                      + QStringLiteral(".png"));
        return path;
    }
    void import(const QString &link)
    {
        PosterCode code;
        code.serviceId = m_service;
        code.branchId = m_branch;
        code.text = link;
        code.source = QStringLiteral("pasted");
        QVERIFY(OrganizationRules(*m_guard).setPosterCode(code));
    }
    QList<PosterFinding> check(const QString &path) { return PosterCheck::checkFile(m_ws->session(), path); }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        m_ws = std::move(ws).value();
        m_guard = std::make_unique<AccessGuard>(m_ws->session(), QStringLiteral("test"));
        QVERIFY(OrganizationRules(*m_guard).setOrganization(validOrganization()));
        const auto branch = OrganizationRules(*m_guard).addBranch(validBranch(QStringLiteral("Головний корпус")));
        QVERIFY(branch);
        m_branch = *branch;
        Service s;
        s.name = QStringLiteral("Зарахування до 1 класу");
        s.branchIds = {m_branch};
        s.documentKinds = {QStringLiteral("birth-certificate"), QStringLiteral("passport")};
        const auto service = OrganizationRules(*m_guard).addService(s);
        QVERIFY(service);
        m_service = *service;
        import(kFirst);
    }

    // The current poster, photographed as phones do: the code is current, for its service there.
    void currentPosterPhotographedAnyWay_data()
    {
        QTest::addColumn<PhotoSetup>("setup");
        QTest::newRow("upright, at an angle, shaded") << PhotoSetup{};
        QTest::newRow("phone sideways") << PhotoSetup{-4, 1, 0.05, 0.3, 10, 70, {2400, 1800}};
        QTest::newRow("upside down, strong angle") << PhotoSetup{3, 2, 0.12, 0.35, 8, 75, {2400, 1800}};
        QTest::newRow("dim side, low JPEG") << PhotoSetup{8, 0, 0.06, 0.6, 14, 45, {2400, 1800}};
        QTest::newRow("small 2 MP camera") << PhotoSetup{5, 3, 0.05, 0.3, 8, 70, {1600, 1200}};
    }
    void currentPosterPhotographedAnyWay()
    {
        QFETCH(PhotoSetup, setup);
        const QString name = QStringLiteral("current-%1.jpg")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))
                                 .remove(QLatin1Char(','));
        const QString path = photo(name, currentPoster(), setup);
        const auto findings = check(path);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Current);
        QCOMPARE(findings.first().code, kFirst);
        QCOMPARE(findings.first().serviceName, QStringLiteral("Зарахування до 1 класу"));
        QCOMPARE(findings.first().branchName, QStringLiteral("Головний корпус"));
        QVERIFY(PosterCheck::allCurrent(findings));
    }

    // The code replaced on the portal and imported: the old poster is the office's, replaced; the
    // new one is current. Removing the code leaves the poster replaced, with "take it down".
    void replacedCodeIsTheOfficesButReplaced()
    {
        const QString old = photo(QStringLiteral("old.jpg"), currentPoster());
        import(kSecond);
        const QString fresh = photo(QStringLiteral("new.jpg"), currentPoster());
        auto findings = check(old);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Replaced);
        QCOMPARE(findings.first().serviceName, QStringLiteral("Зарахування до 1 класу"));
        QVERIFY2(findings.first().advice.contains(QStringLiteral("Print the current poster")),
                 qPrintable(findings.first().advice));
        QVERIFY(!PosterCheck::allCurrent(findings));
        QCOMPARE(check(fresh).first().verdict, PosterFinding::Verdict::Current);

        QVERIFY(OrganizationRules(*m_guard).removePosterCode(m_service, m_branch));
        findings = check(fresh);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Replaced);
        QVERIFY2(findings.first().advice.contains(QStringLiteral("take the poster down")), qPrintable(findings.first().advice));
        import(kSecond);
        QCOMPARE(check(fresh).first().verdict, PosterFinding::Verdict::Current);
    }

    // Not the office's: another office's Diia poster; a sticker pasted over the code of the
    // office's own poster; a code that is not Diia's at all.
    void foreignCodesAreNotTheOffices()
    {
        PosterContent other;
        other.organizationName = QStringLiteral("Інший заклад");
        other.serviceName = QStringLiteral("Зарахування до 1 класу");
        other.branchName = QStringLiteral("Інший корпус");
        other.qrText = kForeign.toUtf8();
        other.date = QDate(2026, 12, 4);
        const auto layout = PosterLayout::make(other, PosterOptions{});
        QVERIFY(layout);
        auto findings = check(photo(QStringLiteral("foreign.jpg"), PosterExport::image(*layout, 150)));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Unknown);
        QVERIFY(findings.first().summary.contains(QStringLiteral("Diia code that is not this office's")));
        QVERIFY(findings.first().advice.contains(QStringLiteral("take it down")));

        // The sticker: a fraudster's code printed over the office's, a little off square.
        QImage poster = currentPoster();
        const auto content = PosterSource::content(*m_guard, m_service, m_branch, QDate(2026, 12, 4));
        const auto ours = PosterLayout::make(*content, PosterOptions{});
        QVERIFY(ours);
        const qreal pxPerMm = 150 / 25.4;
        const QRectF qr(ours->qrRectMm().topLeft() * pxPerMm, ours->qrRectMm().size() * pxPerMm);
        {
            QPainter p(&poster);
            p.translate(qr.center());
            p.rotate(2);
            const QRectF sticker(-qr.width() * 0.52, -qr.height() * 0.52, qr.width() * 1.04, qr.height() * 1.04);
            p.fillRect(sticker, Qt::white);
            QrMatrix::encode(kForeign.toUtf8(), QrEcc::M)->paint(p, sticker);
        }
        findings = check(photo(QStringLiteral("sticker.jpg"), poster));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Unknown);
        QCOMPARE(findings.first().code, kForeign);

        QImage plain(1240, 1754, QImage::Format_RGB32);
        plain.fill(Qt::white);
        {
            QPainter p(&plain);
            QrMatrix::encode("https://example.com/pay", QrEcc::M)->paint(p, QRectF(200, 400, 840, 840));
        }
        findings = check(photo(QStringLiteral("other-code.jpg"), plain));
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Unknown);
        QVERIFY(findings.first().summary.contains(QStringLiteral("not a Diia code")));
    }

    // Two posters in one photo: each code judged.
    void everyCodeInAPhotoIsJudged()
    {
        const auto findings = PosterCheck::judge(m_ws->session(), QStringLiteral("wall.jpg"), {kSecond, kForeign, kFirst});
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).verdict, PosterFinding::Verdict::Current);
        QCOMPARE(findings.at(1).verdict, PosterFinding::Verdict::Unknown);
        QCOMPARE(findings.at(2).verdict, PosterFinding::Verdict::Replaced);
        QVERIFY(!PosterCheck::allCurrent(findings));
        QVERIFY(PosterCheck::allCurrent(PosterCheck::judge(m_ws->session(), QStringLiteral("a.jpg"), {kSecond})));
    }

    void noCodeAndNoPictureSaySo()
    {
        QImage wall(1200, 900, QImage::Format_RGB32);
        wall.fill(QColor(126, 120, 108));
        auto findings = check(photo(QStringLiteral("wall.jpg"), wall));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::NoCode);
        QVERIFY(findings.first().advice.contains(QStringLiteral("closer")));
        QVERIFY(!PosterCheck::allCurrent(findings));
        const QString notAPicture = m_dir.filePath(QStringLiteral("notes.jpg"));
        QFile f(notAPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not pixels");
        f.close();
        findings = check(notAPicture);
        QCOMPARE(findings.first().verdict, PosterFinding::Verdict::Unreadable);
        QVERIFY(!findings.first().summary.isEmpty());
        QCOMPARE(check(m_dir.filePath(QStringLiteral("missing.jpg"))).first().verdict, PosterFinding::Verdict::Unreadable);
        QVERIFY(!PosterCheck::allCurrent({}));
    }

    // A workspace of an earlier version: the codes kept before the history began are in it (the
    // migration copied them), so their posters are recognised too.
    void codesKeptBeforeTheHistoryCount()
    {
        const auto kept = OrganizationSql(m_ws->session()).keptPosterCodes();
        QVERIFY(kept);
        QStringList texts;
        for (const KeptPosterCode &k : *kept)
            texts << k.text;
        QCOMPARE(texts, (QStringList{kFirst, kSecond, kSecond}));
        QCOMPARE(kept->first().serviceName, QStringLiteral("Зарахування до 1 класу"));
        QCOMPARE(kept->first().branchName, QStringLiteral("Головний корпус"));
    }
};

QTEST_MAIN(TestPosterCheck)
#include "tst_poster_check.moc"
