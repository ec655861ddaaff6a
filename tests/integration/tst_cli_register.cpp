// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli register as an office runs it: numbers with the branch's prefix, found by number in
// the inbox, kept when a submission is deleted and never reused; the CSV opens in Excel and runs
// no formula; the PDF is the printable register. (A workspace file is one program's at a time;
// writers at once, on an office server, are tst_server_watchers'.)
#include "CliRun.h"
#include "MailSamples.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliRegister : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    int m_messages = 0;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }
    // A new message (its own Message-ID and document) in `folder`; `from` its sender.
    QString newMessage(const QString &folder, const QByteArray &from = "<ivan@example.com>")
    {
        const int n = ++m_messages;
        const QString path = m_dir.filePath(QStringLiteral("%1/m%2.eml").arg(folder).arg(n));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(message(pairOf(QStringLiteral("Довідка %1").arg(n), "%PDF-" + QByteArray::number(n), "sig"), {}, from,
                        "<m" + QByteArray::number(n) + "@example.com>"));
        return path;
    }
    QJsonArray registerList()
    {
        const CliRun r = cli({QStringLiteral("register"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString year() const { return QString::number(QDate::currentDate().year()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli(centreBranchArgs()).code, 0);
    }

    void numbersWithThePrefix()
    {
        // A prefix that cannot begin a number is refused with what to do.
        CliRun r = cli({QStringLiteral("register"), QStringLiteral("prefix"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                        QStringLiteral("Ц/1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Ц/1")), qPrintable(r.err));
        r = cli({QStringLiteral("register"), QStringLiteral("prefix"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                 QStringLiteral("Ц")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({QStringLiteral("ingest"), newMessage(QStringLiteral("first"))}).code, 0);
        const QJsonArray list = registerList();
        QCOMPARE(list.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(list[i].toObject().value(QStringLiteral("number")).toString(),
                     QStringLiteral("Ц-%1/%2").arg(year()).arg(i + 1, 6, 10, QLatin1Char('0')));
        QCOMPARE(list[0].toObject().value(QStringLiteral("recipient")).toString(), QStringLiteral("centr@example.com"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("branch")).toString(), QStringLiteral("Центр"));

        // The clerk finds a submission by its number, in the register and in the inbox.
        const QString second = QStringLiteral("Ц-%1/000002").arg(year());
        r = cli({QStringLiteral("register"), QStringLiteral("find"), second.toLower(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("submission")).toInt(),
                 2);
        r = cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"), second});
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject().value(QStringLiteral("number")).toString(), second);
        r = cli({QStringLiteral("register"), QStringLiteral("find"), QStringLiteral("Ц-1999/000001")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Ц-1999/000001")), qPrintable(r.err));
    }

    void aDeletedSubmissionKeepsItsNumber()
    {
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("delete"), QStringLiteral("3")}).code, 0);
        QCOMPARE(cli({QStringLiteral("ingest"), newMessage(QStringLiteral("after"))}).code, 0);
        const QJsonArray list = registerList();
        QCOMPARE(list.size(), 4);
        const QJsonObject deleted = list[2].toObject();
        QCOMPARE(deleted.value(QStringLiteral("number")).toString(), QStringLiteral("Ц-%1/000003").arg(year()));
        QCOMPARE(deleted.value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
        QCOMPARE(deleted.value(QStringLiteral("deletedBy")).toString(), QStringLiteral("deletion"));
        QVERIFY(deleted.value(QStringLiteral("submission")).isNull());
        // The next number follows: 3 is not given again, though SQLite may reuse the row's id.
        QCOMPARE(list[3].toObject().value(QStringLiteral("number")).toString(), QStringLiteral("Ц-%1/000004").arg(year()));
        const CliRun text = cli({QStringLiteral("register"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral("видалено")), qPrintable(text.out));
    }

    void exportsForExcelAndPrint()
    {
        // A sender whose address a spreadsheet would run as a formula.
        QCOMPARE(cli({QStringLiteral("ingest"), newMessage(QStringLiteral("formula"), "<=1+2@example.com>")}).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("out/register.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("out/register.pdf"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        CliRun r = cli({QStringLiteral("register"), QStringLiteral("export"), QStringLiteral("--from"), today,
                        QStringLiteral("--to"), today, QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(registerList().size()) + 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Номер;Отримано;Відправник")), qPrintable(lines.first()));
        QVERIFY2(bytes.contains(";'=1+2@example.com;"), bytes.constData());
        QVERIFY(!bytes.contains(";=1+2"));
        // The printable register: A4 landscape, every number in it.
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(30000);
        const QByteArray pageInfo = info.readAllStandardOutput();
        QVERIFY2(pageInfo.contains("842 x 595 pts (A4)"), pageInfo.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        text.waitForFinished(30000);
        const QString printed =
            QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QVERIFY2(printed.contains(QStringLiteral("РЕЄСТР")), qPrintable(printed.left(300)));
        for (const auto &v : registerList())
            QVERIFY2(printed.contains(v.toObject().value(QStringLiteral("number")).toString()),
                     qPrintable(v.toObject().value(QStringLiteral("number")).toString()));
        // A period with nothing in it, and a bad date.
        r = cli({QStringLiteral("register"), QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("2000-01-01")});
        QVERIFY(r.out.contains(QStringLiteral("no entries")));
        r = cli({QStringLiteral("register"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("31.12.2026")});
        QCOMPARE(r.code, 2);
        // Nothing to write to: a clear message, no file.
        r = cli({QStringLiteral("register"), QStringLiteral("export"), QStringLiteral("--csv"),
                 m_dir.filePath(QStringLiteral("missing/register.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("register.csv")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
