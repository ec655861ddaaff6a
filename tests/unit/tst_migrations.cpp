// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Migrations.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "inbox/SubmissionSql.h"
#include "core/SqlDialect.h"
#include "core/SqlSession.h"
#include "TestUtil.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs `work` on a raw connection to the file (no Kopii logic).
    template <typename F>
    void raw(const QString &path, F work)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    QStringList folderListing() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }

    // A database of an earlier version with records in it, made with that version's steps.
    void makeDatabaseAt(const QString &path, int version)
    {
        raw(path, [&](QSqlDatabase &db) {
            SqliteDialect dialect;
            QVERIFY(Migrations::migrate(db, dialect, version).ok());
            QCOMPARE(*Migrations::currentVersion(db, dialect), version);
            if (version < 1)
                return;
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organization (id, name, kind, code, head_full_name) VALUES "
                                          "(1, 'Ліцей', 'legal-entity', '14360570', 'Шевченко Тарас')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO branch (name, name_key, email, email_key, region, district, location, street, house) "
                               "VALUES ('Центр', 'центр', 'centr@example.com', 'centr@example.com', 'Київська', 'Бучанський', "
                               "'Буча', 'вул. Вокзальна', '1')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO service (name, name_key) VALUES ('Запис', 'запис')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO service_branch (service_id, branch_id) VALUES (1, 1)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO service_document (service_id, position, kind) VALUES (1, 0, 'passport')")));
        });
    }

private Q_SLOTS:
    void stepsAreNumberedInOrder()
    {
        int expected = 1;
        for (const auto &step : Migrations::steps())
            QCOMPARE(step.version, expected++);
        QCOMPARE(Migrations::latestVersion(), expected - 1);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = m_dir.filePath(QStringLiteral("from-v%1.db").arg(from));
        makeDatabaseAt(path, from);
        auto session = SqlSession::openSqlite(path);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        QCOMPARE((*session)->schemaVersion(), Migrations::latestVersion());
        if (from >= 1) {
            // Records of the old version are all there, and usable with the new schema.
            QCOMPARE(OrganizationSql(*(*session)).organization()->value().name, QStringLiteral("Ліцей"));
            const auto branches = OrganizationSql(*(*session)).branches();
            QCOMPARE(branches->size(), 1);
            QCOMPARE(branches->first().customFullName, QString());
            const auto services = OrganizationSql(*(*session)).services();
            QCOMPARE(services->first().branchIds, QList<RecordId>{branches->first().id});
            QCOMPARE(services->first().documentKinds, QStringList{QStringLiteral("passport")});
            // A copy of the old database was kept before the upgrade.
            QVERIFY(QFile::exists(path + QStringLiteral(".v%1.bak").arg(from)));
        }
        QVERIFY(AuditLog(*(*session))
                    .append({0, QDateTime::currentDateTimeUtc(), QStringLiteral("test"), QStringLiteral("x"), QStringLiteral("x"),
                             0, QString(), QString()})
                    .ok());
    }

    void submissionsStoredBeforeTheSummaryGetOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("v10.db"));
        raw(path, [&](QSqlDatabase &db) {
            SqliteDialect dialect;
            QVERIFY(Migrations::migrate(db, dialect, 10).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO submission (id, status, source, content_hash, sender, sender_name, subject, received_ms) "
                "VALUES (1, 'received', 'ingest', x'01', 'olena@example.com', 'Олена Коваленко', 'Копії', 1000)")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO document_copy (id, submission_id, position, kind, pdf_name, pdf, p7s_name, p7s) "
                               "VALUES (1, 1, 0, 'passport', 'Паспорт.pdf', x'25', 'Паспорт.pdf.p7s', x'30')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO verification (document_id, verdict, summary, checks, signer_name, "
                                          "signer_rnokpp, verified_ms) VALUES (1, 'invalid', 'x', '[]', 'Коваленко Олена', "
                                          "'3023456784', 2000)")));
        });
        auto session = SqlSession::openSqlite(path);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        SubmissionQuery q;
        q.verdict = QStringLiteral("invalid");
        q.text = QStringLiteral("3023456784");
        QCOMPARE(int(SubmissionSql(*(*session)).submissionIds(q)->size()), 1);
        q.text = QStringLiteral("олена коваленко");
        QCOMPARE(int(SubmissionSql(*(*session)).submissionIds(q)->size()), 1);
        // Its document's sizes, kept beside the bytes since version 22, are those of its bytes.
        const auto listed = SubmissionSql(*(*session)).submission(1, SubmissionSql::Bytes::Left);
        QVERIFY(listed);
        QCOMPARE(listed->documents.first().pdfSize, qint64(1));
        QCOMPARE(listed->documents.first().p7sSize, qint64(1));
        QVERIFY(listed->documents.first().pdf.isEmpty());
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        makeDatabaseAt(path, Migrations::latestVersion());
        raw(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE kopii_meta SET value = '%1' WHERE key = 'schema_version'")
                               .arg(Migrations::latestVersion() + 1)));
        });
        const QByteArray before = test::fileHash(path);
        const QStringList filesBefore = folderListing();
        auto session = SqlSession::openSqlite(path);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::NewerSchema);
        QVERIFY(session.error().message.contains(QLatin1String("newer version of Kopii")));
        QVERIFY(session.error().message.contains(path));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(folderListing(), filesBefore);
    }

    void corruptFileIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray(8192, '\x5a');
        QTest::newRow("text file") << QByteArray("this is not a database\n");
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\xff'));
        QTest::newRow("sqlite header, garbage body") << header;
    }

    void corruptFileIsRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        const QString path =
            m_dir.filePath(QStringLiteral("corrupt-%1.db")
                               .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = test::fileHash(path);
        auto session = SqlSession::openSqlite(path);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::Corrupt);
        QVERIFY2(session.error().message.contains(QLatin1String("has not changed it")), qPrintable(session.error().message));
        // The driver's own words stay beside the clerk's sentence, without the file's name.
        QVERIFY(!session.error().cause.isEmpty());
        QVERIFY2(!session.error().cause.contains(QLatin1String("corrupt-")), qPrintable(session.error().cause));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void truncatedDatabaseIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.db"));
        makeDatabaseAt(path, Migrations::latestVersion());
        raw(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            // Enough rows to span many pages.
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            for (int i = 0; i < 400; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (time_ms, actor, action, object_type, summary) "
                                              "VALUES (%1, 'x', 'y', 'z', '%2')")
                                   .arg(i)
                                   .arg(QString(200, QLatin1Char('s')))));
        });
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 40000);
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const QByteArray before = test::fileHash(path);
        auto session = SqlSession::openSqlite(path);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::Corrupt);
        QCOMPARE(test::fileHash(path), before);
    }

    void foreignDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        raw(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone TEXT)")));
        });
        const QByteArray before = test::fileHash(path);
        auto session = SqlSession::openSqlite(path);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().code, Error::Code::Corrupt);
        QVERIFY(session.error().message.contains(QLatin1String("not a Kopii workspace database")));
        QCOMPARE(test::fileHash(path), before);
    }

    void failedStepLeavesThePreviousVersion()
    {
        // A database where step 2's table name is already taken: step 2 fails, version stays 1.
        const QString path = m_dir.filePath(QStringLiteral("blocked.db"));
        makeDatabaseAt(path, 1);
        raw(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE audit_log (x TEXT)")));
        });
        auto session = SqlSession::openSqlite(path);
        QVERIFY(!session.ok());
        QVERIFY(session.error().message.contains(QLatin1String("version 2")));
        raw(path, [](QSqlDatabase &db) {
            SqliteDialect dialect;
            QCOMPARE(*Migrations::currentVersion(db, dialect), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM branch")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        });
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
