// SPDX-License-Identifier: GPL-3.0-or-later
// Copies opened in another program (review finding M4): one private folder per run, safe names,
// wiped on clear (lock, delete, purge, quit) and, after a crash, at the next start; the folder of
// a Kopii that still runs is left alone.
#include "ui/ExternalCopies.h"
#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::ui;

class TestExternalCopies : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TMPDIR", QFile::encodeName(m_temp.path())); // QDir::tempPath() of this test
        QCOMPARE(QDir::tempPath(), m_temp.path());
    }

    void writesIntoItsOwnFolderUnderSafeNames()
    {
        const auto first = ExternalCopies::write(QStringLiteral("../../.profile"), "first");
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        const QString folder = ExternalCopies::folder();
        QVERIFY(QFileInfo(folder).fileName().startsWith(QLatin1String("kopii-open-")));
        QCOMPARE(QFileInfo(*first).dir().path(), folder);
        QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("profile"));
        // The same name again: a second file, the first one kept (the viewer may still show it).
        const auto second = ExternalCopies::write(QStringLiteral("Паспорт.pdf"), "a");
        const auto third = ExternalCopies::write(QStringLiteral("Паспорт.pdf"), "b");
        QVERIFY(second && third);
        QCOMPARE(QFileInfo(*third).fileName(), QStringLiteral("Паспорт (2).pdf"));
        QCOMPARE(read(*second), QByteArray("a"));
        QCOMPARE(read(*third), QByteArray("b"));
        QCOMPARE(QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        ExternalCopies::clear();
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(ExternalCopies::folder().isEmpty());
        // A new copy after a clear: a new folder.
        QVERIFY(ExternalCopies::write(QStringLiteral("x.pdf"), "x"));
        QVERIFY(QFileInfo::exists(ExternalCopies::folder()));
        ExternalCopies::clear();
    }

    void aCrashedRunsFolderGoesAtTheNextStartARunningOnesStays()
    {
        const QDir temp(m_temp.path());
        // A Kopii that crashed: its folder and its lock are left behind.
        QVERIFY(temp.mkdir(QStringLiteral("kopii-open-crashed")));
        QFile left(temp.filePath(QStringLiteral("kopii-open-crashed/Паспорт.pdf")));
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.write("PASSPORT FB123456");
        left.close();
        QProcess crashed;
        QVERIFY(test::startHolder(crashed, QStringLiteral("lockfile"),
                                  temp.filePath(QStringLiteral("kopii-open-crashed/.kopii.lock"))));
        crashed.kill();
        crashed.waitForFinished();
        QVERIFY(QFile::exists(temp.filePath(QStringLiteral("kopii-open-crashed/.kopii.lock"))));
        // A Kopii that runs: its folder stays.
        QVERIFY(temp.mkdir(QStringLiteral("kopii-open-running")));
        QProcess running;
        QVERIFY(test::startHolder(running, QStringLiteral("lockfile"),
                                  temp.filePath(QStringLiteral("kopii-open-running/.kopii.lock"))));
        // Not ours: another program's folder and a link named like ours.
        QVERIFY(temp.mkdir(QStringLiteral("kopii-something")));
        QVERIFY(QFile::link(temp.filePath(QStringLiteral("kopii-something")), temp.filePath(QStringLiteral("kopii-open-link"))));

        QCOMPARE(ExternalCopies::removeStale(), 1);
        QVERIFY(!temp.exists(QStringLiteral("kopii-open-crashed")));
        QVERIFY(temp.exists(QStringLiteral("kopii-open-running")));
        QVERIFY(temp.exists(QStringLiteral("kopii-something")));
        test::stopHolder(running);
        // Once it has quit (here without wiping its folder), the next start takes that one too.
        QCOMPARE(ExternalCopies::removeStale(), 1);
        QVERIFY(!temp.exists(QStringLiteral("kopii-open-running")));
    }
};

QTEST_GUILESS_MAIN(TestExternalCopies)
#include "tst_external_copies.moc"
