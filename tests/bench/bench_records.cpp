// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the verification protocol of a stored submission of two documents (ECDSA P-256
// detached signatures, 60 KiB PDFs): opened for a logged look, checked again, stored, laid out as
// PDF/A and as the ETSI report, as "Протокол…" and `kopii-cli inbox protocol` do (goal: under
// 300 ms); then the register of 100,000 submissions read and written as CSV (goal: under 5 s),
// and 1,000 of them as the printable PDF; and the hand-off package of the two-document submission
// (protocol, register card, files) written into a hot folder, as a folder and as a ZIP (goal: under
// 500 ms). Prints numbers only.
#include "crypto/Cades.h"
#include "CryptoFixture.h"
#include "core/AccessGuard.h"
#include "crypto/KeyFile.h"
#include "MailSamples.h"
#include "mail/Ingestor.h"
#include "records/HandOff.h"
#include "records/ProtocolSource.h"
#include "records/Register.h"
#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace kopii;
using namespace kopii::test;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20;
    CryptoWorkspace ws;
    if (!ws.open() || !ws.trustTestPkiWithCrl())
        return 1;
    auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer)
        return 1;
    QList<Attachment> docs;
    for (const QString &name : {QStringLiteral("Паспорт"), QStringLiteral("РНОКПП")}) {
        const QByteArray pdf = "%PDF-1.7 " + name.toUtf8() + QByteArray(60 * 1024, 'a');
        const auto p7s = Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        if (!p7s)
            return 1;
        docs += pairOf(name, pdf, *p7s);
    }
    const auto stored = Ingestor(ws.session()).ingestMessage(message(docs), QStringLiteral("ingest"));
    if (!stored)
        return 1;
    AccessGuard guard(ws.session(), QStringLiteral("bench"));
    guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto made = ProtocolSource::make(guard, *ws.trust, 1, 0, QDateTime::currentDateTimeUtc());
        if (!made || made->documents.size() != 2)
            return 1;
        const auto pdf = VerificationProtocol::pdf(made->context, made->documents);
        const QByteArray xml = VerificationProtocol::etsiXml(made->context, made->documents);
        if (!pdf || xml.isEmpty())
            return 1;
        times << t.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    out << "protocol of a two-document submission (check again, store, PDF/A, ETSI XML), " << runs << " runs: median "
        << times[times.size() / 2] / 1000.0 << " ms, worst " << times.last() / 1000.0 << " ms (goal: under 300 ms)\n";
    out.flush();

    // The package: built (checked again, protocol, card) and written into a hot folder.
    QTemporaryDir hot;
    for (const bool zip : {false, true}) {
        QList<qint64> packageTimes;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto package = HandOff(guard).build(*ws.trust, 1, QDateTime::currentDateTimeUtc());
            if (!package)
                return 1;
            const auto written = HandOff::writeHot(*package, hot.path(), zip);
            if (!written) {
                out << "cannot write the package: " << written.error().message << "\n";
                return 1;
            }
            packageTimes << t.nsecsElapsed() / 1000;
        }
        std::sort(packageTimes.begin(), packageTimes.end());
        out << "hand-off package of a two-document submission into a hot folder, as " << (zip ? "a ZIP" : "a folder") << ", "
            << runs << " runs: median " << packageTimes[packageTimes.size() / 2] / 1000.0 << " ms, worst "
            << packageTimes.last() / 1000.0 << " ms (goal: under 500 ms)\n";
        out.flush();
    }

    // 100,000 submissions with their register entries, written by SQL (the numbering itself is
    // measured by the ingest benches).
    const int rows = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 100000;
    QElapsedTimer t;
    t.start();
    const Status filled = ws.session().writeTransaction([&]() -> Status {
        QSqlQuery q(ws.session().db());
        const qint64 start = QDateTime::currentDateTimeUtc().addDays(-300).toMSecsSinceEpoch();
        if (!q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                   "INSERT INTO submission (status, source, content_hash, sender, sender_name, subject, "
                                   "received_ms, recipient, branch_id, document_names, verdict_rank) "
                                   "SELECT 'received', 'bench', randomblob(32), 'citizen' || i || '@example.com', "
                                   "'Громадянин ' || i, 'Копії документів', %2 + i * 250000, 'centr@example.com', 1, "
                                   "'Паспорт.pdf' || char(10) || 'РНОКПП.pdf', 0 FROM n")
                        .arg(rows)
                        .arg(start)))
            return ws.session().sqlError(q, QStringLiteral("fill"));
        if (!q.exec(QStringLiteral("INSERT INTO register_entry (number, year, prefix, sequence, submission_id, received_ms, "
                                   "sender, recipient, branch_id, documents) SELECT 'Ц-2026/' || printf('%06d', id), 2026, "
                                   "'Ц', id, id, received_ms, sender, recipient, 1, document_names FROM submission WHERE "
                                   "source = 'bench'")))
            return ws.session().sqlError(q, QStringLiteral("fill"));
        return {};
    });
    if (!filled) {
        out << "cannot fill: " << filled.error().message << "\n";
        return 1;
    }
    out << "filled " << rows << " submissions in " << t.elapsed() << " ms\n";
    guard.setSession(Role::Manager, QStringLiteral("Manager"));
    t.restart();
    const auto entries = Register(guard).entries({}, {});
    if (!entries || entries->size() < rows) {
        out << "cannot read the register: " << (entries ? QString::number(entries->size()) : entries.error().message) << "\n";
        return 1;
    }
    const qint64 read = t.elapsed();
    const QByteArray csv = Register::csv(*entries);
    out << "register export of " << entries->size() << " entries as CSV: " << t.elapsed() << " ms (read " << read << " ms), "
        << csv.size() / 1024 << " KiB (goal: under 5000 ms)\n";
    t.restart();
    const auto pdf = Register::pdf(entries->mid(0, 1000), {}, {}, QStringLiteral("Бучанський ліцей № 1"));
    if (!pdf)
        return 1;
    out << "register of 1000 entries as PDF/A: " << t.elapsed() << " ms, " << pdf->size() / 1024 << " KiB\n";
    return 0;
}
