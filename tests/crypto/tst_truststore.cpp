// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptoFixture.h"
#include "crypto/TrustedList.h"
#include "crypto/XmlSignature.h"
#include "crypto/KeyFile.h"
#include "core/Secret.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;

class TestTrustStore : public QObject
{
    Q_OBJECT

    static Certificate load(const QString &path) { return Certificate::loadFile(path)->first(); }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A list signed by a test holder's key (RSA manager, ECDSA clerk) with Kopii's own signing.
    static QByteArray signedBy(const QByteArray &xml, const char *holder)
    {
        auto signer = KeyFile::open(pki(QString::fromLatin1(holder)), Secret(QByteArray(kPkiPassword)));
        if (!signer)
            return {};
        const auto made = XmlSignature::signEnveloped(xml, **signer);
        return made ? *made : QByteArray();
    }
    static bool refusedWith(TrustStore &trust, const QByteArray &xml, const QString &words, const QDateTime &at)
    {
        const auto report = trust.importData(xml, QStringLiteral("TL-UA.xml"), at);
        if (report) {
            qWarning("imported, not refused");
            return false;
        }
        if (!report.error().message.contains(words))
            qWarning("refused, but: %s", qPrintable(report.error().message));
        return report.error().message.contains(words);
    }

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
        QCOMPARE(report->added.size(), 1); // the CA; the root waits for a confirmation
        QCOMPARE(report->unconfirmedRoots.size(), 1);
        QVERIFY(w.trust->version() != before);
        QVERIFY(!w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now).trusted);
        const QString root = load(pki(QStringLiteral("root.crt"))).sha256();
        QCOMPARE(report->unconfirmedRoots.first().sha256, root);
        const auto again = w.trust->importFile(pki(QStringLiteral("chain.pem")), now, {root});
        QVERIFY(again);
        QCOMPARE(again->added.size(), 1);
        QCOMPARE(again->present.size(), 1);
        QVERIFY(again->unconfirmedRoots.isEmpty());

        const ChainResult r = w.trust->buildChain(load(pki(QStringLiteral("manager.crt"))), {}, now);
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QCOMPARE(r.path.size(), 3);
        QCOMPARE(r.path.at(1).info().holderName(), QStringLiteral("Тестовий КНЕДП Kopii"));
        QCOMPARE(r.path.at(2).info().holderName(), QStringLiteral("Тестовий ЦЗО Kopii"));
        QVERIFY(!r.revocationChecked);

        // Survives a reopen of the store.
        TrustStore other(w.session());
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

    // A path found sound is kept for the next document of the same signer, but only while every
    // certificate on it is valid: the same leaf asked about before its start, at its end or after
    // it gets the verdict it got the first time, never the kept one.
    void soundPathsAreReusedOnlyWithinTheirValidity()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trustTestPki());
        const Certificate clerk = load(pki(QStringLiteral("clerk.crt")));
        QVERIFY(w.trust->buildChain(clerk, {}, now).trusted);
        QVERIFY(w.trust->buildChain(clerk, {}, now.addSecs(60)).trusted);
        const QDateTime end = clerk.info().notAfter, start = clerk.info().notBefore;
        ChainResult r = w.trust->buildChain(clerk, {}, end.addSecs(1));
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Expired);
        r = w.trust->buildChain(clerk, {}, end); // OpenSSL's rule: expired at notAfter
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Expired);
        r = w.trust->buildChain(clerk, {}, start.addSecs(-1));
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::NotYetValid);
        QVERIFY(w.trust->buildChain(clerk, {}, start).trusted);
        // A path that came with the signature is another path: a leaf whose issuer only the
        // signature carries is not taken for the trusted one kept for the same leaf alone.
        const Certificate untrusted = load(pki(QStringLiteral("untrusted.crt")));
        QCOMPARE(w.trust->buildChain(untrusted, {}, now).problem, ChainResult::Problem::NoIssuer);
        QCOMPARE(w.trust->buildChain(untrusted, {load(pki(QStringLiteral("rogue-root.crt")))}, now).problem,
                 ChainResult::Problem::UntrustedRoot);
        QCOMPARE(w.trust->buildChain(untrusted, {}, now).problem, ChainResult::Problem::NoIssuer);
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
        // Unsigned: refused whole.
        QVERIFY(refusedWith(*w.trust, xml, QStringLiteral("not signed"), now));
        QCOMPARE(int(w.trust->certificates().size()), before);
        // Signed by a signer the test pins (the manager's RSA key, for this test only).
        QVERIFY(w.trust->addTlSigner(load(pki(QStringLiteral("manager.crt"))), now));
        const auto report = w.trust->importData(signedBy(xml, "manager.p12"), QStringLiteral("TL-UA-test.xml"), now);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->added.size(), 3); // the Diia CA, its OCSP responder, the TSA (the ЦЗО root is bundled)
        QCOMPARE(report->trusted.size(), 1);
        QVERIFY(report->trusted.first().contains(QStringLiteral("Дія")));
        QVERIFY(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("should have been replaced"))); // NextUpdate 2023
        QCOMPARE(int(w.trust->certificates().size()), before + 3); // the root was bundled already
        // The Diia CA keeps its provider's OCSP address from the list.
        const Certificate diiaCa = load(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")));
        QCOMPARE(w.trust->ocspAddresses(diiaCa), QStringList{QStringLiteral("http://ca.diia.gov.ua/services/ocsp/")});
        // The Diia chain now holds through the list's CA.
        const ChainResult r = w.trust->buildChain(load(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer"))), {},
                                                  QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QVERIFY(w.trust->qualifiedPath(r.path, QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC)));

        QByteArray broken = xml;
        broken.replace("</TSPServices>", "</TSPService>");
        const auto bad = w.trust->importData(broken, QStringLiteral("broken.xml"), now);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("line")), qPrintable(bad.error().message));
        QVERIFY(!w.trust->importData("<?xml version=\"1.0\"?><TrustServiceStatusList/>", QStringLiteral("empty.xml"), now));
        QVERIFY(!TrustedList::parse("<?xml version=\"1.0\"?><html/>"));
    }

    // The list's own XML signature, made by xmlsec1 (an independent implementation) with the test
    // PKI's RSA and ECDSA keys: a list signed by someone the store trusts is taken and said to be
    // checked; one changed after signing, with a forged signature, or signed by an untrusted key is
    // refused with the reason; an unsigned one is taken with a warning.
    void trustedListSignatureIsChecked()
    {
        QFile file(sourcePath(QStringLiteral("tests/data/TL-UA-test.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray unsigned_ = file.readAll();
        QTemporaryDir dir;
        const auto sign = [&](const char *method, const char *c14n, const QString &key, const QString &cert) -> QByteArray {
            const QByteArray signature =
                QByteArray("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
                           "<ds:CanonicalizationMethod Algorithm=\"")
                + c14n + "\"/><ds:SignatureMethod Algorithm=\"" + "http://www.w3.org/2001/04/xmldsig-more#" + method
                + "\"/><ds:Reference URI=\"\"><ds:Transforms><ds:Transform "
                  "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
                  "<ds:Transform Algorithm=\""
                + c14n
                + "\"/></ds:Transforms><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"
                  "<ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></"
                  "ds:Signature>";
            QByteArray xml = unsigned_;
            xml.replace("</TrustServiceStatusList>", signature + "</TrustServiceStatusList>");
            const QString in = dir.filePath(QStringLiteral("template.xml")), out = dir.filePath(QStringLiteral("signed.xml"));
            QFile t(in);
            if (!t.open(QIODevice::WriteOnly))
                return {};
            t.write(xml);
            t.close();
            QProcess p;
            p.start(QStringLiteral("xmlsec1"),
                    {QStringLiteral("--sign"), QStringLiteral("--privkey-pem"), key + QLatin1Char(',') + cert,
                     QStringLiteral("--output"), out, in});
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                qWarning("xmlsec1: %s", p.readAllStandardError().constData());
                return {};
            }
            QFile signedFile(out);
            return signedFile.open(QIODevice::ReadOnly) ? signedFile.readAll() : QByteArray();
        };
        const QByteArray rsa = sign("rsa-sha256", "http://www.w3.org/2001/10/xml-exc-c14n#", pki(QStringLiteral("manager.key")),
                                    pki(QStringLiteral("manager.crt")));
        const QByteArray ecdsa = sign("ecdsa-sha256", "http://www.w3.org/2006/12/xml-c14n11", pki(QStringLiteral("clerk.key")),
                                      pki(QStringLiteral("clerk.crt")));
        const QByteArray rogue = sign("ecdsa-sha256", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
                                      pki(QStringLiteral("rogue-root.key")), pki(QStringLiteral("rogue-root.crt")));
        QVERIFY2(!rsa.isEmpty() && !ecdsa.isEmpty() && !rogue.isEmpty(), "xmlsec1 (package xmlsec1) must sign the test lists");

        for (const QByteArray &xml : {rsa, ecdsa, rogue}) {
            const XmlSignature::Check c = XmlSignature::verifyEnveloped(xml);
            QVERIFY2(c.state == XmlSignature::State::Valid, qPrintable(c.detail));
        }
        QCOMPARE(XmlSignature::verifyEnveloped(unsigned_).state, XmlSignature::State::Absent);

        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("chain.p7b")), now)); // the test PKI's CA
        QVERIFY(w.trust->addTlSigner(load(pki(QStringLiteral("manager.crt"))), now));
        QVERIFY(w.trust->addTlSigner(load(pki(QStringLiteral("clerk.crt"))), now));
        for (const QByteArray &xml : {rsa, ecdsa}) {
            const auto report = w.trust->importData(xml, QStringLiteral("TL-UA.xml"), now);
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QVERIFY2(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("its signature holds")),
                     qPrintable(report->notes.join(QLatin1Char(' '))));
        }
        const auto refused = [&](const QByteArray &xml, const QString &words) {
            const auto report = w.trust->importData(xml, QStringLiteral("TL-UA.xml"), now);
            return !report && report.error().message.contains(words);
        };
        // Changed after signing: a service's status, or a certificate slipped in.
        QByteArray changed = rsa;
        changed.replace("Svcstatus/withdrawn", "Svcstatus/granted");
        QVERIFY(changed != rsa);
        QVERIFY(refused(changed, QStringLiteral("changed after it was signed")));
        // The signature value damaged.
        QByteArray forged = rsa;
        const qsizetype at = forged.indexOf("<ds:SignatureValue>") + 25;
        forged[at] = forged.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(refused(forged, QStringLiteral("forged or damaged")));
        // Signed by a key that is no pinned signer of trusted lists.
        QVERIFY(refused(rogue, QStringLiteral("not a signer of trusted lists")));
        // Unsigned: refused (fail closed).
        QVERIFY(refused(unsigned_, QStringLiteral("not signed")));
        // Random damage: never a crash, and a list still called signed only when what changed lies
        // outside what is signed (the signature element itself, a comment, the XML declaration).
        const qsizetype signatureFrom = rsa.indexOf("<ds:Signature"), signatureTo = rsa.indexOf("</ds:Signature>") + 15;
        const auto unsignedPlace = [&](qsizetype where) {
            if (where < rsa.indexOf("<TrustServiceStatusList") || (where >= signatureFrom && where < signatureTo))
                return true;
            const qsizetype comment = rsa.lastIndexOf("<!--", where);
            return comment >= 0 && rsa.indexOf("-->", comment) + 3 > where;
        };
        QRandomGenerator rng(20261126);
        for (int i = 0; i < 200; ++i) {
            QByteArray mutant = rsa;
            const int place = rng.bounded(int(mutant.size()));
            mutant[place] = char(mutant.at(place) ^ (1 + rng.bounded(127)));
            if (XmlSignature::verifyEnveloped(mutant).state == XmlSignature::State::Valid)
                QVERIFY2(unsignedPlace(place), qPrintable(QStringLiteral("byte %1 changed, still valid").arg(place)));
        }
        // Kopii's own signing of a list (for test and demo lists), checked by xmlsec1 for RSA and
        // ECDSA, and by Kopii.
        for (const char *holder : {"manager.p12", "clerk.p12"}) {
            auto signer = KeyFile::open(pki(QString::fromLatin1(holder)), Secret(QByteArray(kPkiPassword)));
            QVERIFY(signer);
            const auto own = XmlSignature::signEnveloped(unsigned_, **signer);
            QVERIFY2(own, own ? "" : qPrintable(own.error().message));
            QCOMPARE(XmlSignature::verifyEnveloped(*own).state, XmlSignature::State::Valid);
            const QString path = dir.filePath(QStringLiteral("own.xml"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(*own);
            f.close();
            QProcess p;
            p.start(QStringLiteral("xmlsec1"), {QStringLiteral("--verify"), QStringLiteral("--insecure"), path});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QVERIFY(w.trust->importData(*own, QStringLiteral("own.xml"), now));
        }
        // A signature over a part of the document only (here: the scheme information, by Id) says
        // nothing about the services: refused. Made by xmlsec1, which signs what it is told.
        {
            QByteArray partial = unsigned_;
            partial.replace("<SchemeInformation>", "<SchemeInformation Id=\"scheme\">");
            QVERIFY(partial != unsigned_);
            partial.replace(
                "</TrustServiceStatusList>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod "
                "Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/><ds:SignatureMethod "
                "Algorithm=\"http://www.w3.org/2001/04/"
                "xmldsig-more#rsa-sha256\"/><ds:Reference URI=\"#scheme\"><ds:Transforms><ds:Transform Algorithm=\"http://"
                "www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/"
                "xmlenc#sha256\"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/>"
                "</ds:KeyInfo></ds:Signature></TrustServiceStatusList>");
            const QString in = dir.filePath(QStringLiteral("partial.xml")),
                          out = dir.filePath(QStringLiteral("partial-signed.xml"));
            QFile t(in);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write(partial);
            t.close();
            QProcess p;
            p.start(QStringLiteral("xmlsec1"),
                    {QStringLiteral("--sign"), QStringLiteral("--id-attr:Id"), QStringLiteral("SchemeInformation"),
                     QStringLiteral("--privkey-pem"),
                     pki(QStringLiteral("manager.key")) + QLatin1Char(',') + pki(QStringLiteral("manager.crt")),
                     QStringLiteral("--output"), out, in});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QFile signedFile(out);
            QVERIFY(signedFile.open(QIODevice::ReadOnly));
            const XmlSignature::Check c = XmlSignature::verifyEnveloped(signedFile.readAll());
            QCOMPARE(c.state, XmlSignature::State::Invalid);
            QVERIFY2(c.detail.contains(QStringLiteral("whole list")), qPrintable(c.detail));
        }
        // The signature moved out of place or given an outside reference: never Valid.
        QByteArray outside = rsa;
        outside.replace("URI=\"\"", "URI=\"http://example.org/list.xml\"");
        QCOMPARE(XmlSignature::verifyEnveloped(outside).state, XmlSignature::State::Invalid);
    }

    // The attacks of the security review (C1, C2, H1, H2), each refused with its reason, against
    // the test list tl.xml that xmlsec1 signed with the pinned test signer.
    void trustedListAttacksAreRefused()
    {
        const QByteArray genuine = readAll(pki(QStringLiteral("tl.xml")));
        QVERIFY(!genuine.isEmpty());
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(w.trust->addTlSigner(load(pki(QStringLiteral("tl-signer.crt"))), now));
        const QByteArray rogueRoot = load(pki(QStringLiteral("rogue-root.crt"))).der();
        const QByteArray evilService =
            "<tsl:TSPService xmlns:tsl=\"http://uri.etsi.org/02231/v2#\"><tsl:ServiceInformation><tsl:ServiceTypeIdentifier>"
            "http://uri.etsi.org/TrstSvc/Svctype/CA/QC</tsl:ServiceTypeIdentifier><tsl:ServiceStatus>"
            "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</"
            "tsl:ServiceStatus><tsl:ServiceDigitalIdentity><tsl:DigitalId>"
            "<tsl:X509Certificate>"
            + rogueRoot.toBase64()
            + "</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>"
              "</tsl:ServiceInformation></tsl:TSPService>";
        const auto rogueTrusted = [&] {
            const ChainResult r = w.trust->buildChain(load(pki(QStringLiteral("untrusted.crt"))), {}, now);
            return r.trusted;
        };

        // C1: a service wrapped inside ds:Signature (an Object the digest does not cover).
        QByteArray wrapped = genuine;
        wrapped.replace("</ds:Signature>", "<ds:Object>" + evilService + "</ds:Object></ds:Signature>");
        QVERIFY(wrapped != genuine);
        QVERIFY(refusedWith(*w.trust, wrapped, QStringLiteral("does not have"), now));
        // …or a second signature, or one that is not the last element.
        QByteArray moved = genuine;
        moved.replace("</TrustServiceStatusList>", "<SchemeInformation/></TrustServiceStatusList>");
        QVERIFY(refusedWith(*w.trust, moved, QStringLiteral("last element"), now));
        // …or a DOCTYPE with an entity.
        QByteArray doctype = genuine;
        doctype.replace("<TrustServiceStatusList",
                        "<!DOCTYPE TrustServiceStatusList [<!ENTITY e \"x\">]><TrustServiceStatusList");
        QVERIFY(refusedWith(*w.trust, doctype, QStringLiteral("DOCTYPE"), now));
        // C2: stripped of its signature, or with a hash Kopii does not know.
        QByteArray stripped = genuine;
        stripped.remove(stripped.indexOf("<ds:Signature"),
                        stripped.indexOf("</ds:Signature>") + 15 - stripped.indexOf("<ds:Signature"));
        QVERIFY(refusedWith(*w.trust, stripped, QStringLiteral("not signed"), now));
        QByteArray unknownHash = genuine;
        unknownHash.replace("http://www.w3.org/2001/04/xmlenc#sha256", "urn:x");
        QVERIFY(refusedWith(*w.trust, unknownHash, QStringLiteral("urn:x"), now));
        // C2: a service added, the reference digest recomputed (here: by signing it anew), and the
        // genuine signature value and certificate put back.
        QByteArray added = genuine.left(genuine.indexOf("<ds:Signature"));
        added.replace("</TSPServices>", evilService + "</TSPServices>");
        QByteArray resigned = signedBy(added + "</TrustServiceStatusList>", "clerk.p12");
        QVERIFY(!resigned.isEmpty());
        const auto between = [](const QByteArray &xml, const QByteArray &from, const QByteArray &to) {
            const qsizetype a = xml.indexOf(from), b = xml.indexOf(to, a);
            return xml.mid(a, b + to.size() - a);
        };
        const QByteArray genuineValue = between(genuine, "<ds:SignatureValue>", "</ds:SignatureValue>");
        const QByteArray genuineKey = between(genuine, "<ds:KeyInfo>", "</ds:KeyInfo>");
        QVERIFY(!genuineValue.isEmpty() && !genuineKey.isEmpty());
        const QByteArray resignedValue = between(resigned, "<ds:SignatureValue", "</ds:SignatureValue>");
        const QByteArray resignedKey = between(resigned, "<ds:KeyInfo", "</ds:KeyInfo>");
        QVERIFY(!resignedValue.isEmpty() && !resignedKey.isEmpty());
        resigned.replace(resignedValue, genuineValue);
        resigned.replace(resignedKey, genuineKey);
        QVERIFY(refusedWith(*w.trust, resigned, QStringLiteral("forged or damaged"), now));
        // H1: a list signed by a citizen whose certificate chains to a trusted root.
        QVERIFY(trustTestPki(*w.trust));
        QVERIFY(w.trust->buildChain(load(pki(QStringLiteral("clerk.crt"))), {}, now).trusted);
        QVERIFY(refusedWith(*w.trust, signedBy(added + "</TrustServiceStatusList>", "clerk.p12"),
                            QStringLiteral("not a signer of trusted lists"), now));
        QVERIFY(!rogueTrusted());

        // H1: withdrawal and rollback. List 6 withdraws the test CA two hours ago: a chain through
        // it holds before then and not after. List 5 after it is refused as older.
        const Certificate manager = load(pki(QStringLiteral("manager.crt")));
        QVERIFY(w.trust->buildChain(manager, {}, now).trusted);
        const auto withdrawn = w.trust->importFile(pki(QStringLiteral("tl-withdrawn.xml")), now);
        QVERIFY2(withdrawn, withdrawn ? "" : qPrintable(withdrawn.error().message));
        QCOMPARE(withdrawn->withdrawn.size(), 1);
        QVERIFY(!w.trust->buildChain(manager, {}, now).trusted);
        const ChainResult before = w.trust->buildChain(manager, {}, now.addSecs(-3 * 3600));
        QVERIFY2(before.trusted, qPrintable(before.reason));
        QVERIFY(w.trust->qualifiedPath(before.path, now.addSecs(-3 * 3600)));
        QVERIFY(!w.trust->qualifiedPath(before.path, now));
        QVERIFY(refusedWith(*w.trust, genuine, QStringLiteral("older list"), now));
        QVERIFY(!w.trust->buildChain(manager, {}, now).trusted);
        // A bundle does not bring a withdrawn CA back.
        QVERIFY(w.trust->importFile(pki(QStringLiteral("chain.p7b")), now));
        QVERIFY(!w.trust->buildChain(manager, {}, now).trusted);
    }

    // H2: a bundle with a self-signed root adds no anchor; the root counts only when confirmed by
    // its fingerprint, and even then its leaves are not qualified (no trusted list grants it).
    void bundleRootsNeedConfirmation()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        const QByteArray hostile = readAll(pki(QStringLiteral("rogue-root.crt"))) + readAll(pki(QStringLiteral("ca.crt")));
        const auto report = w.trust->importData(hostile, QStringLiteral("CACertificates.p7b"), now);
        QVERIFY(report);
        QCOMPARE(report->unconfirmedRoots.size(), 1);
        const Certificate rogue = load(pki(QStringLiteral("rogue-root.crt")));
        QCOMPARE(report->unconfirmedRoots.first().sha256, rogue.sha256());
        for (const TrustedCertificate &t : w.trust->certificates())
            QVERIFY(!(t.certificate == rogue));
        const Certificate untrusted = load(pki(QStringLiteral("untrusted.crt")));
        QVERIFY(!w.trust->buildChain(untrusted, {}, now).trusted);
        // Confirmed: an anchor, audited by the caller; still not a qualified provider.
        const auto confirmed = w.trust->importData(hostile, QStringLiteral("CACertificates.p7b"), now, {rogue.sha256()});
        QVERIFY(confirmed);
        QVERIFY(confirmed->unconfirmedRoots.isEmpty());
        QVERIFY(confirmed->trusted.join(QLatin1Char(' ')).contains(rogue.sha256()));
        const ChainResult r = w.trust->buildChain(untrusted, {}, now);
        QVERIFY2(r.trusted, qPrintable(r.reason));
        QVERIFY(!w.trust->qualifiedPath(r.path, now));
        // A workspace made before: its roots are kept but are no anchors until confirmed.
        TrustStore reloaded(w.session());
        QVERIFY(reloaded.load());
        QVERIFY(reloaded.buildChain(untrusted, {}, now).trusted);
    }

    // The real Diia chain: DSTU 4145 signatures checked by Kopii itself, link by link to the
    // bundled ЦЗО root; the validity of each certificate at the time asked for.
    void realDstuChainIsChecked()
    {
        CryptoWorkspace w;
        QVERIFY(w.open());
        QVERIFY(
            w.trust->importFile(fixture(QStringLiteral("ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer")), now));
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

    // A delta CRL is merged into the full CRL it builds on (ca-delta.crl builds on ca-old.crl):
    // with the ten-day-old full CRL alone a certificate cannot be cleared, with its fresh delta it
    // can, and a revocation only the delta lists counts. A delta CRL alone clears nothing.
    void deltaCrlIsMerged()
    {
        const Certificate clerk = load(pki(QStringLiteral("clerk.crt"))), later = load(pki(QStringLiteral("revokedlater.crt")));
        CryptoWorkspace w;
        QVERIFY(w.open() && w.trustTestPki());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca-old.crl")), now));
        ChainResult r = w.trust->buildChain(clerk, {}, now);
        QVERIFY2(r.trusted && !r.revocationChecked, qPrintable(r.reason));
        r = w.trust->buildChain(later, {}, now);
        QVERIFY2(r.trusted, qPrintable(r.reason)); // the old list does not know of the revocation
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca-delta.crl")), now));
        r = w.trust->buildChain(clerk, {}, now);
        QVERIFY2(r.trusted && r.revocationChecked, qPrintable(r.reason));
        QVERIFY(w.trust->crlEvidence(clerk, r.path.at(1), now).delta);
        r = w.trust->buildChain(later, {}, now);
        QVERIFY(!r.trusted);
        QCOMPARE(r.problem, ChainResult::Problem::Revoked);
        QVERIFY(r.leafRevokedAt.isValid() && r.leafRevokedAt < now.addSecs(-20 * 3600));

        CryptoWorkspace deltaOnly;
        QVERIFY(deltaOnly.open() && deltaOnly.trustTestPki());
        QVERIFY(deltaOnly.trust->importFile(pki(QStringLiteral("ca-delta.crl")), now));
        r = deltaOnly.trust->buildChain(clerk, {}, now);
        QVERIFY2(r.trusted && !r.revocationChecked, qPrintable(r.reason));
        // ...but the revocation it lists is not ignored.
        QCOMPARE(deltaOnly.trust->buildChain(later, {}, now).problem, ChainResult::Problem::Revoked);
    }

    // A CRL whose signature is not the issuer's (a forged "newer" list) is never used: neither to
    // clear a certificate nor to hide the genuine list's revocation.
    void forgedCrlIsIgnored()
    {
        CryptoWorkspace w;
        QVERIFY(w.open() && w.trustTestPki());
        QVERIFY(w.trust->importFile(pki(QStringLiteral("ca.crl")), now));
        QByteArray forged = readAll(pki(QStringLiteral("ca-tsa-revoked.crl")));
        QVERIFY(!forged.isEmpty());
        forged[forged.size() - 5] = char(forged[forged.size() - 5] ^ 0x20); // the signature value
        const auto imported = w.trust->importData(forged, QStringLiteral("forged.crl"), now);
        if (imported) { // the store may keep it: it must not count
            const ChainResult tsa = w.trust->buildChain(load(pki(QStringLiteral("tsa.crt"))), {}, now);
            QVERIFY2(tsa.trusted, qPrintable(tsa.reason)); // only the forged list revokes the TSA
            QCOMPARE(w.trust->buildChain(load(pki(QStringLiteral("revoked.crt"))), {}, now).problem,
                     ChainResult::Problem::Revoked);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
