// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxRules.h"
#include "mail/OAuthProvider.h"

#include <QJsonDocument>

#include "core/SqlSession.h"
#include "core/Validator.h"

namespace kopii {

MailboxRules::MailboxRules(AccessGuard &guard)
    : m_guard(guard), m_session(guard.session()), m_mailboxes(m_session), m_org(m_session)
{
}

Result<QList<Mailbox>> MailboxRules::mailboxes()
{
    return m_mailboxes.mailboxes();
}

Result<Mailbox> MailboxRules::findMailbox(const QString &idOrName)
{
    const auto all = m_mailboxes.mailboxes();
    if (!all)
        return all.error();
    bool isNumber = false;
    const RecordId id = idOrName.toLongLong(&isNumber);
    for (const Mailbox &m : *all)
        if ((isNumber && m.id == id) || m.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    return Error{Error::Code::NotFound, tr("There is no mailbox \"%1\".").arg(idOrName), {}};
}

Status MailboxRules::checkMailbox(Mailbox &m, RecordId self)
{
    m.name = m.name.simplified();
    m.host = m.host.trimmed().toLower();
    m.user = m.user.trimmed();
    m.folder = m.folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : m.folder.trimmed();
    QList<FieldError> errors;
    if (m.name.isEmpty() || m.name.size() > 64)
        errors << FieldError{QStringLiteral("name"), QStringLiteral("length"), tr("Name: must have 1 to 64 characters.")};
    if (m.host.isEmpty() || m.host.contains(QLatin1Char(' ')))
        errors << FieldError{QStringLiteral("host"), QStringLiteral("format"),
                             tr("Server: enter the IMAP server's name, e.g. imap.ukr.net.")};
    if (m.port < 1 || m.port > 65535)
        errors << FieldError{QStringLiteral("port"), QStringLiteral("range"), tr("Port: must be 1 to 65535.")};
    if (m.user.isEmpty())
        errors << FieldError{QStringLiteral("user"), QStringLiteral("required"), tr("User: enter the login of the mailbox.")};
    const bool loopback =
        m.host == QLatin1String("localhost") || m.host == QLatin1String("127.0.0.1") || m.host == QLatin1String("::1");
    if (m.security == Mailbox::Security::None && !loopback)
        errors << FieldError{QStringLiteral("security"), QStringLiteral("plain"),
                             tr("Security: unencrypted IMAP would send the password and the citizens' documents in the "
                                "clear; it is allowed only to this computer. Use TLS or STARTTLS.")};
    if (!isAfterIngestAction(m.afterIngest))
        errors << FieldError{QStringLiteral("afterIngest"), QStringLiteral("format"),
                             tr("After ingest: use keep, flag:KEYWORD (letters, digits and $_.+:- only, at most 64) or "
                                "move:FOLDER (no control characters).")};
    if (!isImapFolderName(m.folder))
        errors << FieldError{QStringLiteral("folder"), QStringLiteral("format"),
                             tr("Folder: enter the folder's name, e.g. INBOX (no control characters).")};
    if (!m.pinSha256.isEmpty()) {
        m.pinSha256 = m.pinSha256.remove(QLatin1Char(':')).toLower();
        if (m.pinSha256.size() != 64 || QByteArray::fromHex(m.pinSha256.toLatin1()).size() != 32)
            errors << FieldError{QStringLiteral("pinSha256"), QStringLiteral("format"),
                                 tr("Certificate fingerprint: 64 hexadecimal digits (SHA-256).")};
    }
    if (!m.oauth.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(m.oauth.toUtf8());
        const auto provider = OAuthProvider::fromJson(doc.object());
        if (!provider)
            errors << FieldError{QStringLiteral("oauth"), QStringLiteral("format"), provider.error().fullText()};
        else if (provider->clientId.isEmpty())
            errors << FieldError{QStringLiteral("oauth"), QStringLiteral("client-id"),
                                 tr("Sign-in with %1: enter the client id of the application your organisation "
                                    "registered with %1 (see the manual's chapter on mailboxes with Google and Microsoft).")
                                     .arg(provider->name)};
        else
            m.oauth = QString::fromUtf8(QJsonDocument(provider->toJson()).toJson(QJsonDocument::Compact));
    }
    if (m.branchId) {
        if (auto b = m_org.branch(m.branchId); !b)
            errors << FieldError{QStringLiteral("branch"), QStringLiteral("missing"), b.error().message};
    }
    if (!errors.isEmpty())
        return Error{Error::Code::Validation, errors.first().message, errors};
    const auto all = m_mailboxes.mailboxes();
    if (!all)
        return all.error();
    for (const Mailbox &other : *all)
        if (other.id != self && other.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return Error{Error::Code::Conflict,
                         tr("A mailbox named \"%1\" already exists.").arg(m.name),
                         {FieldError{QStringLiteral("name"), QStringLiteral("duplicate"),
                                     tr("A mailbox named \"%1\" already exists.").arg(m.name)}}};
    return {};
}

Result<RecordId> MailboxRules::addMailbox(const Mailbox &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed.error();
    Mailbox m = input;
    if (Status s = checkMailbox(m, 0); !s)
        return s.error();
    m.uidValidity = 0;
    m.lastUid = 0;
    RecordId id = 0;
    const Status s = m_session.writeTransaction([&]() -> Status {
        const auto inserted = m_mailboxes.insertMailbox(m);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_guard.audit(QStringLiteral("mailbox.add"), QStringLiteral("mailbox"), id, QString());
    });
    if (!s)
        return s.error();
    return id;
}

Status MailboxRules::editMailbox(const Mailbox &input)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    Mailbox m = input;
    if (Status s = checkMailbox(m, m.id); !s)
        return s;
    return m_session.writeTransaction([&]() -> Status {
        const auto all = m_mailboxes.mailboxes();
        if (!all)
            return all.error();
        const Mailbox *old = nullptr;
        for (const Mailbox &x : *all)
            if (x.id == m.id)
                old = &x;
        if (!old)
            return Error{Error::Code::NotFound, tr("There is no mailbox \"%1\".").arg(m.id), {}};
        // Another server, account or folder starts from the beginning; otherwise the state stays.
        const bool sameFolder = old->host == m.host && old->user == m.user && old->folder == m.folder;
        m.uidValidity = sameFolder ? old->uidValidity : 0;
        m.lastUid = sameFolder ? old->lastUid : 0;
        m.lastSync = old->lastSync;
        m.lastError = old->lastError;
        if (Status s = m_mailboxes.updateMailbox(m); !s)
            return s;
        return m_guard.audit(QStringLiteral("mailbox.edit"), QStringLiteral("mailbox"), m.id, QString());
    });
}

Status MailboxRules::removeMailbox(RecordId id)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_session.writeTransaction([&]() -> Status {
        if (Status s = m_mailboxes.deleteMailbox(id); !s)
            return s;
        return m_guard.audit(QStringLiteral("mailbox.remove"), QStringLiteral("mailbox"), id, QString());
    });
}

} // namespace kopii
