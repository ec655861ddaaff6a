// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: messages of two documents each (~300 KB, real ECDSA P-256 signatures of the test PKI)
// in a local Dovecot, taken in by the sync engine with every document verified alongside, side by
// side with mbsync copying the same folder to a Maildir. Prints times and peak memory; asserts only
// that every message was stored exactly once and every document verified Valid.
// KOPII_BENCH_MESSAGES sets the count (default 300; the full run is 2000).
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
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

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

    auto ws = Workspace::open(dir.filePath(QStringLiteral("ws")));
    if (!ws)
        return 1;
    // The test PKI with its CRL: every document can be Valid without asking a responder.
    TrustStore trust((*ws)->session());
    if (!trust.load() || !trustTestPkiWithCrl(trust)) {
        out << "the test PKI cannot be trusted\n";
        return 1;
    }
    AccessGuard guard((*ws)->session(), QStringLiteral("bench"));
    Mailbox m;
    m.name = QStringLiteral("bench");
    m.host = QStringLiteral("127.0.0.1");
    m.port = dovecot.imapsPort;
    m.user = user;
    m.pinSha256 = dovecot.fingerprint;
    const auto id = MailboxRules(guard).addMailbox(m);
    m = *MailboxRules(guard).findMailbox(QString::number(*id));

    // Both runs start with nothing left to write back (the deliveries' and the other run's pages
    // flushed): otherwise whichever runs second waits on the first one's writeback.
    ::sync();
    t.restart();
    // KOPII_BENCH_NO_VERIFY=1: the sync alone, for comparison.
    const bool verify = !qEnvironmentVariableIsSet("KOPII_BENCH_NO_VERIFY");
    const auto first = runSync(**ws, m, verify ? &trust : nullptr);
    const qint64 ours = t.elapsed();
    const long ourRss = maxRssMiB(RUSAGE_SELF);
    if (!first.error.isEmpty() || first.stored != count) {
        out << "sync failed: " << first.error << " stored " << first.stored << "\n";
        return 1;
    }
    const auto all = SubmissionSql((*ws)->session()).querySubmissions(SubmissionQuery{}, 0, count + 10);
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
    if (verify && (first.verified != 2 * count || valid != 2 * count)) {
        out << "verification incomplete: " << first.verified << " checked, " << valid << " valid of " << 2 * count << "\n";
        return 1;
    }
    t.restart();
    const auto again = runSync(**ws, *MailboxRules(guard).findMailbox(QString::number(*id)));
    const qint64 resync = t.elapsed();

    // Push: a message delivered while the sync waits in IDLE, until it is stored.
    qint64 pushMs = -1;
    {
        MailboxSync watching((*ws)->session(), *MailboxRules(guard).findMailbox(QString::number(*id)),
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

    // mbsync, the same folder into a Maildir.
    const QString maildir = dir.filePath(QStringLiteral("mbsync-maildir/"));
    QFile config(dir.filePath(QStringLiteral("mbsyncrc")));
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
    t.restart();
    mbsync.start(QStringLiteral("mbsync"), {QStringLiteral("-c"), config.fileName(), QStringLiteral("-a")});
    mbsync.waitForFinished(-1);
    const qint64 theirs = t.elapsed();
    const long theirRss = maxRssMiB(RUSAGE_CHILDREN);

    out << "Kopii sync: " << count << " messages stored and " << first.verified << " documents verified Valid in " << ours
        << " ms (" << (ours * 1000 / qMax(1, count)) / 1000.0 << " ms each; reading " << first.readingMs << " ms, storing "
        << first.storageMs << " ms), peak RSS " << ourRss << " MiB\n";
    out << "re-sync with nothing new: " << resync << " ms (new " << again.newMessages << ")\n";
    out << "IDLE push, delivery to stored (Dovecot holds change notifications 0.5 s): " << pushMs << " ms ("
        << SubmissionSql((*ws)->session()).submissions(count + 10)->size() - count << " new submission stored)\n";
    out << "mbsync (exit " << mbsync.exitCode() << "): " << theirs << " ms, peak RSS " << theirRss << " MiB\n";
    out << "ratio Kopii / mbsync: " << double(ours) / qMax<qint64>(1, theirs) << "\n";
    if (mbsync.exitCode() != 0)
        out << "mbsync said: " << mbsync.readAllStandardError().left(400) << "\n";
    dovecot.stop();
    return 0;
}
