// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-test-holder: plays "another program" for the tests.
//   kopii-test-holder workspace DIR   opens the workspace (and so holds its lock)
//   kopii-test-holder sqlite FILE     holds an exclusive SQLite write lock on FILE
//   kopii-test-holder lockfile FILE   holds a QLockFile at FILE (as a running Kopii holds its own)
//   kopii-test-holder imap-greeter -  listens on 127.0.0.1 (prints "ready PORT"), greets one client
//                                     as an IMAP server and prints "got LINE" for what it sends
// It prints "ready" once it holds the lock and lets go when its standard input closes.
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QTcpServer>
#include <QTcpSocket>
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
    if (args.at(1) == QLatin1String("imap-greeter")) {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            QTextStream(stderr) << "cannot listen\n";
            return 1;
        }
        out << "ready " << server.serverPort() << Qt::endl;
        if (!server.waitForNewConnection(30000))
            return 1;
        QTcpSocket *client = server.nextPendingConnection();
        client->write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] greeter ready\r\n");
        client->waitForBytesWritten(5000);
        QByteArray received;
        while (client->state() == QAbstractSocket::ConnectedState && client->waitForReadyRead(5000))
            received += client->readAll();
        for (const QByteArray &line : received.split('\n'))
            if (!line.trimmed().isEmpty())
                out << "got " << line.trimmed() << Qt::endl;
        out << "closed" << Qt::endl;
        return 0;
    }
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
    while (std::fgets(buffer, sizeof buffer, stdin)) {}
    return 0;
}
