// SPDX-License-Identifier: GPL-3.0-or-later
// Kopii's verdicts against independent implementations, on files they made or judged:
//  - dss: EU DSS's own CAdES test files, with what DSS's tests assert of each (dss/expected.tsv);
//  - openssl: signatures OpenSSL makes at test time in the variants real software produces,
//    judged by OpenSSL itself too (openssl/make-variants.py, openssl/expected.tsv);
//  - dss-pades: EU DSS's own PAdES test files (PDFs signed by Adobe, national tools, and DSS's
//    attack files), each signature's outcome as DSS's tests assert it (dss-pades/expected.tsv);
//  - jkurwa: DSTU 4145 signatures jkurwa (npm) makes, checked by Kopii, and Kopii's, checked by
//    jkurwa (jkurwa/jkurwa.js, installed by jkurwa/install.sh).
// Every row: Kopii's outcome is the table's, and where Kopii and the reference differ the table
// says why (docs/conformance.md). A genuine signature is never called forged.
#include "CryptoFixture.h"
#include "crypto/ArchiveTimestamps.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/PdfSignatures.h"
#include "crypto/SignatureVerifier.h"
#include "mail/SignatureFiles.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

using namespace kopii;
using namespace kopii::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QStringList> table(const QString &path)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = readAll(path).split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
    return rows;
}

const VerificationCheck *check(const DocumentVerification &v, const QString &id)
{
    for (const auto &c : v.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

// What a verification says of the signature itself, in the tables' words.
QString outcome(const DocumentVerification &v)
{
    const VerificationCheck *format = check(v, QStringLiteral("format"));
    if (format && !format->ok)
        return format->detail.contains(QStringLiteral("signers")) ? QStringLiteral("several-signers")
                                                                  : QStringLiteral("unreadable");
    const VerificationCheck *content = check(v, QStringLiteral("content-match"));
    if (content && !content->ok && content->failure == Verdict::Indeterminate)
        return QStringLiteral("no-content");
    if (v.signer.isNull())
        return QStringLiteral("no-signing-cert");
    const VerificationCheck *signature = check(v, QStringLiteral("signature"));
    const VerificationCheck *digest = check(v, QStringLiteral("message-digest"));
    if (!signature || (!signature->ok && signature->failure != Verdict::Invalid))
        return QStringLiteral("unchecked");
    if (!signature->ok)
        return QStringLiteral("sig-failure");
    if (digest && !digest->ok)
        return QStringLiteral("hash-failure");
    return QStringLiteral("intact");
}

// What a verification says of one signature in a PDF, in the table's words: its outcome as
// above, "bad-byte-range" when its byte range cannot be relied on, "+added" when the file was added
// to after it; a document timestamp's is "timestamp-intact" or "timestamp-failure".
QString pdfOutcome(const DocumentVerification &v)
{
    const VerificationCheck *range = check(v, QStringLiteral("byte-range"));
    if (range && !range->ok && range->failure == Verdict::Indeterminate)
        return QStringLiteral("bad-byte-range");
    QString o = outcome(v);
    if (v.level == QLatin1String("PAdES document timestamp")) {
        const VerificationCheck *ts = check(v, QStringLiteral("timestamp"));
        o = ts && !ts->ok && ts->failure == Verdict::Invalid ? QStringLiteral("timestamp-failure")
                                                             : QStringLiteral("timestamp-intact");
    }
    if (range && !range->ok)
        o += QStringLiteral("+added");
    return o;
}

// Runs jkurwa.js with node; its standard output, trimmed.
QString jkurwa(const QStringList &arguments)
{
    const QString dir = qEnvironmentVariable("KOPII_JKURWA");
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"), QStringList{dir + QStringLiteral("/jkurwa.js")} + arguments);
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        return QStringLiteral("error: ") + QString::fromUtf8(node.readAllStandardError());
    return QString::fromUtf8(node.readAllStandardOutput()).trimmed();
}

QString describe(const DocumentVerification &v)
{
    QStringList failed;
    for (const auto &c : v.checks)
        if (!c.ok)
            failed << c.id + QStringLiteral(": ") + c.detail;
    return verdictId(v.verdict) + QStringLiteral(" — ") + failed.join(QStringLiteral(" | "));
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    static void dss_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("signatures");
        QTest::addColumn<QString>("note");
        for (const QStringList &r : table(sourcePath(QStringLiteral("tests/conformance/dss/expected.tsv"))))
            if (r.size() == 6)
                QTest::newRow(qPrintable(r.at(0))) << r.at(0) << r.at(1) << r.at(2) << r.at(3) << r.at(4).toInt() << r.at(5);
    }

    // DSS's files, judged without any trust (they come from test PKIs of their own): what the
    // signature itself says, exactly as DSS's tests assert it, or the documented difference.
    void dss()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QFETCH(int, signatures);
        QFETCH(QString, note);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QString dir = sourcePath(QStringLiteral("tests/conformance/dss/"));
        const QByteArray signature = readAll(dir + file);
        QVERIFY2(!signature.isEmpty(), qPrintable(file));
        QByteArray detached;
        if (content.startsWith(QLatin1String("text:")))
            detached = content.mid(5).toUtf8();
        else if (content != QLatin1String("-"))
            detached = readAll(dir + content);
        const auto v =
            SignatureVerifier::verify(signature, detached, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(outcome(v) == expected, qPrintable(outcome(v) + QStringLiteral(": ") + describe(v)));
        // As many signatures as DSS finds (counter-signatures included), each with its own verdict.
        QCOMPARE(std::max<int>(1, int(v.signatures.size())), signatures);
        for (const DocumentVerification &one : v.signatures) {
            QVERIFY2(outcome(one) == expected, qPrintable(one.place + QStringLiteral(": ") + describe(one)));
            QVERIFY(!one.place.isEmpty());
        }
        QVERIFY2(expected == reference || !note.isEmpty(), "a difference from DSS needs its reason");
        // The CAdES form, as the files' names (DSS's own naming) say.
        static const QHash<QString, QString> levels{
            {QStringLiteral("Signature-C-X-1.p7m"), QStringLiteral("CAdES-X")},
            {QStringLiteral("Signature-C-A-XL-1.p7m"), QStringLiteral("CAdES-A")},
            {QStringLiteral("Signature-C-BES-4.p7m"), QStringLiteral("CAdES-BES")},
            {QStringLiteral("dss-1892/detached_with_counter_sig.p7m"), QStringLiteral("CAdES-T")}};
        if (levels.contains(file))
            QVERIFY2(v.level == levels.value(file) || v.level.startsWith(levels.value(file) + QStringLiteral(" (")),
                     qPrintable(v.level));
        // What DSS finds intact is never forged or changed for Kopii.
        if (reference == QLatin1String("intact"))
            QVERIFY2(v.subIndication != QLatin1String("SIG_CRYPTO_FAILURE") && v.subIndication != QLatin1String("HASH_FAILURE"),
                     qPrintable(describe(v)));
        // Nothing signed by a test PKI of DSS's is trusted here.
        QVERIFY(v.verdict != Verdict::Valid && v.verdict != Verdict::ValidWithWarnings);
    }

    static void opensslData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        for (const QStringList &r : table(sourcePath(QStringLiteral("tests/conformance/openssl-data/expected.tsv"))))
            if (r.size() == 4)
                QTest::newRow(qPrintable(r.at(0))) << r.at(0) << r.at(1) << r.at(2);
    }

    // OpenSSL's own files that `openssl cms -verify` refuses: Kopii does not confirm them either,
    // and says why; none is called forged or changed, since the signature value itself holds or
    // cannot be computed.
    void opensslData()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QByteArray signature = readAll(sourcePath(QStringLiteral("tests/conformance/openssl-data/")) + file);
        QVERIFY(SignatureVerifier::isSignature(signature));
        const auto v = SignatureVerifier::verify(signature, {}, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QCOMPARE(reference, QStringLiteral("refused"));
        QVERIFY2(v.verdict == Verdict::Indeterminate, qPrintable(describe(v)));
        if (expected == QLatin1String("format")) {
            QCOMPARE(v.subIndication, QStringLiteral("FORMAT_FAILURE"));
            QVERIFY(check(v, QStringLiteral("signature")) && check(v, QStringLiteral("signature"))->ok);
        } else {
            QCOMPARE(expected, QStringLiteral("uncomputable"));
            QCOMPARE(v.subIndication, QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE"));
            QVERIFY(!check(v, QStringLiteral("message-digest")));
        }
    }

    static void dssArchive_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("note");
        for (const QStringList &r : table(sourcePath(QStringLiteral("tests/conformance/dss/archive.tsv"))))
            if (r.size() == 5)
                QTest::newRow(qPrintable(r.at(0))) << r.at(0) << r.at(1) << r.at(2) << r.at(3) << r.at(4);
    }

    // DSS's files with archive timestamps: each one's imprint and hash index as DSS's tests find
    // them; through the verifier, one "archive-timestamp" check each, which never decides more
    // than a warning.
    void dssArchive()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QFETCH(QString, note);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QString dir = sourcePath(QStringLiteral("tests/conformance/dss/"));
        const QByteArray signature = readAll(dir + file);
        const QByteArray detached = content == QLatin1String("-") ? QByteArray() : readAll(dir + content);
        QVERIFY(!signature.isEmpty());
        QStringList outcomes;
        for (const ArchiveTimestampCheck &a : ArchiveTimestamps::verify(signature, 0, detached, *ws.trust))
            outcomes << (!a.result.imprintMatches ? QStringLiteral("broken")
                             : !a.indexValid      ? QStringLiteral("index-invalid")
                                                  : QStringLiteral("intact"));
        QCOMPARE(outcomes.join(QLatin1Char(',')), expected);
        const QStringList said = reference.split(QLatin1Char(','));
        QCOMPARE(said.size(), outcomes.size());
        for (qsizetype i = 0; i < said.size(); ++i) {
            if (said.at(i) == QLatin1String("failed"))
                QVERIFY(outcomes.at(i) != QLatin1String("intact"));
            else
                QVERIFY2(said.at(i) == outcomes.at(i) || !note.isEmpty(), "a difference from DSS needs its reason");
        }
        const auto v =
            SignatureVerifier::verify(signature, detached, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        const DocumentVerification &first = v.signatures.empty() ? v : v.signatures.front();
        QCOMPARE(first.level, QStringLiteral("CAdES-A"));
        int shown = 0;
        for (const VerificationCheck &c : first.checks)
            if (c.id == QLatin1String("archive-timestamp")) {
                ++shown;
                QCOMPARE(c.failure, Verdict::ValidWithWarnings);
                QVERIFY(!c.ok); // no authority of DSS's is trusted here
            }
        QCOMPARE(shown, int(outcomes.size()));
    }

    static void dssPades_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("note");
        for (const QStringList &r : table(sourcePath(QStringLiteral("tests/conformance/dss-pades/expected.tsv"))))
            if (r.size() == 5)
                QTest::newRow(qPrintable(r.at(0))) << r.at(0) << r.at(1) << r.at(2) << r.at(3) << r.at(4);
    }

    // DSS's PDFs, judged without any trust, offline: each signature's outcome in file order, as
    // DSS's tests assert it ("?" where they assert nothing of it), or the documented difference.
    void dssPades()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QFETCH(QString, level);
        QFETCH(QString, note);
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QByteArray pdf = readAll(sourcePath(QStringLiteral("tests/conformance/dss-pades/")) + file);
        QVERIFY2(PdfSignatures::isPdf(pdf), qPrintable(file));
        // As a user gives it: the PDF alone.
        const auto v = SignatureVerifier::verify({}, pdf, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QStringList outcomes;
        if (v.signatures.empty())
            outcomes << pdfOutcome(v);
        for (const DocumentVerification &one : v.signatures)
            outcomes << pdfOutcome(one);
        QStringList details;
        for (const DocumentVerification &one : v.signatures)
            details << one.place + QStringLiteral(": ") + describe(one);
        QVERIFY2(outcomes.join(QLatin1Char(',')) == expected,
                 qPrintable(outcomes.join(QLatin1Char(',')) + QStringLiteral("\n") + describe(v) + QStringLiteral("\n")
                            + details.join(QLatin1Char('\n'))));
        QVERIFY2(level == QLatin1String("-") || (v.signatures.empty() ? v.level : v.signatures.front().level) == level,
                 qPrintable(v.level));
        // Where Kopii and DSS differ, the table says why; what DSS finds intact is never forged.
        const QStringList said = reference.split(QLatin1Char(','));
        QCOMPARE(said.size(), outcomes.size());
        for (qsizetype i = 0; i < said.size(); ++i) {
            if (said.at(i) == QLatin1String("?"))
                continue;
            QVERIFY2(said.at(i) == outcomes.at(i) || !note.isEmpty(), "a difference from DSS needs its reason");
            if (said.at(i).startsWith(QLatin1String("intact")))
                QVERIFY2(!outcomes.at(i).contains(QLatin1String("failure")), qPrintable(outcomes.at(i)));
        }
        QVERIFY(v.verdict != Verdict::Valid && v.verdict != Verdict::ValidWithWarnings);
        // The version shown is a prefix of the file, and never one an unsound signature names.
        QVERIFY(pdf.startsWith(PdfSignatures::signedVersion(pdf)));
    }

    static void openssl_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("verdict");
        for (const QStringList &r : table(sourcePath(QStringLiteral("tests/conformance/openssl/expected.tsv"))))
            if (r.size() == 5)
                QTest::newRow(qPrintable(r.at(0))) << r.at(0) << r.at(1) << r.at(2) << r.at(3);
    }

    // OpenSSL's signatures from the test PKI, found as files (all named .sig) and checked against
    // the test PKI's trust, offline: OpenSSL's own judgement is the table's, and so is Kopii's.
    void openssl()
    {
        QFETCH(QString, name);
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QFETCH(QString, verdict);
        const QString dir = qEnvironmentVariable("KOPII_CONFORMANCE_OPENSSL");
        QVERIFY2(!dir.isEmpty(), "KOPII_CONFORMANCE_OPENSSL names the variants openssl/make-variants.py made");
        QHash<QString, QString> said;
        for (const QStringList &r : table(dir + QStringLiteral("/reference.tsv")))
            if (r.size() == 2)
                said.insert(r.at(0), r.at(1));
        if (reference != QLatin1String("-"))
            QCOMPARE(said.value(name), reference);
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QString contentFile =
            dir + (name == QLatin1String("altered-content") ? QStringLiteral("/other.bin") : QStringLiteral("/content.bin"));
        // Found as a user would give it: by its content, whatever its name, with --content.
        const auto files = SignatureFiles::load(dir + QLatin1Char('/') + name + QStringLiteral(".sig"), contentFile);
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QCOMPARE(files->size(), 1);
        const auto v = SignatureVerifier::verify(files->first().p7s, files->first().pdf, *ws.trust,
                                                 QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(outcome(v) == expected, qPrintable(outcome(v) + QStringLiteral(": ") + describe(v)));
        QVERIFY2(verdictId(v.verdict) == verdict, qPrintable(describe(v)));
        if (name == QLatin1String("two-signers")) {
            QCOMPARE(int(v.signatures.size()), 2);
            for (const DocumentVerification &one : v.signatures)
                QVERIFY2(verdictId(one.verdict) == verdict && outcome(one) == expected, qPrintable(describe(one)));
            // Both signers, in the order the file has them (a DER SET OF: sorted, not as added).
            const QSet<QString> who{v.signatures.at(0).signer.info().rnokpp, v.signatures.at(1).signer.info().rnokpp};
            QCOMPARE(who, (QSet<QString>{QStringLiteral("3012345670"), QStringLiteral("3023456784")}));
        }
        if (name == QLatin1String("pkcs1-without-null"))
            QVERIFY(check(v, QStringLiteral("signature-encoding")) && !check(v, QStringLiteral("signature-encoding"))->ok);
        if (name.startsWith(QLatin1String("rsa-noattr")))
            QVERIFY(check(v, QStringLiteral("signing-certificate"))->detail.contains(QStringLiteral("PKCS #7")));
        if (name == QLatin1String("unsorted-attributes") || name == QLatin1String("ecdsa-p256-cades"))
            QCOMPARE(check(v, QStringLiteral("signature"))->detail, QStringLiteral("The signature matches the signer's key."));
    }

    // Mutated files of several signatures (OpenSSL's two signers, trusted; DSS's three signatures
    // and three counter-signatures, untrusted) never verify better than the original, signature
    // by signature: a mutant keeps a verdict only where the change fell outside what is signed.
    void mutatedSeveralSignaturesNeverVerifyBetter()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPki());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RevocationOptions offline{false, 8, nullptr};
        const QString dir = qEnvironmentVariable("KOPII_CONFORMANCE_OPENSSL");
        const auto rank = [](Verdict v) { return v == Verdict::Invalid ? 100 : int(v); };
        for (const QString &file :
             {dir + QStringLiteral("/two-signers.sig"), sourcePath(QStringLiteral("tests/conformance/dss/signedFile.pdf.p7s"))}) {
            const QByteArray bytes = readAll(file);
            QVERIFY2(!bytes.isEmpty(), qPrintable(file));
            const QByteArray content =
                file.endsWith(QLatin1String(".sig")) ? readAll(dir + QStringLiteral("/content.bin")) : QByteArray();
            const DocumentVerification original = SignatureVerifier::verify(bytes, content, *ws.trust, now, offline);
            QVERIFY(!original.signatures.empty());
            QRandomGenerator rng(5652);
            for (int i = 0; i < 300; ++i) {
                const QByteArray mutant = kopii::test::mutant(bytes, rng, i);
                const DocumentVerification v = SignatureVerifier::verify(mutant, content, *ws.trust, now, offline);
                QVERIFY2(rank(v.verdict) >= rank(original.verdict) || v.signedContent == original.signedContent,
                         qPrintable(describe(v)));
                // Each signature that kept a good verdict is still one of the original's signers.
                for (const DocumentVerification &one : v.signatures) {
                    if (one.verdict != Verdict::Valid && one.verdict != Verdict::ValidWithWarnings)
                        continue;
                    bool known = false;
                    for (const DocumentVerification &o : original.signatures)
                        known = known || (o.signer == one.signer && rank(o.verdict) <= rank(one.verdict));
                    QVERIFY2(known, qPrintable(one.place + QStringLiteral(": ") + describe(one)));
                }
            }
        }
    }

    static void jkurwaSigns_data()
    {
        QTest::addColumn<bool>("attached");
        QTest::newRow("attached") << true;
        QTest::newRow("detached") << false;
    }

    // jkurwa signs with its own code (its test key and self-signed certificate, 2018): the
    // signature and the content's digest hold for Kopii, and a changed content is caught.
    void jkurwaSigns()
    {
        QFETCH(bool, attached);
        QTemporaryDir dir;
        const QString data = qEnvironmentVariable("KOPII_JKURWA") + QStringLiteral("/node_modules/jkurwa/test/data/");
        const QByteArray content("Копія паспорта, підписана jkurwa");
        QFile file(dir.filePath(QStringLiteral("content.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        file.close();
        const QString p7s = dir.filePath(QStringLiteral("jkurwa.p7s"));
        QCOMPARE(jkurwa({QStringLiteral("sign"), data + QStringLiteral("PRIV1.cer"), data + QStringLiteral("SELF_SIGNED1.cer"),
                         file.fileName(), p7s, attached ? QStringLiteral("attached") : QStringLiteral("detached"),
                         QStringLiteral("1540236305")}),
                 QString());
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        const QByteArray signature = readAll(p7s);
        auto v = SignatureVerifier::verify(signature, attached ? QByteArray() : content, *ws.trust,
                                           QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QVERIFY2(outcome(v) == QLatin1String("intact"), qPrintable(describe(v)));
        QVERIFY2(v.algorithm.startsWith(QLatin1String("DSTU 4145")), qPrintable(v.algorithm));
        QCOMPARE(v.signedContent, content);
        QVERIFY(check(v, QStringLiteral("signing-certificate"))->ok);
        QCOMPARE(v.signingTime, QDateTime::fromSecsSinceEpoch(1540236305, Qt::UTC));
        // The same signature beside other content: changed, not forged.
        QByteArray other = content;
        other[0] = 'X';
        v = SignatureVerifier::verify(signature, other, *ws.trust, QDateTime::currentDateTimeUtc(), {false, 8, nullptr});
        QCOMPARE(v.verdict, Verdict::Invalid);
        if (attached)
            QVERIFY(!check(v, QStringLiteral("content-match"))->ok && check(v, QStringLiteral("signature"))->ok);
        else
            QCOMPARE(outcome(v), QStringLiteral("hash-failure"));
    }

    // jkurwa's own published test signatures (its test/data): intact for Kopii.
    void jkurwaFiles()
    {
        const QString data = qEnvironmentVariable("KOPII_JKURWA") + QStringLiteral("/node_modules/jkurwa/test/data/");
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        for (const auto &[file, content] : {std::pair{QStringLiteral("message.p7"), QByteArray()},
                                            std::pair{QStringLiteral("message_detached.p7"), QByteArray("123")}}) {
            const auto v = SignatureVerifier::verify(readAll(data + file), content, *ws.trust, QDateTime::currentDateTimeUtc(),
                                                     {false, 8, nullptr});
            QVERIFY2(outcome(v) == QLatin1String("intact"), qPrintable(file + QStringLiteral(": ") + describe(v)));
            QCOMPARE(v.signedContent, QByteArray("123"));
        }
    }

    static void jkurwaVerifies_data() { jkurwaSigns_data(); }

    // Kopii signs with the Diia test key (UAPKI's test-diia.p12, DSTU 4145 m=257, while its
    // certificate held, 2023): jkurwa checks the signature, and refuses it over changed content.
    void jkurwaVerifies()
    {
        QFETCH(bool, attached);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/keys/test-diia.p12")), dir.filePath(QStringLiteral("key.p12"))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("ua/certs/diia-test-sign-7775603.cer")),
                            dir.filePath(QStringLiteral("sign.cer"))));
        auto signer = KeyFile::open(dir.filePath(QStringLiteral("key.p12")), Secret(QByteArray("testpassword")));
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        const QByteArray content("Копія диплома, підписана «Копіями»");
        const auto p7s =
            Cades::sign(**signer, content, Cades::Options{attached, QDateTime(QDate(2023, 6, 1), QTime(10, 0), Qt::UTC)});
        QVERIFY2(p7s, p7s ? "" : qPrintable(p7s.error().message));
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString signature = write(QStringLiteral("kopii.p7s"), *p7s);
        const QString same = write(QStringLiteral("same.bin"), content);
        QByteArray changed = content;
        changed[0] = 'X';
        const QString other = write(QStringLiteral("other.bin"), changed);
        QStringList arguments{QStringLiteral("verify"), signature};
        if (!attached)
            arguments << same;
        QCOMPARE(jkurwa(arguments), QStringLiteral("ok"));
        QCOMPARE(jkurwa({QStringLiteral("verify"), signature, other}), QStringLiteral("fail"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
