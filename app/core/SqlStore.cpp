#include "core/SqlStore.h"

#include "core/FileWipe.h"

#include "core/Log.h"
#include "core/Migrations.h"
#include "core/Validator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
QAtomicInt g_connectionCounter;

// A null QString binds as SQL NULL; the schema keeps empty text as ''.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString branchColumns()
{
    return QStringLiteral("id, name, email, region, district, location, street, house, "
                          "custom_full_name, custom_full_address, note");
}

Branch branchFromQuery(const QSqlQuery &q)
{
    Branch b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.email = q.value(2).toString();
    b.region = q.value(3).toString();
    b.district = q.value(4).toString();
    b.location = q.value(5).toString();
    b.street = q.value(6).toString();
    b.house = q.value(7).toString();
    b.customFullName = q.value(8).toString();
    b.customFullAddress = q.value(9).toString();
    b.note = q.value(10).toString();
    return b;
}

void bindBranch(QSqlQuery &q, const Branch &b)
{
    q.addBindValue(text(b.name));
    q.addBindValue(text(Validator::duplicateKey(b.name)));
    q.addBindValue(text(b.email));
    q.addBindValue(text(Validator::duplicateKey(b.email)));
    q.addBindValue(text(b.region));
    q.addBindValue(text(b.district));
    q.addBindValue(text(b.location));
    q.addBindValue(text(b.street));
    q.addBindValue(text(b.house));
    q.addBindValue(text(b.customFullName));
    q.addBindValue(text(b.customFullAddress));
    q.addBindValue(text(b.note));
}
} // namespace

SqlStore::SqlStore(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString path)
    : m_dialect(std::move(dialect)), m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

SqlStore::~SqlStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlStore>> SqlStore::openSqlite(const QString &path)
{
    return open(std::make_unique<SqliteDialect>(), path);
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(std::unique_ptr<SqlDialect> dialect, const QString &path)
{
    const QString name = QStringLiteral("kopii-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<SqlStore> store(new SqlStore(std::move(dialect), name, path));
    if (auto s = store->probe(); !s)
        return s.error();
    if (auto s = store->connect(); !s)
        return s.error();
    return store;
}

Error SqlStore::describe(Error::Code code, const QString &detail, const QString &what) const
{
    QString message;
    switch (code) {
    case Error::Code::Locked:
        message = tr("The workspace database %1 is in use by another program, so Kopii could not %2. "
                     "Close the other program (or wait until it finishes) and try again.")
                      .arg(m_path, what);
        break;
    case Error::Code::Corrupt:
        message = tr("The workspace database %1 is damaged or is not a database (%2). Kopii has not changed "
                     "it. Restore it from a backup copy, or choose another workspace.")
                      .arg(m_path, detail);
        break;
    case Error::Code::ReadOnly:
        message = tr("The workspace database %1 cannot be written, so Kopii could not %2. Check that the "
                     "folder and the file belong to you and that the disk is not read-only.")
                      .arg(m_path, what);
        break;
    default:
        message = tr("The workspace database %1 reported an error when Kopii tried to %2: %3")
                      .arg(m_path, what, detail);
        break;
    }
    return Error{code, message, {}};
}

Error SqlStore::dbError(const QSqlError &error, const QString &what) const
{
    const Error::Code code = m_dialect->classify(error);
    qCWarning(lcStore) << "database error:" << errorCodeName(code) << "native code" << error.nativeErrorCode();
    return describe(code, error.text(), what);
}

Result<QList<RecordId>> SqlStore::readIds(const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, what);
    QList<RecordId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Error SqlStore::sqlError(const QSqlQuery &query, const QString &what) const
{
    return dbError(query.lastError(), what);
}

Status SqlStore::probe()
{
    // A read-only look first: nothing is written to a database we are going to refuse.
    const QFileInfo info(m_path);
    if (!info.exists() || info.size() == 0)
        return {};
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), probeName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_dialect->connectOptions(true));
        if (!db.open()) {
            result = dbError(db.lastError(), tr("open the database"));
        } else if (const auto empty = m_dialect->isEmpty(db); !empty) {
            result = describe(empty.error().code, empty.error().message, tr("read the database"));
        } else if (!*empty) {
            const auto ours = m_dialect->hasTable(db, QStringLiteral("kopii_meta"));
            const auto version = Migrations::currentVersion(db, *m_dialect);
            if (!ours) {
                result = describe(ours.error().code, ours.error().message, tr("read the database"));
            } else if (!*ours) {
                result = Error{Error::Code::Corrupt,
                               tr("The file %1 is not a Kopii workspace database (it holds other tables). "
                                  "Kopii has not changed it. Choose another workspace folder.")
                                   .arg(m_path),
                               {}};
            } else if (!version) {
                result = describe(version.error().code, version.error().message, tr("read the database"));
            } else if (const auto check = m_dialect->checkIntegrity(db, true); !check) {
                result = describe(check.error().code, check.error().message, tr("check the database"));
            } else if (*version > Migrations::latestVersion()) {
                result = Error{Error::Code::NewerSchema,
                               tr("The workspace database %1 was written by a newer version of Kopii "
                                  "(database version %2, this Kopii knows up to %3). Kopii has not changed "
                                  "it. Install the newer Kopii to open this workspace.")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(Migrations::latestVersion()),
                               {}};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return result;
}

Status SqlStore::connect()
{
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_dialect->connectOptions(false));
    if (!m_db.open())
        return dbError(m_db.lastError(), tr("open the database"));
    if (auto s = m_dialect->configure(m_db); !s)
        return describe(s.error().code, s.error().message, tr("prepare the database"));

    auto version = Migrations::currentVersion(m_db, *m_dialect);
    if (!version)
        return describe(version.error().code, version.error().message, tr("read the database"));
    if (*version > Migrations::latestVersion()) // written by a newer Kopii between probe and open
        return Error{Error::Code::NewerSchema,
                     tr("The workspace database %1 was written by a newer version of Kopii.").arg(m_path), {}};
    if (*version < Migrations::latestVersion()) {
        if (*version > 0) {
            if (auto s = m_dialect->checkIntegrity(m_db, false); !s)
                return describe(Error::Code::Corrupt, s.error().message, tr("check the database"));
            const QString backup = QStringLiteral("%1.v%2.bak").arg(m_path).arg(*version);
            if (!QFileInfo::exists(backup)) {
                if (auto s = m_dialect->backupTo(m_db, backup); !s)
                    return Error{s.error().code,
                                 tr("Could not save a backup copy of the workspace database to %1 before "
                                    "upgrading it: %2")
                                     .arg(backup, s.error().message),
                                 {}};
                qCInfo(lcStore) << "saved a copy of the version" << *version << "database before upgrading";
            }
        }
        if (auto s = Migrations::migrate(m_db, *m_dialect); !s)
        return describe(s.error().code, s.error().message, tr("upgrade the database"));
        if (*version > 0 && *version < 9) { // the entries written before the chain existed
            m_version = Migrations::latestVersion();
            if (Status s = writeTransaction([this] { return sealUnsealedAudit(); }); !s)
                return s;
        }
    } else if (!upgradeBackups().isEmpty()) {
        // The upgrade is proven: this start opened the upgraded database and finds it sound. The
        // copy saved before it holds every document of its day (deleted ones too): removed.
        if (Status sound = m_dialect->checkIntegrity(m_db, true); !sound)
            qCWarning(lcStore) << "kept the copy saved before the upgrade: the database is not sound";
        else if (Status removed = removeUpgradeBackups(); !removed)
            qCWarning(lcStore) << "the copy saved before the upgrade could not be removed";
    }
    // What a crash left in the journal (deleted documents among it) goes now.
    if (Status scrubbed = m_dialect->scrubFreedPages(m_db); !scrubbed)
        qCInfo(lcStore) << "the journal could not be checkpointed at the start:" << scrubbed.error().message;
    m_version = Migrations::latestVersion();
    // Submissions stored before version 11 (or whose summary an interrupted upgrade left out).
    return refreshStaleSummaries();
}

Status SqlStore::writeTransaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) // nested: part of the outer transaction
        return work();
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect->beginWriteStatement()))
        return sqlError(q, tr("start a change"));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        if (q.exec(QStringLiteral("COMMIT")))
            return result;
        result = sqlError(q, tr("save the change"));
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    return result;
}

Result<std::optional<Organization>> SqlStore::organization()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, kind, code, head_full_name FROM organization WHERE id = 1")))
        return sqlError(q, tr("read the organization"));
    if (!q.next())
        return std::optional<Organization>();
    Organization org;
    org.name = q.value(0).toString();
    organizationKindFromId(q.value(1).toString(), &org.kind);
    org.code = q.value(2).toString();
    org.headFullName = q.value(3).toString();
    return std::optional<Organization>(org);
}

Status SqlStore::saveOrganization(const Organization &org)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO organization (id, name, kind, code, head_full_name) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
        "code = excluded.code, head_full_name = excluded.head_full_name"));
    q.addBindValue(text(org.name));
    q.addBindValue(organizationKindId(org.kind));
    q.addBindValue(text(org.code));
    q.addBindValue(text(org.headFullName));
    if (!q.exec())
        return sqlError(q, tr("save the organization"));
    return {};
}

Result<QList<Branch>> SqlStore::branches()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM branch ORDER BY name_key, id").arg(branchColumns())))
        return sqlError(q, tr("read the branches"));
    QList<Branch> list;
    while (q.next())
        list << branchFromQuery(q);
    return list;
}

Result<Branch> SqlStore::branch(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM branch WHERE id = ?").arg(branchColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("read a branch"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(id), {}};
    return branchFromQuery(q);
}

Result<RecordId> SqlStore::insertBranch(const Branch &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO branch (name, name_key, email, email_key, region, district, location, street, house, "
        "custom_full_name, custom_full_address, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindBranch(q, b);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("add the branch"));
    return q.value(0).toLongLong();
}

Status SqlStore::updateBranch(const Branch &b)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE branch SET name = ?, name_key = ?, email = ?, email_key = ?, region = ?, district = ?, "
        "location = ?, street = ?, house = ?, custom_full_name = ?, custom_full_address = ?, note = ? "
        "WHERE id = ?"));
    bindBranch(q, b);
    q.addBindValue(b.id);
    if (!q.exec())
        return sqlError(q, tr("change the branch"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(b.id), {}};
    return {};
}

Status SqlStore::deleteBranch(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM branch WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("remove the branch"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(id), {}};
    return {};
}

Result<QList<Service>> SqlStore::loadServices(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, return_link FROM service %1 ORDER BY name_key, id").arg(where));
    for (const auto &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, tr("read the services"));
    QList<Service> list;
    while (q.next()) {
        Service s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.returnLink = q.value(2).toString();
        list << s;
    }
    QSqlQuery links(m_db);
    links.prepare(QStringLiteral("SELECT branch_id FROM service_branch WHERE service_id = ? ORDER BY branch_id"));
    QSqlQuery docs(m_db);
    docs.prepare(QStringLiteral("SELECT kind FROM service_document WHERE service_id = ? ORDER BY position"));
    for (Service &s : list) {
        links.addBindValue(s.id);
        if (!links.exec())
            return sqlError(links, tr("read the services"));
        while (links.next())
            s.branchIds << links.value(0).toLongLong();
        docs.addBindValue(s.id);
        if (!docs.exec())
            return sqlError(docs, tr("read the services"));
        while (docs.next())
            s.documentKinds << docs.value(0).toString();
    }
    return list;
}

Result<QList<Service>> SqlStore::services()
{
    return loadServices(QString(), {});
}

Result<Service> SqlStore::service(RecordId id)
{
    auto list = loadServices(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(id), {}};
    return list->first();
}

Result<QList<Service>> SqlStore::servicesAtBranch(RecordId branchId)
{
    return loadServices(
        QStringLiteral("WHERE id IN (SELECT service_id FROM service_branch WHERE branch_id = ?)"), {branchId});
}

Status SqlStore::writeServiceLinks(const Service &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM service_branch WHERE service_id = ?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(q, tr("save the service's branches"));
    q.prepare(QStringLiteral("DELETE FROM service_document WHERE service_id = ?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(q, tr("save the service's documents"));
    q.prepare(QStringLiteral("INSERT INTO service_branch (service_id, branch_id) VALUES (?, ?)"));
    for (RecordId b : s.branchIds) {
        q.addBindValue(s.id);
        q.addBindValue(b);
        if (!q.exec())
            return sqlError(q, tr("save the service's branches"));
    }
    q.prepare(QStringLiteral("INSERT INTO service_document (service_id, position, kind) VALUES (?, ?, ?)"));
    int position = 0;
    for (const QString &kind : s.documentKinds) {
        q.addBindValue(s.id);
        q.addBindValue(position++);
        q.addBindValue(text(kind));
        if (!q.exec())
            return sqlError(q, tr("save the service's documents"));
    }
    return {};
}

Result<RecordId> SqlStore::insertService(const Service &service)
{
    Service s = service;
    const Status status = writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO service (name, name_key, return_link) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(text(s.name));
        q.addBindValue(text(Validator::duplicateKey(s.name)));
        q.addBindValue(text(s.returnLink));
        if (!q.exec() || !q.next())
            return sqlError(q, tr("add the service"));
        s.id = q.value(0).toLongLong();
        q.finish();
        return writeServiceLinks(s);
    });
    if (!status)
        return status.error();
    return s.id;
}

Status SqlStore::updateService(const Service &s)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE service SET name = ?, name_key = ?, return_link = ? WHERE id = ?"));
        q.addBindValue(text(s.name));
        q.addBindValue(text(Validator::duplicateKey(s.name)));
        q.addBindValue(text(s.returnLink));
        q.addBindValue(s.id);
        if (!q.exec())
            return sqlError(q, tr("change the service"));
        if (q.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(s.id), {}};
        return writeServiceLinks(s);
    });
}

Status SqlStore::deleteService(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM service WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("remove the service"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(id), {}};
    return {};
}

namespace {
constexpr auto kAuditHead = "audit_head"; // "<id>:<seal>" of the newest entry, to notice a cut-off tail
}

Status SqlStore::sealUnsealedAudit()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal "
                               "FROM audit_log ORDER BY id")))
        return sqlError(q, tr("read the audit log"));
    QString previous;
    QList<std::pair<RecordId, QString>> seals;
    RecordId last = 0;
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                     q.value(6).toString(), q.value(7).toString()};
        if (e.hash.isEmpty()) {
            e.hash = auditSeal(previous, e);
            seals.append({e.id, e.hash});
        }
        previous = e.hash;
        last = e.id;
    }
    q.finish();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE audit_log SET seal = ? WHERE id = ?"));
    for (const auto &[id, seal] : seals) {
        u.addBindValue(seal);
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u, tr("write the audit log"));
    }
    if (last == 0)
        return {};
    return setMeta(QString::fromLatin1(kAuditHead), QStringLiteral("%1:%2").arg(last).arg(previous));
}

Status SqlStore::appendAudit(const AuditEntry &entry)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT id, seal FROM audit_log ORDER BY id DESC LIMIT 1")))
            return sqlError(last, tr("write the audit log"));
        AuditEntry e = entry;
        QString previous;
        e.id = 1;
        if (last.next()) {
            e.id = last.value(0).toLongLong() + 1;
            previous = last.value(1).toString();
        }
        last.finish();
        e.time = QDateTime::fromMSecsSinceEpoch(e.time.toMSecsSinceEpoch(), Qt::UTC);
        e.actor = text(e.actor).toString();
        e.action = text(e.action).toString();
        e.objectType = text(e.objectType).toString();
        e.summary = text(e.summary).toString();
        e.hash = auditSeal(previous, e);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO audit_log (id, time_ms, actor, action, object_type, object_id, summary, seal) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.id);
        q.addBindValue(e.time.toMSecsSinceEpoch());
        q.addBindValue(e.actor);
        q.addBindValue(e.action);
        q.addBindValue(e.objectType);
        q.addBindValue(e.objectId);
        q.addBindValue(e.summary);
        q.addBindValue(e.hash);
        if (!q.exec())
            return sqlError(q, tr("write the audit log"));
        return setMeta(QString::fromLatin1(kAuditHead), QStringLiteral("%1:%2").arg(e.id).arg(e.hash));
    });
}

Result<AuditCheck> SqlStore::verifyAuditChain()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal "
                               "FROM audit_log ORDER BY id")))
        return sqlError(q, tr("read the audit log"));
    AuditCheck check;
    QString previous;
    RecordId lastId = 0;
    while (q.next()) {
        const AuditEntry e{q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                           q.value(6).toString(), q.value(7).toString()};
        ++check.entries;
        if (e.id != lastId + 1) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("removed-before");
            return check;
        }
        if (e.hash.isEmpty()) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("missing-seal");
            return check;
        }
        if (auditSeal(previous, e) != e.hash) {
            check.brokenAt = e.id;
            check.problem = QStringLiteral("edited");
            return check;
        }
        previous = e.hash;
        lastId = e.id;
    }
    q.finish();
    const auto head = meta(QString::fromLatin1(kAuditHead));
    if (!head)
        return head.error();
    const QString expected = lastId == 0 ? QString() : QStringLiteral("%1:%2").arg(lastId).arg(previous);
    if (*head != expected) {
        check.brokenAt = head->section(QLatin1Char(':'), 0, 0).toLongLong();
        if (check.brokenAt == 0)
            check.brokenAt = lastId;
        check.problem = QStringLiteral("removed-after");
    }
    return check;
}

Result<QList<AuditEntry>> SqlStore::auditLog(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, time_ms, actor, action, object_type, object_id, summary, seal FROM audit_log "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, tr("read the audit log"));
    QList<AuditEntry> list;
    while (q.next())
        list << AuditEntry{q.value(0).toLongLong(),
                           QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString(),
                           q.value(5).toLongLong(),
                           q.value(6).toString(),
                           q.value(7).toString()};
    return list;
}

Result<QString> SqlStore::meta(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM kopii_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, tr("read the workspace settings"));
    return q.next() ? q.value(0).toString() : QString();
}

Status SqlStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM kopii_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, tr("write the workspace settings"));
    q.prepare(QStringLiteral("INSERT INTO kopii_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(text(value));
    if (!q.exec())
        return sqlError(q, tr("write the workspace settings"));
    return {};
}

namespace {
Employee employeeFrom(const QSqlQuery &q)
{
    Employee e;
    e.rnokpp = q.value(0).toString();
    e.fullName = q.value(1).toString();
    roleFromId(q.value(2).toString(), &e.role);
    e.added = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    return e;
}
} // namespace

Result<QList<Employee>> SqlStore::employees()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rnokpp, full_name, role, added_ms FROM employee ORDER BY full_name, rnokpp")))
        return sqlError(q, tr("read the employees"));
    QList<Employee> list;
    while (q.next())
        list << employeeFrom(q);
    return list;
}

Result<std::optional<Employee>> SqlStore::employee(const QString &rnokpp)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rnokpp, full_name, role, added_ms FROM employee WHERE rnokpp = ?"));
    q.addBindValue(rnokpp);
    if (!q.exec())
        return sqlError(q, tr("read the employees"));
    if (!q.next())
        return std::optional<Employee>();
    return std::optional<Employee>(employeeFrom(q));
}

Status SqlStore::saveEmployee(const Employee &e)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM employee WHERE rnokpp = ?"));
        q.addBindValue(e.rnokpp);
        if (!q.exec())
            return sqlError(q, tr("save the employee"));
        q.prepare(QStringLiteral("INSERT INTO employee (rnokpp, full_name, role, added_ms) VALUES (?, ?, ?, ?)"));
        q.addBindValue(text(e.rnokpp));
        q.addBindValue(text(e.fullName));
        q.addBindValue(roleId(e.role));
        q.addBindValue(e.added.toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(q, tr("save the employee"));
        return {};
    });
}

Status SqlStore::deleteEmployee(const QString &rnokpp)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM employee WHERE rnokpp = ?"));
    q.addBindValue(rnokpp);
    if (!q.exec())
        return sqlError(q, tr("remove the employee"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no employee with the RNOKPP %1.").arg(rnokpp), {}};
    return {};
}

Result<QList<TrustEntry>> SqlStore::trustEntries()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, kind, der, subject, source, added_ms, addresses, role, withdrawn_ms FROM trust_entry "
                               "ORDER BY added_ms, sha256")))
        return sqlError(q, tr("read the trust store"));
    QList<TrustEntry> list;
    while (q.next()) {
        TrustEntry t;
        t.sha256 = q.value(0).toString();
        t.kind = q.value(1).toString() == QLatin1String("crl") ? TrustEntry::Kind::Crl : TrustEntry::Kind::Certificate;
        t.der = q.value(2).toByteArray();
        t.subject = q.value(3).toString();
        t.source = q.value(4).toString();
        t.added = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        t.addresses = q.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        t.role = trustRoleFromId(q.value(7).toString());
        if (const qint64 withdrawn = q.value(8).toLongLong(); withdrawn > 0)
            t.withdrawn = QDateTime::fromMSecsSinceEpoch(withdrawn, Qt::UTC);
        list << t;
    }
    return list;
}

Status SqlStore::insertTrustEntry(const TrustEntry &t)
{
    QSqlQuery q(m_db);
    // An entry known already takes the new role and withdrawal (the trust store decides them) and
    // new addresses; its source and the time it was first added stay.
    q.prepare(QStringLiteral("INSERT INTO trust_entry (sha256, kind, der, subject, source, added_ms, addresses, role, withdrawn_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET role = excluded.role, "
                             "withdrawn_ms = excluded.withdrawn_ms, addresses = CASE WHEN excluded.addresses <> '' "
                             "THEN excluded.addresses ELSE trust_entry.addresses END"));
    q.addBindValue(t.sha256);
    q.addBindValue(t.kind == TrustEntry::Kind::Crl ? QStringLiteral("crl") : QStringLiteral("certificate"));
    q.addBindValue(t.der);
    q.addBindValue(text(t.subject));
    q.addBindValue(text(t.source));
    q.addBindValue(t.added.toMSecsSinceEpoch());
    q.addBindValue(text(t.addresses.join(QLatin1Char('\n'))));
    q.addBindValue(trustRoleId(t.role));
    q.addBindValue(t.withdrawn.isValid() ? t.withdrawn.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return sqlError(q, tr("write the trust store"));
    return {};
}

Result<QList<OcspAnswer>> SqlStore::ocspAnswers()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT cert_key, response, fetched_ms, next_update_ms FROM ocsp_response")))
        return sqlError(q, tr("read the revocation answers"));
    QList<OcspAnswer> list;
    while (q.next()) {
        OcspAnswer a;
        a.key = QByteArray::fromHex(q.value(0).toString().toLatin1());
        a.response = q.value(1).toByteArray();
        a.fetched = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        if (const qint64 next = q.value(3).toLongLong(); next > 0)
            a.nextUpdate = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        list << a;
    }
    return list;
}

Status SqlStore::saveOcspAnswers(const QList<OcspAnswer> &answers, const QDateTime &now)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO ocsp_response (cert_key, response, fetched_ms, next_update_ms) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (cert_key) DO UPDATE SET response = excluded.response, "
                                 "fetched_ms = excluded.fetched_ms, next_update_ms = excluded.next_update_ms"));
        for (const OcspAnswer &a : answers) {
            q.addBindValue(QString::fromLatin1(a.key.toHex()));
            q.addBindValue(a.response);
            q.addBindValue(a.fetched.toMSecsSinceEpoch());
            q.addBindValue(a.nextUpdate.isValid() ? a.nextUpdate.toMSecsSinceEpoch() : qint64(0));
            if (!q.exec())
                return sqlError(q, tr("save the revocation answers"));
        }
        QSqlQuery prune(m_db);
        prune.prepare(QStringLiteral("DELETE FROM ocsp_response WHERE (next_update_ms > 0 AND next_update_ms < ?) "
                                     "OR (next_update_ms = 0 AND fetched_ms < ?)"));
        const qint64 weekAgo = now.addDays(-7).toMSecsSinceEpoch();
        prune.addBindValue(weekAgo);
        prune.addBindValue(weekAgo);
        if (!prune.exec())
            return sqlError(prune, tr("save the revocation answers"));
        return {};
    });
}

Status SqlStore::deleteTrustEntry(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM trust_entry WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec())
        return sqlError(q, tr("write the trust store"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("The trust store has no entry %1.").arg(sha256), {}};
    return {};
}

Result<QList<SignedDocument>> SqlStore::signedDocuments(const QString &kind)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, file_name, pdf, signature, signer_name, signer_rnokpp, signed_ms "
                             "FROM signed_document WHERE kind = ? ORDER BY signed_ms DESC, id DESC"));
    q.addBindValue(kind);
    if (!q.exec())
        return sqlError(q, tr("read the signed documents"));
    QList<SignedDocument> list;
    while (q.next()) {
        SignedDocument d;
        d.id = q.value(0).toLongLong();
        d.kind = q.value(1).toString();
        d.fileName = q.value(2).toString();
        d.pdf = q.value(3).toByteArray();
        d.signature = q.value(4).toByteArray();
        d.signerName = q.value(5).toString();
        d.signerRnokpp = q.value(6).toString();
        d.signedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        list << d;
    }
    return list;
}

Result<RecordId> SqlStore::insertSignedDocument(const SignedDocument &d)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO signed_document (kind, file_name, pdf, signature, signer_name, signer_rnokpp, "
                             "signed_ms) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.kind);
    q.addBindValue(text(d.fileName));
    q.addBindValue(d.pdf);
    q.addBindValue(d.signature);
    q.addBindValue(text(d.signerName));
    q.addBindValue(text(d.signerRnokpp));
    q.addBindValue(d.signedAt.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return sqlError(q, tr("save the signed document"));
    return q.value(0).toLongLong();
}

Result<QList<PosterCode>> SqlStore::posterCodes()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, service_id, branch_id, kind, text, source, added_ms, expires_ms "
                               "FROM poster_code ORDER BY service_id, branch_id")))
        return sqlError(q, tr("read the QR codes"));
    QList<PosterCode> list;
    while (q.next()) {
        PosterCode c;
        c.id = q.value(0).toLongLong();
        c.serviceId = q.value(1).toLongLong();
        c.branchId = q.value(2).toLongLong();
        c.kind = q.value(3).toString() == QLatin1String("signed") ? PosterCode::Kind::Signed : PosterCode::Kind::Portal;
        c.text = q.value(4).toString();
        c.source = q.value(5).toString();
        c.added = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        const qint64 expires = q.value(7).toLongLong();
        if (expires)
            c.expires = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
        list << c;
    }
    return list;
}

Status SqlStore::savePosterCode(const PosterCode &c)
{
    return writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM poster_code WHERE service_id = ? AND branch_id = ?"));
        q.addBindValue(c.serviceId);
        q.addBindValue(c.branchId);
        if (!q.exec())
            return sqlError(q, tr("save the QR code"));
        q.prepare(QStringLiteral("INSERT INTO poster_code (service_id, branch_id, kind, text, source, added_ms, expires_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.serviceId);
        q.addBindValue(c.branchId);
        q.addBindValue(c.kind == PosterCode::Kind::Signed ? QStringLiteral("signed") : QStringLiteral("portal"));
        q.addBindValue(text(c.text));
        q.addBindValue(text(c.source));
        q.addBindValue(c.added.toMSecsSinceEpoch());
        q.addBindValue(c.expires.isValid() ? c.expires.toMSecsSinceEpoch() : qint64(0));
        if (!q.exec())
            return sqlError(q, tr("save the QR code"));
        return {};
    });
}

Status SqlStore::deletePosterCode(RecordId serviceId, RecordId branchId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM poster_code WHERE service_id = ? AND branch_id = ?"));
    q.addBindValue(serviceId);
    q.addBindValue(branchId);
    if (!q.exec())
        return sqlError(q, tr("remove the QR code"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no QR code for this service at this branch."), {}};
    return {};
}

namespace {

Submission submissionFrom(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.status = q.value(1).toString() == QLatin1String("failed") ? Submission::Status::Failed : Submission::Status::Received;
    s.failure = q.value(2).toString();
    s.source = q.value(3).toString();
    s.mailboxId = q.value(4).toLongLong();
    s.branchId = q.value(5).toLongLong();
    s.messageId = q.value(6).toString();
    s.contentHash = q.value(7).toByteArray();
    s.sender = q.value(8).toString();
    s.senderName = q.value(9).toString();
    s.subject = q.value(10).toString();
    if (const qint64 sent = q.value(11).toLongLong())
        s.sentAt = QDateTime::fromMSecsSinceEpoch(sent, Qt::UTC);
    s.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    s.recipient = q.value(13).toString();
    s.state = q.value(14).toString();
    if (const qint64 p = q.value(15).toLongLong())
        s.processedAt = QDateTime::fromMSecsSinceEpoch(p, Qt::UTC);
    s.serviceId = q.value(16).toLongLong();
    return s;
}

StoredVerification verificationFrom(const QSqlQuery &q, int first)
{
    StoredVerification v;
    v.documentId = q.value(first).toLongLong();
    v.verdict = q.value(first + 1).toString();
    v.summary = q.value(first + 2).toString();
    v.checksJson = q.value(first + 3).toString();
    v.signerName = q.value(first + 4).toString();
    v.signerRnokpp = q.value(first + 5).toString();
    v.signerEdrpou = q.value(first + 6).toString();
    if (const qint64 t = q.value(first + 7).toLongLong())
        v.signingTime = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    v.verifiedAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 8).toLongLong(), Qt::UTC);
    v.trustVersion = q.value(first + 9).toString();
    v.issuer = q.value(first + 10).toString();
    const QString chain = q.value(first + 11).toString();
    v.chain = chain.isEmpty() ? QStringList() : chain.split(QLatin1Char('\n'));
    if (const qint64 t = q.value(first + 12).toLongLong())
        v.timestamp = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    v.algorithm = q.value(first + 13).toString();
    v.indication = q.value(first + 14).toString();
    v.subIndication = q.value(first + 15).toString();
    v.poe = q.value(first + 16).toString();
    if (const qint64 t = q.value(first + 17).toLongLong())
        v.poeTime = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return v;
}

const char *const kVerificationColumns = "v.document_id, v.verdict, v.summary, v.checks, v.signer_name, v.signer_rnokpp, "
                                         "v.signer_edrpou, v.signing_ms, v.verified_ms, v.trust_version, v.issuer, v.chain, "
                                         "v.timestamp_ms, v.algorithm, v.indication, v.sub_indication, v.poe, v.poe_ms";

const char *const kSubmissionColumns = "id, status, failure, source, mailbox_id, branch_id, message_id, content_hash, "
                                       "sender, sender_name, subject, sent_ms, received_ms, recipient, state, processed_ms, "
                                       "service_id";


} // namespace

Result<RecordId> SqlStore::insertSubmission(const Submission &s, const QByteArray &rawMessage)
{
    RecordId id = 0;
    const Status done = writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM submission WHERE content_hash = ?"));
        q.addBindValue(s.contentHash);
        if (!q.exec())
            return sqlError(q, tr("store the submission"));
        if (q.next())
            return Error{Error::Code::Conflict, tr("This message is already stored."), {}};
        q.prepare(QStringLiteral("INSERT INTO submission (status, failure, source, mailbox_id, branch_id, message_id, "
                                 "content_hash, sender, sender_name, subject, sent_ms, received_ms, recipient, service_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(s.status == Submission::Status::Failed ? QStringLiteral("failed") : QStringLiteral("received"));
        q.addBindValue(text(s.failure));
        q.addBindValue(text(s.source));
        q.addBindValue(s.mailboxId);
        q.addBindValue(s.branchId);
        q.addBindValue(text(s.messageId));
        q.addBindValue(s.contentHash);
        q.addBindValue(text(s.sender));
        q.addBindValue(text(s.senderName));
        q.addBindValue(text(s.subject));
        q.addBindValue(s.sentAt.isValid() ? s.sentAt.toMSecsSinceEpoch() : qint64(0));
        q.addBindValue(s.receivedAt.toMSecsSinceEpoch());
        q.addBindValue(text(s.recipient));
        q.addBindValue(s.serviceId);
        if (!q.exec() || !q.next())
            return sqlError(q, tr("store the submission"));
        id = q.value(0).toLongLong();
        q.finish();
        int position = 0;
        for (const DocumentCopy &d : s.documents) {
            QSqlQuery dq(m_db);
            dq.prepare(QStringLiteral("INSERT INTO document_copy (submission_id, position, kind, pdf_name, pdf, p7s_name, p7s) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            dq.addBindValue(id);
            dq.addBindValue(position++);
            dq.addBindValue(text(d.kind));
            dq.addBindValue(text(d.pdfName));
            dq.addBindValue(d.pdf.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.pdf));
            dq.addBindValue(text(d.p7sName));
            dq.addBindValue(d.p7s.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.p7s));
            if (!dq.exec())
                return sqlError(dq, tr("store the submission"));
        }
        QSqlQuery rq(m_db);
        rq.prepare(QStringLiteral("INSERT INTO raw_message (submission_id, data) VALUES (?, ?)"));
        rq.addBindValue(id);
        rq.addBindValue(rawMessage.isNull() ? QByteArray("") : rawMessage);
        if (!rq.exec())
            return sqlError(rq, tr("store the submission"));
        return refreshSummary(id);
    });
    if (!done)
        return done.error();
    return id;
}

Result<bool> SqlStore::hasSubmission(const QByteArray &contentHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM submission WHERE content_hash = ?"));
    q.addBindValue(contentHash);
    if (!q.exec())
        return sqlError(q, tr("read the submissions"));
    return q.next();
}

Result<QList<Submission>> SqlStore::submissions(int limit)
{
    return querySubmissions(SubmissionQuery{}, 0, limit);
}

namespace {

// The WHERE clause of a query and its values, in order.
QString submissionFilter(const SubmissionQuery &query, QVariantList *values)
{
    QStringList where;
    if (query.branchId >= 0) {
        where << QStringLiteral("s.branch_id = ?");
        *values << query.branchId;
    }
    if (query.serviceId >= 0) {
        where << QStringLiteral("s.service_id = ?");
        *values << query.serviceId;
    }
    if (!query.verdict.isEmpty()) {
        where << QStringLiteral("s.verdict_rank = ?");
        *values << (query.verdict == QLatin1String("pending") ? -1 : int(verdictOrder().indexOf(query.verdict)));
    }
    if (!query.state.isEmpty()) {
        where << QStringLiteral("s.state = ?");
        *values << query.state;
    }
    if (query.receivedFrom.isValid()) {
        where << QStringLiteral("s.received_ms >= ?");
        *values << query.receivedFrom.toMSecsSinceEpoch();
    }
    if (query.receivedTo.isValid()) {
        where << QStringLiteral("s.received_ms < ?");
        *values << query.receivedTo.toMSecsSinceEpoch();
    }
    const QString text = query.text.simplified().toLower();
    if (!text.isEmpty()) {
        where << QStringLiteral("instr(s.search, ?) > 0");
        *values << text;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString submissionOrder(const SubmissionQuery &query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.sort) {
    case SubmissionQuery::Sort::Received: key = QStringLiteral("s.received_ms") + dir; break;
    case SubmissionQuery::Sort::Verdict: key = QStringLiteral("s.verdict_rank") + dir; break;
    case SubmissionQuery::Sort::Sender:
        key = QStringLiteral("lower(CASE WHEN s.sender_name <> '' THEN s.sender_name ELSE s.sender END)") + dir;
        break;
    case SubmissionQuery::Sort::Signer: key = QStringLiteral("lower(s.signer)") + dir; break;
    case SubmissionQuery::Sort::Documents:
        key = QStringLiteral("(SELECT COUNT(*) FROM document_copy d WHERE d.submission_id = s.id)") + dir;
        break;
    case SubmissionQuery::Sort::State:
        key = QStringLiteral("CASE s.state WHEN 'new' THEN 0 WHEN 'in-work' THEN 1 ELSE 2 END") + dir;
        break;
    case SubmissionQuery::Sort::Branch:
        key = QStringLiteral("(SELECT lower(b.name) FROM branch b WHERE b.id = s.branch_id)") + dir;
        break;
    case SubmissionQuery::Sort::Service:
        key = QStringLiteral("(SELECT lower(v.name) FROM service v WHERE v.id = s.service_id)") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", s.received_ms DESC, s.id DESC");
}

} // namespace

Result<QList<Submission>> SqlStore::querySubmissions(const SubmissionQuery &query, int offset, int limit)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT s.id FROM submission s") + submissionFilter(query, &values)
        + submissionOrder(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    const auto ids = readIds(sql, values, tr("read the submissions"));
    if (!ids)
        return ids.error();
    return submissionsByIds(*ids);
}

Result<QList<RecordId>> SqlStore::submissionIds(const SubmissionQuery &query)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT s.id FROM submission s") + submissionFilter(query, &values) + submissionOrder(query);
    return readIds(sql, values, tr("read the submissions"));
}

Result<QList<Submission>> SqlStore::submissionsByIds(const QList<RecordId> &ids)
{
    QList<Submission> list;
    if (ids.isEmpty())
        return list;
    QStringList idText;
    for (RecordId id : ids)
        idText << QString::number(id);
    const QString in = idText.join(QLatin1Char(','));
    QStringList columns;
    for (const QString &c : QString::fromLatin1(kSubmissionColumns).split(QLatin1Char(',')))
        columns << QStringLiteral("s.") + c.trimmed();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM submission s WHERE s.id IN (%2)").arg(columns.join(QStringLiteral(", ")), in)))
        return sqlError(q, tr("read the submissions"));
    QHash<RecordId, Submission> found;
    while (q.next()) {
        Submission s = submissionFrom(q);
        found.insert(s.id, s);
    }
    // Names, kinds and sizes of their documents, without the bytes.
    QSqlQuery d(m_db);
    d.setForwardOnly(true);
    if (!d.exec(QStringLiteral("SELECT d.submission_id, d.id, d.kind, d.pdf_name, length(d.pdf), d.p7s_name, length(d.p7s), %1 "
                               "FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                               "WHERE d.submission_id IN (%2) ORDER BY d.submission_id, d.position")
                    .arg(QLatin1String(kVerificationColumns), in)))
        return sqlError(d, tr("read the submissions"));
    while (d.next()) {
        const auto it = found.find(d.value(0).toLongLong());
        if (it == found.end())
            continue;
        DocumentCopy c;
        c.submissionId = d.value(0).toLongLong();
        c.id = d.value(1).toLongLong();
        c.kind = d.value(2).toString();
        c.pdfName = d.value(3).toString();
        c.pdfSize = d.value(4).toLongLong();
        c.p7sName = d.value(5).toString();
        c.p7sSize = d.value(6).toLongLong();
        if (!d.value(7).isNull())
            c.verification = verificationFrom(d, 7);
        it->documents << c;
    }
    for (RecordId id : ids)
        if (const auto it = found.constFind(id); it != found.cend())
            list << *it;
    return list;
}

Status SqlStore::refreshSummary(RecordId id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, sender, sender_name, subject FROM submission WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("update the inbox summary"));
    if (!q.next())
        return {};
    const bool failed = q.value(0).toString() == QLatin1String("failed");
    QStringList haystack = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    q.finish();
    QSqlQuery d(m_db);
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT d.pdf_name, d.p7s_name, v.document_id, v.verdict, v.signer_name, v.signer_rnokpp "
                             "FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                             "WHERE d.submission_id = ? ORDER BY d.position"));
    d.addBindValue(id);
    if (!d.exec())
        return sqlError(d, tr("update the inbox summary"));
    int rank = -1;
    bool pending = false, any = false;
    QString signer;
    while (d.next()) {
        any = true;
        haystack << d.value(0).toString() << d.value(1).toString();
        if (d.value(2).isNull()) {
            pending = true;
            continue;
        }
        const int r = int(verdictOrder().indexOf(d.value(3).toString()));
        rank = qMax(rank, r < 0 ? 4 : r);
        if (signer.isEmpty())
            signer = d.value(4).toString();
        haystack << d.value(4).toString() << d.value(5).toString();
    }
    d.finish();
    if (failed)
        rank = 3;
    else if (pending || !any)
        rank = -1;
    haystack.removeAll(QString());
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE submission SET verdict_rank = ?, signer = ?, search = ?, summary_ok = 1 WHERE id = ?"));
    u.addBindValue(rank);
    u.addBindValue(text(signer));
    u.addBindValue(text(haystack.join(QLatin1Char('\n')).toLower()));
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u, tr("update the inbox summary"));
    return {};
}

Status SqlStore::refreshStaleSummaries()
{
    const auto stale = readIds(QStringLiteral("SELECT id FROM submission WHERE summary_ok = 0"), {}, tr("update the inbox summary"));
    if (!stale)
        return stale.error();
    const QList<RecordId> ids = *stale;
    if (ids.isEmpty())
        return {};
    return writeTransaction([&]() -> Status {
        for (RecordId id : std::as_const(ids))
            if (Status s = refreshSummary(id); !s)
                return s;
        qCInfo(lcStore) << "filled the inbox summary of" << ids.size() << "submission(s)";
        return {};
    });
}

Result<Submission> SqlStore::submission(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM submission WHERE id = ?").arg(QLatin1String(kSubmissionColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("read the submission"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    Submission s = submissionFrom(q);
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("SELECT d.id, d.kind, d.pdf_name, d.pdf, d.p7s_name, d.p7s, %1 FROM document_copy d "
                             "LEFT JOIN verification v ON v.document_id = d.id WHERE d.submission_id = ? ORDER BY d.position")
                  .arg(QLatin1String(kVerificationColumns)));
    d.addBindValue(id);
    if (!d.exec())
        return sqlError(d, tr("read the submission"));
    while (d.next()) {
        DocumentCopy c;
        c.id = d.value(0).toLongLong();
        c.submissionId = id;
        c.kind = d.value(1).toString();
        c.pdfName = d.value(2).toString();
        c.pdf = d.value(3).toByteArray();
        c.pdfSize = c.pdf.size();
        c.p7sName = d.value(4).toString();
        c.p7s = d.value(5).toByteArray();
        c.p7sSize = c.p7s.size();
        if (!d.value(6).isNull())
            c.verification = verificationFrom(d, 6);
        s.documents << c;
    }
    return s;
}

Result<QByteArray> SqlStore::rawMessage(RecordId submissionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM raw_message WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return sqlError(q, tr("read the message"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no stored message for submission %1.").arg(submissionId), {}};
    return q.value(0).toByteArray();
}

namespace {

void bindMailbox(QSqlQuery &q, const Mailbox &m)
{
    q.addBindValue(text(m.name));
    q.addBindValue(m.branchId);
    q.addBindValue(text(m.host));
    q.addBindValue(m.port);
    q.addBindValue(mailboxSecurityId(m.security));
    q.addBindValue(text(m.user));
    q.addBindValue(text(m.folder));
    q.addBindValue(text(m.afterIngest));
    q.addBindValue(text(m.caFile));
    q.addBindValue(text(m.pinSha256));
    q.addBindValue(text(m.passwordFile));
    q.addBindValue(m.uidValidity);
    q.addBindValue(m.lastUid);
    q.addBindValue(m.lastSync.isValid() ? m.lastSync.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(text(m.lastError));
}

} // namespace

Result<QList<Mailbox>> SqlStore::mailboxes()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, branch_id, host, port, security, username, folder, after_ingest, ca_file, "
                               "pin_sha256, password_file, uid_validity, last_uid, last_sync_ms, last_error FROM mailbox ORDER BY name")))
        return sqlError(q, tr("read the mailboxes"));
    QList<Mailbox> list;
    while (q.next()) {
        Mailbox m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.branchId = q.value(2).toLongLong();
        m.host = q.value(3).toString();
        m.port = q.value(4).toInt();
        mailboxSecurityFromId(q.value(5).toString(), &m.security);
        m.user = q.value(6).toString();
        m.folder = q.value(7).toString();
        m.afterIngest = q.value(8).toString();
        m.caFile = q.value(9).toString();
        m.pinSha256 = q.value(10).toString();
        m.passwordFile = q.value(11).toString();
        m.uidValidity = q.value(12).toLongLong();
        m.lastUid = q.value(13).toLongLong();
        if (const qint64 t = q.value(14).toLongLong())
            m.lastSync = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
        m.lastError = q.value(15).toString();
        list << m;
    }
    return list;
}

Result<RecordId> SqlStore::insertMailbox(const Mailbox &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO mailbox (name, branch_id, host, port, security, username, folder, after_ingest, "
                             "ca_file, pin_sha256, password_file, uid_validity, last_uid, last_sync_ms, last_error) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindMailbox(q, m);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("add the mailbox"));
    return q.value(0).toLongLong();
}

Status SqlStore::updateMailbox(const Mailbox &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE mailbox SET name = ?, branch_id = ?, host = ?, port = ?, security = ?, username = ?, "
                             "folder = ?, after_ingest = ?, ca_file = ?, pin_sha256 = ?, password_file = ?, uid_validity = ?, last_uid = ?, "
                             "last_sync_ms = ?, last_error = ? WHERE id = ?"));
    bindMailbox(q, m);
    q.addBindValue(m.id);
    if (!q.exec())
        return sqlError(q, tr("change the mailbox"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(m.id), {}};
    return {};
}

Status SqlStore::deleteMailbox(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM mailbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("remove the mailbox"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(id), {}};
    return {};
}

Status SqlStore::saveMailboxState(RecordId id, qint64 uidValidity, qint64 lastUid, const QDateTime &lastSync,
                                  const QString &lastError)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE mailbox SET uid_validity = ?, last_uid = ?, last_sync_ms = ?, last_error = ?, "
                             "attempt_uid = 0, attempt_count = 0 WHERE id = ?"));
    q.addBindValue(uidValidity);
    q.addBindValue(lastUid);
    q.addBindValue(lastSync.isValid() ? lastSync.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(text(lastError));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("save the mailbox state"));
    return {};
}

Result<int> SqlStore::noteMailboxAttempt(RecordId id, qint64 uid)
{
    int count = 0;
    const Status s = writeTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE mailbox SET attempt_count = CASE WHEN attempt_uid = ? THEN attempt_count + 1 ELSE 1 END, "
                                 "attempt_uid = ? WHERE id = ?"));
        q.addBindValue(uid);
        q.addBindValue(uid);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, tr("save the mailbox state"));
        q.prepare(QStringLiteral("SELECT attempt_count FROM mailbox WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, tr("read the mailbox state"));
        if (!q.next())
            return Error{Error::Code::NotFound, tr("There is no mailbox number %1.").arg(id), {}};
        count = q.value(0).toInt();
        return {};
    });
    if (!s)
        return s.error();
    return count;
}

Status SqlStore::saveVerification(const StoredVerification &v)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO verification (document_id, verdict, summary, checks, signer_name, signer_rnokpp, "
                             "signer_edrpou, signing_ms, verified_ms, trust_version, issuer, chain, timestamp_ms, algorithm, indication, "
                             "sub_indication, poe, poe_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (document_id) DO UPDATE SET verdict = excluded.verdict, summary = excluded.summary, "
                             "checks = excluded.checks, signer_name = excluded.signer_name, signer_rnokpp = excluded.signer_rnokpp, "
                             "signer_edrpou = excluded.signer_edrpou, signing_ms = excluded.signing_ms, "
                             "verified_ms = excluded.verified_ms, trust_version = excluded.trust_version, issuer = excluded.issuer, "
                             "chain = excluded.chain, timestamp_ms = excluded.timestamp_ms, algorithm = excluded.algorithm, "
                             "indication = excluded.indication, sub_indication = excluded.sub_indication, poe = excluded.poe, "
                             "poe_ms = excluded.poe_ms"));
    q.addBindValue(v.documentId);
    q.addBindValue(text(v.verdict));
    q.addBindValue(text(v.summary));
    q.addBindValue(text(v.checksJson));
    q.addBindValue(text(v.signerName));
    q.addBindValue(text(v.signerRnokpp));
    q.addBindValue(text(v.signerEdrpou));
    q.addBindValue(v.signingTime.isValid() ? v.signingTime.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(v.verifiedAt.toMSecsSinceEpoch());
    q.addBindValue(text(v.trustVersion));
    q.addBindValue(text(v.issuer));
    q.addBindValue(text(v.chain.join(QLatin1Char('\n'))));
    q.addBindValue(v.timestamp.isValid() ? v.timestamp.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(text(v.algorithm));
    q.addBindValue(text(v.indication));
    q.addBindValue(text(v.subIndication));
    q.addBindValue(text(v.poe));
    q.addBindValue(v.poeTime.isValid() ? v.poeTime.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return sqlError(q, tr("save the verification"));
    QSqlQuery owner(m_db);
    owner.prepare(QStringLiteral("SELECT submission_id FROM document_copy WHERE id = ?"));
    owner.addBindValue(v.documentId);
    if (!owner.exec())
        return sqlError(owner, tr("save the verification"));
    return owner.next() ? refreshSummary(owner.value(0).toLongLong()) : Status{};
}

Result<QList<RecordId>> SqlStore::documentsToVerify(const QString &trustVersion, int limit)
{
    return readIds(QStringLiteral("SELECT d.id FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                                  "WHERE v.document_id IS NULL OR v.trust_version <> ? ORDER BY d.id LIMIT ?"),
                   {trustVersion, limit}, tr("read the documents"));
}

Result<DocumentCopy> SqlStore::document(RecordId documentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, submission_id, kind, pdf_name, pdf, p7s_name, p7s FROM document_copy WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlError(q, tr("read the document"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no document number %1.").arg(documentId), {}};
    DocumentCopy c;
    c.id = q.value(0).toLongLong();
    c.submissionId = q.value(1).toLongLong();
    c.kind = q.value(2).toString();
    c.pdfName = q.value(3).toString();
    c.pdf = q.value(4).toByteArray();
    c.pdfSize = c.pdf.size();
    c.p7sName = q.value(5).toString();
    c.p7s = q.value(6).toByteArray();
    c.p7sSize = c.p7s.size();
    return c;
}

Status SqlStore::setSubmissionState(RecordId id, const QString &state, const QDateTime &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE submission SET state = ?, processed_ms = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(state == QLatin1String("processed") ? when.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("change the submission"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    return {};
}

Result<QList<RecordId>> SqlStore::submissionsToPurge(const QDateTime &processedBefore, const QDateTime &receivedBefore)
{
    return readIds(QStringLiteral("SELECT id FROM submission WHERE (state = 'processed' AND processed_ms > 0 AND processed_ms < ?) "
                                  "OR received_ms < ? ORDER BY id"),
                   {processedBefore.toMSecsSinceEpoch(), receivedBefore.toMSecsSinceEpoch()}, tr("read the submissions"));
}

Status SqlStore::deleteSubmission(RecordId id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM submission WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("delete the submission"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    return {};
}

Status SqlStore::scrubDeleted()
{
    if (Status s = m_dialect->scrubFreedPages(m_db); !s) {
        qCWarning(lcStore) << "deleted rows could not be wiped from the journal yet:" << s.error().message;
        return Error{s.error().code,
                     tr("Deleted, but the deleted documents could not yet be wiped from the workspace's journal file, "
                        "because another Kopii program (the watcher, or another window) is reading it. They are wiped "
                        "at the next deletion or the next start of Kopii."),
                     {}};
    }
    // A copy saved before an upgrade holds every document of its day, the deleted ones too.
    return removeUpgradeBackups();
}

QStringList SqlStore::upgradeBackups() const
{
    const QFileInfo db(m_path);
    QStringList found;
    const QStringList names = db.dir().entryList({db.fileName() + QStringLiteral(".v*.bak")}, QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : names)
        found << db.dir().filePath(name);
    return found;
}

Status SqlStore::removeUpgradeBackups()
{
    for (const QString &backup : upgradeBackups()) {
        if (!files::wipeAndRemove(backup))
            return Error{Error::Code::Io,
                         tr("The copy %1 saved before an upgrade could not be removed; it holds citizens' documents. "
                            "Delete it by hand.")
                             .arg(QDir::toNativeSeparators(backup)),
                         {}};
        qCInfo(lcStore) << "removed the copy of the database saved before an upgrade";
    }
    return {};
}

} // namespace kopii
