// kopii-test-holder: plays "another program" for the tests.
//   kopii-test-holder workspace DIR   opens the workspace (and so holds its lock)
//   kopii-test-holder sqlite FILE     holds an exclusive SQLite write lock on FILE
//   kopii-test-holder lockfile FILE   holds a QLockFile at FILE (as a running Kopii holds its own)
// It prints "ready" once it holds the lock and lets go when its standard input closes.
#include "Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: kopii-test-holder workspace DIR | sqlite FILE | lockfile FILE\n";
        return 2;
    }
    std::unique_ptr<kopii::Workspace> workspace;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock;
    if (args.at(1) == QLatin1String("lockfile")) {
        lock = std::make_unique<QLockFile>(args.at(2));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            QTextStream(stderr) << "cannot lock " << args.at(2) << '\n';
            return 1;
        }
    } else if (args.at(1) == QLatin1String("workspace")) {
        auto ws = kopii::Workspace::open(args.at(2));
        if (!ws) {
            QTextStream(stderr) << ws.error().message << '\n';
            return 1;
        }
        workspace = std::move(ws).value();
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(args.at(2));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            QTextStream(stderr) << q.lastError().text() << '\n';
            return 1;
        }
    }
    out << "ready" << Qt::endl;
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) {
    }
    return 0;
}
