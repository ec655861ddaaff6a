// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace kopii {

class SqlSession;

// One part of the diagnostics report (Help → Diagnostics): a heading and its lines, each a label
// and a value. What support needs to know about this installation and nothing about a citizen:
// no document, no name, РНОКПП or e-mail address of a sender; the layers that know the rest
// (crypto, mail, render) each add their own part.
struct DiagnosticsSection
{
    QString title;
    QList<std::pair<QString, QString>> rows;
};

class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    // Kopii's version, Qt's (built against and running), the system and the language.
    static DiagnosticsSection program();
    // Where the workspace is, its kind (SQLite) and schema version, and its size on disk.
    static DiagnosticsSection workspace(const QString &location, SqlSession &session);
    // The last warnings and errors Kopii's components logged (their messages carry no personal
    // data: see core/Log.h), newest last, once keepRecentErrors() has been called.
    static DiagnosticsSection recentErrors();
    // Keeps the last 50 warnings and errors of Kopii's logging categories (kopii.*) in memory,
    // passing every message on to the handler installed before. Once per process.
    static void keepRecentErrors();
    // The sections as plain text, for the clipboard and a support request.
    static QString text(const QList<DiagnosticsSection> &sections);
};

} // namespace kopii
