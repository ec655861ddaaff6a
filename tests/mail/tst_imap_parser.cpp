// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ImapParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kopii;

class TestImapParser : public QObject
{
    Q_OBJECT

    static QList<ImapResponse> parseAll(const QByteArray &data, int chunk)
    {
        ImapParser p;
        QList<ImapResponse> out;
        for (qsizetype i = 0; i < data.size(); i += chunk) {
            p.feed(data.mid(i, chunk));
            out += p.take();
        }
        return out;
    }

    const QByteArray m_session =
        "* OK [CAPABILITY IMAP4rev1 IDLE UIDPLUS MOVE AUTH=PLAIN] Dovecot ready.\r\n"
        "* 3 EXISTS\r\n"
        "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
        "* OK [UIDNEXT 4] Predicted next UID\r\n"
        "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
        "* SEARCH 1 2 3\r\n"
        "* 1 FETCH (UID 7 BODY[] {11}\r\nHello\r\nWorl FLAGS (\\Seen))\r\n"
        "* 2 FETCH (UID 8 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL)"
        "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 1000 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL "
        "NIL) "
        "\"mixed\" (\"boundary\" \"b\") NIL NIL NIL))\r\n"
        "+ idling\r\n"
        "A001 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n"
        "* BYE Server shutting down\r\n";

private Q_SLOTS:
    void readsASessionInAnyChunking_data()
    {
        QTest::addColumn<int>("chunk");
        for (int c : {1, 2, 3, 7, 13, 64, 4096})
            QTest::addRow("%d", c) << c;
    }
    void readsASessionInAnyChunking()
    {
        QFETCH(int, chunk);
        const auto r = parseAll(m_session, chunk);
        QCOMPARE(r.size(), 11);
        QCOMPARE(r.at(0).status, QByteArray("OK"));
        QVERIFY(r.at(0).code.startsWith("CAPABILITY IMAP4rev1"));
        QCOMPARE(r.at(1).number, 3);
        QCOMPARE(r.at(1).status, QByteArray("EXISTS"));
        QCOMPARE(r.at(2).code, QByteArray("UIDVALIDITY 3857529045"));
        QCOMPARE(r.at(4).values.first().list.size(), 5);
        QCOMPARE(r.at(5).values.size(), 3);
        // The literal keeps its CRLF and is not cut where the packets were.
        const ImapResponse &fetch = r.at(6);
        QCOMPARE(fetch.status, QByteArray("FETCH"));
        QCOMPARE(fetch.number, 1);
        const ImapValue &items = fetch.values.first();
        QCOMPARE(items.find("UID")->bytes(), QByteArray("7"));
        QCOMPARE(items.find("BODY[]")->bytes(), QByteArray("Hello\r\nWorl"));
        QCOMPARE(items.find("FLAGS")->list.first().bytes(), QByteArray("\\Seen"));
        const ImapValue *bs = r.at(7).values.first().find("BODYSTRUCTURE");
        QVERIFY(bs && bs->isList());
        QCOMPARE(bs->list.at(1).list.at(1).bytes(), QByteArray("pdf"));
        QCOMPARE(r.at(8).kind, ImapResponse::Kind::Continuation);
        QCOMPARE(r.at(9).kind, ImapResponse::Kind::Tagged);
        QCOMPARE(r.at(9).tag, QByteArray("A001"));
        QCOMPARE(r.at(9).code, QByteArray("READ-WRITE"));
        QCOMPARE(r.at(10).status, QByteArray("BYE"));
    }

    void garbageIsReportedAndSkipped()
    {
        ImapParser p;
        p.feed("this is not imap\r\n* 1 FETCH (UID 5 BODY[] \"unterminated\r\n)))\r\n* 4 EXISTS\r\nA1 MAYBE what\r\n");
        const auto r = p.take();
        QCOMPARE(r.size(), 5);
        QCOMPARE(r.at(0).kind, ImapResponse::Kind::Garbage);
        QCOMPARE(r.at(1).kind, ImapResponse::Kind::Garbage);
        QVERIFY(!r.at(1).error.isEmpty());
        QCOMPARE(r.at(2).kind, ImapResponse::Kind::Garbage);
        QCOMPARE(r.at(3).number, 4); // the parser goes on after garbage
        QCOMPARE(r.at(4).kind, ImapResponse::Kind::Garbage);
    }

    void literalsAtTheLimits()
    {
        // An oversized literal is reported and dropped; the next response is read normally.
        ImapParser p;
        p.feed("* 1 FETCH (BODY[] {99999999999}\r\nabc");
        p.feed(")\r\n");
        QCOMPARE(p.take().size(), 1);
        // A literal announced but cut short never completes (and does not crash).
        ImapParser q;
        q.feed("* 1 FETCH (BODY[] {10}\r\nabc");
        QVERIFY(!q.hasResponse());
        q.feed("defghij)\r\n* 2 EXISTS\r\n");
        const auto r = q.take();
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.first().values.first().find("BODY[]")->bytes(), QByteArray("abcdefghij"));
        // A zero-length literal and an empty list.
        QCOMPARE(ImapParser::parse("* 1 FETCH (BODY[] {0}\r\n FLAGS ())\r\n").values.first().find("BODY[]")->bytes(),
                 QByteArray());
    }

    // M1: a literal length near INT64_MAX must not overflow into a read before the buffer, in a
    // response parsed whole or fed in pieces.
    void hugeLiteralLengthIsGarbage()
    {
        const QByteArray hostile("* 1 FETCH (UID {9223372036854775800}x)\r\n");
        const ImapResponse r = ImapParser::parse(hostile);
        QCOMPARE(r.kind, ImapResponse::Kind::Garbage);
        QVERIFY(!r.error.isEmpty());
        ImapParser p;
        p.feed(hostile);
        p.feed("* 2 EXISTS\r\n");
        const auto all = p.take();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, ImapResponse::Kind::Garbage);
        QCOMPARE(all.at(1).number, 2);
    }

    // L10: one response is capped in bytes and in literals, however it is split: many literals
    // each under the limit do not add up beyond it, and the parser reads on afterwards.
    void responseSizeAndLiteralCountAreCapped()
    {
        ImapParser p;
        const QByteArray part(16 * 1024 * 1024, 'x');
        p.feed("* 1 FETCH (BODY[1] {" + QByteArray::number(part.size()) + "}\r\n");
        for (int i = 0; i < 4; ++i) {
            p.feed(part);
            p.feed(" BODY[" + QByteArray::number(i + 2) + "] {" + QByteArray::number(part.size()) + "}\r\n");
        }
        p.feed(part + ")\r\n* 7 EXISTS\r\n");
        auto r = p.take();
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).kind, ImapResponse::Kind::Garbage);
        QVERIFY(r.at(0).oversize);
        QCOMPARE(r.at(1).number, 7);

        ImapParser q;
        QByteArray many = "* 1 FETCH (X ";
        for (int i = 0; i <= ImapParser::kMaxLiterals; ++i)
            many += "{1}\r\na ";
        q.feed(many + ")\r\n* 8 EXISTS\r\n");
        r = q.take();
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.first().kind, ImapResponse::Kind::Garbage);
        QVERIFY2(r.first().error.contains(QStringLiteral("literals")), qPrintable(r.first().error));
        QCOMPARE(r.last().number, 8);
    }

    void fuzzNeverCrashes()
    {
        // Random bytes and mutations of a real session, in random chunks: the parser must survive
        // and keep its memory bounded.
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = m_session;
            const int mutations = int(rng.bounded(12));
            for (int i = 0; i < mutations; ++i) {
                const qsizetype at = qsizetype(rng.bounded(int(data.size())));
                switch (rng.bounded(4)) {
                case 0: data[at] = char(rng.bounded(256)); break;
                case 1: data.insert(at, "{" + QByteArray::number(int(rng.bounded(50))) + "}\r\n"); break;
                case 2: data.remove(at, qsizetype(rng.bounded(20))); break;
                default: data.insert(at, QByteArray(int(rng.bounded(10)), '(')); break;
                }
            }
            ImapParser p;
            qsizetype i = 0;
            while (i < data.size()) {
                const qsizetype n = 1 + qsizetype(rng.bounded(40));
                p.feed(data.mid(i, n));
                p.take();
                i += n;
            }
        }
        // Reaching this line without a crash is the assertion (the asan preset catches the rest);
        // and a clean session still reads after all that.
        QCOMPARE(parseAll(m_session, 5).size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imap_parser.moc"
