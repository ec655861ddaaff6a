// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli handoff as an office runs it: a submission's package written as a folder and as a
// ZIP; the branch's hot folder takes it when the clerk marks it processed, or, set "on arrival",
// as soon as it is taken in and checked (by ingest and by the watcher), each once; bad input says
// what is wrong and writes nothing.
#include "CliRun.h"
#include "MailSamples.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliHandOff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    int m_messages = 0;

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }
    QString newMessage()
    {
        const int n = ++m_messages;
        const QString path = m_dir.filePath(QStringLiteral("in/m%1.eml").arg(n));
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(message(pairOf(QStringLiteral("Довідка %1").arg(n), "%PDF-" + QByteArray::number(n), "sig"), {},
                        "<ivan@example.com>", "<h" + QByteArray::number(n) + "@example.com>"));
        return path;
    }
    static QStringList visible(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    }
    static int cardSubmission(const QString &package)
    {
        QFile card(QDir(package).filePath(QStringLiteral("card.json")));
        if (!card.open(QIODevice::ReadOnly))
            return -1;
        return QJsonDocument::fromJson(card.readAll()).object().value(QStringLiteral("submission")).toInt();
    }
    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli(centreBranchArgs()).code, 0);
        QCOMPARE(cli({QStringLiteral("ingest"), newMessage()}).code, 0);
    }

    void aPackageAsAFolderOrAZip()
    {
        const QString out = folder(QStringLiteral("out"));
        CliRun r = cli({QStringLiteral("handoff"), QStringLiteral("package"), QStringLiteral("1"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString written = r.out.trimmed().split(QLatin1Char('\n')).last();
        QCOMPARE(cardSubmission(written), 1);
        r = cli({QStringLiteral("handoff"), QStringLiteral("package"), QStringLiteral("1"), out, QStringLiteral("--zip")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.trimmed().endsWith(QLatin1String(".zip")), qPrintable(r.out));
        QCOMPARE(visible(out).size(), 2);

        // Bad input: said, nothing written.
        r = cli({QStringLiteral("handoff"), QStringLiteral("package"), QStringLiteral("99"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("99")), qPrintable(r.err));
        r = cli({QStringLiteral("handoff"), QStringLiteral("package"), QStringLiteral("1"),
                 m_dir.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
        r = cli({QStringLiteral("handoff"), QStringLiteral("package"), QStringLiteral("one"), out});
        QCOMPARE(r.code, 2);
        QCOMPARE(visible(out).size(), 2);
    }

    void theHotFolderTakesWhatIsProcessed()
    {
        const QString hot = folder(QStringLiteral("hot"));
        CliRun r = cli({QStringLiteral("handoff"), QStringLiteral("folder"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                        m_dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("missing")), qPrintable(r.err));
        r = cli({QStringLiteral("handoff"), QStringLiteral("folder"), QStringLiteral("--branch"), QStringLiteral("Центр"), hot});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(visible(hot).isEmpty());
        r = cli({QStringLiteral("inbox"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("processed")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList there = visible(hot);
        QCOMPARE(there.size(), 2);
        QVERIFY(there.last().endsWith(QLatin1String(".done")));
        QCOMPARE(cardSubmission(QDir(hot).filePath(there.first())), 1);
    }

    void onArrivalEachGoesOnceWhenCheckedIn()
    {
        const QString hot = folder(QStringLiteral("arrivals"));
        CliRun r = cli({QStringLiteral("handoff"), QStringLiteral("folder"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                        hot, QStringLiteral("--on-arrival")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("when it arrives")), qPrintable(r.out));
        // What arrived before stays; what is taken in now goes, once checked.
        r = cli({QStringLiteral("ingest"), newMessage()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Handed on:")), qPrintable(r.out));
        QStringList there = visible(hot);
        QCOMPARE(there.size(), 2);
        QCOMPARE(cardSubmission(QDir(hot).filePath(there.first())), 2);
        // The watcher's pass (a drop folder) takes in another; the earlier one is not written again.
        const QString drop = folder(QStringLiteral("drop"));
        QVERIFY(QFile::copy(newMessage(), QDir(drop).filePath(QStringLiteral("m.eml"))));
        {
            QFile dropped(QDir(drop).filePath(QStringLiteral("m.eml"))); // old enough not to be still being written
            QVERIFY(dropped.open(QIODevice::ReadWrite));
            QVERIFY(dropped.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--drop-folder"), drop});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        there = visible(hot);
        QVERIFY2(there.size() == 4, qPrintable(r.out + r.err));
        QCOMPARE(cardSubmission(QDir(hot).filePath(there.at(2))), 3);

        // None: nothing goes any more.
        r = cli({QStringLiteral("handoff"), QStringLiteral("folder"), QStringLiteral("--branch"), QStringLiteral("Центр")});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("No packages")), qPrintable(r.err + r.out));
        QCOMPARE(cli({QStringLiteral("ingest"), newMessage()}).code, 0);
        QCOMPARE(visible(hot).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCliHandOff)
#include "tst_cli_handoff.moc"
