// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "inbox/RegisterSql.h"

#include <QCoreApplication>
#include <QDate>

namespace kopii {

class AccessGuard;

// The register of incoming documents as people use it: read by clerks and managers (it names
// senders), numbered by the prefixes the manager sets (audited), printed and exported for a period.
class Register
{
    Q_DECLARE_TR_FUNCTIONS(Register)

public:
    explicit Register(AccessGuard &guard);

    // The entries of submissions that arrived from `from` to `to` (local dates, both included;
    // invalid: no bound), oldest first.
    Result<QList<RegisterEntry>> entries(const QDate &from, const QDate &to);
    // The entry of a registration number ("Ц-2026/000123"), or NotFound.
    Result<RegisterEntry> find(const QString &number);
    // A branch's or service's prefix ("branch" / "service"): the manager's, audited.
    Status setPrefix(const QString &table, RecordId id, const QString &prefix);

    // UTF-8 with a byte order mark, ";" between cells, CRLF: Excel in a Ukrainian locale opens it
    // as a table. A cell a spreadsheet would take for a formula (=, +, -, @) begins with "'".
    static QByteArray csv(const QList<RegisterEntry> &entries);
    // The printable register: A4 landscape, PDF/A, Ukrainian, with the period and the organisation.
    static Result<QByteArray> pdf(const QList<RegisterEntry> &entries, const QDate &from, const QDate &to,
                                  const QString &organization);
    // In Ukrainian, for the PDF and the CSV: the verdict, the state or when it was deleted.
    static QString verdictText(const RegisterEntry &entry);
    static QString stateText(const RegisterEntry &entry);

private:
    AccessGuard &m_guard;
};

} // namespace kopii
