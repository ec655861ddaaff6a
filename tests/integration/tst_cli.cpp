// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli as a user runs it: a real process, real workspace folders, exit codes and output.
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_ws;
    int m_counter = 0;

    Run cli(const QStringList &args, const QString &workspace = QString(), const QStringList &prefix = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("KOPII_WORKSPACE"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (!workspace.isEmpty() || !m_ws.isEmpty())
            all << QStringLiteral("--workspace") << (workspace.isEmpty() ? m_ws : workspace);
        all << args;
        if (prefix.isEmpty()) {
            p.start(QStringLiteral(KOPII_CLI), all);
        } else {
            p.start(prefix.first(), prefix.mid(1) + all); // the prefix ends with the program to run
        }
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList exampleBranch(const QString &name = QStringLiteral("Центр"),
                              const QString &email = QStringLiteral("centr@example.com"))
    {
        return {QStringLiteral("branch"),     QStringLiteral("add"),
                QStringLiteral("--name"),     name,
                QStringLiteral("--email"),    email,
                QStringLiteral("--region"),   QStringLiteral("Київська"),
                QStringLiteral("--district"), QStringLiteral("Бучанський"),
                QStringLiteral("--location"), QStringLiteral("Буча"),
                QStringLiteral("--street"),   QStringLiteral("вул. Вокзальна"),
                QStringLiteral("--house"),    QStringLiteral("1")};
    }

    QJsonArray jsonArray(const Run &r)
    {
        QJsonParseError e;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << r.out;
        return doc.array();
    }

private Q_SLOTS:
    void init() { m_ws = m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)); }

    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QLatin1String("kopii-cli ")));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QLatin1String("branch list|show|add|edit|remove")));
        QVERIFY(h.out.contains(QLatin1String("Exit codes")));
        const Run hb = cli({QStringLiteral("help"), QStringLiteral("branch")});
        QCOMPARE(hb.code, 0);
        QVERIFY(hb.out.contains(QLatin1String("--custom-full-address")));
        const Run hs = cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(hs.code, 0);
        QVERIFY(hs.out.contains(QLatin1String("--document")));
        // Help and version never create a workspace.
        QVERIFY(!QFile::exists(m_ws));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("bogus")};
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--bogus"), QStringLiteral("branch"), QStringLiteral("list")};
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("branch")};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("branch"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("branch"), QStringLiteral("add"),
                                                       QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("--name")};
        QTest::newRow("edit without changes")
            << QStringList{QStringLiteral("branch"), QStringLiteral("edit"), QStringLiteral("1")};
        QTest::newRow("show without record") << QStringList{QStringLiteral("branch"), QStringLiteral("show")};
        QTest::newRow("extra argument") << QStringList{QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("more")};
        QTest::newRow("edrpou and rnokpp") << QStringList{QStringLiteral("org"),      QStringLiteral("set"),
                                                          QStringLiteral("--edrpou"), QStringLiteral("14360570"),
                                                          QStringLiteral("--rnokpp"), QStringLiteral("3012304569")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("branch"),
                                                     QStringLiteral("list")};
    }

    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QLatin1String("kopii-cli: ")));
        QVERIFY(r.err.contains(QLatin1String("--help")));
        QVERIFY(!QFile::exists(m_ws + QStringLiteral("/kopii.db")));
    }

    void issueExampleWorksAndRoundTripsAsJson()
    {
        const Run add = cli(exampleBranch());
        QCOMPARE(add.code, 0);
        QCOMPARE(add.out.trimmed(), QStringLiteral("Branch 1 added."));
        QVERIFY(add.err.isEmpty());
        const Run list = cli({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray a = jsonArray(list);
        QCOMPARE(a.size(), 1);
        const QJsonObject b = a.first().toObject();
        QCOMPARE(b.value(QLatin1String("id")).toInt(), 1);
        QCOMPARE(b.value(QLatin1String("name")).toString(), QStringLiteral("Центр"));
        QCOMPARE(b.value(QLatin1String("email")).toString(), QStringLiteral("centr@example.com"));
        QCOMPARE(b.value(QLatin1String("region")).toString(), QStringLiteral("Київська"));
        QCOMPARE(b.value(QLatin1String("district")).toString(), QStringLiteral("Бучанський"));
        QCOMPARE(b.value(QLatin1String("location")).toString(), QStringLiteral("Буча"));
        QCOMPARE(b.value(QLatin1String("street")).toString(), QStringLiteral("вул. Вокзальна"));
        QCOMPARE(b.value(QLatin1String("house")).toString(), QStringLiteral("1"));
        const Run text = cli({QStringLiteral("branch"), QStringLiteral("list")});
        QVERIFY(text.out.contains(QStringLiteral("Центр")));
        const Run show =
            cli({QStringLiteral("branch"), QStringLiteral("show"), QStringLiteral("центр"), QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1String("name")).toString(),
                 QStringLiteral("Центр"));
        const Run search = cli({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("Вокзальна"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(search).size(), 1);
        const Run none = cli({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--search"),
                              QStringLiteral("Ірпінь"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(none).size(), 0);
    }

    void refusalsExitWith1AndStoreNothing()
    {
        QStringList bad = exampleBranch();
        bad[bad.indexOf(QStringLiteral("Київська"))] = QStringLiteral("Ки");
        Run r = cli(bad);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("kopii-cli: Region: must be at least 4 characters long, but has 2"));
        QCOMPARE(cli(exampleBranch()).code, 0);
        r = cli(exampleBranch(QStringLiteral("ЦЕНТР"), QStringLiteral("other@example.com")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("another branch is already called")));
        r = cli({QStringLiteral("branch"), QStringLiteral("edit"), QStringLiteral("7"), QStringLiteral("--house"),
                 QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no branch with number 7")));
        r = cli({QStringLiteral("branch"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--email"),
                 QStringLiteral("broken")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("\"broken\" is not an e-mail address")));
        QCOMPARE(jsonArray(cli({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--json")}))
                     .first()
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("centr@example.com"));
    }

    void servicesAndBranchRemoval()
    {
        QCOMPARE(cli(exampleBranch()).code, 0);
        QCOMPARE(cli(exampleBranch(QStringLiteral("Ірпінь"), QStringLiteral("irpin@example.com"))).code, 0);
        Run r = cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Зарахування до 1 класу"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                     QStringLiteral("--branch"), QStringLiteral("2"), QStringLiteral("--document"),
                     QStringLiteral("birth-certificate"), QStringLiteral("--document"), QStringLiteral("passport")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Без документів"),
                 QStringLiteral("--branch"), QStringLiteral("Центр")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("choose at least one document")));
        r = cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Х"),
                 QStringLiteral("--branch"), QStringLiteral("Нема"), QStringLiteral("--document"), QStringLiteral("passport")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no branch named \"Нема\"")));

        r = cli({QStringLiteral("service"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray services = jsonArray(r);
        QCOMPARE(services.size(), 1);
        const QJsonObject s = services.first().toObject();
        QCOMPARE(s.value(QLatin1String("name")).toString(), QStringLiteral("Зарахування до 1 класу"));
        QCOMPARE(s.value(QLatin1String("documentKinds")).toArray().first().toString(), QStringLiteral("birth-certificate"));
        QCOMPARE(s.value(QLatin1String("branches")).toArray().size(), 2);
        QCOMPARE(s.value(QLatin1String("branches")).toArray().first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Центр"));

        r = cli({QStringLiteral("branch"), QStringLiteral("remove"), QStringLiteral("Центр")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Зарахування до 1 класу")));
        QVERIFY(r.err.contains(QLatin1String("--detach-services")));
        QCOMPARE(jsonArray(cli({QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 2);
        r = cli(
            {QStringLiteral("branch"), QStringLiteral("remove"), QStringLiteral("Центр"), QStringLiteral("--detach-services")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("branches")).toArray().size(), 1);

        r = cli({QStringLiteral("service"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--no-branches"),
                 QStringLiteral("--return-link"), QStringLiteral("https://school.example.ua")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("service"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("not offered at any branch yet")));
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("remove"), QStringLiteral("1")}).code, 0);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("remove"), QStringLiteral("1")}).code, 1);

        // Every change is in the audit log, newest first, without names or addresses.
        r = cli({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QJsonArray log = jsonArray(r);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.first().toObject().value(QLatin1String("action")).toString(), QStringLiteral("service.remove"));
        QCOMPARE(log.first().toObject().value(QLatin1String("actor")).toString(), QStringLiteral("cli"));
        QVERIFY(!r.out.contains(QStringLiteral("Центр")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("zero")}).code, 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--csv")}).code, 2);

        // CSV for the manager's records: a header, oldest first, every entry with its seal.
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--limit"),
                 QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const QStringList rows = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith(QLatin1String("id,time_utc,actor,action")));
        QVERIFY(rows.at(2).contains(QLatin1String(",service.remove,")));
        QCOMPARE(rows.at(2).section(QLatin1Char(','), -1).size(), 64);

        // The chain: intact, then an edited entry is found and named.
        r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("intact")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_ws + QStringLiteral("/kopii.db"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE audit_log SET action = 'branch.view' WHERE id = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("entry 2 is not what was written")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("check")}).code, 2);
    }

    void organization()
    {
        Run r = cli({QStringLiteral("org"), QStringLiteral("show")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no organisation yet")));
        r = cli({QStringLiteral("org"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Ліцей")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("org"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("ФОП Коваль Олена"),
                 QStringLiteral("--rnokpp"), QStringLiteral("3012304569"), QStringLiteral("--head"),
                 QStringLiteral("Коваль Олена Петрівна")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("sole-proprietor"));
        QCOMPARE(o.value(QLatin1String("rnokpp")).toString(), QStringLiteral("3012304569"));
        r = cli({QStringLiteral("org"), QStringLiteral("set"), QStringLiteral("--rnokpp"), QStringLiteral("3012304560")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("check digit")));
    }

    void ukrainianMessages()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("uk"), QStringLiteral("org"), QStringLiteral("show")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("У робочому просторі ще немає організації")), qPrintable(r.err));
        const Run k = cli({QStringLiteral("--lang=uk"), QStringLiteral("document-kinds")});
        QVERIFY(k.out.contains(QStringLiteral("Картка платника податків")));
    }

    void workspaceFromEnvironment()
    {
        const QString ws = m_ws;
        m_ws.clear();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_WORKSPACE"), ws);
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KOPII_CLI), exampleBranch());
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(ws + QStringLiteral("/kopii.db")));
    }

    void unusableWorkspaces()
    {
        // Corrupt database: refused, untouched.
        QVERIFY(QDir().mkpath(m_ws));
        QFile f(m_ws + QStringLiteral("/kopii.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const QByteArray before = kopii::test::fileHash(f.fileName());
        Run r = cli({QStringLiteral("branch"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("damaged or is not a database")));
        QVERIFY2(r.err.contains(QLatin1String("kopii-cli: technical cause: ")), qPrintable(r.err));
        QCOMPARE(kopii::test::fileHash(f.fileName()), before);
    }

    void workspaceHeldByAnotherProcess()
    {
        QCOMPARE(cli(exampleBranch()).code, 0);
        QProcess holder;
        QVERIFY(kopii::test::startHolder(holder, QStringLiteral("workspace"), m_ws));
        const Run r = cli({QStringLiteral("branch"), QStringLiteral("list")});
        kopii::test::stopHolder(holder);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already open in another Kopii program")));
        QCOMPARE(cli({QStringLiteral("branch"), QStringLiteral("list")}).code, 0);
    }

    void readOnlyWorkspace()
    {
        // Root writes anywhere; the check runs as "nobody" then, as the owner otherwise.
        QVERIFY(QDir().mkpath(m_ws));
        QStringList prefix;
        if (kopii::test::runningAsRoot()) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("setpriv (util-linux) is needed to drop root");
            // "nobody" may not reach the build tree: give it its own copy of the program.
            const QString copy = m_dir.filePath(QStringLiteral("kopii-cli-copy"));
            QFile::remove(copy);
            QVERIFY(QFile::copy(QStringLiteral(KOPII_CLI), copy));
            QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther | QFileDevice::ReadOther);
            QFile::setPermissions(m_dir.path(),
                                  QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
            // Its own folder (a folder of another user is refused for that), but read-only.
            QVERIFY(QFile::setPermissions(m_ws, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            QCOMPARE(::chown(QFile::encodeName(m_ws).constData(), 65534, 65534), 0);
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), copy};
        } else {
            QFile::setPermissions(m_ws, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        }
        const Run r = cli({QStringLiteral("branch"), QStringLiteral("list")}, QString(), prefix);
        if (kopii::test::runningAsRoot())
            QCOMPARE(::chown(QFile::encodeName(m_ws).constData(), 0, 0), 0);
        QFile::setPermissions(m_ws, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_ws + QStringLiteral("/kopii.db")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
