// SPDX-License-Identifier: GPL-3.0-or-later
// The verification protocol: every field read back from the PDF by Poppler (pdftotext), the ETSI
// report validated by libxml2 (xmllint) against ETSI's schemas, for signatures made by OpenSSL
// (ECDSA, RSA, two signers, a seal) and a real Ukrainian DSTU 4145 signature.
#include "CryptoFixture.h"
#include "core/SettingsSql.h"
#include "inbox/VerificationPipeline.h"
#include "records/RecordFiles.h"
#include "records/VerificationProtocol.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;

class TestProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_pdf = QByteArray("%PDF-1.7 Паспорт громадянина України, сторінка 1\n%%EOF\n");

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // A detached CAdES signature made by OpenSSL (not by Kopii), by every one of `signers`.
    QByteArray opensslSign(const QStringList &signers, const QByteArray &content)
    {
        const QString in = m_dir.filePath(QStringLiteral("content.bin"));
        const QString out = m_dir.filePath(QStringLiteral("signature.p7s"));
        QFile::remove(out);
        if (!writeFile(in, content))
            return {};
        QStringList args{
            QStringLiteral("cms"),      QStringLiteral("-sign"),  QStringLiteral("-binary"), QStringLiteral("-cades"),
            QStringLiteral("-md"),      QStringLiteral("sha256"), QStringLiteral("-in"),     in,
            QStringLiteral("-outform"), QStringLiteral("DER"),    QStringLiteral("-out"),    out};
        for (const QString &s : signers)
            args << QStringLiteral("-signer") << pki(s + QStringLiteral(".crt")) << QStringLiteral("-inkey")
                 << pki(s + QStringLiteral(".key"));
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qWarning("openssl cms: %s", p.readAllStandardError().constData());
        return readFile(out);
    }

    // The PDF's text as pdftotext reads it, ligatures unfolded: in the order it is drawn (each
    // table cell whole), or laid out as printed (a row's label and value on one line).
    QString pdfText(const QByteArray &pdf, bool layout = false)
    {
        const QString path = m_dir.filePath(QStringLiteral("protocol.pdf"));
        if (!writeFile(path, pdf))
            return {};
        QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")};
        if (layout)
            args.prepend(QStringLiteral("-layout"));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), args);
        p.waitForFinished(30000);
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        return layout ? text : flat(text);
    }
    // Without white space: table cells wrap long values anywhere.
    static QString flat(const QString &text)
    {
        return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
    }

    // xmllint against the pinned ETSI TS 119 102-2 schema and the schemas it imports.
    bool validates(const QByteArray &xml, QString *why)
    {
        const QString path = m_dir.filePath(QStringLiteral("report.xml"));
        if (!writeFile(path, xml))
            return false;
        const QString schemas = sourcePath(QStringLiteral("tests/data/etsi-119102-2"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XML_CATALOG_FILES"), schemas + QStringLiteral("/catalog.xml"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("xmllint"),
                {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
                 schemas + QStringLiteral("/TS119102-2-v141.xsd"), path});
        p.waitForFinished(60000);
        *why = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    struct Checked
    {
        ProtocolContext context;
        QList<ProtocolDocument> documents;
    };
    // Checks the signature as the inbox does (offline; the CA's CRL in the trust store) and
    // builds the protocol's input: a submission received now, checked an hour later.
    static Checked check(CryptoWorkspace &ws, const QByteArray &p7s, const QByteArray &content, const QString &name)
    {
        Checked c;
        const QDateTime received = QDateTime::currentDateTimeUtc();
        const QDateTime now = received.addSecs(3600);
        DocumentCopy copy;
        copy.pdfName = name;
        copy.pdf = content;
        copy.pdfSize = content.size();
        copy.p7sName = name + QStringLiteral(".p7s");
        copy.p7s = p7s;
        copy.p7sSize = p7s.size();
        OcspCache cache;
        const RevocationOptions offline{false, 8, &cache};
        c.documents << ProtocolDocument::from(copy,
                                              VerificationPipeline::verifyDocument(copy, *ws.trust, now, offline, received));
        c.context.checkedAt = now;
        c.context.trustVersion = ws.trust->version();
        c.context.tlSequence = SettingsSql(ws.session()).meta(QLatin1String(kMetaTlSequence))->toLongLong();
        c.context.tlIssued = QDateTime::fromString(*SettingsSql(ws.session()).meta(QLatin1String(kMetaTlIssued)), Qt::ISODate);
        c.context.organization = QStringLiteral("Бучанський ліцей № 1");
        c.context.submissionId = 42;
        c.context.sender = QStringLiteral("citizen@example.com");
        c.context.senderName = QStringLiteral("Іваненко Марія");
        c.context.recipient = QStringLiteral("kopii@lyceum1.example.org");
        c.context.receivedAt = received;
        return c;
    }

    static QString moment(const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")); }

private Q_SLOTS:
    void fieldsReadBack_data()
    {
        QTest::addColumn<QStringList>("signers"); // test-PKI names; empty: the real DSTU signature
        QTest::addColumn<QString>("verdict");     // the result line, in Ukrainian
        QTest::newRow("ecdsa") << QStringList{QStringLiteral("clerk")} << QStringLiteral("Підпис дійсний");
        QTest::newRow("rsa") << QStringList{QStringLiteral("manager")} << QStringLiteral("Підпис дійсний");
        QTest::newRow("seal") << QStringList{QStringLiteral("seal")} << QStringLiteral("Підпис дійсний");
        QTest::newRow("two-signers") << QStringList{QStringLiteral("manager"), QStringLiteral("clerk")}
                                     << QStringLiteral("Підпис дійсний");
        QTest::newRow("dstu") << QStringList{} << QStringLiteral("Підпис не вдається підтвердити");
    }
    void fieldsReadBack()
    {
        QFETCH(QStringList, signers);
        QFETCH(QString, verdict);
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        QByteArray content = m_pdf;
        QByteArray p7s;
        QString name = QStringLiteral("Паспорт.pdf");
        if (signers.isEmpty()) {
            // A real signature of Diia's test provider (DSTU 4145), its certificate expired since.
            QVERIFY(ws.trust->addPathForThisRun(fixture(QStringLiteral("ua/certs"))));
            content = readFile(fixture(QStringLiteral("ua/cades/fox.txt")));
            p7s = readFile(fixture(QStringLiteral("ua/cades/bes-detached-fox.p7s")));
            name = QStringLiteral("fox.txt");
        } else {
            p7s = opensslSign(signers, content);
        }
        QVERIFY(!p7s.isEmpty() && !content.isEmpty());
        const Checked c = check(ws, p7s, content, name);
        const DocumentVerification &whole = c.documents.first().verification;
        const auto signatures = VerificationProtocol::signaturesOf(whole);
        QCOMPARE(signatures.size(), qMax<qsizetype>(1, signers.size()));

        const auto pdf = VerificationProtocol::pdf(c.context, c.documents);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        if (const QString keep = qEnvironmentVariable("KOPII_SCREENSHOT_DIR"); !keep.isEmpty())
            writeFile(keep + QStringLiteral("/protocol-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())), *pdf);
        const QString text = pdfText(*pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList lines = pdfText(*pdf, true).split(QLatin1Char('\n'));
        const auto expect = [&text](const QString &what) {
            QVERIFY2(text.contains(flat(what)), qPrintable(QStringLiteral("missing: ") + what));
        };
        // A row: its label, and its value beginning on the label's line (or the lines after it,
        // where the label wraps).
        const auto row = [&lines](const QString &label, const QString &value) {
            const QString head = flat(label).left(10);
            const QString start = flat(value).left(24);
            bool found = false;
            for (qsizetype i = 0; i < lines.size() && !found; ++i)
                found = flat(lines[i]).startsWith(head) && flat(lines.mid(i, 3).join(QString())).contains(start);
            QVERIFY2(found, qPrintable(QStringLiteral("no row \"%1\" with \"%2\"").arg(label, value)));
        };
        // The protocol is Ukrainian whatever the program's language (the tests run it in English).
        expect(QStringLiteral("ПРОТОКОЛ ПЕРЕВІРКИ"));
        row(QStringLiteral("Дата і час перевірки"), moment(c.context.checkedAt));
        row(QStringLiteral("Перевірила установа"), QStringLiteral("Бучанський ліцей № 1"));
        row(QStringLiteral("Відправник"), QStringLiteral("Іваненко Марія <citizen@example.com>"));
        row(QStringLiteral("Надіслано на адресу"), QStringLiteral("kopii@lyceum1.example.org"));
        row(QStringLiteral("Надходження"), QStringLiteral("№ 42, отримано ") + moment(c.context.receivedAt));
        row(QStringLiteral("Файл "), QStringLiteral("%1, %2 байтів").arg(name).arg(content.size()));
        row(QStringLiteral("Файл підпису"), QStringLiteral("%1.p7s, %2 байтів").arg(name).arg(p7s.size()));
        expect(QString::fromLatin1(c.documents.first().sha256.toHex()));
        row(QStringLiteral("Результат"), verdict);
        row(QStringLiteral("Довірчий список"),
            QStringLiteral("№ %1 від %2").arg(c.context.tlSequence).arg(moment(c.context.tlIssued)));
        row(QStringLiteral("Програма перевірки"), QStringLiteral("Kopii " KOPII_VERSION));
        row(QStringLiteral("Версія сховища довіри"), c.context.trustVersion);
        for (const DocumentVerification *v : signatures) {
            const CertificateInfo &info = v->signer.info();
            row(QStringLiteral("Підписувач"), info.holderName());
            if (!info.rnokpp.isEmpty())
                row(QStringLiteral("РНОКПП"), info.rnokpp);
            if (!info.edrpou.isEmpty())
                row(QStringLiteral("ЄДРПОУ"), info.edrpou);
            if (!info.title.isEmpty())
                row(QStringLiteral("Посада"), info.title);
            row(QStringLiteral("Країна"), info.country);
            row(QStringLiteral("Серійний номер сертифіката"), info.serialNumber);
            row(QStringLiteral("Сертифікат видав"), info.issuerCommonName);
            row(QStringLiteral("Алгоритм"), v->algorithm);
            row(QStringLiteral("Формат підпису"), v->level);
            row(QStringLiteral("Тип підпису"), QStringLiteral("відокремлений: дані в окремому файлі"));
            row(QStringLiteral("Час підпису"), moment(v->signingTime));
            row(QStringLiteral("Позначка часу"), QStringLiteral("немає: час підпису не доведено"));
            row(QStringLiteral("Висновок за ETSI"), v->indication);
            // (a long reason may run on to the next page, past its number)
            for (const VerificationCheck &check : v->checks)
                expect(check.detail.left(60));
        }
        if (signers.size() > 1) {
            expect(QStringLiteral("Підпис 1 з 2"));
            expect(QStringLiteral("Підпис 2 з 2"));
        }
        if (signers == QStringList{QStringLiteral("seal")}) {
            row(QStringLiteral("Електронна печатка"), QStringLiteral("так, електронна печатка"));
            row(QStringLiteral("Носій особистого ключа"), QStringLiteral("засіб кваліфікованого електронного підпису"));
        } else {
            row(QStringLiteral("Носій особистого ключа"), QStringLiteral("не зазначено в сертифікаті"));
        }
        if (signers.isEmpty()) {
            expect(QStringLiteral("DSTU 4145"));
            row(QStringLiteral("ЄДРПОУ"), QStringLiteral("43395033"));
        } else {
            row(QStringLiteral("Вид підпису"), QStringLiteral("кваліфікований електронний підпис (КЕП)"));
            // Judged as of when the office received it, an hour before the check.
            row(QStringLiteral("Час, на який перевірено"), moment(c.context.receivedAt));
        }
    }

    void etsiReportValidates_data() { fieldsReadBack_data(); }
    void etsiReportValidates()
    {
        QFETCH(QStringList, signers);
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        QByteArray content = m_pdf;
        QByteArray p7s;
        if (signers.isEmpty()) {
            QVERIFY(ws.trust->addPathForThisRun(fixture(QStringLiteral("ua/certs"))));
            content = readFile(fixture(QStringLiteral("ua/cades/fox.txt")));
            p7s = readFile(fixture(QStringLiteral("ua/cades/bes-detached-fox.p7s")));
        } else {
            p7s = opensslSign(signers, content);
        }
        const Checked c = check(ws, p7s, content, QStringLiteral("Паспорт.pdf"));
        const QByteArray xml = VerificationProtocol::etsiXml(c.context, c.documents);
        QString why;
        QVERIFY2(validates(xml, &why), qPrintable(why));
        // One report per signature, each with the verifier's indication.
        const auto signatures = VerificationProtocol::signaturesOf(c.documents.first().verification);
        QCOMPARE(xml.count("<vr:SignatureValidationReport>"), signatures.size());
        for (const DocumentVerification *v : signatures) {
            QVERIFY(xml.contains((QStringLiteral("urn:etsi:019102:mainindication:")
                                  + v->indication.toLower().replace(QLatin1Char('_'), QLatin1Char('-')))
                                     .toUtf8()));
            QVERIFY(xml.contains(v->signer.der().toBase64()));
        }
        // Every reference names an object of the report (xmllint does not check IDREFS).
        const QRegularExpression ref(QStringLiteral("VOReference=\"([^\"]+)\""));
        for (auto m = ref.globalMatch(QString::fromUtf8(xml)); m.hasNext();) {
            const QString id = m.next().captured(1);
            QVERIFY2(xml.contains(QStringLiteral("id=\"%1\"").arg(id).toUtf8()), qPrintable(id));
        }
        // The schema is really applied: a report without a required element fails.
        QByteArray broken = xml;
        broken.replace("<vr:HashOnly>false</vr:HashOnly>", "");
        QVERIFY(broken != xml);
        QVERIFY(!validates(broken, &why));
    }

    // A forged signature value: the protocol says NOT valid and names the failed check.
    void forgedSignatureSaysNotValid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        QByteArray p7s = opensslSign({QStringLiteral("clerk")}, m_pdf);
        QVERIFY(!p7s.isEmpty());
        const Checked good = check(ws, p7s, m_pdf, QStringLiteral("Паспорт.pdf"));
        QCOMPARE(good.documents.first().verification.verdict, Verdict::Valid);
        const Checked changed = check(ws, p7s, m_pdf + "x", QStringLiteral("Паспорт.pdf"));
        QCOMPARE(changed.documents.first().verification.verdict, Verdict::Invalid);
        const auto pdf = VerificationProtocol::pdf(changed.context, changed.documents);
        QVERIFY(pdf);
        const QString text = pdfText(*pdf);
        QVERIFY(text.contains(flat(QStringLiteral("Підпис НЕДІЙСНИЙ"))));
        QVERIFY(text.contains(flat(QStringLiteral("НЕ ПРОЙДЕНО"))));
        QVERIFY(!text.contains(flat(QStringLiteral("Підпис дійсний"))));
        QString why;
        QVERIFY2(validates(VerificationProtocol::etsiXml(changed.context, changed.documents), &why), qPrintable(why));
    }

    // PDF/A: every font embedded, the PDF/A identification in the metadata.
    void pdfIsArchivable()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const Checked c = check(ws, opensslSign({QStringLiteral("clerk")}, m_pdf), m_pdf, QStringLiteral("Паспорт.pdf"));
        const auto pdf = VerificationProtocol::pdf(c.context, c.documents);
        QVERIFY(pdf);
        const QString path = m_dir.filePath(QStringLiteral("archivable.pdf"));
        QVERIFY(writeFile(path, *pdf));
        QProcess p;
        p.start(QStringLiteral("pdffonts"), {path});
        p.waitForFinished(30000);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, "pdffonts lists no font");
        // name, type, encoding, then "emb sub uni object ID": every font embedded.
        const QRegularExpression columns(QStringLiteral("\\b(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        for (const QString &line : lines.mid(2)) { // after the two heading lines
            const auto m = columns.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == QLatin1String("yes"),
                     qPrintable(QStringLiteral("a font not embedded: ") + line));
        }
        QVERIFY(pdf->contains("pdfaid:part"));
        QVERIFY(pdf->contains("/OutputIntents"));
    }

    // Files are written whole or not at all, and a record written before is never replaced.
    void filesAreWrittenWholeOrNotAtAll()
    {
        const QString folder = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        const QString base = RecordFiles::unusedPath(folder, QStringLiteral("protocol-7"), {QStringLiteral(".pdf")});
        QCOMPARE(base, folder + QStringLiteral("/protocol-7"));
        QVERIFY(RecordFiles::write({{base + QStringLiteral(".pdf"), "%PDF-1"}, {base + QStringLiteral(".xml"), "<x/>"}}));
        QCOMPARE(QFile(base + QStringLiteral(".pdf")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(RecordFiles::unusedPath(folder, QStringLiteral("protocol-7"), {QStringLiteral(".pdf")}),
                 folder + QStringLiteral("/protocol-7 (2)"));
        // The second file cannot be written (its folder does not exist): the first goes again.
        const QString first = folder + QStringLiteral("/a.pdf");
        const Status s = RecordFiles::write({{first, "%PDF-1"}, {folder + QStringLiteral("/missing/b.xml"), "<x/>"}});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("missing/b.xml")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(first));
    }
};

QTEST_MAIN(TestProtocol)
#include "tst_protocol.moc"
