// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a submission's copies (review finding M6): nothing on disk is ever replaced, copies of
// one name survive side by side, and the names a stranger chose cannot hide a file, reach outside
// the folder or fail on Windows.
#include "inbox/CopyExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace kopii;

class TestExport : public QObject
{
    Q_OBJECT

    static DocumentCopy copy(const QString &pdfName, const QByteArray &pdf, const QString &p7sName, const QByteArray &p7s)
    {
        DocumentCopy d;
        d.pdfName = pdfName;
        d.pdf = pdf;
        d.p7sName = p7sName;
        d.p7s = p7s;
        return d;
    }
    static Submission submission(RecordId id, QList<DocumentCopy> documents)
    {
        Submission s;
        s.id = id;
        s.receivedAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        s.documents = std::move(documents);
        return s;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
    }

private Q_SLOTS:
    void twoCitizensWithOneFileNameBothSurvive()
    {
        QTemporaryDir out;
        const QString name = QStringLiteral("Паспорт громадянина України.pdf");
        const auto first =
            CopyExport::write(submission(12, {copy(name, "first pdf", name + QStringLiteral(".p7s"), "first p7s")}), out.path());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const auto second = CopyExport::write(
            submission(13, {copy(name, "second pdf", name + QStringLiteral(".p7s"), "second p7s")}), out.path());
        QVERIFY(second);
        QVERIFY(first->folder != second->folder);
        QCOMPARE(QDir(first->folder).dirName(), QStringLiteral("Submission 12 of 2026-12-02"));
        QCOMPARE(read(QDir(first->folder).filePath(name)), QByteArray("first pdf"));
        QCOMPARE(read(QDir(first->folder).filePath(name + QStringLiteral(".p7s"))), QByteArray("first p7s"));
        QCOMPARE(read(QDir(second->folder).filePath(name)), QByteArray("second pdf"));

        // The same submission saved again: a folder of its own, the first one untouched.
        const auto again = CopyExport::write(submission(12, {copy(name, "again", {}, {})}), out.path());
        QVERIFY(again);
        QCOMPARE(QDir(again->folder).dirName(), QStringLiteral("Submission 12 of 2026-12-02 (2)"));
        QCOMPARE(read(QDir(first->folder).filePath(name)), QByteArray("first pdf"));
    }

    void oneNameTwiceInOneSubmissionKeepsBothWithTheirSignatures()
    {
        QTemporaryDir out;
        const auto w =
            CopyExport::write(submission(1,
                                         {copy(QStringLiteral("document.pdf"), "A", QStringLiteral("document.pdf.p7s"), "a"),
                                          copy(QStringLiteral("Document.pdf"), "B", QStringLiteral("Document.pdf.p7s"), "b"),
                                          copy(QStringLiteral("document.pdf"), "C", QStringLiteral("document.pdf.p7s"), "c")}),
                              out.path());
        QVERIFY(w);
        QCOMPARE(w->files.size(), 6);
        const QDir d(w->folder);
        QCOMPARE(read(d.filePath(QStringLiteral("document.pdf"))), QByteArray("A"));
        QCOMPARE(read(d.filePath(QStringLiteral("document.pdf.p7s"))), QByteArray("a"));
        QCOMPARE(read(d.filePath(QStringLiteral("Document (2).pdf"))), QByteArray("B"));
        QCOMPARE(read(d.filePath(QStringLiteral("Document (2).pdf.p7s"))), QByteArray("b"));
        QCOMPARE(read(d.filePath(QStringLiteral("document (3).pdf"))), QByteArray("C"));
        QCOMPARE(read(d.filePath(QStringLiteral("document (3).pdf.p7s"))), QByteArray("c"));
    }

    void strangersNamesAreMadeSafe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("path") << QStringLiteral("../../.bashrc") << QStringLiteral("bashrc");
        QTest::newRow("windows path") << QStringLiteral("C:\\Windows\\system.ini") << QStringLiteral("system.ini");
        QTest::newRow("hidden") << QStringLiteral(".pdf") << QStringLiteral("pdf");
        QTest::newRow("bidi override") << QStringLiteral("Паспорт\u202Efdp.exe") << QStringLiteral("Паспортfdp.exe");
        QTest::newRow("isolate") << QStringLiteral("a\u2067b\u2069.pdf") << QStringLiteral("ab.pdf");
        QTest::newRow("controls") << QStringLiteral("a\r\nb\tc\x1b[31m.pdf") << QStringLiteral("abc[31m.pdf");
        QTest::newRow("windows characters") << QStringLiteral("a<b>c:d\"e|f?g*h.pdf") << QStringLiteral("a_b_c_d_e_f_g_h.pdf");
        QTest::newRow("device") << QStringLiteral("CON.pdf") << QStringLiteral("_CON.pdf");
        QTest::newRow("device lower") << QStringLiteral("com1") << QStringLiteral("_com1");
        QTest::newRow("not a device") << QStringLiteral("CONSENT.pdf") << QStringLiteral("CONSENT.pdf");
        QTest::newRow("trailing dots") << QStringLiteral("name.pdf. . ") << QStringLiteral("name.pdf");
        QTest::newRow("nothing left") << QStringLiteral("\u202E..") << QStringLiteral("fallback");
        QTest::newRow("empty") << QString() << QStringLiteral("fallback");
        QTest::newRow("too long") << QString(300, QChar(0x0416)) + QStringLiteral(".pdf")
                                  << QString(98, QChar(0x0416)) + QStringLiteral(".pdf");
    }
    void strangersNamesAreMadeSafe()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(CopyExport::safeFileName(name, QStringLiteral("fallback")), safe);
    }

    void hostileNamesStayInsideTheFolder()
    {
        QTemporaryDir out;
        const auto w =
            CopyExport::write(submission(5,
                                         {copy(QStringLiteral("../outside.pdf"), "x", QStringLiteral("/etc/passwd"), "y"),
                                          copy({}, "unnamed", {}, {})}),
                              out.path());
        QVERIFY(w);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(QDir(w->folder).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("document 2.pdf"), QStringLiteral("outside.pdf"), QStringLiteral("passwd")}));
    }

    void demoCopiesSayDemo()
    {
        QTemporaryDir out;
        const auto w = CopyExport::write(submission(7, {copy(QStringLiteral("a.pdf"), "x", QStringLiteral("a.pdf.p7s"), "y")}),
                                         out.path(), true);
        QVERIFY(w);
        QVERIFY(QDir(w->folder).dirName().startsWith(QLatin1String("DEMO-")));
        QCOMPARE(QDir(w->folder).entryList(QDir::Files),
                 (QStringList{QStringLiteral("DEMO-a.pdf"), QStringLiteral("DEMO-a.pdf.p7s")}));
    }

    // A disk that fills in the middle (here: a file-size limit, which binds root too) leaves no
    // half-saved submission behind: the files written so far and the folder go again.
    void aFailedExportLeavesNothing()
    {
        QTemporaryDir out;
        struct rlimit old
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 16;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto w = CopyExport::write(
            submission(8, {copy(QStringLiteral("a.pdf"), "small", QStringLiteral("a.pdf.p7s"), QByteArray(4096, 'x'))}),
            out.path());
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!w);
        QVERIFY2(w.error().message.contains(QStringLiteral("Nothing was saved")), qPrintable(w.error().message));
        QVERIFY(QDir(out.path()).isEmpty());
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir out;
        const auto w = CopyExport::write(submission(9, {}), out.filePath(QStringLiteral("missing")));
        QVERIFY(!w);
        QCOMPARE(w.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
