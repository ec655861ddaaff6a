// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli server, as an office's administrator runs it against a real PostgreSQL: init, desks,
// the watcher's login, and what each person's connection then may do; passwords come from files
// (never the command line) and libpq's password file.
#include "CliRun.h"
#include "CryptoTestUtil.h"
#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestCliServer : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;
    QTemporaryDir m_dir;
    QString m_admin; // the administrator's address
    QString m_pin;

    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return f.fileName();
    }
    test::CliRun cli(const QString &workspace, const QStringList &args)
    {
        return test::runCli(QStringLiteral(KOPII_CLI), workspace, args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.lastError.constData());
        QVERIFY(m_server.createDatabase(QStringLiteral("office")));
        m_admin = m_server.tlsLocation(QStringLiteral("office"));
        // libpq's password file: how the administrator and the watcher service log in unattended.
        const QByteArray lines = "localhost:" + QByteArray::number(m_server.port)
            + ":*:kopii_admin:" + m_server.adminPassword.toUtf8() + "\nlocalhost:" + QByteArray::number(m_server.port)
            + ":office:ivan:clerk-password-2026\nlocalhost:" + QByteArray::number(m_server.port)
            + ":office:olena:wrong-password-here\n";
        qputenv("PGPASSFILE", file(QStringLiteral("pgpass"), lines).toUtf8());
        QVERIFY(m_server.psql(QStringLiteral("SELECT 1"), QStringLiteral("office")));
        // The test PKI's CAs, trusted while the database is nobody's yet (as on a single desk).
        for (const QStringList &step : test::trustTestPkiCli()) {
            const auto r = cli(m_admin, step);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        m_pin = file(QStringLiteral("pin"), QByteArray(test::kPkiPassword) + "\n");
    }

    void initSetsUpTheServerAndItsFirstManager()
    {
        const QString password = file(QStringLiteral("manager.txt"), "manager-password-2026\n");
        // The address is the command's own argument; --workspace is not needed.
        const auto missing =
            cli(m_admin,
                {QStringLiteral("server"), QStringLiteral("init"), m_admin, QStringLiteral("--desk"), QStringLiteral("olena")});
        QCOMPARE(missing.code, 2); // usage: the manager's РНОКПП and name are needed
        QVERIFY2(missing.err.contains(QLatin1String("--rnokpp")), qPrintable(missing.err));
        const auto noPassword = cli(m_admin,
                                    {QStringLiteral("server"), QStringLiteral("init"), m_admin, QStringLiteral("--desk"),
                                     QStringLiteral("olena"), QStringLiteral("--rnokpp"), QStringLiteral("3012345670"),
                                     QStringLiteral("--name"), QStringLiteral("Олена Коваль")});
        QCOMPARE(noPassword.code, 1);
        QVERIFY2(noPassword.err.contains(QLatin1String("--password-file")), qPrintable(noPassword.err));
        const auto init =
            cli(m_admin,
                {QStringLiteral("server"), QStringLiteral("init"), m_admin, QStringLiteral("--desk"), QStringLiteral("olena"),
                 QStringLiteral("--rnokpp"), QStringLiteral("3012345670"), QStringLiteral("--name"),
                 QStringLiteral("Олена Коваль"), QStringLiteral("--password-file"), password});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QLatin1String("olena")));
        QVERIFY(!init.out.contains(m_server.adminPassword) && !init.err.contains(QLatin1String("manager-password")));
    }

    // After a newer Kopii: "update" brings the server's rights and functions up to date, as the
    // owner only; a person's desk cannot, and a database never set up is sent to "init".
    void updateBringsTheServerUpToDate()
    {
        // As if set up by an older Kopii: its function for opening documents missing.
        QVERIFY(m_server.psql(QStringLiteral("DROP FUNCTION kopii_open_document(bigint, text)"), QStringLiteral("office")));
        const auto update = cli(m_admin, {QStringLiteral("server"), QStringLiteral("update"), m_admin});
        QVERIFY2(update.code == 0, qPrintable(update.err));
        QVERIFY(update.out.contains(QLatin1String("rights and functions of this version")));
        QString found;
        QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'kopii_open_document'"),
                              QStringLiteral("office"), &found));
        QCOMPARE(found, QStringLiteral("1"));
        QString desks;
        QVERIFY(m_server.psql(QStringLiteral("SELECT string_agg(name, ',') FROM kopii_desk"), QStringLiteral("office"), &desks));
        QCOMPARE(desks, QStringLiteral("olena")); // the people stay
        QVERIFY(m_server.createDatabase(QStringLiteral("never_set_up")));
        const QString fresh = m_server.tlsLocation(QStringLiteral("never_set_up"));
        const auto notYet = cli(fresh, {QStringLiteral("server"), QStringLiteral("update"), fresh});
        QCOMPARE(notYet.code, 1);
        QVERIFY2(notYet.err.contains(QLatin1String("server init")), qPrintable(notYet.err));
    }

    void desksAreAddedListedAndRemoved()
    {
        QVERIFY(m_server.psql(QStringLiteral("INSERT INTO branch (name, name_key, email, email_key, region, district, location, "
                                             "street, house) VALUES ('Центр', 'центр', 'c@example.com', 'c@example.com', "
                                             "'Київ', '', 'Київ', 'Хрещатик', '1')"),
                              QStringLiteral("office")));
        const QString password = file(QStringLiteral("clerk.txt"), "clerk-password-2026\n");
        const auto clerk =
            cli(m_admin,
                {QStringLiteral("server"), QStringLiteral("add-desk"), QStringLiteral("ivan"), QStringLiteral("--role"),
                 QStringLiteral("clerk"), QStringLiteral("--rnokpp"), QStringLiteral("3023456784"), QStringLiteral("--name"),
                 QStringLiteral("Іван Петренко"), QStringLiteral("--branch"), QStringLiteral("Центр"),
                 QStringLiteral("--password-file"), password});
        QVERIFY2(clerk.code == 0, qPrintable(clerk.err));
        const auto unknownBranch =
            cli(m_admin,
                {QStringLiteral("server"), QStringLiteral("add-desk"), QStringLiteral("petro"), QStringLiteral("--role"),
                 QStringLiteral("clerk"), QStringLiteral("--rnokpp"), QStringLiteral("3456789012"), QStringLiteral("--name"),
                 QStringLiteral("Петро"), QStringLiteral("--branch"), QStringLiteral("Нема"), QStringLiteral("--password-file"),
                 password});
        QCOMPARE(unknownBranch.code, 1);
        const auto watcher = cli(m_admin,
                                 {QStringLiteral("server"), QStringLiteral("add-watcher"), QStringLiteral("watcher"),
                                  QStringLiteral("--password-file"), password});
        QVERIFY2(watcher.code == 0, qPrintable(watcher.err));
        const auto list = cli(m_admin, {QStringLiteral("server"), QStringLiteral("desks"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray desks = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(desks.size(), 3);
        QCOMPARE(desks.at(0)[QStringLiteral("name")].toString(), QStringLiteral("ivan"));
        QCOMPARE(desks.at(0)[QStringLiteral("role")].toString(), QStringLiteral("clerk"));
        QCOMPARE(desks.at(0)[QStringLiteral("branches")].toArray().size(), 1);

        // Ivan connects as himself (his password from libpq's file): the server lets him read
        // the branches, but not the list of desks' rights to change.
        const QString ivan = m_server.tlsLocation(QStringLiteral("office"), QStringLiteral("ivan"));
        const auto hisDesk = cli(ivan, {QStringLiteral("server"), QStringLiteral("remove-desk"), QStringLiteral("olena")});
        QCOMPARE(hisDesk.code, 1);
        QVERIFY2(hisDesk.err.contains(QLatin1String("permission denied")), qPrintable(hisDesk.err));
        const auto branches = cli(ivan, {QStringLiteral("branch"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(branches.code == 0, qPrintable(branches.err));
        QVERIFY(branches.out.contains(QStringLiteral("Центр")));

        const auto removed = cli(m_admin, {QStringLiteral("server"), QStringLiteral("remove-desk"), QStringLiteral("watcher")});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QCOMPARE(QJsonDocument::fromJson(
                     cli(m_admin, {QStringLiteral("server"), QStringLiteral("desks"), QStringLiteral("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 2);
    }

    // On the server, the КЕП must be of the person whose desk the connection is, and the desk's
    // role is the role: Ivan's desk with the manager's key goes no further.
    void theKepMustBeOfTheDesksPerson()
    {
        const QString ivan = m_server.tlsLocation(QStringLiteral("office"), QStringLiteral("ivan"));
        auto key = [this](const char *name) {
            return QStringList{QStringLiteral("--pkcs12"), test::pki(QLatin1String(name) + QStringLiteral(".p12")),
                               QStringLiteral("--pin-file"), m_pin};
        };
        const auto other = cli(ivan, QStringList{QStringLiteral("login")} + key("manager"));
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains(QLatin1String("not the desk of")), qPrintable(other.err));
        const auto own = cli(ivan, QStringList{QStringLiteral("login"), QStringLiteral("--json")} + key("clerk"));
        QVERIFY2(own.code == 0, qPrintable(own.err));
        QCOMPARE(own.json().value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
    }

    void aWrongPasswordIsSaidSo()
    {
        const auto olena = cli(m_server.tlsLocation(QStringLiteral("office"), QStringLiteral("olena")),
                               {QStringLiteral("branch"), QStringLiteral("list")});
        QCOMPARE(olena.code, 1);
        QVERIFY2(olena.err.contains(QLatin1String("did not let olena in with the password from the password file")),
                 qPrintable(olena.err));
        QVERIFY(!olena.err.contains(QLatin1String("wrong-password-here")));
    }

    // A single desk's workspace (the demo, with its six received submissions, verified) moves onto
    // a new server database, proven table by table; into one that holds records, nothing moves.
    void aWorkspaceMovesOntoTheServer()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo"));
        auto created = cli(demo, {QStringLiteral("demo"), QStringLiteral("create"), demo});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        auto watched = cli(demo, {QStringLiteral("watch"), QStringLiteral("--once")});
        QVERIFY2(watched.code == 0, qPrintable(watched.err));

        QVERIFY(m_server.createDatabase(QStringLiteral("moved")));
        const QString target = m_server.tlsLocation(QStringLiteral("moved"));
        QFile pass(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(pass.open(QIODevice::Append));
        pass.write("localhost:" + QByteArray::number(m_server.port) + ":moved:kopii_admin:" + m_server.adminPassword.toUtf8()
                   + "\n");
        pass.close();
        const auto moved = cli(target, {QStringLiteral("server"), QStringLiteral("import"), demo});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QVERIFY2(moved.out.contains(QLatin1String("same content hash")), qPrintable(moved.out));

        // An independent look (sqlite3 and psql): the same rows on both sides.
        for (const char *table :
             {"submission", "document_copy", "raw_message", "verification", "branch", "audit_log", "trust_entry"}) {
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                         {QDir(demo).filePath(QStringLiteral("kopii.db")),
                          QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))});
            QVERIFY(sqlite.waitForFinished(30000));
            QString count;
            QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), QStringLiteral("moved"),
                                  &count));
            QCOMPARE(count, QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed());
        }
        QString submissions;
        QVERIFY(m_server.psql(QStringLiteral("SELECT count(*) FROM submission"), QStringLiteral("moved"), &submissions));
        QCOMPARE(submissions, QStringLiteral("6"));
        // New rows go on after the moved ids.
        QVERIFY(m_server.psql(QStringLiteral("INSERT INTO service (name, name_key) VALUES ('Нова', 'нова')"),
                              QStringLiteral("moved")));

        const auto again = cli(target, {QStringLiteral("server"), QStringLiteral("import"), demo});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds records")), qPrintable(again.err));
        const auto notAWorkspace =
            cli(target, {QStringLiteral("server"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none"))});
        QCOMPARE(notAWorkspace.code, 1);
        QVERIFY(notAWorkspace.err.contains(QLatin1String("not a Kopii workspace folder")));
    }

    void serverCommandsNeedAServer()
    {
        const auto folder = cli(m_dir.filePath(QStringLiteral("ws")), {QStringLiteral("server"), QStringLiteral("desks")});
        QCOMPARE(folder.code, 1);
        QVERIFY2(folder.err.contains(QLatin1String("office server")), qPrintable(folder.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
