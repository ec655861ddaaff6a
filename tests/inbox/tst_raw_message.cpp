// SPDX-License-Identifier: GPL-3.0-or-later
// A received message is kept without its documents' encoded bodies and rebuilt byte for byte:
// messages made by Kopii's samples and by Python's e-mail package (an independent encoder), in the
// line widths and endings mail programs use; what does not rebuild exactly is kept whole; a
// damaged note or document is an error, never a different message.
#include "MailSamples.h"
#include "inbox/RawMessage.h"
#include "inbox/SubmissionSql.h"
#include "mail/Ingestor.h"
#include "mail/MimeParser.h"
#include "core/Workspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

QByteArray sha256(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

// A message with base64 bodies wrapped at `width` with `eol` (Kopii's samples use 76 and CRLF).
QByteArray messageWrapped(const QByteArray &pdf, const QByteArray &p7s, int width, const QByteArray &eol)
{
    const auto wrap = [&](const QByteArray &data) {
        const QByteArray b64 = data.toBase64();
        QByteArray out;
        for (qsizetype i = 0; i<b64.size(); i += width> 0 ? width : b64.size())
            out += b64.mid(i, width > 0 ? width : b64.size()) + eol;
        return out;
    };
    return "From: a@example.com" + eol + "To: b@example.com" + eol + "Subject: x" + eol + "MIME-Version: 1.0" + eol
        + "Content-Type: multipart/mixed; boundary=\"b1\"" + eol + eol + "--b1" + eol
        + "Content-Type: application/pdf; name=\"a.pdf\"" + eol + "Content-Transfer-Encoding: base64" + eol + eol + wrap(pdf)
        + "--b1" + eol + "Content-Type: application/pkcs7-signature; name=\"a.pdf.p7s\"" + eol
        + "Content-Transfer-Encoding: base64" + eol + eol + wrap(p7s) + "--b1--" + eol;
}

} // namespace

class TestRawMessage : public QObject
{
    Q_OBJECT

    // Strips `raw` by the documents the parser finds, and rebuilds it.
    static RawMessage stripAndCheck(const QByteArray &raw, int expectedSpans)
    {
        const auto parsed = MimeParser::parse(raw);
        if (!parsed)
            qFatal("message not parsed");
        const RawMessage stored = RawMessage::strip(raw, parsed->documents);
        if (stored.spans().size() != expectedSpans)
            qWarning() << "spans" << stored.spans().size() << "expected" << expectedSpans;
        // As it comes back from the store: the notes through their text.
        const auto back = RawMessage::fromStored(stored.data(), stored.spansText());
        if (!back || back->spans() != stored.spans())
            qFatal("notes do not read back");
        const auto restored = back->restore(parsed->documents, sha256(raw));
        if (!restored || *restored != raw)
            qFatal("not rebuilt byte for byte");
        return stored;
    }

private Q_SLOTS:
    void kopiisSamplesLoseTheirBodiesAndComeBackWhole()
    {
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(100 * 1024, 1);
        const QByteArray p7s = randomBytes(2000, 2);
        const QByteArray raw = message(pairOf(QStringLiteral("Паспорт"), pdf, p7s)
                                       + pairOf(QStringLiteral("Довідка"), "%PDF-1.4\n" + randomBytes(5000, 3), p7s));
        const RawMessage stored = stripAndCheck(raw, 4);
        QCOMPARE(stored.spans().size(), 4);
        // What is stored is the message's headers and text: about 1 KB, not 150.
        QVERIFY2(stored.data().size() < 3000, qPrintable(QString::number(stored.data().size())));
        QVERIFY(stored.data().contains("Content-Transfer-Encoding: base64"));
        QVERIFY(!stored.data().contains(pdf.left(48).toBase64()));
    }

    void lineWidthsAndEndingsOfMailPrograms_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("76 CRLF") << 76 << QByteArray("\r\n");
        QTest::newRow("76 LF") << 76 << QByteArray("\n");
        QTest::newRow("64 CRLF (OpenSSL)") << 64 << QByteArray("\r\n");
        QTest::newRow("72 LF") << 72 << QByteArray("\n");
        QTest::newRow("one line") << 0 << QByteArray("\r\n");
    }
    void lineWidthsAndEndingsOfMailPrograms()
    {
        QFETCH(int, width);
        QFETCH(QByteArray, eol);
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(30000, 4);
        const QByteArray p7s = randomBytes(1500, 5);
        stripAndCheck(messageWrapped(pdf, p7s, width, eol), 2);
    }

    // The comparison that encodes as it goes agrees with encode() everywhere: every length around
    // the groups of three, widths around lines and blocks, both endings; one byte changed anywhere in
    // the encoding, or the encoding cut short, and it is no match.
    void matchingAgreesWithEncoding()
    {
        const QByteArray source = randomBytes(9000, 11);
        int checked = 0;
        for (const int size : {1, 2, 3, 4, 5, 47, 48, 49, 57, 58, 3071, 3072, 3073, 6145, 9000})
            for (const int width : {0, 1, 3, 4, 5, 64, 76, 77, 998, 4096, 4100})
                for (const bool crlf : {true, false}) {
                    const QByteArray bytes = source.left(size);
                    const QByteArray encoded = RawMessage::encode(bytes, width, crlf);
                    const QByteArray whole = "head\r\n" + encoded + "\r\ntail";
                    QCOMPARE(RawMessage::matchEncoded(whole, 6, bytes, width, crlf), encoded.size());
                    QCOMPARE(RawMessage::matchEncoded(whole, 5, bytes, width, crlf), -1);
                    QCOMPARE(RawMessage::matchEncoded(whole.left(6 + encoded.size() - 1), 6, bytes, width, crlf), -1);
                    for (const qsizetype at : {qsizetype(0), encoded.size() / 2, encoded.size() - 1}) {
                        QByteArray changed = whole;
                        changed[6 + at] = changed.at(6 + at) == 'A' ? 'B' : 'A';
                        QCOMPARE(RawMessage::matchEncoded(changed, 6, bytes, width, crlf), -1);
                    }
                    ++checked;
                }
        QCOMPARE(checked, 15 * 11 * 2);
        QCOMPARE(RawMessage::matchEncoded("AA==", 0, QByteArray(1, '\0'), 76, true), 4);
        QCOMPARE(RawMessage::matchEncoded("AA==", 1, QByteArray(1, '\0'), 76, true), -1);
        QCOMPARE(RawMessage::matchEncoded("AA==", 5, QByteArray(1, '\0'), 76, true), -1);
    }

    // Python's e-mail package encodes on its own (76 characters a line, its own endings).
    void pythonsEncoderToo()
    {
        QTemporaryDir dir;
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(20000, 6);
        const QByteArray p7s = randomBytes(1200, 7);
        {
            QFile a(dir.filePath(QStringLiteral("a.pdf"))), b(dir.filePath(QStringLiteral("a.pdf.p7s")));
            QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
            a.write(pdf);
            b.write(p7s);
        }
        for (const char *policy : {"SMTP", "default"}) {
            QProcess python;
            python.setWorkingDirectory(dir.path());
            python.start(QStringLiteral("python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import sys, email.policy\n"
                                         "from email.message import EmailMessage\n"
                                         "m = EmailMessage()\n"
                                         "m['From'] = 'a@example.com'; m['To'] = 'b@example.com'; m['Subject'] = 'x'\n"
                                         "m.set_content('Copies')\n"
                                         "m.add_attachment(open('a.pdf','rb').read(), maintype='application', "
                                         "subtype='pdf', filename='a.pdf')\n"
                                         "m.add_attachment(open('a.pdf.p7s','rb').read(), maintype='application', "
                                         "subtype='pkcs7-signature', filename='a.pdf.p7s')\n"
                                         "sys.stdout.buffer.write(m.as_bytes(policy=email.policy.%1))\n")
                              .arg(QLatin1String(policy))});
            QVERIFY(python.waitForFinished(30000));
            QCOMPARE(python.exitCode(), 0);
            const QByteArray raw = python.readAllStandardOutput();
            QVERIFY(raw.contains(pdf.left(48).toBase64()));
            QCOMPARE(stripAndCheck(raw, 2).spans().size(), 2);
        }
    }

    // A body that would not come back byte for byte (an encoder that ends a line early) stays in
    // place; so does one not in base64 at all.
    void whatDoesNotRebuildExactlyStaysInPlace()
    {
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(4000, 8);
        const QByteArray p7s = randomBytes(1000, 9);
        QByteArray raw = messageWrapped(pdf, p7s, 76, "\r\n");
        // The PDF's third line cut short: still valid base64, not what encode() writes.
        const qsizetype third = raw.indexOf(pdf.toBase64().mid(152, 76));
        QVERIFY(third > 0);
        raw.insert(third + 40, "\r\n");
        const auto parsed = MimeParser::parse(raw);
        QVERIFY(parsed);
        QCOMPARE(parsed->documents.value(0).pdf, pdf);
        const RawMessage stored = RawMessage::strip(raw, parsed->documents);
        QCOMPARE(stored.spans().size(), 1); // the signature only
        QVERIFY(stored.spans().first().signature);
        QCOMPARE(*stored.restore(parsed->documents, sha256(raw)), raw);
        // Quoted-printable: nothing to leave out.
        const QByteArray qp = "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: application/pdf; name=\"q.pdf\"\r\n"
                              "Content-Transfer-Encoding: quoted-printable\r\n\r\n%PDF-1.4 =E2=80=94 "
            + QByteArray(200, 'x') + "=\r\n\r\n";
        const auto qpParsed = MimeParser::parse(qp);
        QVERIFY(qpParsed && !qpParsed->documents.isEmpty());
        const RawMessage whole = RawMessage::strip(qp, qpParsed->documents);
        QVERIFY(!whole.isStripped());
        QCOMPARE(whole.data(), qp);
        QVERIFY(whole.spansText().isEmpty());
    }

    // The same document twice: two bodies, two notes, never one body claimed twice.
    void theSameDocumentTwice()
    {
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(3000, 10);
        const QByteArray p7s = randomBytes(800, 11);
        const QByteArray raw = message(pairOf(QStringLiteral("a"), pdf, p7s) + pairOf(QStringLiteral("b"), pdf, p7s));
        const RawMessage stored = stripAndCheck(raw, 4);
        QCOMPARE(stored.spans().size(), 4);
        for (qsizetype i = 1; i < stored.spans().size(); ++i)
            QVERIFY(stored.spans().at(i - 1).offset + stored.spans().at(i - 1).length <= stored.spans().at(i).offset);
    }

    // A hostile message repeating a body's first characters many times before the body: the
    // places looked at are bounded (a handful), so the body may stay in place; the message always
    // comes back whole.
    void aRepeatedStartIsLookedAtAHandfulOfTimes()
    {
        const QByteArray pdf = QByteArray(48, '\0') + randomBytes(3000, 16); // base64 "AAAA…"
        const QByteArray p7s = randomBytes(900, 17);
        QByteArray raw = messageWrapped(pdf, p7s, 76, "\r\n");
        // 20,000 starts of the body (all 'A') in a text part before the documents.
        const qsizetype firstPart = raw.indexOf("--b1");
        raw.insert(firstPart, "--b1\r\nContent-Type: text/plain\r\n\r\n" + QByteArray(20000 * 64, 'A') + "\r\n");
        const auto parsed = MimeParser::parse(raw);
        QVERIFY(parsed);
        QCOMPARE(parsed->documents.value(0).pdf, pdf);
        const RawMessage stored = RawMessage::strip(raw, parsed->documents);
        // The PDF's body lies beyond the places looked at: kept; the signature's is found.
        QCOMPARE(stored.spans().size(), 1);
        QVERIFY(stored.spans().first().signature);
        QCOMPARE(*stored.restore(parsed->documents, sha256(raw)), raw);
    }

    // A changed document or damaged notes: an error saying so, never another message.
    void damageIsAnErrorNeverAnotherMessage()
    {
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(3000, 12);
        const QByteArray p7s = randomBytes(900, 13);
        const QByteArray raw = message(pairOf(QStringLiteral("a"), pdf, p7s));
        const auto parsed = MimeParser::parse(raw);
        QVERIFY(parsed);
        const RawMessage stored = RawMessage::strip(raw, parsed->documents);
        QVERIFY(stored.isStripped());
        QList<DocumentCopy> changed = parsed->documents;
        changed[0].pdf[100] = char(changed[0].pdf[100] ^ 1);
        const auto restored = stored.restore(changed, sha256(raw));
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, Error::Code::Corrupt);
        // A document missing altogether.
        QVERIFY(!stored.restore({}, sha256(raw)));
        for (const QString &bad : {QStringLiteral("not json"), QStringLiteral("[{\"at\":-5}]"),
                                   QStringLiteral("[{\"at\":0,\"length\":10,\"document\":0,\"part\":\"zip\",\"width\":76,"
                                                  "\"eol\":\"crlf\"}]"),
                                   QStringLiteral("[{\"at\":999999,\"length\":10,\"document\":0,\"part\":\"pdf\","
                                                  "\"width\":76,\"eol\":\"crlf\"}]")}) {
            const auto read = RawMessage::fromStored(stored.data(), bad);
            QVERIFY2(!read, qPrintable(bad));
            QCOMPARE(read.error().code, Error::Code::Corrupt);
        }
    }

    // Through the store: what goes in comes out, and the database holds the body once.
    void theStoreKeepsEachBodyOnce()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        const QByteArray pdf = "%PDF-1.7\n" + randomBytes(200 * 1024, 14);
        const QByteArray raw = message(pairOf(QStringLiteral("Паспорт"), pdf, randomBytes(1500, 15)));
        Ingestor ingestor((*ws)->session());
        const auto r = ingestor.ingestMessage(raw, QStringLiteral("test"));
        QVERIFY(r && r->id > 0);
        QCOMPARE(*SubmissionSql((*ws)->session()).rawMessage(r->id), raw);
        QCOMPARE(SubmissionSql((*ws)->session()).document(r->stored.value(0).id)->pdf, pdf);
        // Every file of the workspace (the database and its write-ahead log): the decoded PDF is
        // there, its base64 is not.
        QByteArray files;
        QDirIterator it(dir.filePath(QStringLiteral("ws")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        QVERIFY(files.contains(pdf.mid(1000, 4000)));
        QVERIFY(!files.contains(pdf.mid(3000, 3000).toBase64().left(24)));
    }
};

QTEST_GUILESS_MAIN(TestRawMessage)
#include "tst_raw_message.moc"
