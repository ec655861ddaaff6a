// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-test-desk LOCATION: a desk's process for the office server's tests. It connects as a
// person (the password in KOPII_TEST_DESK_PASSWORD, never on the command line), listens for new
// submissions with the desk's own code (SubmissionNotices), and for each notice reads those the
// person may see (SubmissionSql, under the server's row-level security) as a desk's inbox does,
// printing "seen ID MESSAGE-ID". It prints "listening" once ready, and ends when its input closes.
#include "core/SqlSession.h"
#include "inbox/SubmissionNotices.h"
#include "inbox/SubmissionSql.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace kopii;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: kopii-test-desk LOCATION" << Qt::endl;
        return 2;
    }
    auto session = SqlSession::open(QString::fromLocal8Bit(argv[1]),
                                    share(Secret::fromString(qEnvironmentVariable("KOPII_TEST_DESK_PASSWORD"))));
    if (!session) {
        out << "error " << session.error().message << Qt::endl;
        return 1;
    }
    SubmissionNotices notices(**session);
    if (!notices.listening()) {
        out << "error not listening" << Qt::endl;
        return 1;
    }
    QObject::connect(&notices, &SubmissionNotices::arrived, [&](const QList<RecordId> &ids) {
        out << "notice " << ids.size() << Qt::endl;
        const auto seen = SubmissionSql(**session).submissionsByIds(ids);
        if (!seen) {
            out << "error " << seen.error().message << Qt::endl;
            return;
        }
        for (const Submission &s : *seen)
            out << "seen " << s.id << ' ' << s.messageId << Qt::endl;
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    out << "listening" << Qt::endl;
    return app.exec();
}
