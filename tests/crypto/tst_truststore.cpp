#include "CryptoFixture.h"
#include "TrustedList.h"

using namespace kopii;
using namespace kopii::test;

class TestTrustStore : public QObject
{
    Q_OBJECT

    static Certificate load(const QString &path) { return Certificate::loadFile(path)->first(); }
    const QDateTime now = QDateTime::currentDateTimeUtc();

private Q_SLOTS:
    void bundledRootIsAnAnchor()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const auto certs = w.trust->certificates();
        QCOMPARE(certs.size(), 1);
        QVERIFY(certs.first().bundled);
        QVERIFY(certs.first().anchor);
        QCOMPARE(certs.first().certificate.info().holderName(), QStringLiteral("Центральний засвідчувальний орган"));
        const Status removed = w.trust->remove(certs.first().certificate.sha256());
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, Error::Code::Conflict);
    }

    void noIssuerSaysWhichOneIsMissing()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const ChainResult r = w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now);
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::NoIssuer);
        QVERIFY2(r.reason.contains(QStringLiteral("Тестовий КНЕДП Kopii")), qPrintable(r.reason));
        QCOMPARE(r.path.size(), 1);
    }

    void importThenTrusted()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const QString before = w.trust->version();
        const auto report = w.trust->importFile(pki(QStringLiteral("chain.p7b")), now);
        QVERIFY(report);
        QCOMPARE(report->added.size(), 2);
        QCOMPARE(report->present.size(), 0);
        QVERIFY(w.trust->version() != before);
        const auto again = w.trust->importFile(pki(QStringLiteral("chain.pem")), now);
        QVERIFY(again);
        QCOMPARE(again->added.size(), 0);
        QCOMPARE(again->present.size(), 2);

        const ChainResult r = w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now);
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QCOMPARE(r.path.size(), 3);
        QCOMPARE(r.path.at(1).info().holderName(), QStringLiteral("Тестовий КНЕДП Kopii"));
        QCOMPARE(r.path.at(2).info().holderName(), QStringLiteral("Тестовий ЦЗО Kopii"));
        QVERIFY(!r.revocationChecked);

        // Survives a reopen of the store.
        TrustStore other(w.store());
        QVERIFY(other.load());
        QVERIFY(other.buildChain(load(pki(QStringLiteral("clerk.crt"))), {}, now).trusted);
    }

    void intermediateAloneIsNotAnAnchor()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca.crt")), now));
        const ChainResult r = w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now);
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::NoIssuer);
        QVERIFY(r.reason.contains(QStringLiteral("Тестовий ЦЗО Kopii")));
    }

    void personalCertificateIsRefused()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const auto r = w.trust->importFile(pki(QStringLiteral("manager.crt")), now);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("personal certificate")));
        QCOMPARE(w.trust->certificates().size(), 1);
    }

    void garbageIsRefused()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const auto r = w.trust->importData(QByteArray("not a certificate"), QStringLiteral("x.txt"), now);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("Neither a certificate nor a CRL")));
        QVERIFY(!w.trust->importFile(QStringLiteral("/nonexistent.p7b"), now));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "expired" << int(ChainResult::Problem::Expired) << "expired on";
        QTest::newRow("not yet valid") << "notyet" << int(ChainResult::Problem::NotYetValid) << "valid only from";
        QTest::newRow("rogue root") << "untrusted" << int(ChainResult::Problem::UntrustedRoot) << "not trusted";
    }

    void problems()
    {
        QFETCH(QString, name);
        QFETCH(int, problem);
        QFETCH(QString, words);
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPki());
        const QList<Certificate> extra = {load(pki(QStringLiteral("rogue-root.crt")))};
        const ChainResult r = w.trust->buildChain(load(pki(name + QStringLiteral(".crt"))), extra, now);
        QVERIFY(!r.trusted);
        QCOMPARE(int(r.problem), problem);
        QVERIFY2(r.reason.contains(words), qPrintable(r.reason));
    }

    void revokedByImportedCrl()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPki());
        QVERIFY(w.trust->buildChain(load(pki(QStringLiteral("revoked.crt"))), {}, now).trusted); // no CRL yet
        const auto report = w.trust->importFile(pki(QStringLiteral("ca.crl")), now);
        QVERIFY(report);
        QCOMPARE(w.trust->crlCount(), 1);
        const ChainResult revoked = w.trust->buildChain(load(pki(QStringLiteral("revoked.crt"))), {}, now);
        QVERIFY(!revoked.trusted);
        QCOMPARE(revoked.problem, ChainResult::Problem::Revoked);
        QVERIFY(revoked.reason.contains(QStringLiteral("revoked")));
        const ChainResult good = w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now);
        QVERIFY2(good.trusted, qPrintable(good.reason));
        QVERIFY(good.revocationChecked);
    }

    // A trusted list (TL-UA-DSTU.xml shape): the granted qualified CAs are imported; its OCSP and
    // TSP services' certificates are not authorities, a withdrawn CA is left out; a broken or
    // foreign XML file is refused with the reason.
    void trustedListImportsItsQualifiedCas()
    {
        const QString path = sourcePath(QStringLiteral("tests/data/TL-UA-test.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const auto list = TrustedList::parse(xml);
        QVERIFY(list);
        QCOMPARE(list->territory, QStringLiteral("UA"));
        QCOMPARE(list->services.size(), 4);
        QCOMPARE(list->services.first().provider, QStringLiteral("Дія (тестовий список)"));
        QCOMPARE(list->services.first().name, QStringLiteral("КНЕДП «Дія»"));
        QVERIFY(list->services.first().isQualifiedCa());
        QCOMPARE(list->services.at(1).supplyPoints, QStringList{QStringLiteral("http://ca.diia.gov.ua/services/ocsp/")});
        QVERIFY(!list->services.at(3).isQualifiedCa()); // withdrawn

        CryptoWorkspace w;
        QVERIFY(w.open());
        const int before = int(w.trust->certificates().size());
        const auto report = w.trust->importFile(path, now);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->added.size(), 1);
        QVERIFY(report->added.first().contains(QStringLiteral("Дія")));
        QCOMPARE(int(w.trust->certificates().size()), before + 1);
        // The Diia chain now holds through the list's CA.
        const ChainResult r = w.trust->buildChain(load(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer"))), {},
                                                  QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(r.trusted, qPrintable(r.reason));

        QByteArray broken = xml;
        broken.replace("</TSPServices>", "</TSPService>");
        const auto bad = w.trust->importData(broken, QStringLiteral("broken.xml"), now);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("line")), qPrintable(bad.error().message));
        QVERIFY(!w.trust->importData("<?xml version=\"1.0\"?><TrustServiceStatusList/>", QStringLiteral("empty.xml"), now));
        QVERIFY(!TrustedList::parse("<?xml version=\"1.0\"?><html/>"));
    }

    // The real Diia chain: DSTU 4145 signatures checked by Kopii itself, link by link to the
    // bundled ЦЗО root; the validity of each certificate at the time asked for.
    void realDstuChainIsChecked()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trust->importFile(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")), now));
        const Certificate leaf = load(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer")));
        ChainResult r = w.trust->buildChain(leaf, {}, QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(r.path.size(), 3);
        QCOMPARE(r.path.last().info().holderName(), QStringLiteral("Центральний засвідчувальний орган"));
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QVERIFY(!r.revocationChecked); // DSTU CRLs and OCSP answers are not read yet: never claimed
        // After the signer's certificate ended, and before it began.
        r = w.trust->buildChain(leaf, {}, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Expired);
        r = w.trust->buildChain(leaf, {}, QDateTime(QDate(2021, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::NotYetValid);
        // The key-agreement twin is a certificate of the same CA: its chain holds as well (its key
        // usage is the verifier's business, not the chain's).
        r = w.trust->buildChain(load(fixture(QStringLiteral("ua/certs/diia-test-kep-7775604.cer"))), {},
                                QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(r.trusted, qPrintable(r.reason));
        // Without the Diia CA the chain stops at the leaf.
        CryptoWorkspace bare;
        QVERIFY(bare.open());
        r = bare.trust->buildChain(leaf, {}, QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::NoIssuer);
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
