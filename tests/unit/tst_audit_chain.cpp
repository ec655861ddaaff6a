// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is a hash chain: an edited, removed or smuggled-in entry is found, and the
// entries written before the chain existed are sealed when the workspace is upgraded.
#include "core/Migrations.h"
#include "core/AuditLog.h"
#include "core/AccessGuard.h"
#include "core/SqlSession.h"
#include "core/SqlDialect.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestAuditChain : public QObject
{
    Q_OBJECT

    // Opens the workspace, writes `count` entries, closes it; returns the database path.
    static QString workspaceWithEntries(const QTemporaryDir &dir, int count)
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        if (!ws)
            return {};
        for (int i = 1; i <= count; ++i)
            if (!AuditLog((*ws)->session())
                     .append({0, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"), QStringLiteral("document.view"),
                              QStringLiteral("document"), i, QString(), QString()}))
                return {};
        return (*ws)->databasePath();
    }

    // Runs raw SQL on the database, as someone editing the file behind Kopii's back would.
    static bool tamper(const QString &path, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    static AuditCheck check(const QTemporaryDir &dir)
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
        if (!ws)
            return {-1, -1, ws.error().message};
        AccessGuard guard((*ws)->session(), QStringLiteral("cli"));
        auto result = guard.verifyAudit();
        return result ? *result : AuditCheck{-1, -1, result.error().message};
    }

private Q_SLOTS:
    void intactChain()
    {
        QTemporaryDir dir;
        QVERIFY(!workspaceWithEntries(dir, 5).isEmpty());
        const AuditCheck c = check(dir);
        QCOMPARE(c.entries, 5);
        QCOMPARE(c.brokenAt, RecordId(0));
        QVERIFY(c.problem.isEmpty());
    }

    void emptyLogIsIntact()
    {
        QTemporaryDir dir;
        QVERIFY(!workspaceWithEntries(dir, 0).isEmpty());
        QCOMPARE(check(dir).brokenAt, RecordId(0));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<RecordId>("brokenAt");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edited actor") << QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 3") << RecordId(3)
                                      << QStringLiteral("edited");
        QTest::newRow("edited time") << QStringLiteral("UPDATE audit_log SET time_ms = time_ms + 1 WHERE id = 2") << RecordId(2)
                                     << QStringLiteral("edited");
        QTest::newRow("edited object") << QStringLiteral("UPDATE audit_log SET object_id = 99 WHERE id = 1") << RecordId(1)
                                       << QStringLiteral("edited");
        QTest::newRow("removed in the middle")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << RecordId(4) << QStringLiteral("removed-before");
        QTest::newRow("removed at the start")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 1") << RecordId(2) << QStringLiteral("removed-before");
        QTest::newRow("removed at the end") << QStringLiteral("DELETE FROM audit_log WHERE id = 5") << RecordId(5)
                                            << QStringLiteral("removed-after");
        QTest::newRow("everything removed") << QStringLiteral("DELETE FROM audit_log") << RecordId(5)
                                            << QStringLiteral("removed-after");
        QTest::newRow("smuggled in") << QStringLiteral(
            "INSERT INTO audit_log (id, time_ms, actor, action, object_type, object_id, "
            "summary) VALUES (6, 0, 'x', 'x', 'x', 0, '')")
                                     << RecordId(6) << QStringLiteral("missing-seal");
        QTest::newRow("seal moved") << QStringLiteral("UPDATE audit_log SET seal = (SELECT seal FROM audit_log WHERE id = 1) "
                                                      "WHERE id = 4")
                                    << RecordId(4) << QStringLiteral("edited");
    }

    void tampering()
    {
        QFETCH(QString, sql);
        QFETCH(RecordId, brokenAt);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = workspaceWithEntries(dir, 5);
        QVERIFY(!path.isEmpty());
        QVERIFY(tamper(path, sql));
        const AuditCheck c = check(dir);
        QCOMPARE(c.problem, problem);
        QCOMPARE(c.brokenAt, brokenAt);
    }

    void entriesBeforeTheChainAreSealedOnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.kopii"));
        {
            // A version 8 workspace (made with that version's steps) with two entries written by
            // the Kopii of that time.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SqliteDialect dialect;
            QVERIFY(Migrations::migrate(db, dialect, 8).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO audit_log (time_ms, actor, action, object_type) VALUES (1000, 'gui', 'branch.add', 'branch')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO audit_log (time_ms, actor, action, object_type) VALUES (2000, 'gui', 'branch.edit', 'branch')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto session = SqlSession::openSqlite(path);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        auto c = AuditLog(*(*session)).verifyChain();
        QVERIFY(c);
        QCOMPARE(c->entries, 2);
        QCOMPARE(c->brokenAt, RecordId(0));
        // New entries continue the chain.
        QVERIFY(AuditLog(*(*session))
                    .append({0, QDateTime::currentDateTimeUtc(), QStringLiteral("gui"), QStringLiteral("branch.remove"),
                             QStringLiteral("branch"), 1, QString(), QString()}));
        c = AuditLog(*(*session)).verifyChain();
        QCOMPARE(c->entries, 3);
        QCOMPARE(c->brokenAt, RecordId(0));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
