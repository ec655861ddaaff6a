// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs kopii-cli as a user would: a real process on a workspace, English messages, no terminal.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace kopii::test {

struct CliRun
{
    int code = -1; // -1: it did not finish in time
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QString &program, const QString &workspace, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, QStringList{QStringLiteral("--workspace"), workspace} + args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// `branch add` of the branch "Центр" (centr@example.com, Буча) the CLI tests receive for.
inline QStringList centreBranchArgs()
{
    return {QStringLiteral("branch"),     QStringLiteral("add"),
            QStringLiteral("--name"),     QStringLiteral("Центр"),
            QStringLiteral("--email"),    QStringLiteral("centr@example.com"),
            QStringLiteral("--region"),   QStringLiteral("Київська"),
            QStringLiteral("--district"), QStringLiteral("Бучанський"),
            QStringLiteral("--location"), QStringLiteral("Буча"),
            QStringLiteral("--street"),   QStringLiteral("вул. Вокзальна"),
            QStringLiteral("--house"),    QStringLiteral("1")};
}

} // namespace kopii::test
