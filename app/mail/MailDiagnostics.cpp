// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailDiagnostics.h"

#include "mail/MailboxSql.h"

#include <QLocale>

#include <gmime/gmime.h>

namespace kopii {

DiagnosticsSection MailDiagnostics::mailboxes(SqlSession &session)
{
    DiagnosticsSection section{tr("Mail"), {}};
    section.rows.append(
        {tr("GMime"), QStringLiteral("%1.%2.%3").arg(gmime_major_version).arg(gmime_minor_version).arg(gmime_micro_version)});
    const auto boxes = MailboxSql(session).mailboxes();
    if (!boxes) {
        section.rows.append({tr("Mailboxes"), boxes.error().message});
        return section;
    }
    if (boxes->isEmpty())
        section.rows.append({tr("Mailboxes"), tr("none set up")});
    for (const Mailbox &m : *boxes) {
        const QString security = m.security == Mailbox::Security::Tls ? QStringLiteral("TLS")
            : m.security == Mailbox::Security::StartTls               ? QStringLiteral("STARTTLS")
                                                                      : tr("no encryption (this computer only)");
        QString state = m.lastSync.isValid()
            ? tr("last checked %1").arg(QLocale().toString(m.lastSync.toLocalTime(), QLocale::ShortFormat))
            : tr("never checked");
        state += m.lastError.isEmpty() ? QStringLiteral(", ") + tr("no error")
                                       : QStringLiteral(", ") + tr("last error: %1").arg(m.lastError);
        section.rows.append(
            {tr("Mailbox «%1»").arg(m.name),
             QStringLiteral("%1:%2 (%3), %4, %5")
                 .arg(m.host)
                 .arg(m.port)
                 .arg(security, m.pinSha256.isEmpty() ? tr("certificate checked against CAs") : tr("certificate pinned"),
                      state)});
    }
    return section;
}

} // namespace kopii
