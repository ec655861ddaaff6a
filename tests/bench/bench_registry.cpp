// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: how long the workspace takes to open and the guard to add and list records.
// Prints numbers; asserts nothing about time (timings never fail a test).
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "TestUtil.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kopii;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws"));
    const int branches = 1000, services = 300;
    QElapsedTimer t;

    t.start();
    auto ws = Workspace::open(path);
    if (!ws)
        return 1;
    out << "open new workspace: " << t.elapsed() << " ms\n";
    {
        AccessGuard guard((*ws)->session(), QStringLiteral("bench"));
        t.restart();
        QList<RecordId> ids;
        for (int i = 0; i < branches; ++i) {
            auto id = OrganizationRules(guard).addBranch(
                test::validBranch(QStringLiteral("Відділення %1").arg(i), QStringLiteral("b%1@example.com").arg(i)));
            if (!id)
                return 1;
            ids << *id;
        }
        const qint64 add = t.elapsed();
        out << "add " << branches << " branches: " << add << " ms (" << double(add) / branches << " ms each)\n";
        t.restart();
        for (int i = 0; i < services; ++i) {
            Service s;
            s.name = QStringLiteral("Послуга %1").arg(i);
            s.branchIds = {ids.at(i % branches), ids.at((i * 7) % branches)};
            s.documentKinds = {QStringLiteral("passport"), QStringLiteral("taxpayer-card")};
            if (!OrganizationRules(guard).addService(s))
                return 1;
        }
        out << "add " << services << " services: " << t.elapsed() << " ms\n";
        t.restart();
        const auto list = OrganizationRules(guard).branches();
        out << "list " << list->size() << " branches: " << t.elapsed() << " ms\n";
        t.restart();
        const auto slist = OrganizationRules(guard).services();
        out << "list " << slist->size() << " services: " << t.elapsed() << " ms\n";
    }
    ws = Error{};
    t.restart();
    ws = Workspace::open(path);
    out << "reopen workspace (" << branches << " branches): " << t.elapsed() << " ms\n";
    return ws ? 0 : 1;
}
