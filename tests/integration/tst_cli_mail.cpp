// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli ingest, watch --once and inbox list as an administrator runs them.
#include "MailSamples.h"
#include "CliRun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii::test;

class TestCliMail : public QObject
{
    Q_OBJECT

    using Run = kopii::test::CliRun;

    QTemporaryDir m_dir;
    QString m_ws;

    Run cli(const QStringList &args) { return kopii::test::runCli(QStringLiteral(KOPII_CLI), m_ws, args, 60000); }
    QString file(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }
    QJsonArray inbox()
    {
        return QJsonDocument::fromJson(
                   cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli(centreBranchArgs()).code, 0);
    }

    void ingestFilesAndFolders()
    {
        const QString one = file(QStringLiteral("in/one.eml"), message(pairOf(QStringLiteral("Паспорт"), "%PDF-1", "sig-1")));
        Run r = cli({QStringLiteral("ingest"), one});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Stored: 1")));
        r = cli({QStringLiteral("ingest"), one});
        QVERIFY(r.out.contains(QStringLiteral("already stored: 1")));

        file(QStringLiteral("in/two.eml"),
             message(pairOf(QStringLiteral("Довідка"), "%PDF-2", "sig-2"), {}, "<v@example.org>", "<two@x>"));
        file(QStringLiteral("in/broken.eml"), "Subject: hi\r\n\r\njust text");
        r = cli({QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("in"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Stored: 1; already stored: 1; failed (kept with the reason): 1")),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("in/two.eml")))); // ingest does not move

        const QJsonArray list = inbox();
        QCOMPARE(list.size(), 3);
        int failed = 0;
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("status")).toString() == QStringLiteral("failed")) {
                ++failed;
                QVERIFY(o.value(QStringLiteral("failure")).toString().contains(QStringLiteral("no PDF or P7S")));
            } else {
                QCOMPARE(o.value(QStringLiteral("branch")).toString(), QStringLiteral("Центр"));
                QCOMPARE(o.value(QStringLiteral("documents")).toArray().size(), 1);
                QVERIFY(
                    o.value(QStringLiteral("documents")).toArray().first().toObject().value(QStringLiteral("pdfBytes")).toInt()
                    > 0);
            }
        }
        QCOMPARE(failed, 1);

        // The Inbox area's filters: the worst verdict (a message that cannot be read counts as invalid;
        // "sig-2" is no signature), the state, the text.
        auto count = [this](const QStringList &filters) {
            const Run run = cli(QStringList{QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")} + filters);
            if (run.code != 0)
                qWarning() << run.err;
            return run.code == 0 ? int(QJsonDocument::fromJson(run.out.toUtf8()).array().size()) : -1;
        };
        QCOMPARE(count({QStringLiteral("--verdict"), QStringLiteral("invalid")}), 3);
        QCOMPARE(count({QStringLiteral("--verdict"), QStringLiteral("valid")}), 0);
        QCOMPARE(count({QStringLiteral("--state"), QStringLiteral("new")}), 3);
        QCOMPARE(count({QStringLiteral("--search"), QStringLiteral("ДОВІДКА")}), 1);
        QCOMPARE(count({QStringLiteral("--branch"), QStringLiteral("Центр")}), 2);
        QCOMPARE(list.first().toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--verdict"), QStringLiteral("good")}).code,
                 2);

        r = cli({QStringLiteral("ingest"), m_dir.filePath(QStringLiteral("nothing-here.eml"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Cannot read")));
    }

    void inboxShowExportMarkPurge()
    {
        const QJsonArray list = inbox();
        QVERIFY(!list.isEmpty());
        const QString id = QString::number(list.first().toObject().value(QStringLiteral("id")).toInt());
        Run r = cli({QStringLiteral("inbox"), QStringLiteral("show"), id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTemporaryDir out;
        r = cli({QStringLiteral("inbox"), QStringLiteral("export"), id, out.path()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList folders = QDir(out.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY2(folders.first().startsWith(QStringLiteral("Submission %1 of ").arg(id)), qPrintable(folders.first()));
        QVERIFY(!QDir(out.filePath(folders.first())).entryList(QDir::Files).isEmpty());
        QVERIFY(r.out.contains(out.filePath(folders.first())));
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("mark"), id, QStringLiteral("finished")}).code, 1);
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("mark"), id, QStringLiteral("processed")}).code, 0);
        // The workspace's policy: shown, then set; purge follows it unless told otherwise.
        r = cli({QStringLiteral("inbox"), QStringLiteral("retention")});
        QVERIFY2(r.out.contains(QStringLiteral("30 day(s) after they are marked processed, and 180 day(s)")), qPrintable(r.out));
        QCOMPARE(
            cli({QStringLiteral("inbox"), QStringLiteral("retention"), QStringLiteral("--max-age-days"), QStringLiteral("10")})
                .code,
            1);
        r = cli({QStringLiteral("inbox"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains(QStringLiteral("Would delete 0")), qPrintable(r.out));
        r = cli({QStringLiteral("inbox"), QStringLiteral("retention"), QStringLiteral("--after-processed-days"),
                 QStringLiteral("0")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("0 day(s) after")), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("inbox"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QVERIFY2(r.out.contains(QStringLiteral("Would delete 1")), qPrintable(r.out));
        r = cli({QStringLiteral("inbox"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                 QStringLiteral("--after-processed-days"), QStringLiteral("0")});
        QVERIFY2(r.out.contains(QStringLiteral("Would delete 1")), qPrintable(r.out));
        const int before = int(inbox().size());
        r = cli(
            {QStringLiteral("inbox"), QStringLiteral("purge"), QStringLiteral("--after-processed-days"), QStringLiteral("0")});
        QVERIFY(r.out.contains(QStringLiteral("Deleted 1")));
        QCOMPARE(int(inbox().size()), before - 1);
        QCOMPARE(cli({QStringLiteral("inbox"), QStringLiteral("show"), id}).code, 1);
    }

    void watchOnceTakesTheDropFolder()
    {
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        file(QStringLiteral("drop/a.pdf"), "%PDF-drop");
        file(QStringLiteral("drop/a.p7s"), "sig-drop");
        // Old enough not to count as still being written.
        for (const QString &name : {QStringLiteral("a.pdf"), QStringLiteral("a.p7s")}) {
            QFile f(drop + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        const Run r = cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--drop-folder"), drop});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("stored 1")), qPrintable(r.out));
        QVERIFY(QFile::exists(drop + QStringLiteral("/done/a.pdf")));
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("--once"), QStringLiteral("--mailbox"), QStringLiteral("nope")}).code,
            1);
    }
};

QTEST_GUILESS_MAIN(TestCliMail)
#include "tst_cli_mail.moc"
