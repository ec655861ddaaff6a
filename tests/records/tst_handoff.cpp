// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-off package: every file in it, the register card valid against its schema (xmllint,
// docs/formats/register-card.xsd) and true to the bytes; a folder or a ZIP Python's zipfile reads;
// a hot folder watched by another thread while packages are written never shows half of one;
// a folder that is not there, one that cannot be written and a full disk (a small tmpfs) leave
// nothing behind; the manager's hot folder takes a submission's package when it is processed, or
// on arrival once checked: each once, what arrived before not at all, a failed write again later.
#include "CryptoFixture.h"
#include "MailSamples.h"
#include "TestUtil.h"
#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"
#include "core/Staff.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "inbox/InboxRules.h"
#include "inbox/VerificationPipeline.h"
#include "mail/Ingestor.h"
#include "core/SqlSession.h"
#include "records/Arrival.h"
#include "records/HandOff.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace kopii;
using namespace kopii::test;

class TestHandOff : public QObject
{
    Q_OBJECT

    struct Office
    {
        CryptoWorkspace ws;
        std::unique_ptr<AccessGuard> guard;
        RecordId branch = 0;
    };
    int m_messages = 0;

    // A workspace trusting the test PKI, its manager logged in, a branch, and one submission of
    // two signed documents (the second `pdfSize` bytes).
    bool setUp(Office &o, qsizetype pdfSize = 2000)
    {
        if (!o.ws.open() || !o.ws.trustTestPkiWithCrl())
            return false;
        const auto b = OrganizationSql(o.ws.session()).insertBranch(validBranch());
        if (!b)
            return false;
        o.branch = *b;
        o.guard = std::make_unique<AccessGuard>(o.ws.session(), QStringLiteral("test"));
        if (!Staff(*o.guard).claimWorkspace(validOrganization(),
                                            {QStringLiteral("3012345670"), QStringLiteral("Олена"), Role::Manager, {}}))
            return false;
        o.guard->setSession(Role::Manager, QStringLiteral("Олена"));
        return receive(o, pdfSize);
    }
    bool receive(Office &o, qsizetype pdfSize = 2000)
    {
        auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
        if (!signer)
            return false;
        const QByteArray n = QByteArray::number(++m_messages);
        const QByteArray a = "%PDF-1.7 passport " + n;
        const QByteArray b = "%PDF-1.7 certificate " + n + QByteArray(pdfSize, 'x');
        QList<Attachment> docs =
            pairOf(QStringLiteral("Паспорт"), a, *Cades::sign(**signer, a, {false, QDateTime::currentDateTimeUtc()}));
        docs += pairOf(QStringLiteral("Довідка"), b, *Cades::sign(**signer, b, {false, QDateTime::currentDateTimeUtc()}));
        return bool(Ingestor(o.ws.session())
                        .ingestMessage(message(docs, {}, "<ivan@example.com>", "<h" + n + "@x>"), QStringLiteral("ingest")));
    }
    static QStringList paths(const HandOffPackage &p)
    {
        QStringList all;
        for (const auto &f : p.files)
            all << f.first;
        all.sort();
        return all;
    }
    static bool validates(const QByteArray &xml, const QString &schema, QString *why)
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.xml")));
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
            return false;
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XML_CATALOG_FILES"), sourcePath(QStringLiteral("tests/data/etsi-119102-2/catalog.xml")));
        p.setProcessEnvironment(env);
        p.start(
            QStringLiteral("xmllint"),
            {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), sourcePath(schema), f.fileName()});
        p.waitForFinished(60000);
        *why = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0 && p.exitStatus() == QProcess::NormalExit;
    }
    static QByteArray fileOf(const HandOffPackage &p, const QString &path)
    {
        for (const auto &f : p.files)
            if (f.first == path)
                return f.second;
        return {};
    }
    // What of `dir` a system polling it may take: names without a leading dot.
    static QStringList visible(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void thePackageHoldsEverythingAndTheCardIsTrue()
    {
        Office o;
        QVERIFY(setUp(o));
        const auto package = HandOff(*o.guard).build(*o.ws.trust, 1, QDateTime::currentDateTimeUtc());
        QVERIFY2(package, qPrintable(package ? QString() : package.error().message));
        const QString year = QString::number(QDate::currentDate().year());
        QCOMPARE(package->name, QStringLiteral("%1-000001").arg(year));
        QCOMPARE(paths(*package),
                 (QStringList{QStringLiteral("card.json"), QStringLiteral("card.xml"), QStringLiteral("originals/Довідка.pdf"),
                              QStringLiteral("originals/Довідка.pdf.p7s"), QStringLiteral("originals/Паспорт.pdf"),
                              QStringLiteral("originals/Паспорт.pdf.p7s"), QStringLiteral("protocol.pdf"),
                              QStringLiteral("protocol.xml"), QStringLiteral("shown/Довідка.pdf"),
                              QStringLiteral("shown/Паспорт.pdf")}));
        QString why;
        QVERIFY2(validates(fileOf(*package, QStringLiteral("card.xml")), QStringLiteral("docs/formats/register-card.xsd"), &why),
                 qPrintable(why));
        QVERIFY2(validates(fileOf(*package, QStringLiteral("protocol.xml")),
                           QStringLiteral("tests/data/etsi-119102-2/TS119102-2-v141.xsd"), &why),
                 qPrintable(why));
        const QJsonObject card = QJsonDocument::fromJson(fileOf(*package, QStringLiteral("card.json"))).object();
        QCOMPARE(card.value(QStringLiteral("format")).toString(), QStringLiteral("kopii-register-card/1"));
        QCOMPARE(card.value(QStringLiteral("number")).toString(), QStringLiteral("%1/000001").arg(year));
        QCOMPARE(card.value(QStringLiteral("sender")).toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("ivan@example.com"));
        QCOMPARE(card.value(QStringLiteral("recipient")).toString(), QStringLiteral("centr@example.com"));
        QCOMPARE(card.value(QStringLiteral("branch")).toString(), QStringLiteral("Центр"));
        QCOMPARE(card.value(QStringLiteral("clerk")).toString(), QStringLiteral("Олена"));
        const QJsonArray documents = card.value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 2);
        for (const auto &v : documents) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
            for (const QString &part : {QStringLiteral("file"), QStringLiteral("signature")}) {
                const QJsonObject f = d.value(part).toObject();
                const QByteArray bytes = fileOf(*package, f.value(QStringLiteral("path")).toString());
                QVERIFY(!bytes.isEmpty());
                QCOMPARE(f.value(QStringLiteral("sha256")).toString(),
                         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
                QCOMPARE(f.value(QStringLiteral("size")).toInteger(), bytes.size());
            }
            const QJsonObject signer = d.value(QStringLiteral("signers")).toArray().first().toObject();
            QCOMPARE(signer.value(QStringLiteral("rnokpp")).toString(), QStringLiteral("3023456784"));
            QVERIFY(signer.value(QStringLiteral("qualified")).toBool());
        }
        // The hand-off is in the audit log.
        QCOMPARE(o.guard->auditLog(1)->first().action, QStringLiteral("submission.handoff"));
    }

    void writtenAsAFolderOrAZip()
    {
        Office o;
        QVERIFY(setUp(o));
        const auto package = HandOff(*o.guard).build(*o.ws.trust, 1, QDateTime::currentDateTimeUtc());
        QVERIFY(package);
        QTemporaryDir out;
        const auto folder = HandOff::write(*package, out.path());
        QVERIFY2(folder, qPrintable(folder ? QString() : folder.error().message));
        for (const auto &[path, bytes] : package->files) {
            QFile f(QDir(*folder).filePath(path));
            QVERIFY2(f.open(QIODevice::ReadOnly) && f.readAll() == bytes, qPrintable(path));
        }
        // Never over an earlier one.
        QCOMPARE(*HandOff::write(*package, out.path()), *folder + QStringLiteral(" (2)"));
        const auto zip = HandOff::write(*package, out.path(), true);
        QVERIFY(zip && zip->endsWith(QStringLiteral(".zip")));
        QProcess check;
        check.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                    "assert z.testzip() is None; print('\\n'.join(sorted(z.namelist())))"),
                     *zip});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);
        const QStringList names = QString::fromUtf8(check.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList expected;
        for (const QString &p : paths(*package))
            expected << package->name + QLatin1Char('/') + p;
        QCOMPARE(names, expected);
        // A folder that is not there.
        const auto missing = HandOff::write(*package, out.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope")));
    }

    // A system polling the hot folder never finds half a package: whatever it sees without a dot
    // is complete, and a .done only beside a complete package.
    void aHotFolderNeverShowsHalfAPackage()
    {
        Office o;
        QVERIFY(setUp(o, 400 * 1024));
        const auto package = HandOff(*o.guard).build(*o.ws.trust, 1, QDateTime::currentDateTimeUtc());
        QVERIFY(package);
        qint64 total = 0;
        for (const auto &f : package->files)
            total += f.second.size();
        QTemporaryDir hot;
        std::atomic_bool writing{true};
        std::atomic_int looks{0};
        QStringList problems;
        std::thread watcher([&] {
            while (writing.load()) {
                for (const QString &name : visible(hot.path())) {
                    const QString base = name.endsWith(QStringLiteral(".done")) ? name.chopped(5) : name;
                    qint64 size = 0;
                    int files = 0;
                    QDirIterator it(QDir(hot.path()).filePath(base), QDir::Files, QDirIterator::Subdirectories);
                    while (it.hasNext()) {
                        it.next();
                        size += it.fileInfo().size();
                        ++files;
                    }
                    if (files != package->files.size() || size != total)
                        problems << QStringLiteral("%1: %2 files, %3 bytes").arg(name).arg(files).arg(size);
                }
                ++looks;
            }
        });
        for (int i = 0; i < 10; ++i) {
            const auto written = HandOff::writeHot(*package, hot.path());
            if (!written)
                problems << written.error().message;
        }
        writing = false;
        watcher.join();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(looks.load() > 10);
        QStringList all = visible(hot.path());
        QCOMPARE(all.size(), 20); // ten packages and their .done
        QVERIFY(all.contains(package->name + QStringLiteral(" (10).done")));
        QCOMPARE(QDir(hot.path()).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot).size(), 20);
    }

    void aFullDiskOrAForbiddenFolderLeavesNothing()
    {
        Office o;
        QVERIFY(setUp(o, 600 * 1024));
        const auto package = HandOff(*o.guard).build(*o.ws.trust, 1, QDateTime::currentDateTimeUtc());
        QVERIFY(package);
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        // A disk with room for less than the package: a tmpfs of 256 KiB (mounting needs root).
        const bool mounted = ::geteuid() == 0
            && QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                  QStringLiteral("size=256k"), QStringLiteral("tmpfs"), small})
                == 0;
        if (mounted) {
            // Unmounted whatever the checks find.
            const auto unmount = qScopeGuard([&small] { QProcess::execute(QStringLiteral("umount"), {small}); });
            for (bool zip : {false, true}) {
                const auto written = HandOff::writeHot(*package, small, zip);
                QVERIFY(!written);
                QVERIFY2(written.error().message.contains(QStringLiteral("No space left")), qPrintable(written.error().message));
                QVERIFY2(!written.error().message.contains(QStringLiteral("kopii-partial")), qPrintable(written.error().message));
                QCOMPARE(QDir(small).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
            }
        } else {
            qWarning("not root: the full disk is not tried here (CI runs as root)");
        }
        // A folder that is not there: the message says so.
        const auto missing = HandOff::writeHot(*package, dir.filePath(QStringLiteral("gone")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("gone")));
        // A folder the user may not write (root may write anywhere).
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(small, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!HandOff::writeHot(*package, small));
            QFile::setPermissions(small, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QCOMPARE(QDir(small).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        }
    }

    void theManagersHotFolderTakesWhatIsProcessed()
    {
        Office o;
        QVERIFY(setUp(o));
        QTemporaryDir hot;
        // Only the manager sets it, to a folder that is there.
        QCOMPARE(HandOff(*o.guard).setFolder(QStringLiteral("branch"), o.branch, {QStringLiteral("relative/path")}).error().code,
                 Error::Code::Validation);
        QCOMPARE(HandOff(*o.guard)
                     .setFolder(QStringLiteral("branch"), o.branch, {hot.path(), QStringLiteral("sometimes")})
                     .error()
                     .code,
                 Error::Code::Validation);
        o.guard->setSession(Role::Clerk, QStringLiteral("Іван"));
        QCOMPARE(HandOff(*o.guard).setFolder(QStringLiteral("branch"), o.branch, {hot.path()}).error().code, Error::Code::Denied);
        o.guard->setSession(Role::Manager, QStringLiteral("Олена"));
        QVERIFY(HandOff(*o.guard).setFolder(QStringLiteral("branch"), o.branch, {hot.path()}));
        QCOMPARE(o.guard->auditLog(1)->first().action, QStringLiteral("handoff.folder"));

        // In work: nothing goes yet; processed: its package.
        o.guard->setSession(Role::Clerk, QStringLiteral("Іван"));
        QVERIFY(InboxRules(*o.guard).setSubmissionState(1, QStringLiteral("in-work")));
        QCOMPARE(*HandOff(*o.guard).afterChange(*o.ws.trust, 1, QStringLiteral("in-work"), QDateTime::currentDateTimeUtc()),
                 QString());
        QVERIFY(visible(hot.path()).isEmpty());
        QVERIFY(InboxRules(*o.guard).setSubmissionState(1, QStringLiteral("processed")));
        const auto written =
            HandOff(*o.guard).afterChange(*o.ws.trust, 1, QStringLiteral("processed"), QDateTime::currentDateTimeUtc());
        QVERIFY2(written && !written->isEmpty(), qPrintable(written ? QString() : written.error().message));
        const QString name = QFileInfo(*written).fileName();
        QCOMPARE(visible(hot.path()), (QStringList{name, name + QStringLiteral(".done")}));
        QFile card(QDir(*written).filePath(QStringLiteral("card.json")));
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(card.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("processed"));
        QCOMPARE(json.value(QStringLiteral("clerk")).toString(), QStringLiteral("Іван"));
        QVERIFY(!json.value(QStringLiteral("processed")).toString().isEmpty());
    }

    void onArrivalEachGoesOnceWhenChecked()
    {
        Office o;
        QVERIFY(setUp(o)); // submission 1, before the setting
        QTemporaryDir hot;
        QVERIFY(HandOff(*o.guard).setFolder(QStringLiteral("branch"), o.branch, {hot.path(), QStringLiteral("arrival")}));
        QCOMPARE(HandOff(*o.guard).folder(QStringLiteral("branch"), o.branch)->when, QStringLiteral("arrival"));
        const auto pass = [&o] {
            return Arrival::run(o.ws.session(), *o.ws.trust, Clock::system(), QStringLiteral("watcher: hand-off on arrival"));
        };
        QVERIFY(receive(o)); // submission 2
        // Not before its signatures are checked.
        QVERIFY(pass()->written.isEmpty());
        QVERIFY(VerificationPipeline::verifyAllPending(o.ws.session(), *o.ws.trust, QDateTime::currentDateTimeUtc()));
        const auto first = pass();
        QVERIFY2(first && first->errors.isEmpty(), first ? qPrintable(first->errors.join(u'\n')) : "");
        QCOMPARE(first->written.size(), 1); // 2 only: 1 arrived before
        const QString name = QFileInfo(first->written.first()).fileName();
        QCOMPARE(visible(hot.path()), (QStringList{name, name + QStringLiteral(".done")}));
        QFile card(QDir(first->written.first()).filePath(QStringLiteral("card.json")));
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(card.readAll()).object().value(QStringLiteral("submission")).toInteger(), 2);
        // Once: the next pass has nothing; the looks at the documents are logged in its name.
        QVERIFY(pass()->written.isEmpty());
        bool logged = false;
        for (const AuditEntry &e : *o.guard->auditLog(50))
            logged = logged || (e.action == QLatin1String("document.verify") && e.actor.contains(QLatin1String("hand-off")));
        QVERIFY(logged);

        // A folder gone: said, nothing half, and tried again once it is back.
        QVERIFY(receive(o)); // submission 3
        QVERIFY(VerificationPipeline::verifyAllPending(o.ws.session(), *o.ws.trust, QDateTime::currentDateTimeUtc()));
        const QString kept = hot.path();
        QVERIFY(QDir(kept).removeRecursively());
        const auto failed = pass();
        QVERIFY(failed);
        QVERIFY(failed->written.isEmpty());
        QCOMPARE(failed->errors.size(), 1);
        QVERIFY2(failed->errors.first().contains(QLatin1String("Submission 3")), qPrintable(failed->errors.first()));
        QVERIFY(QDir().mkpath(kept));
        const auto again = pass();
        QVERIFY(again && again->errors.isEmpty());
        QCOMPARE(again->written.size(), 1);
        QCOMPARE(visible(kept).size(), 2);

        // A runner that claimed one and stopped before writing it (closed, crashed): its claim is
        // left alone for a while, then taken over.
        QVERIFY(receive(o)); // submission 4
        QVERIFY(VerificationPipeline::verifyAllPending(o.ws.session(), *o.ws.trust, QDateTime::currentDateTimeUtc()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(o.ws.session().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET handed_off_ms = %1 WHERE id = 4").arg(-(now - 60 * 1000))));
        QVERIFY(pass()->written.isEmpty());
        QVERIFY(q.exec(QStringLiteral("UPDATE submission SET handed_off_ms = %1 WHERE id = 4").arg(-(now - 11 * 60 * 1000))));
        QCOMPARE(pass()->written.size(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT handed_off_ms FROM submission WHERE id = 4")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
    }
};

QTEST_MAIN(TestHandOff)
#include "tst_handoff.moc"
