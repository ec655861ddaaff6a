// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailSamples.h"
#include "mail/MessageBuilder.h"
#include "mail/Ingestor.h"
#include "mail/MimeParser.h"
#include "core/Workspace.h"

#include <QTemporaryDir>

#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestMime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the demo and the reference citizen app send reads back as it was meant: long Ukrainian
    // names in RFC 2231 continuations, the kinds recognised from the names, the subject and sender.
    void builtMessageReadsBack()
    {
        MessageBuilder m;
        m.fromName = QStringLiteral("Петренко Марія Іванівна");
        m.fromAddress = QStringLiteral("maria@example.net");
        m.toAddress = QStringLiteral("kopii@example.org");
        m.subject = QStringLiteral("Копії документів: Зарахування до 1 класу — дуже довга назва послуги, щоб перенести рядок");
        m.body = QStringLiteral("Доброго дня!\n.\nКінець");
        m.messageId = "one@example.net";
        const QString passport = QStringLiteral("Паспорт громадянина України (ID-картка) або закордонний біометричний паспорт");
        const QString idCard = QStringLiteral("Паспорт громадянина України (ID-картка)");
        m.attachments = {{passport + QStringLiteral(".pdf"), "application/pdf", "%PDF-1.4 a"},
                         {passport + QStringLiteral(".pdf.p7s"), "application/pkcs7-signature", QByteArray(3000, '\x30')},
                         {idCard + QStringLiteral(".pdf"), "application/pdf", "%PDF-1.4 b"},
                         {idCard + QStringLiteral(".pdf.p7s"), "application/pkcs7-signature", "sig"}};
        const QByteArray raw = m.build();
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData()); // no line longer than RFC 5322 recommends
        const auto parsed = MimeParser::parse(raw);
        QVERIFY(parsed);
        QVERIFY2(parsed->subject == m.subject, qPrintable(parsed->subject));
        QCOMPARE(parsed->senderName, m.fromName);
        QCOMPARE(parsed->sender, m.fromAddress);
        QCOMPARE(parsed->messageId, QStringLiteral("one@example.net"));
        QCOMPARE(parsed->documents.size(), 2);
        QCOMPARE(parsed->documents.at(0).pdfName, passport + QStringLiteral(".pdf"));
        QCOMPARE(parsed->documents.at(0).p7sName, passport + QStringLiteral(".pdf.p7s"));
        QCOMPARE(parsed->documents.at(0).kind, QStringLiteral("passport"));
        QCOMPARE(parsed->documents.at(0).p7s, QByteArray(3000, '\x30'));
        QCOMPARE(parsed->documents.at(1).kind, QStringLiteral("internal-passport"));
        QCOMPARE(parsed->documents.at(1).pdf, QByteArray("%PDF-1.4 b"));
    }

    void pairsPdfWithItsSignature()
    {
        const QByteArray raw =
            message(pairOf(QStringLiteral("Паспорт громадянина України"), "%PDF-1.7 passport", "\x30\x82\x01sig")
                    + pairOf(QStringLiteral("passport-copy"), "%PDF-1.7 other", "\x30\x82\x02sig"));
        const auto m = MimeParser::parse(raw);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
        QCOMPARE(m->messageId, QStringLiteral("m1@example.com"));
        QCOMPARE(m->sender, QStringLiteral("ivan@example.com"));
        QCOMPARE(m->senderName, QStringLiteral("Іван Петренко"));
        QCOMPARE(m->subject, QStringLiteral("Копії документів"));
        QCOMPARE(m->sentAt, QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
        QVERIFY(m->recipients.contains(QStringLiteral("centr@example.com")));
        QVERIFY(!m->forwarded);
        QCOMPARE(m->documents.size(), 2);
        QCOMPARE(m->documents.at(0).pdfName, QStringLiteral("Паспорт громадянина України.pdf"));
        QCOMPARE(m->documents.at(0).p7sName, QStringLiteral("Паспорт громадянина України.pdf.p7s"));
        QCOMPARE(m->documents.at(0).pdf, QByteArray("%PDF-1.7 passport"));
        QCOMPARE(m->documents.at(0).p7s, QByteArray("\x30\x82\x01sig"));
        QCOMPARE(m->documents.at(1).kind, QStringLiteral("passport"));
    }

    void namesInEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("RFC 2231 UTF-8") << rfc2231(QStringLiteral("Довідка.pdf"));
        QTest::newRow("RFC 2047 UTF-8") << rfc2047(QStringLiteral("Довідка.pdf"));
        QTest::newRow("RFC 2047 windows-1251") << rfc2047(QStringLiteral("Довідка.pdf"), "windows-1251");
        QTest::newRow("RFC 2047 koi8-u") << rfc2047(QStringLiteral("Довідка.pdf"), "KOI8-U");
        QTest::newRow("raw windows-1251") << QByteArray("filename=\"")
                + QStringEncoder("windows-1251").encode(QStringLiteral("Довідка.pdf")) + QByteArray("\"");
        QTest::newRow("RFC 2231 continuation") << QByteArray("filename*0*=UTF-8''")
                + QStringLiteral("Дові").toUtf8().toPercentEncoding() + QByteArray("; filename*1*=")
                + QStringLiteral("дка.pdf").toUtf8().toPercentEncoding();
    }
    void namesInEveryEncoding()
    {
        QFETCH(QByteArray, header);
        const auto m = MimeParser::parse(message({{header, "application/pdf", "%PDF-1.4"}}));
        QVERIFY(m);
        QCOMPARE(m->documents.size(), 1);
        QCOMPARE(m->documents.first().pdfName, QStringLiteral("Довідка.pdf"));
    }

    void rawEightBitSubjectFallsBackToWindows1251()
    {
        QByteArray raw = message(pairOf(QStringLiteral("a"), "%PDF", "sig"));
        raw.replace(QByteArray("Subject: =?UTF-8?B?") + QStringLiteral("Копії документів").toUtf8().toBase64() + "?=",
                    "Subject: " + QStringEncoder("windows-1251").encode(QStringLiteral("Копії документів")));
        const auto m = MimeParser::parse(raw);
        QVERIFY(m);
        QCOMPARE(m->subject, QStringLiteral("Копії документів"));
    }

    void forwardedMessageKeepsTheVisitor()
    {
        // Outlook/Gmail style: the clerk forwards the visitor's message as an attachment.
        const QByteArray inner = message(pairOf(QStringLiteral("Свідоцтво"), "%PDF-inner", "sig-inner"), QByteArray(),
                                         "Olena <olena@example.net>", "<inner@example.net>");
        const QByteArray boundary = "outer-b";
        const QByteArray outer = "From: Clerk <clerk@lyceum.example.org>\r\nTo: centr@example.com\r\nSubject: Fwd: copies\r\n"
                                 "Date: Thu, 26 Nov 2026 09:00:00 +0200\r\nMessage-ID: <outer@lyceum.example.org>\r\n"
                                 "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="
            + boundary + "\r\n\r\n--" + boundary + "\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n--" + boundary
            + "\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--" + boundary + "--\r\n";
        const auto m = MimeParser::parse(outer);
        QVERIFY(m);
        QVERIFY(m->forwarded);
        QCOMPARE(m->sender, QStringLiteral("olena@example.net"));
        QCOMPARE(m->sentAt, QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
        QCOMPARE(m->messageId, QStringLiteral("outer@lyceum.example.org"));
        QCOMPARE(m->documents.size(), 1);
        QCOMPARE(m->documents.first().pdf, QByteArray("%PDF-inner"));
    }

    void loneSignatureAndUnsignedPdf()
    {
        const auto m = MimeParser::parse(message({{rfc2231(QStringLiteral("attached.p7s")), "application/pkcs7-signature", "att"},
                                                  {rfc2231(QStringLiteral("unsigned.pdf")), "application/pdf", "%PDF-u"},
                                                  {rfc2231(QStringLiteral("photo.jpg")), "image/jpeg", "jpeg"}}));
        QVERIFY(m);
        QCOMPARE(m->documents.size(), 2);
        QCOMPARE(m->documents.at(0).pdfName, QStringLiteral("unsigned.pdf"));
        QVERIFY(m->documents.at(0).p7sName.isEmpty());
        QCOMPARE(m->documents.at(1).p7sName, QStringLiteral("attached.p7s"));
        QVERIFY(m->documents.at(1).pdfName.isEmpty());
        QCOMPARE(m->documents.at(1).kind, QStringLiteral("other"));
    }

    void pairingRules()
    {
        const auto docs = MimeParser::pair({{QStringLiteral("A.PDF"), "a"},
                                            {QStringLiteral("b.p7s"), "bs"},
                                            {QStringLiteral("a.p7s"), "as"},
                                            {QStringLiteral("b.pdf"), "b"},
                                            {QStringLiteral("c.pdf.p7s"), "cs"}});
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs.at(0).p7sName, QStringLiteral("a.p7s"));
        QCOMPARE(docs.at(1).p7sName, QStringLiteral("b.p7s"));
        QCOMPARE(docs.at(2).p7sName, QStringLiteral("c.pdf.p7s"));
        QVERIFY(docs.at(2).pdfName.isEmpty());
    }

    void nestedMultipartsAndPathsInNames()
    {
        const QByteArray raw =
            "From: a@example.com\r\nMessage-ID: <n@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=o\r\n\r\n"
            "--o\r\nContent-Type: multipart/alternative; boundary=i\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
            "--i\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--i--\r\n"
            "--o\r\nContent-Type: multipart/related; boundary=r\r\n\r\n--r\r\nContent-Type: application/pdf; "
            "name=\"C:\\\\Users\\\\x\\\\doc.pdf\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--r--\r\n--o--\r\n";
        const auto m = MimeParser::parse(raw);
        QVERIFY(m);
        QCOMPARE(m->documents.size(), 1);
        QCOMPARE(m->documents.first().pdfName, QStringLiteral("doc.pdf"));
        QCOMPARE(m->documents.first().pdf, QByteArray("%PDF-"));
    }

    void damagedMessagesDoNotCrash()
    {
        // Broken base64: decoded as far as it goes.
        QByteArray broken = message(pairOf(QStringLiteral("x"), "%PDF-1.4 data", "sig"));
        broken.replace(QByteArray("JVBERi0xLjQgZGF0YQ=="), QByteArray("JVB!!ERi0x@@LjQg"));
        QVERIFY(MimeParser::parse(broken));
        // Missing closing boundary, and no boundary at all.
        QByteArray open = message(pairOf(QStringLiteral("x"), "%PDF", "sig"));
        open.chop(QByteArray("--==kopii-boundary-1==--\r\n").size());
        QVERIFY(MimeParser::parse(open));
        QVERIFY(MimeParser::parse("From: a@b\r\nContent-Type: multipart/mixed\r\n\r\nno parts here"));
        // Not a message at all, and empty.
        QByteArray junk;
        for (int i = 0; i < 5000; ++i)
            junk += char((i * 7919) % 256);
        const auto j = MimeParser::parse(junk);
        QVERIFY(!j || j->documents.isEmpty());
        QVERIFY(!MimeParser::parse(QByteArray()));
    }

    void bigAndMany()
    {
        QByteArray big(30 * 1024 * 1024, 'x');
        big[0] = '%';
        const auto m = MimeParser::parse(message(pairOf(QStringLiteral("big"), big, "sig")));
        QVERIFY(m);
        QCOMPARE(m->documents.size(), 1);
        QCOMPARE(m->documents.first().pdf.size(), big.size());

        QList<Attachment> many;
        for (int i = 0; i < MimeParser::kMaxDocuments / 2; ++i)
            many += pairOf(QStringLiteral("doc%1").arg(i), "%PDF" + QByteArray::number(i), "sig" + QByteArray::number(i));
        const auto n = MimeParser::parse(message(many));
        QVERIFY(n);
        QCOMPARE(n->documents.size(), MimeParser::kMaxDocuments / 2);
        QCOMPARE(n->documents.last().p7s, "sig" + QByteArray::number(MimeParser::kMaxDocuments / 2 - 1));
        // One document more than Kopii reads in a message: refused whole, with the limit named.
        many += pairOf(QStringLiteral("doc-extra"), "%PDF extra", "sig extra");
        const auto over = MimeParser::parse(message(many));
        QVERIFY(over && over->documents.isEmpty());
        QVERIFY2(over->refused.contains(QString::number(MimeParser::kMaxDocuments)), qPrintable(over->refused));
    }

    // H6 (review appendix A.2): 20 000 nameless PDF parts. Refused with the reason, without
    // reading them all; pairing is linear (checked by a count that a quadratic pass would
    // blow, not by the clock: the time is in bench_mail).
    void manyPartsAreRefused()
    {
        QByteArray eml = "From: Visitor <visitor@example.org>\r\nTo: centr@example.com\r\nSubject: x\r\n"
                         "Message-ID: <many-parts@example.org>\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        for (int i = 0; i < 20000; ++i)
            eml += "--b\r\nContent-Type: application/pdf\r\n\r\nx\r\n";
        eml += "--b--\r\n";
        const auto m = MimeParser::parse(eml);
        QVERIFY(m && m->documents.isEmpty());
        QVERIFY2(m->refused.contains(QStringLiteral("more than %1 parts").arg(MimeParser::kMaxParts)), qPrintable(m->refused));
        QCOMPARE(m->sender, QStringLiteral("visitor@example.org")); // who sent it stays known
        // The same through the ingestor: one failed submission with that reason.
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(ws);
        Ingestor ingestor((*ws)->session());
        const auto stored = ingestor.ingestMessage(eml, QStringLiteral("ingest"));
        QVERIFY(stored && stored->failed);
        QVERIFY(stored->reason.contains(QStringLiteral("parts")));
    }

    // Pairing many files: every PDF finds its own signature, in order, also among namesakes.
    void pairingManyIsExact()
    {
        QList<MimeParser::File> files;
        for (int i = 0; i < 3000; ++i) {
            files << MimeParser::File{QStringLiteral("Doc%1.PDF").arg(i), "p" + QByteArray::number(i)};
            files << MimeParser::File{QStringLiteral("doc%1.pdf.p7s").arg(2999 - i), "s" + QByteArray::number(2999 - i)};
        }
        files << MimeParser::File{QStringLiteral("same.pdf"), "a"} << MimeParser::File{QStringLiteral("same.pdf"), "b"}
              << MimeParser::File{QStringLiteral("same.p7s"), "sa"} << MimeParser::File{QStringLiteral("same.pdf.p7s"), "sb"};
        const auto docs = MimeParser::pair(files);
        QCOMPARE(docs.size(), 3002);
        for (int i = 0; i < 3000; ++i)
            QCOMPARE(docs.at(i).p7s, "s" + QByteArray::number(i));
        QCOMPARE(docs.at(3000).p7s, QByteArray("sa"));
        QCOMPARE(docs.at(3001).p7s, QByteArray("sb"));
    }
};

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
