// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kopii {

class SqlSession;

// An office server's rights, enforced by PostgreSQL itself (docs/office-server.md): each person
// connects as a database role of their own, a member of one group role per Kopii role
// (kopii_reception, kopii_clerk, kopii_manager; kopii_watcher for the watcher service); grants and
// row-level security give each exactly what Kopii gives them (a clerk sees the submissions of the
// branches she is assigned to), and the audit log is append-only, sealed on the server by a
// trigger with a key no desk can read. Works on a session of the database's owner (the
// administrator who runs `kopii-cli server init`).
class OfficeServer
{
    Q_DECLARE_TR_FUNCTIONS(OfficeServer)

public:
    explicit OfficeServer(SqlSession &owner) : m_session(owner) {}

    // Makes the (migrated) database an office server's, idempotent: the group roles, the grants,
    // row-level security, the server's audit seal; then the first manager's desk. The manager's
    // РНОКПП binds the desk to her КЕП login.
    Status init(const QString &managerDesk, const Employee &manager, const Secret &password);
    // After a newer Kopii is installed: the roles' rights, the server's functions and triggers
    // brought to what this version sets up (its tables are upgraded by any desk that opens it).
    // Desks and their people stay as they are. Also the database owner's.
    Status update();
    // A person's desk: a login role in the group of `role`, with its password (sent to the
    // server only as a SCRAM verifier), the employee it is (РНОКПП, name), and for a clerk the
    // branches whose submissions she works on.
    Status addDesk(const QString &desk, const Employee &person, const Secret &password, const QList<RecordId> &branches);
    // The watcher service's login (kopii_watcher): stores mail, keeps mailboxes' state.
    Status addWatcher(const QString &desk, const Secret &password);
    // Drops the desk's login role and its assignments (the employee stays, for the audit log).
    Status removeDesk(const QString &desk);
    // The desks: login role, РНОКПП, role name ("clerk"...), assigned branch ids.
    struct Desk
    {
        QString name;
        QString rnokpp;
        QString role;
        QList<RecordId> branches;
    };
    Result<QList<Desk>> desks();
    // The desk `session` is connected as (its login role), none for a login that is no desk (the
    // database's owner).
    static Result<std::optional<Desk>> currentDesk(SqlSession &session);

    // Whether `session`'s database seals its audit log on the server (an office server).
    static Result<bool> sealsAuditLog(SqlSession &session);
    // A desk's name as PostgreSQL takes it: lower-case Latin letters, digits and '_', 1–48, not
    // starting with "kopii_" or "pg_"; the error names the rule.
    static Status checkDeskName(const QString &desk);

private:
    Status createDesk(const QString &desk, const QString &group, const Secret &password);
    Status runAll(const QStringList &statements, const QString &what);
    // The database's name, when the session is its owner with the right to create roles.
    Result<QString> ownedDatabase();
    QStringList setUpStatements(const QString &database) const;

    SqlSession &m_session;
};

} // namespace kopii
