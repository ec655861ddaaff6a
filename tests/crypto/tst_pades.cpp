// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures embedded in PDFs (PAdES): files signed by OpenSSL's tools over byte ranges
// (tests/support/PadesTestFile.h), cross-checked with Poppler's pdfsig (NSS), and the attacks on
// PDF signatures: unsigned incremental updates, byte ranges that hide or point outside, signature
// wrapping, empty fields, forms Kopii cannot check; and mutations of a signed PDF.
#include "CryptoFixture.h"
#include "PadesTestFile.h"
#include "crypto/PdfSignatures.h"
#include "crypto/SignatureVerifier.h"
#include "inbox/ShownDocument.h"
#include "mail/SignatureFiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::test::pades;

class TestPades : public QObject
{
    Q_OBJECT

    static QString describe(const DocumentVerification &v)
    {
        QStringList lines{verdictId(v.verdict) + QStringLiteral(" ") + v.indication + QStringLiteral("/") + v.subIndication
                          + QStringLiteral(": ") + v.summary};
        const auto add = [&lines](const DocumentVerification &one) {
            lines << QStringLiteral(" [%1] %2 %3").arg(one.place, verdictId(one.verdict), one.level);
            for (const auto &c : one.checks)
                lines << QStringLiteral("   %1 %2 %3").arg(c.ok ? QStringLiteral("ok") : QStringLiteral("NO"), c.id, c.detail);
        };
        if (v.signatures.empty())
            add(v);
        for (const auto &one : v.signatures)
            add(one);
        return lines.join(QLatin1Char('\n'));
    }
    static const VerificationCheck *check(const DocumentVerification &v, const QString &id)
    {
        for (const auto &c : v.checks)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    // Poppler's own verdict on the signatures of `pdf` (signature value and digest; no chain).
    static QByteArray pdfsig(const QByteArray &pdf)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("signed.pdf"));
        writeAll(path, pdf);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), path});
        p.waitForFinished(60000);
        return p.readAll();
    }
    // `pdf` with the /ByteRange of its first signature set to `range` (same width).
    static QByteArray withRange(QByteArray pdf, const QByteArray &range)
    {
        const qsizetype at = pdf.indexOf("/ByteRange [") + 11;
        const qsizetype end = pdf.indexOf(']', at) + 1;
        const QByteArray padded = range.left(range.size() - 1).leftJustified(end - at - 1, ' ') + "]";
        pdf.replace(at, end - at, padded);
        return pdf;
    }

    const QDateTime m_now = QDateTime::currentDateTimeUtc();

private Q_SLOTS:
    // KOPII_PADES_SAMPLES=DIR keeps the PDFs these tests make (to look at, and the fuzz seeds in
    // tests/fuzz/seeds/pdfsig/ came from here).
    void writeSamples()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("KOPII_PADES_SAMPLES"));
        if (dir.isEmpty())
            QSKIP("KOPII_PADES_SAMPLES is not set");
        Signing stamp;
        stamp.subFilter = "ETSI.RFC3161";
        Signing plain;
        plain.subFilter = "adbe.pkcs7.detached";
        plain.placeholder = 8192;
        Signing manager;
        manager.who = QStringLiteral("manager");
        writeAll(dir + QStringLiteral("/cades.pdf"), signedPdf());
        writeAll(dir + QStringLiteral("/pkcs7.pdf"), signedPdf(plain));
        writeAll(dir + QStringLiteral("/two-signatures.pdf"), withSignedRevision(signedPdf(), manager));
        writeAll(dir + QStringLiteral("/timestamped.pdf"), withSignedRevision(signedPdf(plain), stamp));
        writeAll(dir + QStringLiteral("/changed-after.pdf"), withUnsignedChange(signedPdf(plain), "Amount: 900 UAH"));
    }

    void openSslCadesSignatureIsValid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const QByteArray pdf = signedPdf();
        const QList<PdfSignature> found = PdfSignatures::find(pdf);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().problem.isEmpty(), qPrintable(found.first().problem));
        QCOMPARE(found.first().subFilter, QByteArray("ETSI.CAdES.detached"));
        QVERIFY(found.first().coversWholeFile);
        QCOMPARE(found.first().range[0], 0);
        QCOMPARE(found.first().revisionEnd(), pdf.size());

        // Without a signature beside it, the PDF's own is verified.
        const DocumentVerification v = SignatureVerifier::verify({}, pdf, *ws.trust, m_now);
        QVERIFY2(v.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(v.level, QStringLiteral("PAdES-B-B"));
        QCOMPARE(v.contentMatchesPdf, 1);
        QCOMPARE(v.signedContent, pdf);
        QCOMPARE(v.signer.info().holderName(), QStringLiteral("Петренко Марія Іванівна"));
        const VerificationCheck *range = check(v, QStringLiteral("byte-range"));
        QVERIFY(range && range->ok);
        QCOMPARE(PdfSignatures::signedVersion(pdf), pdf);

        // Poppler (NSS) agrees on the same file.
        const QByteArray poppler = pdfsig(pdf);
        QVERIFY2(poppler.contains("Signature Validation: Signature is Valid.") && poppler.contains("Total document signed"),
                 poppler.constData());
    }

    void plainPkcs7SubFilterIsChecked()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        Signing how;
        how.subFilter = "adbe.pkcs7.detached";
        const QByteArray pdf = signedPdf(how);
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QVERIFY2(v.verdict == Verdict::Valid || v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY2(v.level.startsWith(QLatin1String("PDF (adbe.pkcs7.detached)")), qPrintable(v.level));
        QVERIFY(pdfsig(pdf).contains("Signature Validation: Signature is Valid."));
    }

    void changedPageIsHashFailure()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        QByteArray pdf = signedPdf({}, "Amount: 100 UAH");
        pdf.replace(pdf.indexOf("100 UAH"), 3, "900");
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QVERIFY2(v.verdict == Verdict::Invalid, qPrintable(describe(v)));
        QCOMPARE(v.subIndication, QStringLiteral("HASH_FAILURE"));
        QVERIFY(pdfsig(pdf).contains("Digest Mismatch"));
    }

    // The incremental saving attack: a later revision, signed by nobody, changes what is shown.
    void unsignedChangeShowsTheSignedVersion()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const QByteArray original = signedPdf({}, "Amount: 100 UAH");
        const QByteArray pdf = withUnsignedChange(original, "Amount: 900 UAH");
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QVERIFY2(v.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        const VerificationCheck *range = check(v, QStringLiteral("byte-range"));
        QVERIFY(range && !range->ok);
        QVERIFY2(range->detail.contains(QStringLiteral("no signature covers")), qPrintable(range->detail));
        QCOMPARE(v.contentMatchesPdf, 0);
        QCOMPARE(v.signedContent, original);
        QCOMPARE(PdfSignatures::signedVersion(pdf), original);
        // What the clerk sees and prints is the version that was signed.
        DocumentCopy copy;
        copy.pdf = pdf;
        const ShownDocument shown = ShownDocument::of(copy);
        QCOMPARE(shown.pdf, original);
        QVERIFY(shown.signedVersionOnly);
        QVERIFY(pdfsig(pdf).contains("Not total document signed"));
    }

    void laterSignatureCoversTheAdditions()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const QByteArray first = signedPdf();
        Signing second;
        second.who = QStringLiteral("manager");
        const QByteArray pdf = withSignedRevision(first, second);
        const QList<PdfSignature> found = PdfSignatures::find(pdf);
        QCOMPARE(found.size(), 2);
        QVERIFY(!found.at(0).coversWholeFile);
        QVERIFY(found.at(1).coversWholeFile);
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QCOMPARE(v.signatures.size(), std::size_t(2));
        const DocumentVerification &a = v.signatures.at(0), &b = v.signatures.at(1);
        QVERIFY2(a.verdict == Verdict::ValidWithWarnings, qPrintable(describe(v)));
        QVERIFY(check(a, QStringLiteral("byte-range"))->detail.contains(QStringLiteral("a later signature")));
        QCOMPARE(a.signedContent, first);
        QVERIFY2(b.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(b.signer.info().rnokpp, QStringLiteral("3012345670"));
        QCOMPARE(a.place, QStringLiteral("Signature 1 of 2 in the PDF"));
        QCOMPARE(v.verdict, Verdict::ValidWithWarnings);
        QCOMPARE(PdfSignatures::signedVersion(pdf), pdf);
        const QByteArray poppler = pdfsig(pdf);
        QCOMPARE(poppler.count("Signature Validation: Signature is Valid."), 2);
    }

    void documentTimestampIsChecked()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        Signing stamp;
        stamp.subFilter = "ETSI.RFC3161";
        const QByteArray pdf = withSignedRevision(signedPdf(), stamp);
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QCOMPARE(v.signatures.size(), std::size_t(2));
        const DocumentVerification &ts = v.signatures.at(1);
        QVERIFY2(ts.verdict == Verdict::Valid, qPrintable(describe(v)));
        QCOMPARE(ts.level, QStringLiteral("PAdES document timestamp"));
        QVERIFY(ts.timestampTime.isValid());
        QCOMPARE(ts.poe, DocumentVerification::Poe::Timestamp);
        QVERIFY(ts.place.startsWith(QLatin1String("Document timestamp")));

        // A token over other bytes is not this file's timestamp.
        QByteArray moved = pdf;
        const qsizetype text = moved.indexOf("(Kopii test document)");
        moved[text + 1] = 'k';
        const DocumentVerification m = PdfSignatures::verify(moved, *ws.trust, m_now);
        QCOMPARE(m.verdict, Verdict::Invalid);
        QVERIFY2(m.signatures.at(1).verdict == Verdict::Invalid, qPrintable(describe(m)));
        QCOMPARE(m.signatures.at(1).subIndication, QStringLiteral("HASH_FAILURE"));
    }

    void hostileByteRanges_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("said");
        QTest::newRow("not from the start") << QStringLiteral("start") << QStringLiteral("start of the file");
        QTest::newRow("past the end") << QStringLiteral("end") << QStringLiteral("outside the file");
        QTest::newRow("signature wrapping") << QStringLiteral("wrap") << QStringLiteral("more than the signature value");
        QTest::newRow("not the contents") << QStringLiteral("other-string") << QStringLiteral("not its /Contents");
        QTest::newRow("never signed") << QStringLiteral("empty") << QStringLiteral("never signed");
        QTest::newRow("old sub-filter") << QStringLiteral("sha1") << QStringLiteral("adbe.pkcs7.sha1");
        QTest::newRow("no sub-filter") << QStringLiteral("none") << QStringLiteral("no SubFilter");
    }
    void hostileByteRanges()
    {
        QFETCH(QString, how);
        QFETCH(QString, said);
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        QByteArray pdf = signedPdf();
        const QByteArray kCades("/SubFilter /ETSI.CAdES.detached"); // replaced by as many bytes
        const PdfSignature sound = PdfSignatures::find(pdf).value(0);
        const qint64 *r = sound.range;
        auto numbers = [](qint64 a, qint64 b, qint64 c, qint64 d) {
            return "[" + QByteArray::number(a) + " " + QByteArray::number(b) + " " + QByteArray::number(c) + " "
                + QByteArray::number(d) + "]";
        };
        if (how == QLatin1String("start"))
            pdf = withRange(pdf, numbers(5, r[1] - 5, r[2], r[3]));
        else if (how == QLatin1String("end"))
            pdf = withRange(pdf, numbers(0, r[1], r[2], r[3] + 100));
        else if (how == QLatin1String("wrap")) // the gap begins before the value: unsigned bytes could hide there
            pdf = withRange(pdf, numbers(0, r[1] - 12, r[2], r[3]));
        else if (how == QLatin1String("other-string")) {
            // The gap moved onto another hex string of the same length, elsewhere in the file.
            const QByteArray fake = " /Fake <" + QByteArray(int(r[2] - r[1] - 2), 'a') + ">";
            const qsizetype catalogEnd = pdf.indexOf("/SigFlags 3 >> >>") + 17;
            pdf.insert(catalogEnd, fake); // moves everything after it; the byte range is set anew
            const qint64 start = catalogEnd + fake.indexOf('<');
            pdf = withRange(pdf, numbers(0, start, start + (r[2] - r[1]), pdf.size() - start - (r[2] - r[1])));
        } else if (how == QLatin1String("empty")) {
            pdf.replace(r[1] + 1, r[2] - r[1] - 2, QByteArray(r[2] - r[1] - 2, '0'));
        } else if (how == QLatin1String("sha1")) {
            pdf.replace(kCades, QByteArray("/SubFilter /adbe.pkcs7.sha1").leftJustified(kCades.size(), ' '));
        } else if (how == QLatin1String("none")) {
            pdf.replace(kCades, QByteArray(kCades.size(), ' '));
        }
        const DocumentVerification v = PdfSignatures::verify(pdf, *ws.trust, m_now);
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(describe(v)));
        QCOMPARE(v.indication, QStringLiteral("INDETERMINATE"));
        QVERIFY2(v.summary.contains(said), qPrintable(v.summary));
        // Nothing unsound is shown as a signed version: the file stays what it is.
        QCOMPARE(PdfSignatures::signedVersion(pdf), pdf);
    }

    // A changed byte never leaves a Valid verdict unless the bytes signed are exactly the original's
    // (a change in what the signature carries unsigned, such as its copy of the CA's certificate).
    void mutationsNeverStayValid()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const QByteArray pdf = signedPdf();
        const PdfSignature original = PdfSignatures::find(pdf).value(0);
        const QByteArray signedBytes = original.signedBytes(pdf);
        QRandomGenerator rng(20261203);
        int valid = 0;
        for (int i = 0; i < 300; ++i) {
            const QByteArray m = mutant(pdf, rng, i);
            const DocumentVerification v = PdfSignatures::verify(m, *ws.trust, m_now, {false, 1, nullptr});
            if (v.verdict != Verdict::Valid)
                continue;
            ++valid;
            const QList<PdfSignature> found = PdfSignatures::find(m);
            QCOMPARE(found.size(), 1);
            QString where;
            for (qsizetype k = 0; k < std::min(m.size(), pdf.size()); ++k)
                if (m.at(k) != pdf.at(k))
                    where += QStringLiteral(" %1: %2→%3").arg(k).arg(int(uchar(pdf.at(k)))).arg(int(uchar(m.at(k))));
            QVERIFY2(found.first().signedBytes(m) == signedBytes,
                     qPrintable(QStringLiteral("mutant %1 (%2 of %3 bytes;%4; value %5…%6) stays Valid: %7")
                                    .arg(i)
                                    .arg(m.size())
                                    .arg(pdf.size())
                                    .arg(where)
                                    .arg(original.range[1])
                                    .arg(original.range[2])
                                    .arg(describe(v))));
        }
        QVERIFY2(valid < 60, qPrintable(QString::number(valid)));
    }

    // A signed PDF alone is something to check, for `kopii-cli verify` and the viewer.
    void aSignedPdfAloneIsLoaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("довідка.pdf"));
        writeAll(path, signedPdf());
        const auto items = SignatureFiles::load(path);
        QVERIFY2(items, qPrintable(items ? QString() : items.error().message));
        QCOMPARE(items->size(), 1);
        QVERIFY(items->first().p7s.isEmpty());
        QCOMPARE(items->first().document, QStringLiteral("довідка.pdf"));

        // An unsigned PDF alone still asks for its signature.
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        writeAll(plain, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        const auto none = SignatureFiles::load(plain);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("no signature")), qPrintable(none.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPades)
#include "tst_pades.moc"
