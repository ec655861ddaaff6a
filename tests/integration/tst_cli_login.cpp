// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli login, trust, certificates, employees and signing as a user runs them.
#include "CryptoTestUtil.h"
#include "crypto/KeyFile.h"
#include "SignedRequestIssuer.h"
#include "CliRun.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliLogin : public QObject
{
    Q_OBJECT

    using Run = kopii::test::CliRun;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_pin;
    int m_counter = 0;

    Run cli(const QStringList &args) { return kopii::test::runCli(QStringLiteral(KOPII_CLI), m_ws, args, 60000); }
    QStringList key(const QString &name) const
    {
        return {QStringLiteral("--pkcs12"), pki(name + QStringLiteral(".p12")), QStringLiteral("--pin-file"), m_pin};
    }
    static QStringList branch()
    {
        return {QStringLiteral("branch"),     QStringLiteral("add"),
                QStringLiteral("--name"),     QStringLiteral("Центр"),
                QStringLiteral("--email"),    QStringLiteral("centr@example.com"),
                QStringLiteral("--region"),   QStringLiteral("Київська"),
                QStringLiteral("--district"), QStringLiteral("Бучанський"),
                QStringLiteral("--location"), QStringLiteral("Буча"),
                QStringLiteral("--street"),   QStringLiteral("вул. Вокзальна"),
                QStringLiteral("--house"),    QStringLiteral("1")};
    }

private Q_SLOTS:
    void init()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter));
        m_pin = m_dir.filePath(QStringLiteral("pin"));
        QFile f(m_pin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kPkiPassword) + "\n");
    }

    void certShow()
    {
        Run r =
            cli({QStringLiteral("cert"), QStringLiteral("show"), pki(QStringLiteral("manager.crt")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("rnokpp")).toString(), QStringLiteral("3012345670"));
        QCOMPARE(o.value(QStringLiteral("edrpou")).toString(), QStringLiteral("14360570"));
        QCOMPARE(o.value(QStringLiteral("qualified")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("trusted")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("trustProblem")).toString().contains(QStringLiteral("not in the trust store")));

        for (const QStringList &step : trustTestPkiCli())
            QCOMPARE(cli(step).code, 0);
        o = cli({QStringLiteral("cert"), QStringLiteral("show"), pki(QStringLiteral("manager.crt")), QStringLiteral("--json")})
                .json();
        QCOMPARE(o.value(QStringLiteral("trusted")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("chain")).toArray().size(), 3);

        r = cli({QStringLiteral("cert"), QStringLiteral("show"), pki(QStringLiteral("manager.p12"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("No certificate was found")));
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("show")}).code, 2);
    }

    void loginFlow()
    {
        for (const QStringList &step : trustTestPkiCli())
            QCOMPARE(cli(step).code, 0);
        Run r = cli(QStringList{QStringLiteral("login"), QStringLiteral("--json")} + key(QStringLiteral("manager")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(r.json().value(QStringLiteral("organization")).toString(), QStringLiteral("Бучанський ліцей № 1"));
        QVERIFY(r.json().value(QStringLiteral("createdOrganization")).toBool());

        // The workspace is protected now.
        r = cli(branch());
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("protected")));
        QVERIFY2(r.err.contains(QStringLiteral("log in as a manager")), qPrintable(r.err));
        // Reading the inbox is protected too, and the message says whose login it takes.
        r = cli({QStringLiteral("inbox"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("log in as a clerk or a manager")) && !r.err.contains(QStringLiteral("change")),
                 qPrintable(r.err));
        r = cli(key(QStringLiteral("manager")) + branch());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("trust"), QStringLiteral("import"), pki(QStringLiteral("ca.crl"))});
        QCOMPARE(r.code, 1); // a change of trust needs the manager too
        QCOMPARE(cli(key(QStringLiteral("manager"))
                     + QStringList{QStringLiteral("trust"), QStringLiteral("import"), pki(QStringLiteral("ca.crl"))})
                     .code,
                 0);

        // The clerk is refused until added, then may log in but not edit.
        r = cli(QStringList{QStringLiteral("login")} + key(QStringLiteral("clerk")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("not an employee")));
        r = cli(key(QStringLiteral("manager"))
                + QStringList{QStringLiteral("employee"), QStringLiteral("add"), QStringLiteral("--rnokpp"),
                              QStringLiteral("3023456784"), QStringLiteral("--name"), QStringLiteral("Коваленко Олена Петрівна"),
                              QStringLiteral("--role"), QStringLiteral("clerk")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("login"), QStringLiteral("--json")} + key(QStringLiteral("clerk")));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
        r = cli(key(QStringLiteral("clerk"))
                + QStringList{QStringLiteral("branch"), QStringLiteral("remove"), QStringLiteral("Центр")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("does not allow")));
        r = cli({QStringLiteral("employee"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);

        // Revoked and wrong-password logins say why.
        r = cli(QStringList{QStringLiteral("login")} + key(QStringLiteral("revoked")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("revoked")));
        QFile bad(m_dir.filePath(QStringLiteral("badpin")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("wrong\n");
        bad.close();
        r = cli({QStringLiteral("login"), QStringLiteral("--pkcs12"), pki(QStringLiteral("manager.p12")),
                 QStringLiteral("--pin-file"), bad.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("wrong")));
    }

    void pinNeverFromTheCommandLine()
    {
        Run r = cli({QStringLiteral("login"), QStringLiteral("--pkcs12"), pki(QStringLiteral("manager.p12"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("No PIN was given")));
        QCOMPARE(cli({QStringLiteral("login")}).code, 2);
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--pkcs12"), QStringLiteral("a"), QStringLiteral("--pkcs11"),
                      QStringLiteral("b")})
                     .code,
                 2);
    }

    void signVerifiesWithOpenssl()
    {
        const QString in = m_dir.filePath(QStringLiteral("doc.txt"));
        const QString out = m_dir.filePath(QStringLiteral("doc.p7s"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Заява\n");
        f.close();
        Run r = cli(QStringList{QStringLiteral("sign")} + key(QStringLiteral("manager")) + QStringList{in, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), out, QStringLiteral("-content"), in,
                 QStringLiteral("-CAfile"), pki(QStringLiteral("root.crt")), QStringLiteral("-purpose"), QStringLiteral("any"),
                 QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    void accessionSignShowExport()
    {
        for (const QStringList &step : trustTestPkiCli())
            QCOMPARE(cli(step).code, 0);
        // Nothing to show or export before it is signed; the message says how to sign.
        Run r = cli({QStringLiteral("accession"), QStringLiteral("show")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("accession sign")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("accession"), QStringLiteral("export"), m_dir.path()}).code, 1);
        QCOMPARE(cli({QStringLiteral("accession"), QStringLiteral("sign")}).code, 2);

        // The first login of the manager creates the organisation; the application follows it.
        r = cli(QStringList{QStringLiteral("accession"), QStringLiteral("sign")} + key(QStringLiteral("manager")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Шевченко Тарас Григорович")));
        r = cli({QStringLiteral("accession"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.json().value(QStringLiteral("valid")).toBool());
        QCOMPARE(r.json().value(QStringLiteral("signerRnokpp")).toString(), QStringLiteral("3012345670"));

        // A clerk may not sign it.
        QCOMPARE(cli(key(QStringLiteral("manager"))
                     + QStringList{QStringLiteral("employee"), QStringLiteral("add"), QStringLiteral("--rnokpp"),
                                   QStringLiteral("3023456784"), QStringLiteral("--name"),
                                   QStringLiteral("Коваленко Олена Петрівна"), QStringLiteral("--role"), QStringLiteral("clerk")})
                     .code,
                 0);
        r = cli(QStringList{QStringLiteral("accession"), QStringLiteral("sign")} + key(QStringLiteral("clerk")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Only a manager")), qPrintable(r.err));

        // Export: the PDF and its .p7s side by side; openssl accepts the pair.
        QTemporaryDir out;
        r = cli({QStringLiteral("accession"), QStringLiteral("export"), out.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList files = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.at(0).endsWith(QStringLiteral(".pdf")));
        QCOMPARE(files.at(1), files.at(0) + QStringLiteral(".p7s"));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-cades"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), files.at(1), QStringLiteral("-content"),
                 files.at(0), QStringLiteral("-CAfile"), pki(QStringLiteral("root.crt")), QStringLiteral("-purpose"),
                 QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(cli({QStringLiteral("accession"), QStringLiteral("export"), m_dir.filePath(QStringLiteral("missing"))}).code, 1);
    }

    void signedCodeIssueAndVerify()
    {
        for (const QStringList &step : trustTestPkiCli())
            QCOMPARE(cli(step).code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("login")} + key(QStringLiteral("manager"))).code, 0);
        QCOMPARE(cli(key(QStringLiteral("manager")) + branch()).code, 0);
        QCOMPARE(cli(key(QStringLiteral("manager"))
                     + QStringList{QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Довідка"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                                   QStringLiteral("--document"), QStringLiteral("passport")})
                     .code,
                 0);
        const QStringList where{QStringLiteral("--branch"), QStringLiteral("Центр"), QStringLiteral("--service"),
                                QStringLiteral("Довідка")};
        // Reception staff cannot import codes.
        QCOMPARE(cli(key(QStringLiteral("manager"))
                     + QStringList{QStringLiteral("employee"), QStringLiteral("add"), QStringLiteral("--rnokpp"),
                                   QStringLiteral("3023456784"), QStringLiteral("--name"), QStringLiteral("Коваленко"),
                                   QStringLiteral("--role"), QStringLiteral("reception")})
                     .code,
                 0);
        const QString link = QStringLiteral("https://diia.app/acquirers/offer-request/5a6b7c8d9e0f1a2b");
        Run r = cli(key(QStringLiteral("clerk")) + QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where
                    + QStringList{link});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not allow")), qPrintable(r.err));
        // Kopii no longer issues signed requests: the subcommand is gone, and says what there is.
        r = cli(key(QStringLiteral("manager")) + QStringList{QStringLiteral("qr"), QStringLiteral("issue")} + where);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("import")), qPrintable(r.err));

        r = cli(key(QStringLiteral("manager")) + QStringList{QStringLiteral("qr"), QStringLiteral("import")} + where
                + QStringList{link});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString poster = m_dir.filePath(QStringLiteral("portal.png"));
        r = cli(QStringList{QStringLiteral("poster")} + where
                + QStringList{QStringLiteral("--out"), poster, QStringLiteral("--dpi"), QStringLiteral("200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("decode"), poster}).out.trimmed(), link);
        // The organisation's codes for other programs: where each link sends copies, and what for.
        r = cli({QStringLiteral("qr"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray codes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(codes.size(), 1);
        const QJsonObject entry = codes.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("text")).toString(), link);
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("portal"));
        QCOMPARE(entry.value(QStringLiteral("email")).toString(), QStringLiteral("centr@example.com"));
        QCOMPARE(entry.value(QStringLiteral("documents")).toArray(), QJsonArray{QStringLiteral("passport")});
        QVERIFY(!entry.value(QStringLiteral("address")).toString().isEmpty());
        QVERIFY(!entry.value(QStringLiteral("organization")).toString().isEmpty());

        // A signed request an earlier Kopii printed is still checked offline.
        auto manager = kopii::KeyFile::open(pki(QStringLiteral("manager.p12")), kopii::Secret(QByteArray(kPkiPassword)));
        QVERIFY(manager);
        kopii::RequestClaims claims;
        claims.organizationName = QStringLiteral("Бучанський ліцей № 1");
        claims.organizationCode = QStringLiteral("14360570");
        claims.branchName = QStringLiteral("Центр");
        claims.branchEmail = QStringLiteral("centr@example.com");
        claims.serviceName = QStringLiteral("Довідка");
        claims.documents = {QStringLiteral("passport")};
        claims.issued = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        claims.expires = claims.issued.addDays(30);
        claims.requestId = QByteArray::fromHex("0102030405060708");
        const auto text = kopii::test::issueSignedRequest(**manager, claims);
        QVERIFY(text);
        r = cli({QStringLiteral("qr"), QStringLiteral("verify"), *text, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(r.json().value(QStringLiteral("email")).toString(), QStringLiteral("centr@example.com"));
        QCOMPARE(r.json().value(QStringLiteral("signerRnokpp")).toString(), QStringLiteral("3012345670"));

        // Cut short: unreadable (2); a workspace that trusts nobody: not valid (1).
        QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("verify"), text->left(text->size() - 7)}).code, 2);
        const QString saved = m_ws;
        m_ws = m_dir.filePath(QStringLiteral("empty-ws"));
        r = cli({QStringLiteral("qr"), QStringLiteral("verify"), *text});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("not trusted")));
        m_ws = saved;
    }

    void verifyDocuments()
    {
        // Sign a document, then verify it with and without trust for this run only.
        const QString pdf = m_dir.filePath(QStringLiteral("Довідка %1.pdf").arg(m_counter));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 довідка");
        f.close();
        QCOMPARE(cli(QStringList{QStringLiteral("sign")} + key(QStringLiteral("manager"))
                     + QStringList{pdf, pdf + QStringLiteral(".p7s")})
                     .code,
                 0);

        Run r = cli({QStringLiteral("verify"), QStringLiteral("--json"), pdf});
        QCOMPARE(r.code, 1); // the workspace does not trust the test PKI: cannot be confirmed
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("indeterminate"));
        QCOMPARE(r.json().value(QStringLiteral("indication")).toString(), QStringLiteral("INDETERMINATE"));
        QCOMPARE(r.json().value(QStringLiteral("subIndication")).toString(), QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND"));
        QCOMPARE(r.json().value(QStringLiteral("proofOfExistence")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("now"));
        // A root in --trust counts only when confirmed by its fingerprint.
        r = cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"), pki(QStringLiteral("chain.p7b")),
                 pdf + QStringLiteral(".p7s")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--add-anchor")), qPrintable(r.err));
        QFile rootDer(pki(QStringLiteral("root.der")));
        QVERIFY(rootDer.open(QIODevice::ReadOnly));
        const QString root = QString::fromLatin1(QCryptographicHash::hash(rootDer.readAll(), QCryptographicHash::Sha256).toHex());
        r = cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"), pki(QStringLiteral("chain.p7b")),
                 QStringLiteral("--add-anchor"), root, QStringLiteral("--trust"), pki(QStringLiteral("ca.crl")),
                 pdf + QStringLiteral(".p7s")});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // not fully valid: exit 1
        // Without the trusted list, the certificate's own claim to be qualified is not confirmed.
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("valid-with-warnings"));
        QCOMPARE(r.json().value(QStringLiteral("signer")).toObject().value(QStringLiteral("rnokpp")).toString(),
                 QStringLiteral("3012345670"));
        QVERIFY(r.json().value(QStringLiteral("contentMatchesPdf")).toBool());
        QVERIFY(!r.json().value(QStringLiteral("checks")).toArray().isEmpty());
        // --trust was for that run only.
        QCOMPARE(cli({QStringLiteral("verify"), pdf}).code, 1);
        // Changed after signing: not valid, and the reason says so.
        QVERIFY(f.open(QIODevice::Append));
        f.write(" змінено");
        f.close();
        r = cli({QStringLiteral("verify"), QStringLiteral("--trust"), pki(QStringLiteral("chain.p7b")),
                 QStringLiteral("--add-anchor"), root, pdf});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("changed after it was signed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Form: CAdES-")), qPrintable(r.out)); // the form the signature reaches
        // A signature that does not carry its signer's certificate (made by OpenSSL with -nocerts,
        // named .sig): the signer's certificate given with --trust is kept as a path helper, with
        // a note, never trusted by itself; the chain still needs the confirmed root.
        {
            const QString sig = m_dir.filePath(QStringLiteral("без сертифіката %1.sig").arg(m_counter));
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-nocerts"),
                           QStringLiteral("-cades"), QStringLiteral("-in"), pdf, QStringLiteral("-signer"),
                           pki(QStringLiteral("manager.crt")), QStringLiteral("-inkey"), pki(QStringLiteral("manager.key")),
                           QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), sig});
            QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
            r = cli({QStringLiteral("verify"), QStringLiteral("--json"), sig, QStringLiteral("--content"), pdf});
            QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("indeterminate"));
            QCOMPARE(r.json().value(QStringLiteral("subIndication")).toString(), QStringLiteral("NO_SIGNING_CERTIFICATE_FOUND"));
            QVERIFY(r.json().value(QStringLiteral("signer")).toObject().value(QStringLiteral("rnokpp")).toString().isEmpty());
            r = cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"),
                     pki(QStringLiteral("manager.crt")), sig, QStringLiteral("--content"), pdf});
            QVERIFY2(r.err.contains(QStringLiteral("personal certificate")), qPrintable(r.err));
            QCOMPARE(r.json().value(QStringLiteral("signer")).toObject().value(QStringLiteral("rnokpp")).toString(),
                     QStringLiteral("3012345670"));
            // Its signature holds; the chain does not: the helper is not trusted by itself.
            QCOMPARE(r.json().value(QStringLiteral("subIndication")).toString(), QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND"));
            r = cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"),
                     pki(QStringLiteral("manager.crt")), QStringLiteral("--trust"), pki(QStringLiteral("chain.p7b")),
                     QStringLiteral("--add-anchor"), root, sig, QStringLiteral("--content"), pdf});
            QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("valid-with-warnings"));
        }
        // Unreadable or unknown input: exit 2.
        QCOMPARE(cli({QStringLiteral("verify"), m_dir.filePath(QStringLiteral("missing.p7s"))}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--at"), QStringLiteral("yesterday"), pdf}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
