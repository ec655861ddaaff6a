// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Migrations.h"

#include "core/Log.h"
#include "core/SqlDialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list = {
        {1,
         "organisation, branches, services and their document kinds",
         {
             QStringLiteral("CREATE TABLE kopii_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO kopii_meta (key, value) VALUES ('application', 'kopii')"),
             QStringLiteral("INSERT INTO kopii_meta (key, value) VALUES ('schema_version', '0')"),
             QStringLiteral("CREATE TABLE organization ("
                            " id %I64% PRIMARY KEY CHECK (id = 1),"
                            " name TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('legal-entity', 'sole-proprietor')),"
                            " code TEXT NOT NULL,"
                            " head_full_name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE branch ("
                            " id %ID%,"
                            " name TEXT NOT NULL,"
                            " name_key TEXT NOT NULL UNIQUE,"
                            " email TEXT NOT NULL,"
                            " email_key TEXT NOT NULL UNIQUE,"
                            " region TEXT NOT NULL,"
                            " district TEXT NOT NULL,"
                            " location TEXT NOT NULL,"
                            " street TEXT NOT NULL,"
                            " house TEXT NOT NULL,"
                            " custom_full_name TEXT NOT NULL DEFAULT '',"
                            " custom_full_address TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE service ("
                            " id %ID%,"
                            " name TEXT NOT NULL,"
                            " name_key TEXT NOT NULL UNIQUE,"
                            " return_link TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE service_branch ("
                            " service_id %I64% NOT NULL REFERENCES service (id) ON DELETE CASCADE,"
                            " branch_id %I64% NOT NULL REFERENCES branch (id) ON DELETE RESTRICT,"
                            " PRIMARY KEY (service_id, branch_id))"),
             QStringLiteral("CREATE INDEX service_branch_by_branch ON service_branch (branch_id)"),
             QStringLiteral("CREATE TABLE service_document ("
                            " service_id %I64% NOT NULL REFERENCES service (id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " PRIMARY KEY (service_id, kind))"),
         }},
        {2,
         "audit log of changes",
         {
             QStringLiteral("CREATE TABLE audit_log ("
                            " id %ID%,"
                            " time_ms %I64% NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " object_type TEXT NOT NULL,"
                            " object_id %I64% NOT NULL DEFAULT 0,"
                            " summary TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (time_ms)"),
         }},
        {3,
         "employees with roles, the workspace trust store",
         {
             QStringLiteral("CREATE TABLE employee ("
                            " rnokpp TEXT PRIMARY KEY,"
                            " full_name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('reception', 'clerk', 'manager')),"
                            " added_ms %I64% NOT NULL)"),
             QStringLiteral("CREATE TABLE trust_entry ("
                            " sha256 TEXT PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('certificate', 'crl')),"
                            " der %BLOB% NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " source TEXT NOT NULL DEFAULT '',"
                            " added_ms %I64% NOT NULL)"),
         }},
        {4,
         "signed documents of the organisation (the accession application)",
         {
             QStringLiteral("CREATE TABLE signed_document ("
                            " id %ID%,"
                            " kind TEXT NOT NULL,"
                            " file_name TEXT NOT NULL,"
                            " pdf %BLOB% NOT NULL,"
                            " signature %BLOB% NOT NULL,"
                            " signer_name TEXT NOT NULL,"
                            " signer_rnokpp TEXT NOT NULL,"
                            " signed_ms %I64% NOT NULL)"),
             QStringLiteral("CREATE INDEX signed_document_by_kind ON signed_document (kind, signed_ms)"),
         }},
        {5,
         "the QR code of each service at each branch",
         {
             QStringLiteral("CREATE TABLE poster_code ("
                            " id %ID%,"
                            " service_id %I64% NOT NULL REFERENCES service (id) ON DELETE CASCADE,"
                            " branch_id %I64% NOT NULL REFERENCES branch (id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('portal', 'signed')),"
                            " text TEXT NOT NULL,"
                            " source TEXT NOT NULL DEFAULT '',"
                            " added_ms %I64% NOT NULL,"
                            " expires_ms %I64% NOT NULL DEFAULT 0,"
                            " UNIQUE (service_id, branch_id))"),
         }},
        {6,
         "submissions: received messages and their document copies",
         {
             QStringLiteral("CREATE TABLE submission ("
                            " id %ID%,"
                            " status TEXT NOT NULL CHECK (status IN ('received', 'failed')),"
                            " failure TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL,"
                            " mailbox_id %I64% NOT NULL DEFAULT 0,"
                            " branch_id %I64% NOT NULL DEFAULT 0,"
                            " message_id TEXT NOT NULL DEFAULT '',"
                            " content_hash %BLOB% NOT NULL UNIQUE,"
                            " sender TEXT NOT NULL DEFAULT '',"
                            " sender_name TEXT NOT NULL DEFAULT '',"
                            " subject TEXT NOT NULL DEFAULT '',"
                            " sent_ms %I64% NOT NULL DEFAULT 0,"
                            " received_ms %I64% NOT NULL,"
                            " recipient TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX submission_by_received ON submission (received_ms)"),
             QStringLiteral("CREATE INDEX submission_by_message_id ON submission (message_id)"),
             QStringLiteral("CREATE TABLE document_copy ("
                            " id %ID%,"
                            " submission_id %I64% NOT NULL REFERENCES submission (id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " pdf_name TEXT NOT NULL DEFAULT '',"
                            " pdf %BLOB%,"
                            " p7s_name TEXT NOT NULL DEFAULT '',"
                            " p7s %BLOB%)"),
             QStringLiteral("CREATE INDEX document_copy_by_submission ON document_copy (submission_id)"),
             QStringLiteral("CREATE TABLE raw_message ("
                            " submission_id %I64% PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,"
                            " data %BLOB% NOT NULL)"),
         }},
        {7,
         "mailboxes Kopii watches, with their sync state",
         {
             QStringLiteral("CREATE TABLE mailbox ("
                            " id %ID%,"
                            " name TEXT NOT NULL UNIQUE,"
                            " branch_id %I64% NOT NULL DEFAULT 0,"
                            " host TEXT NOT NULL,"
                            " port INTEGER NOT NULL,"
                            " security TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),"
                            " username TEXT NOT NULL,"
                            " folder TEXT NOT NULL DEFAULT 'INBOX',"
                            " after_ingest TEXT NOT NULL DEFAULT 'keep',"
                            " ca_file TEXT NOT NULL DEFAULT '',"
                            " pin_sha256 TEXT NOT NULL DEFAULT '',"
                            " password_file TEXT NOT NULL DEFAULT '',"
                            " uid_validity %I64% NOT NULL DEFAULT 0,"
                            " last_uid %I64% NOT NULL DEFAULT 0,"
                            " last_sync_ms %I64% NOT NULL DEFAULT 0,"
                            " last_error TEXT NOT NULL DEFAULT '')"),
         }},
        {8,
         "verification results of documents, the state of submissions",
         {
             QStringLiteral("CREATE TABLE verification ("
                            " document_id %I64% PRIMARY KEY REFERENCES document_copy (id) ON DELETE CASCADE,"
                            " verdict TEXT NOT NULL,"
                            " summary TEXT NOT NULL,"
                            " checks TEXT NOT NULL,"
                            " signer_name TEXT NOT NULL DEFAULT '',"
                            " signer_rnokpp TEXT NOT NULL DEFAULT '',"
                            " signer_edrpou TEXT NOT NULL DEFAULT '',"
                            " signing_ms %I64% NOT NULL DEFAULT 0,"
                            " verified_ms %I64% NOT NULL,"
                            " trust_version TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN state TEXT NOT NULL DEFAULT 'new'"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN processed_ms %I64% NOT NULL DEFAULT 0"),
         }},
        {9,
         "the audit log becomes a hash chain (entries written before are sealed by SqlStore on upgrade)",
         {
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN seal TEXT NOT NULL DEFAULT ''"),
         }},
        {10,
         "OCSP answers about signers' certificates, kept until they are out of date",
         {
             QStringLiteral("CREATE TABLE ocsp_response ("
                            " cert_key TEXT PRIMARY KEY,"
                            " response %BLOB% NOT NULL,"
                            " fetched_ms %I64% NOT NULL,"
                            " next_update_ms %I64% NOT NULL DEFAULT 0)"),
         }},
        {11,
         "submissions get their service, and a summary (worst verdict, signer, search text) the inbox filters "
         "and sorts on; SqlStore fills it for the submissions stored before",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN service_id %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN verdict_rank INTEGER NOT NULL DEFAULT -1"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN signer TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN search TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN summary_ok INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX submission_by_summary_ok ON submission (summary_ok)"),
             QStringLiteral("CREATE INDEX submission_by_branch ON submission (branch_id, received_ms)"),
         }},
        {12,
         "verification results keep the signer's issuer, the chain, the timestamp's time and the algorithm",
         {
             QStringLiteral("ALTER TABLE verification ADD COLUMN issuer TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN chain TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN timestamp_ms %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN algorithm TEXT NOT NULL DEFAULT ''"),
         }},
        {13,
         "trusted CAs keep the OCSP and time-stamping addresses of their provider from a trusted list",
         {
             QStringLiteral("ALTER TABLE trust_entry ADD COLUMN addresses TEXT NOT NULL DEFAULT ''"),
         }},
        {14,
         "trust entries say what they are trusted for; a root imported before is no anchor until a manager confirms it",
         {
             QStringLiteral("ALTER TABLE trust_entry ADD COLUMN role TEXT NOT NULL DEFAULT 'ca'"),
             QStringLiteral("ALTER TABLE trust_entry ADD COLUMN withdrawn_ms %I64% NOT NULL DEFAULT 0"),
         }},
        {15,
         "verification results keep their ETSI indication and the time they were judged at",
         {
             QStringLiteral("ALTER TABLE verification ADD COLUMN indication TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN sub_indication TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN poe TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE verification ADD COLUMN poe_ms %I64% NOT NULL DEFAULT 0"),
         }},
        {16,
         "mailboxes remember the message being read, so that one that stops Kopii twice is set aside",
         {
             QStringLiteral("ALTER TABLE mailbox ADD COLUMN attempt_uid %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE mailbox ADD COLUMN attempt_count INTEGER NOT NULL DEFAULT 0"),
         }},
        {17,
         "sort keys for the inbox's sender and signer columns that order Cyrillic as the Ukrainian "
         "alphabet does, the same in every SQL database (SortKey); SubmissionSql fills them with the "
         "summary, which is made stale here",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN sender_sort %BLOB%"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN signer_sort %BLOB%"),
             QStringLiteral("UPDATE submission SET summary_ok = 0"),
         }},
        {18,
         "received messages are kept without the encoded bodies of their documents, which are kept decoded "
         "beside them; the notes say where each body was and how to rebuild it (RawMessage)",
         {
             QStringLiteral("ALTER TABLE raw_message ADD COLUMN elided TEXT NOT NULL DEFAULT ''"),
         }},
        {19,
         "submissions keep their documents' names for the inbox summary, which reads them again after "
         "each verification (a document's own p7s_name lies after its PDF); NULL for those stored "
         "before, which SubmissionSql reads from the documents once",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN document_names TEXT"),
         }},
        {20,
         "every QR code the office has kept, with the names of its service and branch at the time, kept "
         "for good: a poster on the wall with a code replaced since is recognised as the office's own",
         {
             QStringLiteral("CREATE TABLE poster_code_history ("
                            " id %ID%,"
                            " text TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " service_id %I64% NOT NULL,"
                            " branch_id %I64% NOT NULL,"
                            " service_name TEXT NOT NULL DEFAULT '',"
                            " branch_name TEXT NOT NULL DEFAULT '',"
                            " added_ms %I64% NOT NULL)"),
             QStringLiteral("INSERT INTO poster_code_history (text, kind, service_id, branch_id, service_name, branch_name, "
                            "added_ms) SELECT p.text, p.kind, p.service_id, p.branch_id, s.name, b.name, p.added_ms "
                            "FROM poster_code p JOIN service s ON s.id = p.service_id JOIN branch b ON b.id = p.branch_id "
                            "ORDER BY p.added_ms, p.id"),
         }},
        {21,
         "a submission in work by a person (a lease that lapses when it is not renewed), and a version that "
         "every change of its state counts, for desks that share one inbox",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN taken_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN taken_until_ms %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN row_version %I64% NOT NULL DEFAULT 0"),
         }},
        {22,
         "each document's sizes beside its bytes, so that listing the inbox never reads them (an office "
         "server gives its desks the bytes only through the function that logs each look)",
         {
             QStringLiteral("ALTER TABLE document_copy ADD COLUMN pdf_size %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE document_copy ADD COLUMN p7s_size %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE document_copy SET pdf_size = coalesce(length(pdf), 0), p7s_size = coalesce(length(p7s), 0)"),
         }},
        {23,
         "a submission from a mailbox knows its place there (UIDVALIDITY and UID), unique per mailbox: a "
         "message is stored once whichever watcher stores it, beside the unique content hash",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN uid_validity %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN uid %I64% NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE UNIQUE INDEX submission_by_mailbox_uid ON submission (mailbox_id, uid_validity, uid) "
                            "WHERE uid > 0"),
         }},
        {24,
         "a mailbox may sign in with OAuth 2.0 (Google, Microsoft, an organisation's own provider): the provider "
         "and the organisation's client id, as JSON; the tokens are kept in the keychain, never here",
         {
             QStringLiteral("ALTER TABLE mailbox ADD COLUMN oauth TEXT NOT NULL DEFAULT ''"),
         }},
        {25,
         "the register of incoming documents: each stored submission's number (per year, with the prefix the "
         "manager set for its service or branch), never reused; an entry outlives its submission and says when "
         "and how it was deleted",
         {
             QStringLiteral("CREATE TABLE register_counter ("
                            " year INTEGER NOT NULL,"
                            " prefix TEXT NOT NULL,"
                            " last_number %I64% NOT NULL,"
                            " PRIMARY KEY (year, prefix))"),
             QStringLiteral("CREATE TABLE register_entry ("
                            " id %ID%,"
                            " number TEXT NOT NULL UNIQUE,"
                            " year INTEGER NOT NULL,"
                            " prefix TEXT NOT NULL,"
                            " sequence %I64% NOT NULL,"
                            " submission_id %I64% UNIQUE,"
                            " received_ms %I64% NOT NULL,"
                            " sender TEXT NOT NULL DEFAULT '',"
                            " recipient TEXT NOT NULL DEFAULT '',"
                            " branch_id %I64% NOT NULL DEFAULT 0,"
                            " service_id %I64% NOT NULL DEFAULT 0,"
                            " documents TEXT NOT NULL DEFAULT '',"
                            " deleted_ms %I64% NOT NULL DEFAULT 0,"
                            " deleted_how TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (year, prefix, sequence))"),
             QStringLiteral("CREATE INDEX register_entry_by_time ON register_entry (received_ms)"),
             QStringLiteral("ALTER TABLE branch ADD COLUMN register_prefix TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE service ADD COLUMN register_prefix TEXT NOT NULL DEFAULT ''"),
         }},
        {26,
         "the hand-off to the office's records: a branch's or service's hot folder, where a submission's package "
         "(its files, the protocol and the register card) is written when it is processed or when it arrives",
         {
             QStringLiteral("ALTER TABLE branch ADD COLUMN handoff_folder TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE branch ADD COLUMN handoff_when TEXT NOT NULL DEFAULT 'processed'"),
             QStringLiteral("ALTER TABLE service ADD COLUMN handoff_folder TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE service ADD COLUMN handoff_when TEXT NOT NULL DEFAULT 'processed'"),
         }},
        {27,
         "retention per service (days after processing and a maximum age; -1: the workspace's) and a legal hold "
         "that keeps a submission from any deletion until a manager lifts it (its reason; empty: none)",
         {
             QStringLiteral("ALTER TABLE service ADD COLUMN retention_after_processed_days INTEGER NOT NULL DEFAULT -1"),
             QStringLiteral("ALTER TABLE service ADD COLUMN retention_max_age_days INTEGER NOT NULL DEFAULT -1"),
             QStringLiteral("ALTER TABLE submission ADD COLUMN legal_hold TEXT NOT NULL DEFAULT ''"),
         }},
        {28,
         "a submission knows whether its package went to a hot folder on arrival: when (0: not yet; -1: it "
         "arrived before its branch or service handed on at arrival), so that each is handed on once",
         {
             QStringLiteral("ALTER TABLE submission ADD COLUMN handed_off_ms %I64% NOT NULL DEFAULT 0"),
         }},
        {29,
         "the protocol at intake: a submission's verification protocol (PDF and ETSI XML) made when it arrived "
         "and its signatures were checked, kept with it, and its seal (CAdES over the PDF) once the key the "
         "manager chose has sealed it",
         {
             QStringLiteral("CREATE TABLE intake_protocol ("
                            " submission_id %I64% PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,"
                            " checked_ms %I64% NOT NULL,"
                            " pdf %BLOB% NOT NULL,"
                            " xml %BLOB% NOT NULL,"
                            " seal %BLOB%,"
                            " sealed_ms %I64% NOT NULL DEFAULT 0,"
                            " sealer TEXT NOT NULL DEFAULT '')"),
         }},
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db, const SqlDialect &dialect)
{
    const auto has = dialect.hasTable(db, QStringLiteral("kopii_meta"));
    if (!has)
        return has.error();
    if (!*has)
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM kopii_meta WHERE key = 'schema_version'")))
        return Error{dialect.classify(q.lastError()), q.lastError().text(), {}};
    if (!q.next())
        return Error{Error::Code::Corrupt, QStringLiteral("kopii_meta has no schema_version"), {}};
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return Error{Error::Code::Corrupt, QStringLiteral("schema_version is not a number"), {}};
    return version;
}

Status Migrations::migrate(QSqlDatabase &db, const SqlDialect &dialect, int target)
{
    if (target < 0)
        target = latestVersion();
    const auto current = currentVersion(db, dialect);
    if (!current)
        return current.error();
    for (const Step &step : steps()) {
        if (step.version <= *current || step.version > target)
            continue;
        if (const auto failed = dialect.beginWrite(db))
            return Error{dialect.classify(*failed), failed->text(), {}};
        QSqlQuery q(db);
        auto rollback = [&](const QSqlError &e) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error{
                dialect.classify(e), QStringLiteral("migration to version %1 failed: %2").arg(step.version).arg(e.text()), {}};
        };
        // Another program (a second desk of an office server) may have taken this step while this
        // one waited for the write lock.
        const auto now = currentVersion(db, dialect);
        if (!now) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return now.error();
        }
        if (*now >= step.version) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        for (const QString &statement : step.statements)
            if (!q.exec(dialect.ddl(statement)))
                return rollback(q.lastError());
        q.prepare(QStringLiteral("UPDATE kopii_meta SET value = ? WHERE key = 'schema_version'"));
        q.addBindValue(QString::number(step.version));
        if (!q.exec())
            return rollback(q.lastError());
        if (!q.exec(QStringLiteral("COMMIT")))
            return rollback(q.lastError());
        qCInfo(lcStore) << "migrated the workspace database to version" << step.version << "-" << step.description;
    }
    return {};
}

} // namespace kopii
