// SPDX-License-Identifier: GPL-3.0-or-later
// Received documents get their verdicts: stored with the time and the trust store version, and
// checked again when the trust store changes.
#include "crypto/Cades.h"
#include "inbox/SubmissionSql.h"
#include "CryptoFixture.h"
#include "mail/Ingestor.h"
#include "crypto/KeyFile.h"
#include "MailSamples.h"
#include "PadesTestFile.h"
#include "core/SqlSession.h"
#include "inbox/VerificationPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kopii;
using namespace kopii::test;

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A PDF that arrives alone with a signature of its own (PAdES) is checked by it; one changed
    // after signing is at most valid with warnings.
    void aSignedPdfAloneIsCheckedByItsOwnSignature()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open() && ws.trustTestPkiWithCrl());
        const QByteArray signedPdf = pades::signedPdf({}, "Dovidka 12345");
        QList<Attachment> docs;
        docs << Attachment{rfc2231(QStringLiteral("Довідка.pdf")), "application/pdf", signedPdf};
        docs << Attachment{rfc2231(QStringLiteral("Змінена довідка.pdf")), "application/pdf",
                           pades::withUnsignedChange(signedPdf, "Dovidka 99999")};
        Ingestor ingestor(ws.session());
        const auto stored = ingestor.ingestMessage(message(docs), QStringLiteral("ingest"));
        QVERIFY(stored && !stored->failed);
        QCOMPARE(stored->documents, 2);
        QCOMPARE(*VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, QDateTime::currentDateTimeUtc()), 2);
        const auto s = SubmissionSql(ws.session()).submission(stored->id);
        const StoredVerification whole = *s->documents.at(0).verification;
        QVERIFY2(whole.verdict == QStringLiteral("valid"), qPrintable(whole.summary));
        QVERIFY2(whole.checksJson.contains(QStringLiteral("PAdES-B-B")), qPrintable(whole.checksJson));
        QVERIFY(whole.checksJson.contains(QStringLiteral("byte-range")));
        const StoredVerification changed = *s->documents.at(1).verification;
        QVERIFY2(changed.verdict == QStringLiteral("valid-with-warnings"), qPrintable(changed.summary));
        QVERIFY(changed.summary.contains(QStringLiteral("no signature covers the additions")));
    }

    void verdictsAreStoredAndRenewed()
    {
        CryptoWorkspace ws;
        QVERIFY(ws.open());
        auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
        QVERIFY(signer);
        const QByteArray pdf("%PDF-1.7 Паспорт");
        const QByteArray p7s = *Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        QList<Attachment> docs = pairOf(QStringLiteral("Паспорт"), pdf, p7s);
        docs += pairOf(QStringLiteral("Змінений"), pdf + " змінено", p7s);
        docs << Attachment{rfc2231(QStringLiteral("Без підпису.pdf")), "application/pdf", "%PDF unsigned"};
        Ingestor ingestor(ws.session());
        const auto stored = ingestor.ingestMessage(message(docs), QStringLiteral("ingest"));
        QVERIFY(stored && !stored->failed);
        QCOMPARE(stored->documents, 3);

        // Without trust in the test PKI: cannot be confirmed (the chain), changed: not valid (integrity).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto n = VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, now);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(*n, 3);
        auto s = SubmissionSql(ws.session()).submission(stored->id);
        QCOMPARE(s->documents.at(0).verification->verdict, QStringLiteral("indeterminate"));
        // Stored with its ETSI indication and the time it was judged at: when Kopii received it.
        QCOMPARE(s->documents.at(0).verification->indication, QStringLiteral("INDETERMINATE"));
        QCOMPARE(s->documents.at(0).verification->subIndication, QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND"));
        QCOMPARE(s->documents.at(0).verification->poe, QStringLiteral("received"));
        QCOMPARE(s->documents.at(0).verification->poeTime, s->receivedAt);
        QCOMPARE(s->documents.at(1).verification->subIndication, QStringLiteral("HASH_FAILURE"));
        QCOMPARE(s->documents.at(2).verification->subIndication, QStringLiteral("FORMAT_FAILURE"));
        QVERIFY(s->documents.at(0).verification->summary.contains(QStringLiteral("trust store")));
        QCOMPARE(s->documents.at(2).verification->verdict, QStringLiteral("invalid"));
        QVERIFY(s->documents.at(2).verification->summary.contains(QStringLiteral("without a signature")));
        // Nothing pending any more.
        QCOMPARE(*VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, now), 0);

        // The trust store changes: everything is checked again.
        QVERIFY(ws.trustTestPki());
        QVERIFY(ws.trust->importFile(pki(QStringLiteral("ca.crl")), now));
        QCOMPARE(*VerificationPipeline::verifyAllPending(ws.session(), *ws.trust, now), 3);
        s = SubmissionSql(ws.session()).submission(stored->id);
        const StoredVerification good = *s->documents.at(0).verification;
        QVERIFY2(good.verdict == QStringLiteral("valid"), qPrintable(good.summary));
        QCOMPARE(good.signerRnokpp, QStringLiteral("3012345670"));
        QCOMPARE(good.trustVersion, ws.trust->version());
        const QJsonArray checks = QJsonDocument::fromJson(good.checksJson.toUtf8()).array();
        QVERIFY(checks.size() > 1);
        // First the signature's CAdES form, as information (no check passed or failed), then the checks.
        const QJsonObject form = checks.first().toObject();
        QCOMPARE(form.value(QStringLiteral("name")).toString(), QStringLiteral("form"));
        QVERIFY(form.value(QStringLiteral("info")).toBool());
        QVERIFY2(form.value(QStringLiteral("detail")).toString().contains(QStringLiteral("CAdES-BES")),
                 qPrintable(form.value(QStringLiteral("detail")).toString()));
        QVERIFY(!checks.at(1).toObject().value(QStringLiteral("info")).toBool());
        QCOMPARE(s->documents.at(1).verification->verdict, QStringLiteral("invalid"));
        QVERIFY(s->documents.at(1).verification->summary.contains(QStringLiteral("changed after it was signed")));
        // The list carries the verdicts too (without the documents' bytes).
        const auto list = SubmissionSql(ws.session()).submissions(10);
        QCOMPARE(list->first().documents.at(0).verification->verdict, QStringLiteral("valid"));
        QVERIFY(list->first().documents.at(0).pdf.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
