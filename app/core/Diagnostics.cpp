// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Diagnostics.h"

#include "core/SqlSession.h"
#include "core/SqlDialect.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QStringList>
#include <QSysInfo>

#include <deque>

namespace kopii {

namespace {

constexpr std::size_t kKeptErrors = 50;

QMutex g_errorsMutex;
std::deque<QString> g_errors; // guarded by g_errorsMutex
QtMessageHandler g_previous = nullptr;

void keepingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category && qstrncmp(context.category, "kopii.", 6) == 0) {
        const QString line = QStringLiteral("%1 %2 %3: %4")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                      type == QtWarningMsg ? QStringLiteral("warning") : QStringLiteral("error"),
                                      QString::fromLatin1(context.category), message);
        const QMutexLocker lock(&g_errorsMutex);
        g_errors.push_back(line);
        while (g_errors.size() > kKeptErrors)
            g_errors.pop_front();
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

DiagnosticsSection Diagnostics::program()
{
    return {tr("Program"),
            {{tr("Kopii"), QStringLiteral(KOPII_VERSION)},
             {tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
             {tr("System"), QSysInfo::prettyProductName() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture()},
             {tr("Language"), QLocale().name()}}};
}

DiagnosticsSection Diagnostics::workspace(const QString &location, SqlSession &session)
{
    qint64 bytes = 0;
    const QFileInfo database(session.db().databaseName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(database.filePath() + suffix).size();
    return {tr("Workspace"),
            {{tr("Location"), QDir::toNativeSeparators(location)},
             {tr("Kind"),
              session.dialect().name() == QLatin1String("sqlite") ? tr("this computer (SQLite)") : session.dialect().name()},
             {tr("Schema version"), QString::number(session.schemaVersion())},
             {tr("Size on disk"), QLocale().formattedDataSize(bytes)}}};
}

DiagnosticsSection Diagnostics::recentErrors()
{
    DiagnosticsSection section{tr("Recent warnings and errors"), {}};
    const QMutexLocker lock(&g_errorsMutex);
    if (g_errors.empty())
        section.rows.append({QString(), tr("none since Kopii started")});
    for (const QString &line : g_errors)
        section.rows.append({QString(), line});
    return section;
}

void Diagnostics::keepRecentErrors()
{
    static const bool installed = [] {
        g_previous = qInstallMessageHandler(keepingHandler);
        return true;
    }();
    Q_UNUSED(installed)
}

QString Diagnostics::text(const QList<DiagnosticsSection> &sections)
{
    QStringList lines;
    for (const DiagnosticsSection &s : sections) {
        if (!lines.isEmpty())
            lines << QString();
        lines << QStringLiteral("== %1 ==").arg(s.title);
        for (const auto &[label, value] : s.rows)
            lines << (label.isEmpty() ? value : QStringLiteral("%1: %2").arg(label, value));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace kopii
