// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: messages of two documents each (~300 KB, real ECDSA P-256 signatures of the test PKI)
// in a local Dovecot, taken in by the sync engine with every document verified alongside, side by
// side with mbsync copying the same folder to a Maildir. Prints times and peak memory; asserts only
// that every message was stored exactly once and every document verified Valid.
// KOPII_BENCH_MESSAGES sets the count (default 300; the full run is 2000), KOPII_BENCH_ROUNDS the
// rounds (default 3): each a Kopii sync into a new workspace and an mbsync into a new Maildir, one
// after the other; the ratio is of the medians.
#include "CryptoTestUtil.h"
#include "TestTrust.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/TrustStore.h"
#include "inbox/SubmissionSql.h"
#include "DovecotServer.h"
#include "mail/Ingestor.h"
#include "MailSamples.h"
#include "mail/MailboxSync.h"
#include "core/AccessGuard.h"
#include "mail/MailboxRules.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

using namespace kopii;
using namespace kopii::test;

namespace {

long maxRssMiB(int who)
{
    struct rusage u = {};
    getrusage(who, &u);
    return u.ru_maxrss / 1024;
}

MailboxSync::Report runSync(Workspace &ws, const Mailbox &m, const TrustStore *trust = nullptr)
{
    MailboxSync sync(ws.session(), m, share(Secret::fromString(QStringLiteral("bench-pass"))));
    sync.verifyAlongside(trust);
    QEventLoop loop;
    QObject::connect(&sync, &MailboxSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    return sync.report();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count =
        qEnvironmentVariableIsSet("KOPII_BENCH_MESSAGES") ? qEnvironmentVariableIntValue("KOPII_BENCH_MESSAGES") : 300;
    QTemporaryDir dir;
    const QString user = QStringLiteral("bench@example.com");
    DovecotServer dovecot;
    if (!dovecot.start(dir.filePath(QStringLiteral("dovecot")), {user + QStringLiteral(":bench-pass")},
                       sourcePath(QStringLiteral("tests/support/start-dovecot.sh")))) {
        out << "dovecot did not start\n";
        return 1;
    }
    // Two documents of ~100 KB each (PDF + P7S), base64 in the message: ~300 KB per message.
    auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer) {
        out << "the test PKI's clerk key cannot be opened (KOPII_TEST_PKI)\n";
        return 1;
    }
    QByteArray pdf(100 * 1024, 'P');
    QByteArray second(100 * 1024, 'Q');
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        pdf.replace(0, 12, QByteArray::number(100000000000LL + i));
        second.replace(0, 12, QByteArray::number(200000000000LL + i));
        const auto p7s = Cades::sign(**signer, "%PDF-" + pdf, {false, QDateTime::currentDateTimeUtc()});
        const auto p7s2 = Cades::sign(**signer, "%PDF-" + second, {false, QDateTime::currentDateTimeUtc()});
        if (!p7s || !p7s2) {
            out << "signing failed\n";
            return 1;
        }
        const auto attachments = pairOf(QStringLiteral("Паспорт-%1").arg(i), "%PDF-" + pdf, *p7s)
            + pairOf(QStringLiteral("Довідка-%1").arg(i), "%PDF-" + second, *p7s2);
        if (!dovecot.deliver(user,
                             message(attachments, {}, "Bench <b@example.com>", "<bench-" + QByteArray::number(i) + "@x>"))) {
            out << "delivery failed\n";
            return 1;
        }
    }
    out << count << " messages signed and delivered through LMTP in " << t.elapsed() << " ms" << Qt::endl;

    // Rounds, each a Kopii sync into a new workspace and an mbsync into a new Maildir, one after
    // the other (KOPII_BENCH_ROUNDS, default 3): this machine's speed drifts between runs by a
    // fifth and more, so the ratio is the medians'. Each run starts with nothing left to write back
    // (the deliveries' and the other runs' pages flushed): otherwise whichever runs next waits on
    // the last one's writeback.
    const int rounds =
        qMax(1, qEnvironmentVariableIsSet("KOPII_BENCH_ROUNDS") ? qEnvironmentVariableIntValue("KOPII_BENCH_ROUNDS") : 3);
    // KOPII_BENCH_NO_VERIFY=1: the sync alone, for comparison.
    const bool verify = !qEnvironmentVariableIsSet("KOPII_BENCH_NO_VERIFY");
    struct KopiiWorkspace
    {
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<TrustStore> trust;
        std::unique_ptr<AccessGuard> guard;
        RecordId mailboxId = 0;
    };
    const auto openWorkspace = [&](int round) -> std::optional<KopiiWorkspace> {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("ws-%1").arg(round)));
        if (!opened)
            return std::nullopt;
        KopiiWorkspace k;
        k.ws = std::move(opened).value();
        // The test PKI with its CRL: every document can be Valid without asking a responder.
        k.trust = std::make_unique<TrustStore>(k.ws->session());
        if (!k.trust->load() || !trustTestPkiWithCrl(*k.trust))
            return std::nullopt;
        k.guard = std::make_unique<AccessGuard>(k.ws->session(), QStringLiteral("bench"));
        Mailbox m;
        m.name = QStringLiteral("bench");
        m.host = QStringLiteral("127.0.0.1");
        m.port = dovecot.imapsPort;
        m.user = user;
        m.pinSha256 = dovecot.fingerprint;
        const auto id = MailboxRules(*k.guard).addMailbox(m);
        if (!id)
            return std::nullopt;
        k.mailboxId = *id;
        return k;
    };
    long theirRss = -1; // MiB; -1: not known (no time(1))
    const auto runMbsync = [&](int round, int *exitCode, QByteArray *said) {
        const QString maildir = dir.filePath(QStringLiteral("mbsync-%1/").arg(round));
        QFile config(dir.filePath(QStringLiteral("mbsyncrc-%1").arg(round)));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("IMAPAccount bench\nHost localhost\nPort %1\nUser %2\nPass bench-pass\nSSLType IMAPS\n"
                                    "CertificateFile %3\n\nIMAPStore remote\nAccount bench\n\nMaildirStore local\nPath %4\n"
                                    "Inbox %4INBOX\n\nChannel bench\nFar :remote:\nNear :local:\nPatterns INBOX\nSync Pull\n"
                                    "Create Near\nSyncState *\n")
                         .arg(dovecot.imapsPort)
                         .arg(user, dovecot.certFile, maildir)
                         .toUtf8());
        config.close();
        QDir().mkpath(maildir);
        QProcess mbsync;
        ::sync();
        QElapsedTimer clock;
        clock.start();
        // Its peak memory through time(1): getrusage's for children counts the bench's own pages
        // that the fork copied before mbsync started.
        const QString rss = dir.filePath(QStringLiteral("mbsync-rss-%1").arg(round));
        const QStringList args{QStringLiteral("-c"), config.fileName(), QStringLiteral("-a")};
        if (QFileInfo::exists(QStringLiteral("/usr/bin/time")))
            mbsync.start(
                QStringLiteral("/usr/bin/time"),
                QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rss, QStringLiteral("mbsync")}
                    + args);
        else
            mbsync.start(QStringLiteral("mbsync"), args);
        mbsync.waitForFinished(-1);
        const qint64 ms = clock.elapsed();
        QFile rssFile(rss);
        if (rssFile.open(QIODevice::ReadOnly))
            theirRss = std::max(theirRss, rssFile.readAll().trimmed().toLong() / 1024);
        *exitCode = mbsync.exitCode();
        if (mbsync.exitCode() != 0)
            *said = mbsync.readAllStandardError().left(400);
        return ms;
    };
    const auto median = [](QList<qint64> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };

    std::optional<KopiiWorkspace> first;
    MailboxSync::Report firstReport;
    QList<qint64> ours, theirs;
    int mbsyncExit = 0;
    QByteArray mbsyncSaid;
    for (int round = 0; round < rounds; ++round) {
        auto k = openWorkspace(round);
        if (!k) {
            out << "the workspace cannot be set up (the test PKI cannot be trusted?)\n";
            return 1;
        }
        const Mailbox m = *MailboxRules(*k->guard).findMailbox(QString::number(k->mailboxId));
        ::sync();
        t.restart();
        const auto report = runSync(*k->ws, m, verify ? k->trust.get() : nullptr);
        ours << t.elapsed();
        if (!report.error.isEmpty() || report.stored != count) {
            out << "sync failed: " << report.error << " stored " << report.stored << "\n";
            return 1;
        }
        if (verify && report.verified != 2 * count) {
            out << "verification incomplete: " << report.verified << " checked of " << 2 * count << "\n";
            return 1;
        }
        theirs << runMbsync(round, &mbsyncExit, &mbsyncSaid);
        out << "round " << round + 1 << ": Kopii " << ours.last() << " ms (reading " << report.readingMs << " ms, storing "
            << report.storageMs << " ms), mbsync " << theirs.last() << " ms (exit " << mbsyncExit << ")" << Qt::endl;
        if (round == 0) {
            first = std::move(k);
            firstReport = report;
        }
    }
    const long ourRss = maxRssMiB(RUSAGE_SELF);
    Workspace &ws0 = *first->ws;
    AccessGuard &guard = *first->guard;
    const RecordId id = first->mailboxId;
    const auto all = SubmissionSql(ws0.session()).querySubmissions(SubmissionQuery{}, 0, count + 10);
    int valid = 0;
    QMap<QString, int> verdicts;
    for (const Submission &sub : *all)
        for (const DocumentCopy &d : sub.documents) {
            valid += d.verification && d.verification->verdict == QLatin1String("valid");
            ++verdicts[d.verification ? d.verification->verdict + QLatin1Char(' ') + d.verification->summary.left(120)
                                      : QStringLiteral("none")];
        }
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        out << it.value() << " x " << it.key() << "\n";
    if (verify && valid != 2 * count) {
        out << "verification incomplete: " << valid << " valid of " << 2 * count << "\n";
        return 1;
    }
    t.restart();
    const auto again = runSync(ws0, *MailboxRules(guard).findMailbox(QString::number(id)));
    const qint64 resync = t.elapsed();

    // Push: a message delivered while the sync waits in IDLE, until it is stored.
    qint64 pushMs = -1;
    {
        MailboxSync watching(ws0.session(), *MailboxRules(guard).findMailbox(QString::number(id)),
                             share(Secret::fromString(QStringLiteral("bench-pass"))));
        watching.keepWatching(600);
        QEventLoop loop;
        bool idle = false;
        QObject::connect(&watching, &MailboxSync::idling, &loop, [&] {
            idle = true;
            loop.quit();
        });
        QObject::connect(&watching, &MailboxSync::passFinished, &loop, [&](const MailboxSync::Report &r) {
            if (r.stored > 0 && pushMs < 0) {
                pushMs = t.elapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        watching.start();
        loop.exec();
        if (idle) {
            // The server must be idling when the message comes (else it reports the message at
            // once when IDLE starts, and the push path is not measured): a moment for it to settle.
            QTimer::singleShot(300, &loop, &QEventLoop::quit);
            loop.exec();
            t.restart();
            dovecot.deliver(
                user,
                message(pairOf(QStringLiteral("Push"), "%PDF-push", "sig-push"), {}, "P <p@example.com>", "<bench-push@x>"));
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        watching.stop();
    }

    const qint64 ourMedian = median(ours), theirMedian = median(theirs);
    out << "Kopii sync: " << count << " messages stored and " << firstReport.verified << " documents verified Valid, median of "
        << rounds << " rounds " << ourMedian << " ms (" << (ourMedian * 1000 / qMax(1, count)) / 1000.0 << " ms each), peak RSS "
        << ourRss << " MiB\n";
    out << "re-sync with nothing new: " << resync << " ms (new " << again.newMessages << ")\n";
    out << "IDLE push, delivery to stored (Dovecot holds change notifications 0.5 s): " << pushMs << " ms ("
        << SubmissionSql(ws0.session()).submissions(count + 10)->size() - count << " new submission stored)\n";
    out << "mbsync (exit " << mbsyncExit << "): median " << theirMedian << " ms, peak RSS " << theirRss << " MiB\n";
    out << "ratio Kopii / mbsync (medians): " << double(ourMedian) / qMax<qint64>(1, theirMedian) << "\n";
    if (mbsyncExit != 0)
        out << "mbsync said: " << mbsyncSaid << "\n";
    dovecot.stop();
    return 0;
}
