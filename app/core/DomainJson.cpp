// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DomainJson.h"

namespace kopii::json {

QJsonObject toJson(const Organization &org)
{
    QJsonObject o{{QStringLiteral("name"), org.name},
                  {QStringLiteral("kind"), organizationKindId(org.kind)},
                  {QStringLiteral("headFullName"), org.headFullName}};
    o.insert(org.kind == OrganizationKind::LegalEntity ? QStringLiteral("edrpou") : QStringLiteral("rnokpp"), org.code);
    return o;
}

QJsonObject toJson(const Branch &b)
{
    return QJsonObject{{QStringLiteral("id"), b.id},
                       {QStringLiteral("name"), b.name},
                       {QStringLiteral("email"), b.email},
                       {QStringLiteral("region"), b.region},
                       {QStringLiteral("district"), b.district},
                       {QStringLiteral("location"), b.location},
                       {QStringLiteral("street"), b.street},
                       {QStringLiteral("house"), b.house},
                       {QStringLiteral("customFullName"), b.customFullName},
                       {QStringLiteral("customFullAddress"), b.customFullAddress},
                       {QStringLiteral("note"), b.note}};
}

QJsonObject toJson(const Service &s, const QList<Branch> &branches)
{
    QJsonArray branchArray;
    for (RecordId id : s.branchIds) {
        QJsonObject ref{{QStringLiteral("id"), id}};
        for (const auto &b : branches)
            if (b.id == id)
                ref.insert(QStringLiteral("name"), b.name);
        branchArray << ref;
    }
    QJsonArray docs;
    for (const auto &code : s.documentKinds)
        docs << code;
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("branches"), branchArray},
                       {QStringLiteral("documentKinds"), docs},
                       {QStringLiteral("returnLink"), s.returnLink}};
}

QJsonObject toJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("objectType"), e.objectType},
                       {QStringLiteral("objectId"), e.objectId},
                       {QStringLiteral("summary"), e.summary}};
}

} // namespace kopii::json
