// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Domain.h"

#include <QCryptographicHash>

#include <iterator>

namespace kopii {

QString auditSeal(const QString &previousSeal, const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto field = [&h](const QByteArray &bytes) {
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":"));
        h.addData(bytes);
    };
    field(QByteArrayLiteral("kopii-audit-1"));
    field(previousSeal.toLatin1());
    field(QByteArray::number(e.id));
    field(QByteArray::number(e.time.toMSecsSinceEpoch()));
    field(e.actor.toUtf8());
    field(e.action.toUtf8());
    field(e.objectType.toUtf8());
    field(QByteArray::number(e.objectId));
    field(e.summary.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString auditCsv(const QList<AuditEntry> &entries)
{
    auto cell = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r')))
            v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return v;
    };
    QString out = QStringLiteral("id,time_utc,actor,action,object_type,object_id,summary,seal\r\n");
    for (const AuditEntry &e : entries)
        out += QStringList{QString::number(e.id), e.time.toUTC().toString(Qt::ISODate), cell(e.actor),   cell(e.action),
                           cell(e.objectType),    QString::number(e.objectId),          cell(e.summary), e.hash}
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    return out;
}

const QStringList &verdictOrder()
{
    static const QStringList order = {QStringLiteral("valid"), QStringLiteral("valid-with-warnings"),
                                      QStringLiteral("not-qualified"), QStringLiteral("invalid"),
                                      QStringLiteral("indeterminate")};
    return order;
}

QString worstVerdict(const Submission &s)
{
    if (s.status == Submission::Status::Failed)
        return QStringLiteral("invalid");
    int worst = -1;
    for (const DocumentCopy &d : s.documents) {
        if (!d.verification)
            return QString(); // not all checked yet
        const int rank = int(verdictOrder().indexOf(d.verification->verdict));
        worst = qMax(worst, rank < 0 ? int(verdictOrder().size()) - 1 : rank); // unknown: as bad as it gets
    }
    return worst < 0 ? QString() : verdictOrder().at(worst);
}

QString organizationKindId(OrganizationKind kind)
{
    return kind == OrganizationKind::SoleProprietor ? QStringLiteral("sole-proprietor") : QStringLiteral("legal-entity");
}

bool organizationKindFromId(const QString &id, OrganizationKind *kind)
{
    if (id == QLatin1String("legal-entity")) {
        *kind = OrganizationKind::LegalEntity;
        return true;
    }
    if (id == QLatin1String("sole-proprietor")) {
        *kind = OrganizationKind::SoleProprietor;
        return true;
    }
    return false;
}

QString *branchField(Branch &b, const QString &field)
{
    QString *const fields[] = {&b.name,   &b.email, &b.region,         &b.district,          &b.location,
                               &b.street, &b.house, &b.customFullName, &b.customFullAddress, &b.note};
    const char *const ids[] = {"name",   "email", "region",         "district",          "location",
                               "street", "house", "customFullName", "customFullAddress", "note"};
    for (size_t i = 0; i < std::size(ids); ++i)
        if (field == QLatin1String(ids[i]))
            return fields[i];
    return nullptr;
}

QString Branch::displayAddress() const
{
    if (!customFullAddress.isEmpty())
        return customFullAddress;
    QStringList parts;
    for (const QString &p : {street, house, location, district, region})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Reception: return QStringLiteral("reception");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Manager: return QStringLiteral("manager");
    }
    return {};
}

bool roleFromId(const QString &id, Role *role)
{
    for (Role r : {Role::Reception, Role::Clerk, Role::Manager}) {
        if (roleId(r) == id) {
            *role = r;
            return true;
        }
    }
    return false;
}

bool isImapKeyword(const QString &keyword)
{
    if (keyword.isEmpty() || keyword.size() > 64)
        return false;
    for (const QChar c : keyword) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '$' || u == '_'
            || u == '.' || u == '+' || u == ':' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isImapFolderName(const QString &folder)
{
    if (folder.trimmed().isEmpty() || folder.size() > 200)
        return false;
    for (const QChar c : folder)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            return false;
    return true;
}

bool isAfterIngestAction(const QString &action)
{
    if (action == QLatin1String("keep"))
        return true;
    if (action.startsWith(QLatin1String("flag:")))
        return isImapKeyword(action.mid(5));
    if (action.startsWith(QLatin1String("move:")))
        return isImapFolderName(action.mid(5));
    return false;
}

QString mailboxSecurityId(Mailbox::Security security)
{
    switch (security) {
    case Mailbox::Security::Tls: return QStringLiteral("tls");
    case Mailbox::Security::StartTls: return QStringLiteral("starttls");
    case Mailbox::Security::None: return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

bool mailboxSecurityFromId(const QString &id, Mailbox::Security *security)
{
    for (auto s : {Mailbox::Security::Tls, Mailbox::Security::StartTls, Mailbox::Security::None})
        if (mailboxSecurityId(s) == id) {
            *security = s;
            return true;
        }
    return false;
}

QString trustRoleId(TrustEntry::Role role)
{
    switch (role) {
    case TrustEntry::Role::Helper: return QStringLiteral("ca");
    case TrustEntry::Role::Anchor: return QStringLiteral("anchor");
    case TrustEntry::Role::QualifiedCa: return QStringLiteral("qualified-ca");
    case TrustEntry::Role::Service: return QStringLiteral("service");
    case TrustEntry::Role::TlSigner: return QStringLiteral("tl-signer");
    }
    return QStringLiteral("ca");
}

TrustEntry::Role trustRoleFromId(const QString &id)
{
    for (TrustEntry::Role r :
         {TrustEntry::Role::Anchor, TrustEntry::Role::QualifiedCa, TrustEntry::Role::Service, TrustEntry::Role::TlSigner})
        if (trustRoleId(r) == id)
            return r;
    return TrustEntry::Role::Helper;
}

} // namespace kopii
