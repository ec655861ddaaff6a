// SPDX-License-Identifier: GPL-3.0-or-later
// Two watcher services and three desks on one office server (real PostgreSQL 15, real Dovecot,
// real kopii-cli processes, desks as processes of their own): one watcher leads the mailbox, the
// other stands by. Mail is delivered in batches while the leading watcher is killed (SIGKILL, no
// goodbye) at random points ten times and started again; every message ends up stored exactly
// once, a standby takes over each time, and each desk hears of every new submission and reads
// those its person may see: the branch's clerk and the manager all, another branch's clerk none.
// Meanwhile the clerk's own SQL (psql) is refused whatever her role does not allow.
#include "core/OfficeServer.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "mail/MailboxSql.h"
#include "DovecotServer.h"
#include "MailSamples.h"
#include "PostgresServer.h"
#include "TestUtil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

namespace {
const QString kDb = QStringLiteral("office");
const QString kWatcherPassword = QStringLiteral("watcher-password-2026");
const QString kAddress = QStringLiteral("centr@example.com");
const QString kManagerPassword = QStringLiteral("manager-password-2026");
const QString kIvanPassword = QStringLiteral("ivan-password-2026");
const QString kMariaPassword = QStringLiteral("maria-password-2026");
} // namespace

class TestServerWatchers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // first: it goes after Dovecot, which keeps its files in it, has stopped
    test::PostgresServer m_server;
    test::DovecotServer m_dovecot;
    QString m_location;
    QString m_mailPassword;
    QList<QProcess *> m_watchers;
    QHash<QString, QProcess *> m_desks;
    int m_delivered = 0;

    // A desk's process as `person`: it hears of new submissions and reads those she may see.
    QProcess *startDesk(const QString &person, const QString &password)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_TEST_DESK_PASSWORD"), password);
        env.remove(QStringLiteral("PGPASSFILE"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(KOPII_TEST_DESK), {m_server.tlsLocation(kDb, person)});
        p->waitForStarted();
        m_desks.insert(person, p);
        return p;
    }

    // What a desk printed so far.
    QByteArray deskOutput(const QString &person)
    {
        QProcess *p = m_desks.value(person);
        p->waitForReadyRead(50);
        const QByteArray out = p->property("out").toByteArray() + p->readAllStandardOutput();
        p->setProperty("out", out);
        return out;
    }

    // The message ids a desk has read, in its order.
    QStringList seenBy(const QString &person)
    {
        QStringList seen;
        for (const QByteArray &line : deskOutput(person).split('\n'))
            if (line.startsWith("seen "))
                seen << QString::fromUtf8(line.split(' ').value(2));
        return seen;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return f.fileName();
    }

    QProcess *startWatcher()
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        p->setProcessEnvironment(env);
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(QStringLiteral(KOPII_CLI),
                 {QStringLiteral("--workspace"), m_location, QStringLiteral("watch"), QStringLiteral("--password-file"),
                  m_mailPassword, QStringLiteral("--standby-seconds"), QStringLiteral("1")});
        p->waitForStarted();
        m_watchers << p;
        return p;
    }

    // The watcher that has printed that it leads the mailbox, waiting up to `ms` for one.
    QProcess *leader(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            for (QProcess *p : std::as_const(m_watchers)) {
                p->waitForReadyRead(50);
                const QByteArray out = p->property("out").toByteArray() + p->readAllStandardOutput();
                p->setProperty("out", out);
                if (out.contains("this watcher leads the mailbox") && p->state() == QProcess::Running)
                    return p;
            }
        }
        return nullptr;
    }

    void deliver(int count)
    {
        for (int i = 0; i < count; ++i) {
            ++m_delivered;
            const QByteArray n = QByteArray::number(m_delivered);
            const QByteArray m = test::message(
                test::pairOf(QStringLiteral("Паспорт-%1").arg(m_delivered), "%PDF-1.4 copy " + n, "\x30\x82 signature " + n),
                QByteArray(), "<ivan@example.com>", "<failover-" + n + "@example.com>");
            QVERIFY(m_dovecot.deliver(kAddress, m));
        }
    }

    QString sql(const QString &statement)
    {
        QString out;
        if (!m_server.psql(statement, kDb, &out))
            return QString::fromUtf8(m_server.lastError);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), m_server.lastError.constData());
        QVERIFY(m_server.createDatabase(kDb));
        QVERIFY(m_dovecot.start(
            m_dir.filePath(QStringLiteral("dovecot")), {kAddress + QStringLiteral(":secret")},
            test::PostgresServer::script().replace(QLatin1String("start-postgres.sh"), QLatin1String("start-dovecot.sh"))));
        m_mailPassword = file(QStringLiteral("mail-password"), "secret\n");
        m_location = m_server.tlsLocation(kDb, QStringLiteral("watcher"));
        qputenv("PGPASSFILE",
                file(QStringLiteral("pgpass"),
                     "localhost:" + QByteArray::number(m_server.port) + ":office:watcher:" + kWatcherPassword.toUtf8() + "\n")
                    .toUtf8());

        auto owner = SqlSession::open(m_server.tlsLocation(kDb), share(Secret::fromString(m_server.adminPassword)));
        QVERIFY2(owner, owner ? "" : qPrintable(owner.error().message));
        OfficeServer office(**owner);
        QVERIFY(office.init(
            QStringLiteral("olena"),
            {QStringLiteral("1234567890"), QStringLiteral("Олена Коваль"), Role::Manager, QDateTime::currentDateTimeUtc()},
            Secret::fromString(kManagerPassword)));
        QVERIFY(office.addWatcher(QStringLiteral("watcher"), Secret::fromString(kWatcherPassword)));
        const auto branch = OrganizationSql(**owner).insertBranch(test::validBranch());
        QVERIFY(branch);
        const auto north = OrganizationSql(**owner).insertBranch(
            test::validBranch(QStringLiteral("Північ"), QStringLiteral("pivnich@example.com")));
        QVERIFY(north);
        QVERIFY(office.addDesk(QStringLiteral("ivan"),
                               {QStringLiteral("2345678901"), QStringLiteral("Іван Петренко"), Role::Clerk, {}},
                               Secret::fromString(kIvanPassword), {*branch}));
        QVERIFY(office.addDesk(QStringLiteral("maria"),
                               {QStringLiteral("3456789012"), QStringLiteral("Марія Шевчук"), Role::Clerk, {}},
                               Secret::fromString(kMariaPassword), {*north}));
        Mailbox m;
        m.name = QStringLiteral("Центр");
        m.branchId = *branch;
        m.host = QStringLiteral("127.0.0.1");
        m.port = m_dovecot.imapPort;
        m.security = Mailbox::Security::None;
        m.user = kAddress;
        QVERIFY(MailboxSql(**owner).insertMailbox(m));
    }

    void everyMessageIsStoredOnceWhileLeadersDie()
    {
        startDesk(QStringLiteral("ivan"), kIvanPassword);
        startDesk(QStringLiteral("olena"), kManagerPassword);
        startDesk(QStringLiteral("maria"), kMariaPassword);
        for (const QString &desk : m_desks.keys())
            QTRY_VERIFY2_WITH_TIMEOUT(deskOutput(desk).contains("listening"),
                                      qPrintable(desk + QLatin1Char(' ') + QString::fromUtf8(deskOutput(desk))), 20000);
        startWatcher();
        startWatcher();
        QProcess *lead = leader(30000);
        QVERIFY2(lead, "no watcher took the lead");
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 10; ++round) {
            deliver(1 + int(random->bounded(3)));
            QTest::qWait(int(random->bounded(1500))); // a random point: before, during or after storing
            lead->kill();
            QVERIFY(lead->waitForFinished(10000));
            m_watchers.removeOne(lead);
            lead->deleteLater();
            startWatcher(); // the service manager starts it again: it stands by
            lead = leader(30000);
            QVERIFY2(lead, qPrintable(QStringLiteral("no watcher took over in round %1").arg(round)));
        }
        // Everything delivered is stored, each message once.
        QElapsedTimer t;
        t.start();
        while (sql(QStringLiteral("SELECT count(*) FROM submission")).toInt() < m_delivered && t.elapsed() < 60000)
            QTest::qWait(200);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM submission")).toInt(), m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT message_id) FROM submission")).toInt(), m_delivered);
        // Each at its own place in the mailbox (UIDVALIDITY and UID, unique per mailbox).
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT (uid_validity, uid)) FROM submission WHERE uid > 0")).toInt(),
                 m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM submission WHERE status <> 'received'")), QStringLiteral("0"));
        // Each numbered in the register, no number skipped though leaders died while storing.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM register_entry")).toInt(), m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT sequence) FROM register_entry")).toInt(), m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT max(sequence) FROM register_entry")).toInt(), m_delivered);
        // And checked: the watcher's role may write the verdicts (these test "signatures" are not
        // signatures, so none is valid).
        t.restart();
        while (sql(QStringLiteral("SELECT count(*) FROM verification")).toInt() < m_delivered && t.elapsed() < 60000)
            QTest::qWait(200);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM verification")).toInt(), m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM verification WHERE verdict = 'valid'")), QStringLiteral("0"));
        for (QProcess *p : std::as_const(m_watchers)) {
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(!err.contains("permission denied") && !err.contains("kopii-cli:"), err.constData());
        }
        // The standby really stood by: one leader's line per process that led, and the other
        // said so.
        bool stoodBy = false;
        for (QProcess *p : std::as_const(m_watchers))
            stoodBy = stoodBy || (p->property("out").toByteArray() + p->readAllStandardOutput()).contains("standing by");
        QVERIFY(stoodBy);

        // Every desk heard of every submission; the branch's clerk and the manager read each once,
        // the other branch's clerk none.
        QStringList stored = sql(QStringLiteral("SELECT message_id FROM submission ORDER BY id")).split(QLatin1Char('\n'));
        QCOMPARE(stored.size(), m_delivered);
        for (const QString &desk : {QStringLiteral("ivan"), QStringLiteral("olena")}) {
            QTRY_COMPARE_WITH_TIMEOUT(seenBy(desk).size(), m_delivered, 20000);
            QStringList seen = seenBy(desk);
            seen.sort();
            QStringList expected = stored;
            expected.sort();
            QCOMPARE(seen, expected);
        }
        QVERIFY(deskOutput(QStringLiteral("maria")).contains("notice "));
        QVERIFY(seenBy(QStringLiteral("maria")).isEmpty());
        for (const QString &desk : m_desks.keys())
            QVERIFY2(!deskOutput(desk).contains("error"), qPrintable(QString::fromUtf8(deskOutput(desk))));

        // Ivan's own SQL: what his role does not allow, the server refuses.
        for (const char *statement :
             {"UPDATE kopii_desk SET role = 'manager' WHERE name = 'ivan'", "UPDATE employee SET role = 'manager'",
              "DELETE FROM audit_log", "UPDATE audit_log SET summary = 'x'", "SELECT pdf FROM document_copy",
              "SELECT * FROM kopii_retention_purge()"}) {
            QString out;
            QVERIFY2(!m_server.psqlAs(QStringLiteral("ivan"), kIvanPassword, QLatin1String(statement), kDb, &out), statement);
            QVERIFY2(m_server.lastError.contains("permission denied"), m_server.lastError.constData());
        }
        QString north;
        QVERIFY(m_server.psqlAs(QStringLiteral("maria"), kMariaPassword, QStringLiteral("SELECT count(*) FROM submission"), kDb,
                                &north));
        QCOMPARE(north, QStringLiteral("0")); // another branch's clerk reads none of it
        // Nor its register; the branch's clerk reads all of hers.
        QVERIFY(m_server.psqlAs(QStringLiteral("maria"), kMariaPassword, QStringLiteral("SELECT count(*) FROM register_entry"),
                                kDb, &north));
        QCOMPARE(north, QStringLiteral("0"));
        QVERIFY(m_server.psqlAs(QStringLiteral("ivan"), kIvanPassword, QStringLiteral("SELECT count(*) FROM register_entry"), kDb,
                                &north));
        QCOMPARE(north.toInt(), m_delivered);
        QCOMPARE(sql(QStringLiteral("SELECT broken_at FROM kopii_audit_check()")), QStringLiteral("0"));
    }

    // Two processes store at once (two watchers, a watcher and a desk): the register's numbers
    // are each given once and none is skipped; the counter's row holds the second writer until the
    // first commits. The branch hands each package on at arrival: each lands once in its hot
    // folder, whichever process claims it.
    void writersAtOnceNumberWithoutGapOrDuplicate()
    {
        const int before = sql(QStringLiteral("SELECT count(*) FROM register_entry")).toInt();
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("hot")));
        const QString hot = m_dir.filePath(QStringLiteral("hot"));
        sql(QStringLiteral("UPDATE submission SET handed_off_ms = -1"));
        sql(QStringLiteral("UPDATE branch SET handoff_folder = '%1', handoff_when = 'arrival'").arg(hot));
        for (const QString &folder : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(QDir(m_dir.path()).mkpath(folder));
            for (int i = 0; i < 25; ++i)
                file(QStringLiteral("%1/%2.eml").arg(folder).arg(i),
                     test::message(test::pairOf(QStringLiteral("Довідка-%1-%2").arg(folder).arg(i),
                                                "%PDF-1.4 " + folder.toUtf8() + QByteArray::number(i), "sig"),
                                   QByteArray(), "<ivan@example.com>",
                                   "<at-once-" + folder.toUtf8() + QByteArray::number(i) + "@example.com>"));
        }
        QList<QProcess *> writers;
        for (const QString &folder : {QStringLiteral("a"), QStringLiteral("b")}) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral(KOPII_CLI),
                     {QStringLiteral("--workspace"), m_location, QStringLiteral("ingest"), m_dir.filePath(folder)});
            writers << p;
        }
        for (QProcess *p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        }
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM register_entry")).toInt(), before + 50);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT number) FROM register_entry")).toInt(), before + 50);
        QCOMPARE(sql(QStringLiteral("SELECT max(sequence) FROM register_entry")).toInt(), before + 50);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM register_entry r JOIN submission s ON s.id = r.submission_id")).toInt(),
                 before + 50);
        // 50 packages, each once (a second writing would be named "… (2)"), each with its marker.
        const QStringList packages = QDir(hot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList done = QDir(hot).entryList({QStringLiteral("*.done")}, QDir::Files);
        QCOMPARE(packages.size(), 50);
        QCOMPARE(done.size(), 50);
        for (const QString &name : packages)
            QVERIFY2(!name.contains(QLatin1String("(")) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM submission WHERE handed_off_ms > 0")).toInt(), 50);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : std::as_const(m_desks)) {
            p->closeWriteChannel(); // a desk ends when its input closes
            if (!p->waitForFinished(10000))
                p->kill();
        }
        for (QProcess *p : std::as_const(m_watchers)) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
        }
    }
};

QTEST_GUILESS_MAIN(TestServerWatchers)
#include "tst_server_watchers.moc"
