// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the clerk's inbox over 100,000 submissions (two documents each, verified): how long
// the list takes to open, to filter and to sort, and to jump to its end; peak memory. Prints
// numbers; asserts nothing about time (timings never fail a test).
//   bench_inbox [COUNT] [--server]   --server: on an office server (a private PostgreSQL cluster)
#include "ui/RecordModels.h"
#include "inbox/SubmissionSql.h"
#include "core/AccessGuard.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include "PostgresServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace kopii;

static long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const bool onServer = args.contains(QStringLiteral("--server"));
    int count = 100000;
    for (const QString &a : args.mid(1))
        if (a.toInt() > 0)
            count = a.toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ws"));
    QString fillPath; // the server is filled through its socket, and read by the desk over TLS
    SharedSecret password;
    test::PostgresServer server;
    if (onServer) {
        if (!server.start() || !server.createDatabase(QStringLiteral("inbox"))) {
            out << "PostgreSQL did not start: " << server.lastError << "\n";
            return 1;
        }
        path = server.tlsLocation(QStringLiteral("inbox"));
        fillPath = server.socketLocation(QStringLiteral("inbox"));
        password = share(Secret::fromString(server.adminPassword));
        out << "on an office server (PostgreSQL 15, TLS on loopback)\n";
    }
    QElapsedTimer t;
    {
        auto ws = Workspace::open(fillPath.isEmpty() ? path : fillPath, password);
        if (!ws)
            return 1;
        SqlSession &store = (*ws)->session();
        t.start();
        const QStringList names = {QStringLiteral("Шевченко Тарас"), QStringLiteral("Коваленко Олена"),
                                   QStringLiteral("Бондаренко Іван"), QStringLiteral("Мельник Андрій")};
        const QStringList verdicts = {QStringLiteral("valid"), QStringLiteral("valid"), QStringLiteral("valid-with-warnings"),
                                      QStringLiteral("invalid")};
        const QByteArray pdf(20 * 1024, 'p'), p7s(3 * 1024, 's');
        for (int batch = 0; batch < count; batch += 1000) {
            const Status s = store.writeTransaction([&]() -> Status {
                for (int i = batch; i < qMin(count, batch + 1000); ++i) {
                    Submission sub;
                    sub.source = QStringLiteral("bench");
                    sub.contentHash = QByteArray::number(i).rightJustified(32, '0');
                    sub.branchId = 1 + i % 5;
                    sub.serviceId = i % 3;
                    sub.sender = QStringLiteral("visitor%1@example.com").arg(i);
                    sub.senderName = QStringLiteral("Відвідувач %1").arg(i);
                    sub.subject = QStringLiteral("Дія: копії документів");
                    sub.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60);
                    for (const QString &stem : {QStringLiteral("Паспорт"), QStringLiteral("РНОКПП")}) {
                        DocumentCopy d;
                        d.kind = QStringLiteral("passport");
                        d.pdfName = stem + QStringLiteral(".pdf");
                        d.pdf = pdf;
                        d.p7sName = stem + QStringLiteral(".pdf.p7s");
                        d.p7s = p7s;
                        sub.documents << d;
                    }
                    const auto id = SubmissionSql(store).insertSubmission(sub, QByteArray("raw"));
                    if (!id)
                        return id.error();
                    const auto full = SubmissionSql(store).submission(*id);
                    for (const DocumentCopy &d : full->documents) {
                        StoredVerification v;
                        v.documentId = d.id;
                        v.verdict = verdicts.at(i % verdicts.size());
                        v.summary = v.verdict;
                        v.checksJson = QStringLiteral("[]");
                        v.signerName = names.at(i % names.size());
                        v.signerRnokpp = QString::number(3000000000LL + i);
                        v.verifiedAt = QDateTime::currentDateTimeUtc();
                        if (Status saved = SubmissionSql(store).saveVerification(v); !saved)
                            return saved;
                    }
                }
                return {};
            });
            if (!s) {
                out << "filling failed: " << s.error().message << "\n";
                return 1;
            }
        }
        out << "filled " << count << " submissions (2 documents each, verified) in " << t.elapsed() << " ms\n";
    }
    out.flush();
    const long rssBefore = peakRssMiB();

    // A fresh start, as a clerk opening Kopii in the morning.
    t.restart();
    auto ws = Workspace::open(path, password);
    if (!ws)
        return 1;
    AccessGuard guard((*ws)->session(), QStringLiteral("bench"));
    guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
    ui::SubmissionTableModel model(guard);
    model.setQuery({});
    // What a window shows at first: the first 40 rows.
    for (int r = 0; r < 40; ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.index(r, c).data();
    out << "open workspace and show the first rows of " << model.rowCount() << ": " << t.elapsed() << " ms\n";

    auto timed = [&](const char *what, const SubmissionQuery &q) {
        QElapsedTimer f;
        f.start();
        model.setQuery(q);
        for (int r = 0; r < qMin(40, model.rowCount()); ++r)
            (void)model.index(r, 1).data();
        out << what << ": " << f.elapsed() << " ms (" << model.rowCount() << " rows)\n";
    };
    SubmissionQuery q;
    q.text = QStringLiteral("відвідувач 9999");
    timed("search text (sender name)", q);
    q = {};
    q.text = QString::number(3000000000LL + 77777);
    timed("search RNOKPP", q);
    q = {};
    q.verdict = QStringLiteral("invalid");
    timed("filter by verdict", q);
    q.branchId = 3;
    q.state = QStringLiteral("new");
    timed("filter by verdict, branch and state", q);
    q = {};
    q.receivedFrom = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    timed("filter by period", q);
    q = {};
    timed("no filter", q);
    {
        QElapsedTimer f;
        f.start();
        model.sort(ui::SubmissionTableModel::Sender, Qt::AscendingOrder);
        (void)model.index(0, 0).data();
        out << "sort by sender: " << f.elapsed() << " ms\n";
        f.restart();
        model.sort(ui::SubmissionTableModel::VerdictColumn, Qt::DescendingOrder);
        (void)model.index(0, 0).data();
        out << "sort by verdict: " << f.elapsed() << " ms\n";
        f.restart();
        (void)model.index(model.rowCount() - 1, 0).data();
        out << "jump to the last row: " << f.elapsed() << " ms\n";
        f.restart();
        for (int r = 0; r < model.rowCount(); r += 997)
            (void)model.index(r, 0).data();
        out << "scroll through the whole list (a row every 997): " << f.elapsed() << " ms\n";
    }
    out << "peak RSS: " << peakRssMiB() << " MiB (" << rssBefore << " MiB after filling)\n";
    return 0;
}
