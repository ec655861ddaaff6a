// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkspaceImport.h"

#include "core/Log.h"
#include "core/Migrations.h"
#include "core/SqlSession.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace kopii {

namespace {
// Kopii's own bookkeeping of each database, which the target keeps.
const QStringList kOwnMeta = {QStringLiteral("application"), QStringLiteral("schema_version")};

// A value as the same bytes on both sides: SQLite and PostgreSQL hand integers, text and bytes
// back as different QVariant types of the same kind.
QByteArray canonical(const QSqlQuery &q, int column)
{
    // SQL NULL as the driver says, not QVariant's idea of null (an empty blob reads as a null
    // QByteArray, which is a value).
    if (q.isNull(column))
        return QByteArrayLiteral("N");
    const QVariant v = q.value(column);
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return "I" + QByteArray::number(v.toLongLong());
    case QMetaType::QByteArray: return "B" + v.toByteArray();
    default: return "T" + v.toString().toUtf8();
    }
}
} // namespace

Result<QStringList> WorkspaceImport::tables()
{
    QSqlQuery q(m_from.db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY "
                               "rowid")))
        return m_from.sqlError(q, tr("read the workspace"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QList<WorkspaceImport::Table>> WorkspaceImport::fingerprint(SqlSession &session, const QStringList &tables)
{
    QList<Table> result;
    for (const QString &table : tables) {
        QSqlQuery q(session.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return session.sqlError(q, tr("read the table %1").arg(table));
        QList<QByteArray> digests;
        const int columns = q.record().count();
        while (q.next()) {
            if (table == QLatin1String("kopii_meta") && kOwnMeta.contains(q.value(0).toString()))
                continue;
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int c = 0; c < columns; ++c) {
                const QByteArray bytes = canonical(q, c);
                row.addData(QByteArray::number(bytes.size()) + ':');
                row.addData(bytes);
            }
            digests << row.result();
        }
        std::sort(digests.begin(), digests.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &d : std::as_const(digests))
            all.addData(d);
        result << Table{table, qint64(digests.size()), QString::fromLatin1(all.result().toHex())};
    }
    return result;
}

Status WorkspaceImport::copy(const QString &table)
{
    QSqlQuery from(m_from.db());
    from.setForwardOnly(true);
    if (!from.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return m_from.sqlError(from, tr("read the table %1").arg(table));
    const QSqlRecord record = from.record();
    QStringList columns, marks;
    for (int c = 0; c < record.count(); ++c) {
        columns << record.fieldName(c);
        marks << QStringLiteral("?");
    }
    QSqlQuery to(m_to.db());
    to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                   .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    while (from.next()) {
        if (table == QLatin1String("kopii_meta") && kOwnMeta.contains(from.value(0).toString()))
            continue;
        for (int c = 0; c < record.count(); ++c) {
            // An empty text or blob is a value: bound as such, never as NULL (a null QString or
            // QByteArray binds as NULL).
            QVariant v = from.value(c);
            if (!from.isNull(c) && v.metaType().id() == QMetaType::QByteArray && v.toByteArray().isNull())
                v = QByteArray("");
            else if (!from.isNull(c) && v.metaType().id() == QMetaType::QString && v.toString().isNull())
                v = QStringLiteral("");
            to.bindValue(c, v);
        }
        if (!to.exec())
            return m_to.sqlError(to, tr("copy the table %1").arg(table));
    }
    return m_to.dialect().continueIdsAfter(m_to.db(), table, columns);
}

Result<QList<WorkspaceImport::Table>> WorkspaceImport::run()
{
    if (!m_from.dialect().embedded())
        return Error{Error::Code::Validation, tr("Only a workspace folder of a single desk can be moved onto a server."), {}};
    if (m_from.schemaVersion() != Migrations::latestVersion() || m_to.schemaVersion() != Migrations::latestVersion())
        return Error{Error::Code::NewerSchema,
                     tr("The workspace and the server must be of this Kopii's version: open each with it first."),
                     {}};
    const auto names = tables();
    if (!names)
        return names.error();
    // Only into a database that holds nothing yet (before `kopii-cli server init`).
    const auto before = fingerprint(m_to, *names);
    if (!before)
        return before.error();
    for (const Table &t : *before)
        if (t.rows > 0)
            return Error{Error::Code::Conflict,
                         tr("The server's database already holds records (%1 in %2): a workspace can be moved only into "
                            "a new, empty database, before \"kopii-cli server init\".")
                             .arg(t.rows)
                             .arg(t.name),
                         {}};
    const auto source = fingerprint(m_from, *names);
    if (!source)
        return source.error();
    const Status copied = m_to.writeTransaction([&]() -> Status {
        for (const QString &table : *names)
            if (Status s = copy(table); !s)
                return s;
        // Proven inside the transaction: what does not match is never committed.
        const auto target = fingerprint(m_to, *names);
        if (!target)
            return target.error();
        for (int i = 0; i < source->size(); ++i) {
            const Table &a = source->at(i), &b = target->at(i);
            if (a.rows != b.rows || a.sha256 != b.sha256)
                return Error{Error::Code::Internal,
                             tr("The copy of the table %1 differs from the workspace (%2 rows there, %3 here): nothing "
                                "was moved.")
                                 .arg(a.name)
                                 .arg(a.rows)
                                 .arg(b.rows),
                             {}};
        }
        return {};
    });
    if (!copied)
        return copied.error();
    qCInfo(lcStore) << "moved a workspace onto the server:" << source->size() << "tables";
    return *source;
}

} // namespace kopii
