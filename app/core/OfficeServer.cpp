// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OfficeServer.h"

#include "core/Log.h"
#include "core/PostgresDialect.h"
#include "core/SqlSession.h"
#include "core/StaffSql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace kopii {

namespace {
// The tables each group reads and changes. Reception: the organisation, its branches, services
// and posters. Clerks: in addition the submissions of their branches (row-level security) and
// what checking a signature needs. Managers: everything. The watcher: storing mail.
const QStringList kEveryoneReads = {
    QStringLiteral("kopii_meta"),  QStringLiteral("organization"),        QStringLiteral("branch"),
    QStringLiteral("service"),     QStringLiteral("service_branch"),      QStringLiteral("service_document"),
    QStringLiteral("poster_code"), QStringLiteral("poster_code_history"), QStringLiteral("employee"),
    QStringLiteral("kopii_desk"),  QStringLiteral("kopii_desk_branch"),
};
const QStringList kSubmissionTables = {QStringLiteral("submission"),     QStringLiteral("document_copy"),
                                       QStringLiteral("raw_message"),    QStringLiteral("verification"),
                                       QStringLiteral("register_entry"), QStringLiteral("register_counter"),
                                       QStringLiteral("intake_protocol")};
const QStringList kManagerTables = {
    QStringLiteral("kopii_meta"),       QStringLiteral("organization"),        QStringLiteral("branch"),
    QStringLiteral("service"),          QStringLiteral("service_branch"),      QStringLiteral("service_document"),
    QStringLiteral("poster_code"),      QStringLiteral("poster_code_history"), QStringLiteral("employee"),
    QStringLiteral("trust_entry"),      QStringLiteral("signed_document"),     QStringLiteral("mailbox"),
    QStringLiteral("ocsp_response"),    QStringLiteral("submission"),          QStringLiteral("document_copy"),
    QStringLiteral("raw_message"),      QStringLiteral("verification"),        QStringLiteral("register_entry"),
    QStringLiteral("register_counter"),
};

QString ident(const QString &name)
{
    QString n = name;
    return QLatin1Char('"') + n.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The audit seal's message, built in SQL byte for byte as auditSeal (core/Domain.cpp) builds it:
// every field length-prefixed ("<octets>:<bytes>"), under a label of its own.
const QString kSealFunctions = QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION kopii_private.field(b bytea) RETURNS bytea LANGUAGE sql IMMUTABLE AS
$f$ SELECT convert_to(octet_length(b)::text || ':', 'UTF8') || b $f$;
CREATE OR REPLACE FUNCTION kopii_private.audit_message(label text, previous text, e public.audit_log) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, kopii_private AS
$f$ SELECT field(convert_to(label, 'UTF8')) || field(convert_to(previous, 'UTF8')) || field(convert_to(e.id::text, 'UTF8'))
        || field(convert_to(e.time_ms::text, 'UTF8')) || field(convert_to(e.actor, 'UTF8'))
        || field(convert_to(e.action, 'UTF8')) || field(convert_to(e.object_type, 'UTF8'))
        || field(convert_to(e.object_id::text, 'UTF8')) || field(convert_to(e.summary, 'UTF8')) $f$;
CREATE OR REPLACE FUNCTION kopii_private.server_seal(previous text, e public.audit_log) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, kopii_private AS
$f$ SELECT 'server:' || encode(kopii_private.hmac(audit_message('kopii-audit-server-1', previous, e),
                                                   (SELECT key FROM seal_key), 'sha256'), 'hex') $f$;
CREATE OR REPLACE FUNCTION kopii_private.audit_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, kopii_private AS
$f$
DECLARE
    previous_id bigint;
    previous_seal text;
BEGIN
    -- One writer at a time (Kopii's writers hold this lock already; a psql session gets it here).
    PERFORM pg_advisory_xact_lock(%1);
    SELECT id, seal INTO previous_id, previous_seal FROM audit_head;
    NEW.id := previous_id + 1;
    -- The server names the login that wrote the entry; what a desk says of itself follows it.
    NEW.actor := session_user || ': ' || NEW.actor;
    NEW.seal := server_seal(previous_seal, NEW);
    UPDATE audit_head SET id = NEW.id, seal = NEW.seal;
    RETURN NEW;
END
$f$;
CREATE OR REPLACE FUNCTION public.kopii_open_document(document bigint, how text)
RETURNS TABLE (submission_id bigint, kind text, pdf_name text, pdf bytea, p7s_name text, p7s bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$f$
BEGIN
    IF how IS NULL OR how NOT IN ('view', 'save', 'print', 'open', 'verify') THEN
        RAISE EXCEPTION 'kopii: "%" is no way of opening a document', how USING ERRCODE = '22023';
    END IF;
    -- A clerk opens the documents of her branches; managers and the watcher all of them.
    IF NOT EXISTS (SELECT 1 FROM public.document_copy d JOIN public.submission s ON s.id = d.submission_id
                   WHERE d.id = document AND (pg_has_role(session_user, 'kopii_manager', 'MEMBER')
                       OR pg_has_role(session_user, 'kopii_watcher', 'MEMBER')
                       OR s.branch_id IN (SELECT b.branch_id FROM public.kopii_desk_branch b WHERE b.desk = session_user))) THEN
        RETURN;
    END IF;
    -- The entry first (the trigger numbers and seals it, in the login's name): no bytes leave
    -- the server unlogged.
    INSERT INTO public.audit_log (time_ms, actor, action, object_type, object_id, summary, seal)
    VALUES (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
            kopii_private.person(),
            'document.' || how, 'document', document, '', '');
    RETURN QUERY SELECT d.submission_id, d.kind, d.pdf_name, d.pdf, d.p7s_name, d.p7s
                 FROM public.document_copy d WHERE d.id = document;
END
$f$;
CREATE OR REPLACE FUNCTION kopii_private.person() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS
$f$ SELECT coalesce((SELECT e.full_name FROM employee e JOIN kopii_desk k ON k.rnokpp = e.rnokpp
                     WHERE k.name = session_user LIMIT 1), '') $f$;
-- Every deletion of a submission is in the audit log, whoever deletes it and however (Kopii, psql):
-- by the watcher's retention job a purge, by a person a deletion.
CREATE OR REPLACE FUNCTION kopii_private.audit_deletion() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$f$
BEGIN
    IF current_setting('kopii.retention', true) = 'on' AND pg_has_role(session_user, 'kopii_watcher', 'MEMBER') THEN
        INSERT INTO audit_log (time_ms, actor, action, object_type, object_id, summary, seal)
        VALUES (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, 'retention', 'submission.purge',
                'submission', OLD.id, '', '');
    ELSE
        INSERT INTO audit_log (time_ms, actor, action, object_type, object_id, summary, seal)
        VALUES (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, kopii_private.person(), 'submission.delete',
                'submission', OLD.id, '', '');
    END IF;
    RETURN OLD;
END
$f$;
-- A submission on legal hold is deleted by nobody, however (Kopii, psql), until a manager lifts the
-- hold; only a manager places or lifts one.
CREATE OR REPLACE FUNCTION kopii_private.guard_legal_hold() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$f$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.legal_hold <> '' THEN
            RAISE EXCEPTION 'kopii: submission % is on legal hold', OLD.id USING ERRCODE = '42501';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.legal_hold IS DISTINCT FROM OLD.legal_hold
       AND NOT pg_has_role(session_user, 'kopii_manager', 'MEMBER') THEN
        RAISE EXCEPTION 'kopii: only a manager places or lifts a legal hold' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$f$;
-- Retention, on the server: the manager's policy (kopii_meta), the server's clock, the watcher's
-- role alone. Returns the ids it deleted.
CREATE OR REPLACE FUNCTION public.kopii_retention_purge() RETURNS SETOF bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS
$f$
DECLARE
    now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    after_days int := coalesce((SELECT value::int FROM kopii_meta WHERE key = 'retention_after_processed_days'
                                AND value ~ '^[0-9]{1,4}$'), %2);
    max_days int := coalesce((SELECT value::int FROM kopii_meta WHERE key = 'retention_max_age_days'
                              AND value ~ '^[0-9]{1,4}$'), %3);
    gone bigint;
    expired bigint[];
BEGIN
    IF max_days < 1 THEN max_days := %3; END IF;
    PERFORM pg_advisory_xact_lock(%1);
    PERFORM set_config('kopii.retention', 'on', true);
    -- Each service's own days where its manager set them, else the workspace's; never one on
    -- legal hold. Their numbers stay in the register, saying when and how they were deleted.
    SELECT coalesce(array_agg(s.id), '{}') INTO expired FROM submission s LEFT JOIN service v ON v.id = s.service_id
     WHERE s.legal_hold = ''
       AND ((s.state = 'processed' AND s.processed_ms > 0
             AND s.processed_ms < now_ms - (CASE WHEN v.retention_after_processed_days >= 0
                                                 THEN v.retention_after_processed_days ELSE after_days END)
                                           * 86400000::bigint)
            OR s.received_ms < now_ms - (CASE WHEN v.retention_max_age_days >= 1
                                              THEN v.retention_max_age_days ELSE max_days END) * 86400000::bigint);
    UPDATE register_entry SET deleted_ms = now_ms, deleted_how = 'retention', submission_id = NULL
     WHERE submission_id = ANY (expired);
    FOR gone IN DELETE FROM submission WHERE id = ANY (expired) RETURNING id LOOP
        RETURN NEXT gone;
    END LOOP;
    PERFORM set_config('kopii.retention', 'off', true);
END
$f$;
CREATE OR REPLACE FUNCTION public.kopii_audit_check(OUT entries bigint, OUT broken_at bigint, OUT problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, kopii_private AS
$f$
DECLARE
    e public.audit_log;
    previous text := '';
    last_id bigint := 0;
    sealed_from bigint;
BEGIN
    entries := 0; broken_at := 0; problem := '';
    SELECT first_server_id INTO sealed_from FROM audit_head;
    FOR e IN SELECT * FROM public.audit_log ORDER BY id LOOP
        entries := entries + 1;
        IF e.id <> last_id + 1 THEN broken_at := e.id; problem := 'removed-before'; RETURN; END IF;
        IF e.id >= sealed_from THEN
            IF e.seal <> server_seal(previous, e) THEN broken_at := e.id; problem := 'edited'; RETURN; END IF;
        ELSIF e.seal <> encode(sha256(audit_message('kopii-audit-1', previous, e)), 'hex') THEN
            broken_at := e.id; problem := 'edited'; RETURN;
        END IF;
        previous := e.seal;
        last_id := e.id;
    END LOOP;
    IF (SELECT id FROM audit_head) <> last_id THEN broken_at := last_id; problem := 'removed-after'; END IF;
END
$f$;
)SQL");
} // namespace

Status OfficeServer::checkDeskName(const QString &desk)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    if (!valid.match(desk).hasMatch() || desk.startsWith(QLatin1String("kopii_")) || desk.startsWith(QLatin1String("pg_"))
        || desk == QLatin1String("postgres") || desk == QLatin1String("public"))
        return Error{Error::Code::Validation,
                     tr("\"%1\" cannot be a desk's name on the office server: use 1 to 48 lower-case Latin letters, "
                        "digits and '_', starting with a letter and not with \"kopii_\" or \"pg_\" (for example "
                        "olena_koval).")
                         .arg(desk),
                     {}};
    return {};
}

Status OfficeServer::runAll(const QStringList &statements, const QString &what)
{
    for (const QString &sql : statements) {
        QSqlQuery q(m_session.db());
        if (!q.exec(sql)) {
            qCWarning(lcStore) << "office server set-up failed at:" << sql.left(60);
            return m_session.sqlError(q, what);
        }
    }
    return {};
}

Result<bool> OfficeServer::sealsAuditLog(SqlSession &session)
{
    if (session.dialect().embedded())
        return false;
    // Once set up, a server stays one: asked until then, remembered after.
    const QString fact = QStringLiteral("audit sealed by the server");
    if (session.remembers(fact))
        return true;
    QSqlQuery q(session.db());
    if (!q.exec(QStringLiteral("SELECT value FROM kopii_meta WHERE key = 'audit_sealed_by'")))
        return session.sqlError(q, tr("read the audit log"));
    const bool sealed = q.next() && q.value(0).toString() == QLatin1String("server");
    if (sealed)
        session.remember(fact);
    return sealed;
}

Result<QString> OfficeServer::ownedDatabase()
{
    QSqlQuery who(m_session.db());
    if (!who.exec(QStringLiteral("SELECT current_database(), (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE "
                                 "rolname = current_user), pg_catalog.pg_get_userbyid(d.datdba) = current_user FROM "
                                 "pg_database d WHERE d.datname = current_database()"))
        || !who.next())
        return m_session.sqlError(who, tr("set up the office server"));
    const QString database = who.value(0).toString();
    if (!who.value(1).toBool() || !who.value(2).toBool())
        return Error{Error::Code::Denied,
                     tr("Setting up the office server needs the database's owner with the right to create roles "
                        "(CREATEROLE): connect as the administrator who created the database %1 "
                        "(docs/office-server.md).")
                         .arg(database),
                     {}};

    return database;
}

QStringList OfficeServer::setUpStatements(const QString &database) const
{
    QStringList sql;
    for (const char *group : {"kopii_desk", "kopii_reception", "kopii_clerk", "kopii_manager", "kopii_watcher"})
        sql << QStringLiteral("DO $d$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 NOLOGIN; END IF; END $d$")
                   .arg(QLatin1String(group));
    for (const char *group : {"kopii_reception", "kopii_clerk", "kopii_manager", "kopii_watcher"})
        sql << QStringLiteral("GRANT kopii_desk TO %1").arg(QLatin1String(group));
    sql << QStringLiteral("CREATE TABLE IF NOT EXISTS kopii_desk (name TEXT PRIMARY KEY, rnokpp TEXT NOT NULL DEFAULT '', "
                          "role TEXT NOT NULL CHECK (role IN ('reception', 'clerk', 'manager', 'watcher')))")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS kopii_desk_branch (desk TEXT NOT NULL REFERENCES kopii_desk (name) "
                          "ON DELETE CASCADE, branch_id BIGINT NOT NULL REFERENCES branch (id) ON DELETE CASCADE, "
                          "PRIMARY KEY (desk, branch_id))")
        // Nobody but the desks may connect; nothing is anyone's but by the grants below.
        << QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(ident(database))
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO kopii_desk")
        << QStringLiteral("GRANT SELECT ON %1 TO kopii_desk").arg(kEveryoneReads.join(QStringLiteral(", ")))
        << QStringLiteral("GRANT INSERT ON audit_log TO kopii_desk")
        << QStringLiteral("GRANT SELECT ON audit_log TO kopii_manager")
        << QStringLiteral("GRANT SELECT ON trust_entry, mailbox, signed_document TO kopii_clerk, kopii_watcher")
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON ocsp_response TO kopii_clerk, kopii_watcher")
        << QStringLiteral("GRANT SELECT, UPDATE, DELETE ON submission, verification TO kopii_clerk")
        // A clerk reads her branches' register; a deletion marks its entry (markDeleted).
        << QStringLiteral("GRANT SELECT, UPDATE ON register_entry TO kopii_clerk")
        // A desk with the inbox open keeps and seals protocols at intake as the watcher does.
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON intake_protocol TO kopii_clerk")
        << QStringLiteral("GRANT DELETE ON document_copy, raw_message TO kopii_clerk")
        << QStringLiteral("GRANT INSERT ON verification TO kopii_clerk")
        // The watcher deletes only through the retention job (kopii_retention_purge).
        << QStringLiteral("REVOKE DELETE ON %1 FROM kopii_watcher").arg(kSubmissionTables.join(QStringLiteral(", ")))
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON %1 TO kopii_watcher").arg(kSubmissionTables.join(QStringLiteral(", ")))
        << QStringLiteral("GRANT UPDATE ON mailbox TO kopii_watcher")
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO kopii_manager")
               .arg(kManagerTables.join(QStringLiteral(", ")))
        // A person reads documents' names and sizes; their bytes only through kopii_open_document,
        // which logs the look first. Nor the raw messages (they hold the same bytes).
        << QStringLiteral("REVOKE ALL ON document_copy, raw_message FROM kopii_clerk, kopii_manager")
        << QStringLiteral("GRANT DELETE ON document_copy, raw_message TO kopii_clerk, kopii_manager")
        << QStringLiteral("GRANT SELECT (id, submission_id, position, kind, pdf_name, p7s_name, pdf_size, p7s_size) ON "
                          "document_copy TO kopii_clerk, kopii_manager");
    // Row-level security: a clerk's submissions are those of her branches; what hangs off a
    // submission follows it (the subqueries see through the same policies).
    const QList<std::pair<QString, QString>> assigned = {
        {QStringLiteral("submission"),
         QStringLiteral("branch_id IN (SELECT branch_id FROM kopii_desk_branch WHERE desk = current_user)")},
        {QStringLiteral("document_copy"), QStringLiteral("submission_id IN (SELECT id FROM submission)")},
        {QStringLiteral("raw_message"), QStringLiteral("submission_id IN (SELECT id FROM submission)")},
        {QStringLiteral("verification"), QStringLiteral("document_id IN (SELECT id FROM document_copy)")},
        {QStringLiteral("intake_protocol"), QStringLiteral("submission_id IN (SELECT id FROM submission)")},
        {QStringLiteral("register_entry"),
         QStringLiteral("branch_id IN (SELECT branch_id FROM kopii_desk_branch WHERE desk = current_user)")},
    };
    for (const auto &[table, rule] : assigned)
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("DROP POLICY IF EXISTS kopii_all ON %1").arg(table)
            << QStringLiteral("CREATE POLICY kopii_all ON %1 TO kopii_manager, kopii_watcher USING (true) WITH CHECK (true)")
                   .arg(table)
            << QStringLiteral("DROP POLICY IF EXISTS kopii_assigned ON %1").arg(table)
            << QStringLiteral("CREATE POLICY kopii_assigned ON %1 TO kopii_clerk USING (%2) WITH CHECK (%2)").arg(table, rule);
    // The audit log: sealed on the server with a key no desk can read.
    sql << QStringLiteral("CREATE SCHEMA IF NOT EXISTS kopii_private")
        << QStringLiteral("REVOKE ALL ON SCHEMA kopii_private FROM PUBLIC")
        << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA kopii_private")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS kopii_private.seal_key (key BYTEA NOT NULL)")
        << QStringLiteral("INSERT INTO kopii_private.seal_key SELECT kopii_private.gen_random_bytes(32) WHERE NOT EXISTS "
                          "(SELECT 1 FROM kopii_private.seal_key)")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS kopii_private.audit_head (id BIGINT NOT NULL, seal TEXT NOT NULL, "
                          "first_server_id BIGINT NOT NULL)")
        // The chain goes on from the entries written before (by a single desk, then imported).
        << QStringLiteral("INSERT INTO kopii_private.audit_head SELECT coalesce(max(id), 0), coalesce((SELECT seal FROM "
                          "audit_log ORDER BY id DESC LIMIT 1), ''), coalesce(max(id), 0) + 1 FROM audit_log WHERE NOT "
                          "EXISTS (SELECT 1 FROM kopii_private.audit_head)")
        << kSealFunctions.arg(PostgresDialect::kWriteLockKey)
               .arg(RetentionPolicy().afterProcessedDays)
               .arg(RetentionPolicy().maxAgeDays)
        << QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kopii_private FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION public.kopii_audit_check() FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION public.kopii_audit_check() TO kopii_manager")
        << QStringLiteral("REVOKE ALL ON FUNCTION public.kopii_open_document(bigint, text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION public.kopii_open_document(bigint, text) TO kopii_desk")
        << QStringLiteral("REVOKE ALL ON FUNCTION public.kopii_retention_purge() FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION public.kopii_retention_purge() TO kopii_watcher")
        << QStringLiteral("DROP TRIGGER IF EXISTS kopii_audit_deletion ON submission")
        << QStringLiteral("CREATE TRIGGER kopii_audit_deletion AFTER DELETE ON submission FOR EACH ROW EXECUTE FUNCTION "
                          "kopii_private.audit_deletion()")
        << QStringLiteral("DROP TRIGGER IF EXISTS kopii_legal_hold ON submission")
        << QStringLiteral("CREATE TRIGGER kopii_legal_hold BEFORE UPDATE OR DELETE ON submission FOR EACH ROW EXECUTE "
                          "FUNCTION kopii_private.guard_legal_hold()")
        << QStringLiteral("DROP TRIGGER IF EXISTS kopii_audit_seal ON audit_log")
        << QStringLiteral("CREATE TRIGGER kopii_audit_seal BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                          "kopii_private.audit_seal()")
        // Desks are told of each new submission (its id) the moment it is committed.
        << QStringLiteral("CREATE OR REPLACE FUNCTION kopii_private.notify_submission() RETURNS trigger LANGUAGE plpgsql "
                          "AS $f$ BEGIN PERFORM pg_notify('kopii_submission', NEW.id::text); RETURN NULL; END $f$")
        << QStringLiteral("DROP TRIGGER IF EXISTS kopii_notify_submission ON submission")
        << QStringLiteral("CREATE TRIGGER kopii_notify_submission AFTER INSERT ON submission FOR EACH ROW EXECUTE FUNCTION "
                          "kopii_private.notify_submission()")
        << QStringLiteral("DELETE FROM kopii_meta WHERE key IN ('audit_sealed_by', 'audit_head')")
        << QStringLiteral("INSERT INTO kopii_meta (key, value) VALUES ('audit_sealed_by', 'server')");
    return sql;
}

Status OfficeServer::update()
{
    if (m_session.dialect().embedded())
        return Error{Error::Code::Validation,
                     tr("A workspace folder on this computer is not an office server: give the server's address "
                        "(postgresql://...)."),
                     {}};
    const auto database = ownedDatabase();
    if (!database)
        return database.error();
    const auto sealed = sealsAuditLog(m_session);
    if (!sealed)
        return sealed.error();
    if (!*sealed)
        return Error{Error::Code::Validation,
                     tr("The database %1 is not an office server yet: set it up with \"kopii-cli server init\".").arg(*database),
                     {}};
    return m_session.writeTransaction(
        [&]() -> Status { return runAll(setUpStatements(*database), tr("set up the office server")); });
}

Status OfficeServer::init(const QString &managerDesk, const Employee &manager, const Secret &password)
{
    if (m_session.dialect().embedded())
        return Error{Error::Code::Validation,
                     tr("A workspace folder on this computer is not an office server: give the server's address "
                        "(postgresql://...)."),
                     {}};
    if (Status s = checkDeskName(managerDesk); !s)
        return s;
    const auto database = ownedDatabase();
    if (!database)
        return database.error();
    const QStringList sql = setUpStatements(*database);
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = runAll(sql, tr("set up the office server")); !s)
            return s;
        return addDesk(managerDesk, manager, password, {});
    });
}

Status OfficeServer::createDesk(const QString &desk, const QString &group, const Secret &password)
{
    if (Status s = checkDeskName(desk); !s)
        return s;
    if (password.size() < 12)
        return Error{Error::Code::Validation, tr("The password for %1 is too short: give at least 12 characters.").arg(desk), {}};
    // The server gets a SCRAM verifier, never the password itself (nor does its log).
    const QVariant handle = m_session.db().driver()->handle();
    // Qt's PostgreSQL driver hands out its libpq connection under the type's own name.
    const bool isConnection = qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    PGconn *conn = isConnection ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return Error{Error::Code::Internal, QStringLiteral("no libpq connection (%1)").arg(QLatin1String(handle.typeName())), {}};
    char *verifier = PQencryptPasswordConn(conn, password.c_str(), desk.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Error{Error::Code::Internal, QString::fromUtf8(PQerrorMessage(conn)), {}};
    const QString scram = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    QSqlQuery exists(m_session.db());
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(desk);
    if (!exists.exec())
        return m_session.sqlError(exists, tr("add the desk"));
    if (exists.next())
        return Error{Error::Code::Conflict,
                     tr("The office server already has a login named %1. Choose another name for the desk, or "
                        "remove the old one first (kopii-cli server remove-desk %1).")
                         .arg(desk),
                     {}};
    QSqlQuery db(m_session.db());
    if (!db.exec(QStringLiteral("SELECT current_database()")) || !db.next())
        return m_session.sqlError(db, tr("add the desk"));
    return runAll({QStringLiteral("CREATE ROLE %1 LOGIN INHERIT IN ROLE %2 PASSWORD '%3'").arg(ident(desk), group, scram),
                   QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(db.value(0).toString()), ident(desk))},
                  tr("add the desk"));
}

Status OfficeServer::addDesk(const QString &desk, const Employee &person, const Secret &password, const QList<RecordId> &branches)
{
    const QString role = person.role == Role::Manager ? QStringLiteral("manager")
        : person.role == Role::Clerk                  ? QStringLiteral("clerk")
                                                      : QStringLiteral("reception");
    if (person.role == Role::Clerk && branches.isEmpty())
        return Error{Error::Code::Validation,
                     tr("A clerk works on the submissions of her branches: name at least one branch for %1.").arg(desk),
                     {}};
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = createDesk(desk, QStringLiteral("kopii_") + role, password); !s)
            return s;
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("INSERT INTO kopii_desk (name, rnokpp, role) VALUES (?, ?, ?)"));
        q.addBindValue(desk);
        q.addBindValue(sqlText(person.rnokpp));
        q.addBindValue(role);
        if (!q.exec())
            return m_session.sqlError(q, tr("add the desk"));
        for (RecordId branch : branches) {
            QSqlQuery b(m_session.db());
            b.prepare(QStringLiteral("INSERT INTO kopii_desk_branch (desk, branch_id) VALUES (?, ?)"));
            b.addBindValue(desk);
            b.addBindValue(branch);
            if (!b.exec())
                return m_session.sqlError(b, tr("assign the branch"));
        }
        return StaffSql(m_session).saveEmployee(person);
    });
}

Status OfficeServer::addWatcher(const QString &desk, const Secret &password)
{
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = createDesk(desk, QStringLiteral("kopii_watcher"), password); !s)
            return s;
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("INSERT INTO kopii_desk (name, role) VALUES (?, 'watcher')"));
        q.addBindValue(desk);
        if (!q.exec())
            return m_session.sqlError(q, tr("add the watcher"));
        return {};
    });
}

Status OfficeServer::removeDesk(const QString &desk)
{
    if (Status s = checkDeskName(desk); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("DELETE FROM kopii_desk WHERE name = ?"));
        q.addBindValue(desk);
        if (!q.exec())
            return m_session.sqlError(q, tr("remove the desk"));
        if (q.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("The office server has no desk named %1.").arg(desk), {}};
        // Its open connections end with the role.
        return runAll({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(desk),
                       QStringLiteral("REVOKE ALL ON DATABASE \"%1\" FROM %2")
                           .arg(m_session.db().databaseName().replace(QLatin1Char('"'), QStringLiteral("\"\"")), ident(desk)),
                       QStringLiteral("DROP ROLE %1").arg(ident(desk))},
                      tr("remove the desk"));
    });
}

Result<std::optional<OfficeServer::Desk>> OfficeServer::currentDesk(SqlSession &session)
{
    QSqlQuery q(session.db());
    if (!q.exec(QStringLiteral("SELECT d.name, d.rnokpp, d.role FROM kopii_desk d WHERE d.name = current_user")))
        return session.sqlError(q, tr("read the desks"));
    if (!q.next())
        return std::optional<Desk>();
    return std::optional<Desk>(Desk{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}});
}

Result<QList<OfficeServer::Desk>> OfficeServer::desks()
{
    QSqlQuery q(m_session.db());
    if (!q.exec(QStringLiteral("SELECT d.name, d.rnokpp, d.role, coalesce(string_agg(b.branch_id::text, ',' ORDER BY "
                               "b.branch_id), '') FROM kopii_desk d LEFT JOIN kopii_desk_branch b ON b.desk = d.name "
                               "GROUP BY d.name, d.rnokpp, d.role ORDER BY d.name")))
        return m_session.sqlError(q, tr("read the desks"));
    QList<Desk> list;
    while (q.next()) {
        Desk d{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
        for (const QString &id : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            d.branches << id.toLongLong();
        list << d;
    }
    return list;
}

} // namespace kopii
