// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli inbox protocol and verify --report-pdf/--report-xml as a clerk runs them: a submission
// ingested, its protocol written, read back by pdftotext, its ETSI report validated by xmllint;
// and the bad cases (no such submission, a folder that is not there or cannot be written).
#include "CliRun.h"
#include "CryptoTestUtil.h"
#include "MailSamples.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kopii::test;

class TestCliProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QByteArray m_pdf = QByteArray("%PDF-1.7 Свідоцтво про народження\n%%EOF\n");

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Signed by OpenSSL with the test PKI's citizen key: a visitor's Diia signature.
    QByteArray sign(const QByteArray &content)
    {
        const QString in = write(QStringLiteral("content.bin"), content);
        const QString out = m_dir.filePath(QStringLiteral("content.p7s"));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-cades"),
                 QStringLiteral("-in"), in, QStringLiteral("-signer"), pki(QStringLiteral("citizen.crt")),
                 QStringLiteral("-inkey"), pki(QStringLiteral("citizen.key")), QStringLiteral("-outform"), QStringLiteral("DER"),
                 QStringLiteral("-out"), out});
        p.waitForFinished(60000);
        return read(out);
    }
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    static bool validates(const QString &path)
    {
        const QString schemas = sourcePath(QStringLiteral("tests/data/etsi-119102-2"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XML_CATALOG_FILES"), schemas + QStringLiteral("/catalog.xml"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("xmllint"),
                {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                 schemas + QStringLiteral("/TS119102-2-v141.xsd"), path});
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli(centreBranchArgs()).code, 0);
        // The office trusts the test PKI as it trusts its providers: the signed trusted list.
        QCOMPARE(cli({QStringLiteral("trust"), QStringLiteral("tl-signer"), QStringLiteral("add"),
                      pki(QStringLiteral("tl-signer.crt"))})
                     .code,
                 0);
        const CliRun imported = cli(
            {QStringLiteral("trust"), QStringLiteral("import"), pki(QStringLiteral("tl.xml")), pki(QStringLiteral("ca.crl"))});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QByteArray p7s = sign(m_pdf);
        QVERIFY(!p7s.isEmpty());
        const CliRun ingested =
            cli({QStringLiteral("ingest"),
                 write(QStringLiteral("in/one.eml"), message(pairOf(QStringLiteral("Свідоцтво"), m_pdf, p7s)))});
        QVERIFY2(ingested.code == 0, qPrintable(ingested.err));
    }

    void writesTheProtocolOfASubmission()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const CliRun r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString pdf = out + QStringLiteral("/protocol-1.pdf");
        const QString xml = out + QStringLiteral("/protocol-1.xml");
        QVERIFY2(r.out.contains(pdf) && r.out.contains(xml), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Свідоцтво.pdf")));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("ПРОТОКОЛ ПЕРЕВІРКИ")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("ivan@example.com")));
        QVERIFY(text.contains(QStringLiteral("centr@example.com")));
        QVERIFY(text.contains(QStringLiteral("Свідоцтво.pdf")));
        QVERIFY(text.contains(QStringLiteral("3198765436"))); // the citizen's РНОКПП
        QVERIFY2(text.contains(QStringLiteral("Підпис дійсний")), qPrintable(text));
        QVERIFY(validates(xml));
        // Private to the user: it names a citizen.
        QCOMPARE(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The look at the documents is in the audit log.
        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(audit.out.contains(QStringLiteral("document.verify")), qPrintable(audit.out));

        // Again: the first protocol stays, the new one beside it.
        const QByteArray first = read(pdf);
        const CliRun again = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out});
        QCOMPARE(again.code, 0);
        QCOMPARE(read(pdf), first);
        QVERIFY(QFile::exists(out + QStringLiteral("/protocol-1 (2).pdf")));
        QVERIFY(QFile::exists(out + QStringLiteral("/protocol-1 (2).xml")));
    }

    void oneDocumentOnly()
    {
        const QString out = m_dir.filePath(QStringLiteral("one"));
        QVERIFY(QDir().mkpath(out));
        const CliRun r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out,
                              QStringLiteral("--document"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/protocol-1-1.pdf")));
        const CliRun missing = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out,
                                    QStringLiteral("--document"), QStringLiteral("99")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("99")), qPrintable(missing.err));
    }

    void badInputWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(out));
        // No such submission.
        CliRun r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("77"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), "no message");
        QVERIFY(QDir(out).isEmpty());
        // Not a number.
        r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("first"), out});
        QCOMPARE(r.code, 2);
        // A folder that is not there.
        r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out + QStringLiteral("/nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nope")), qPrintable(r.err));
        // A folder that cannot be written (root may write anywhere: then nothing to show).
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(out, QFile::ReadOwner | QFile::ExeOwner));
            r = cli({QStringLiteral("inbox"), QStringLiteral("protocol"), QStringLiteral("1"), out});
            QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("protocol-1.pdf")), qPrintable(r.err));
            QVERIFY(QDir(out).isEmpty());
        }
    }

    void verifyWritesTheReports()
    {
        const QString doc = write(QStringLiteral("v/Свідоцтво.pdf"), m_pdf);
        write(QStringLiteral("v/Свідоцтво.pdf.p7s"), sign(m_pdf));
        const QString pdf = m_dir.filePath(QStringLiteral("v/report.pdf"));
        const QString xml = m_dir.filePath(QStringLiteral("v/report.xml"));
        const CliRun r = cli({QStringLiteral("verify"), QStringLiteral("--offline"), doc, QStringLiteral("--report-pdf"), pdf,
                              QStringLiteral("--report-xml"), xml});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Свідоцтво.pdf")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Підпис дійсний")));
        QVERIFY(validates(xml));
        // A report that cannot be written: a clear message, the verdict still printed.
        const CliRun bad = cli({QStringLiteral("verify"), QStringLiteral("--offline"), doc, QStringLiteral("--report-pdf"),
                                m_dir.filePath(QStringLiteral("v/missing/report.pdf"))});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("report.pdf")), qPrintable(bad.err));
    }

    // The protocol at intake: kept for what arrives once the manager turns it on, sealed by the
    // key she chose only (OpenSSL confirms the seal over the PDF), by `protocol seal` later or
    // by the watcher started with the key, at intake.
    void keptAtIntakeAndSealedByTheChosenKey()
    {
        const QString out = m_dir.filePath(QStringLiteral("intake"));
        QVERIFY(QDir().mkpath(out));
        CliRun r = cli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("1"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no protocol kept at intake")), qPrintable(r.err));
        r = cli({QStringLiteral("protocol"), QStringLiteral("intake"), QStringLiteral("on"), QStringLiteral("--seal-cert"),
                 m_dir.filePath(QStringLiteral("nowhere.cer"))});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("protocol"), QStringLiteral("intake"), QStringLiteral("on"), QStringLiteral("--seal-cert"),
                 pki(QStringLiteral("seal.crt"))});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("SHA-256")), qPrintable(r.err + r.out));

        // What arrives now is kept when checked; nothing of what came before.
        const QByteArray pdf = "%PDF-1.7 Довідка з місця навчання\n%%EOF\n";
        r = cli(
            {QStringLiteral("ingest"),
             write(QStringLiteral("in/two.eml"),
                   message(pairOf(QStringLiteral("Довідка"), pdf, sign(pdf)), {}, "<ivan@example.com>", "<two@example.com>"))});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Protocols kept at intake: 1")), qPrintable(r.err + r.out));
        QCOMPARE(cli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("1"), out}).code, 1);
        r = cli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("2"), out});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("not sealed yet")), qPrintable(r.err + r.out));
        QVERIFY(pdfText(out + QStringLiteral("/protocol-2-intake.pdf")).contains(QStringLiteral("ПРОТОКОЛ ПЕРЕВІРКИ")));
        QVERIFY(validates(out + QStringLiteral("/protocol-2-intake.xml")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/protocol-2-intake.pdf.p7s")));

        // Another key seals nothing; the chosen one seals it.
        const QString pin = write(QStringLiteral("pin"), QByteArray(kPkiPassword) + "\n");
        r = cli({QStringLiteral("protocol"), QStringLiteral("seal"), QStringLiteral("--pkcs12"), pki(QStringLiteral("clerk.p12")),
                 QStringLiteral("--pin-file"), pin});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not the key")), qPrintable(r.err));
        r = cli({QStringLiteral("protocol"), QStringLiteral("seal"), QStringLiteral("--pkcs12"), pki(QStringLiteral("seal.p12")),
                 QStringLiteral("--pin-file"), pin});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Sealed 1")), qPrintable(r.err + r.out));
        r = cli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("2"), out});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("sealed by")), qPrintable(r.err + r.out));
        const QString sealedPdf = out + QStringLiteral("/protocol-2-intake (2).pdf");
        QCOMPARE(read(sealedPdf), read(out + QStringLiteral("/protocol-2-intake.pdf"))); // the same protocol, kept
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                       QStringLiteral("DER"), QStringLiteral("-in"), out + QStringLiteral("/protocol-2-intake (2).pdf.p7s"),
                       QStringLiteral("-content"), sealedPdf, QStringLiteral("-CAfile"), pki(QStringLiteral("chain.pem")),
                       QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        // Changed by one byte, the PDF no longer matches its seal.
        QByteArray changed = read(sealedPdf);
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 1);
        const QString forged = write(QStringLiteral("intake/forged.pdf"), changed);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                       QStringLiteral("DER"), QStringLiteral("-in"), out + QStringLiteral("/protocol-2-intake (2).pdf.p7s"),
                       QStringLiteral("-content"), forged, QStringLiteral("-noverify"), QStringLiteral("-out"),
                       QStringLiteral("/dev/null")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY(openssl.exitCode() != 0);

        // The watcher started with the key seals each at intake.
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(QDir().mkpath(drop));
        const QByteArray third = "%PDF-1.7 Медична довідка\n%%EOF\n";
        const QString dropped = write(
            QStringLiteral("drop/three.eml"),
            message(pairOf(QStringLiteral("Медична"), third, sign(third)), {}, "<ivan@example.com>", "<three@example.com>"));
        {
            QFile f(dropped); // old enough not to be still being written
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--drop-folder"), drop,
                 QStringLiteral("--pkcs12"), pki(QStringLiteral("seal.p12")), QStringLiteral("--pin-file"), pin});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Protocols sealed: 1")), qPrintable(r.err + r.out));
        r = cli({QStringLiteral("protocol"), QStringLiteral("export"), QStringLiteral("3"), out});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("sealed by")), qPrintable(r.err + r.out));
        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(audit.out.contains(QStringLiteral("protocol.seal")), qPrintable(audit.out));
    }
};

QTEST_GUILESS_MAIN(TestCliProtocol)
#include "tst_cli_protocol.moc"
