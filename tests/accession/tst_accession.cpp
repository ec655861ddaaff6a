// SPDX-License-Identifier: GPL-3.0-or-later
#include "accession/Accession.h"
#include "accession/AccessionApplication.h"
#include "CryptoFixture.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"

#include <QGuiApplication>
#include <QProcess>

using namespace kopii;
using namespace kopii::test;

class TestAccession : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Signer> open(const QString &name)
    {
        auto s = KeyFile::open(pki(name + QStringLiteral(".p12")), Secret(QByteArray(kPkiPassword)));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(s).value();
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // The text of a PDF as pdftotext (Poppler) reads it.
    static QString pdfText(const QByteArray &pdf)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.pdf"));
        if (!write(path, pdf))
            return {};
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    // A workspace that trusts the test PKI, claimed by the manager's first login, with a branch.
    struct Claimed
    {
        CryptoWorkspace w;
        std::unique_ptr<AccessGuard> guard;
        Identity identity;
        bool setUp(const QString &who = QStringLiteral("manager"))
        {
            if (!w.open() || !w.trustTestPkiWithCrl())
                return false;
            auto signer = open(who);
            const auto id = Login(w.session(), *w.trust).login(*signer);
            if (!id)
                return false;
            identity = *id;
            guard = std::make_unique<AccessGuard>(w.session(), QStringLiteral("test"));
            guard->setSession(id->role, id->rnokpp);
            Branch b;
            b.name = QStringLiteral("Головний корпус");
            b.email = QStringLiteral("kopii@lyceum1.example.org");
            b.region = QStringLiteral("Київська");
            b.district = QStringLiteral("Бучанський");
            b.location = QStringLiteral("Буча");
            b.street = QStringLiteral("вул. Вокзальна");
            b.house = QStringLiteral("1");
            return bool(OrganizationRules(*guard).addBranch(b));
        }
    };

private Q_SLOTS:
    void rendersAUkrainianPdfWhateverTheUiLanguage()
    {
        Claimed c;
        QVERIFY(c.setUp());
        auto signer = open(QStringLiteral("manager"));
        const auto data = Accession::collect(*c.guard, signer->certificate(), QDate(2026, 11, 26));
        QVERIFY2(data, qPrintable(data ? QString() : data.error().message));
        const auto pdf = AccessionApplication::renderPdf(*data);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        // KOPII_SCREENSHOT_DIR keeps the PDF for a person to look at.
        if (const QString keep = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !keep.isEmpty())
            write(keep + QStringLiteral("/accession-application.pdf"), *pdf);
        const QString text = pdfText(*pdf);
        // The tests run the UI in English (KOPII_LANG=en); the document is still Ukrainian.
        QVERIFY2(text.contains(QStringLiteral("ЗАЯВА")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("про приєднання до сервісу «Дія.QR»")));
        QVERIFY(text.contains(QStringLiteral("Бучанський ліцей № 1")));
        QVERIFY(text.contains(QStringLiteral("14360570")));
        QVERIFY(text.contains(QStringLiteral("3012345670")));
        // Table cells may wrap a long address: compare without white space.
        QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("kopii@lyceum1.example.org")));
        QVERIFY(text.contains(QStringLiteral("26.11.2026")));
        QVERIFY(text.contains(QStringLiteral("Про захист персональних даних")));
        QCOMPARE(AccessionApplication::fileName(QDate(2026, 11, 26)), QStringLiteral("Заява про приєднання 2026-11-26.pdf"));
    }

    void valuesAreEscaped()
    {
        AccessionData d;
        d.organization.name = QStringLiteral("<b>Школа</b> & Ко");
        d.organization.code = QStringLiteral("14360570");
        d.signerName = QStringLiteral("Тест");
        d.signerRnokpp = QStringLiteral("3012345670");
        d.date = QDate(2026, 11, 26);
        const QString html = AccessionApplication::html(d);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Школа&lt;/b&gt; &amp; Ко")));
        QVERIFY(!html.contains(QStringLiteral("<b>Школа")));
    }

    void incompleteDataIsRefusedWithTheReason()
    {
        AccessionData d;
        d.date = QDate(2026, 11, 26);
        const auto noOrg = AccessionApplication::renderPdf(d);
        QVERIFY(!noOrg);
        QVERIFY(noOrg.error().message.contains(QLatin1String("Organisation page")));
        d.organization.name = QStringLiteral("X");
        d.organization.code = QStringLiteral("14360570");
        const auto noSigner = AccessionApplication::renderPdf(d);
        QVERIFY(!noSigner);
        QVERIFY(noSigner.error().message.contains(QLatin1String("RNOKPP")));

        // An empty workspace has no organisation to apply for.
        CryptoWorkspace w;
        QVERIFY(w.open());
        AccessGuard guard(w.session(), QStringLiteral("test"));
        auto signer = open(QStringLiteral("manager"));
        const auto data = Accession::collect(guard, signer->certificate(), QDate(2026, 11, 26));
        QVERIFY(!data);
        QCOMPARE(data.error().code, Error::Code::NotFound);
    }

    void signedByTheManagerKeptAndAcceptedByOpenssl()
    {
        Claimed c;
        QVERIFY(c.setUp());
        auto signer = open(QStringLiteral("manager"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto data = Accession::collect(*c.guard, signer->certificate(), now.date());
        QVERIFY(data);
        const auto doc = Accession::renderAndSign(*data, *signer, now);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QCOMPARE(doc->signerRnokpp, QStringLiteral("3012345670"));
        const auto id = Accession::keep(*c.guard, *c.w.trust, *doc, now);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

        const auto kept = OrganizationRules(*c.guard).latestSignedDocument(QString::fromLatin1(kAccessionApplication));
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->pdf, doc->pdf);
        QCOMPARE((*kept)->signature, doc->signature);
        QCOMPARE((*kept)->signedAt, doc->signedAt);
        const auto check = Accession::verify(**kept, *c.w.trust, now);
        QVERIFY(check && check->valid());
        QCOMPARE(check->signingTime, doc->signedAt);
        QVERIFY(Accession::summary(**kept, check).startsWith(QLatin1String("Signature valid")));

        // openssl cms -verify -cades accepts the detached .p7s over the PDF.
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a.pdf")), doc->pdf));
        QVERIFY(write(dir.filePath(QStringLiteral("a.pdf.p7s")), doc->signature));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                 dir.filePath(QStringLiteral("a.pdf.p7s")), QStringLiteral("-content"), dir.filePath(QStringLiteral("a.pdf")),
                 QStringLiteral("-CAfile"), pki(QStringLiteral("chain.pem")), QStringLiteral("-purpose"), QStringLiteral("any"),
                 QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        // A later change of the kept PDF is caught when the page shows it.
        SignedDocument changed = **kept;
        changed.pdf[changed.pdf.size() / 2] = char(changed.pdf.at(changed.pdf.size() / 2) ^ 1);
        const auto bad = Accession::verify(changed, *c.w.trust, now);
        QVERIFY(bad && !bad->valid());
        QVERIFY(Accession::summary(changed, bad).startsWith(QLatin1String("Signature NOT valid")));
    }

    void whatCannotBeConfirmedIsNotKept()
    {
        Claimed c;
        QVERIFY(c.setUp());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto manager = open(QStringLiteral("manager"));
        const auto data = Accession::collect(*c.guard, manager->certificate(), now.date());
        QVERIFY(data);
        const auto doc = Accession::renderAndSign(*data, *manager, now);
        QVERIFY(doc);
        const QString kind = QString::fromLatin1(kAccessionApplication);

        // Changed between signing and keeping.
        SignedDocument changed = *doc;
        changed.pdf.append(' ');
        const auto r1 = Accession::keep(*c.guard, *c.w.trust, changed, now);
        QVERIFY(!r1);
        QVERIFY2(r1.error().message.contains(QLatin1String("not kept")), qPrintable(r1.error().message));

        // Signed by someone who is not a manager of this workspace (the ФОП's certificate is trusted,
        // but the person is not an employee here).
        auto stranger = open(QStringLiteral("fop"));
        const auto other = Accession::renderAndSign(*data, *stranger, now);
        QVERIFY(other);
        const auto r2 = Accession::keep(*c.guard, *c.w.trust, *other, now);
        QVERIFY(!r2);
        QCOMPARE(r2.error().code, Error::Code::Denied);

        // A clerk's session may not keep it even with a manager's signature.
        c.guard->setSession(Role::Clerk, QStringLiteral("clerk"));
        const auto r3 = Accession::keep(*c.guard, *c.w.trust, *doc, now);
        QVERIFY(!r3);
        QCOMPARE(r3.error().code, Error::Code::Denied);

        // A workspace that no longer trusts the issuer.
        CryptoWorkspace bare;
        QVERIFY(bare.open());
        c.guard->setSession(Role::Manager, QStringLiteral("manager"));
        const auto r4 = Accession::keep(*c.guard, *bare.trust, *doc, now);
        QVERIFY(!r4);
        QCOMPARE(r4.error().code, Error::Code::Validation);

        QVERIFY(OrganizationRules(*c.guard).signedDocuments(kind)->isEmpty());
    }
};

QTEST_MAIN(TestAccession)
#include "tst_accession.moc"
