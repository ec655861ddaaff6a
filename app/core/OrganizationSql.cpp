// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OrganizationSql.h"

#include "core/SqlSession.h"

#include "core/Validator.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {
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
    q.addBindValue(sqlText(b.name));
    q.addBindValue(sqlText(Validator::duplicateKey(b.name)));
    q.addBindValue(sqlText(b.email));
    q.addBindValue(sqlText(Validator::duplicateKey(b.email)));
    q.addBindValue(sqlText(b.region));
    q.addBindValue(sqlText(b.district));
    q.addBindValue(sqlText(b.location));
    q.addBindValue(sqlText(b.street));
    q.addBindValue(sqlText(b.house));
    q.addBindValue(sqlText(b.customFullName));
    q.addBindValue(sqlText(b.customFullAddress));
    q.addBindValue(sqlText(b.note));
}
} // namespace

Result<std::optional<Organization>> OrganizationSql::organization()
{
    QSqlQuery q(m_session.db());
    if (!q.exec(QStringLiteral("SELECT name, kind, code, head_full_name FROM organization WHERE id = 1")))
        return m_session.sqlError(q, tr("read the organization"));
    if (!q.next())
        return std::optional<Organization>();
    Organization org;
    org.name = q.value(0).toString();
    organizationKindFromId(q.value(1).toString(), &org.kind);
    org.code = q.value(2).toString();
    org.headFullName = q.value(3).toString();
    return std::optional<Organization>(org);
}

Status OrganizationSql::saveOrganization(const Organization &org)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("INSERT INTO organization (id, name, kind, code, head_full_name) VALUES (1, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                             "code = excluded.code, head_full_name = excluded.head_full_name"));
    q.addBindValue(sqlText(org.name));
    q.addBindValue(organizationKindId(org.kind));
    q.addBindValue(sqlText(org.code));
    q.addBindValue(sqlText(org.headFullName));
    if (!q.exec())
        return m_session.sqlError(q, tr("save the organization"));
    return {};
}

Result<QList<Branch>> OrganizationSql::branches()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM branch ORDER BY name_key, id").arg(branchColumns())))
        return m_session.sqlError(q, tr("read the branches"));
    QList<Branch> list;
    while (q.next())
        list << branchFromQuery(q);
    return list;
}

Result<Branch> OrganizationSql::branch(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT %1 FROM branch WHERE id = ?").arg(branchColumns()));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("read a branch"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(id), {}};
    return branchFromQuery(q);
}

Result<RecordId> OrganizationSql::insertBranch(const Branch &b)
{
    QSqlQuery q(m_session.db());
    q.prepare(
        QStringLiteral("INSERT INTO branch (name, name_key, email, email_key, region, district, location, street, house, "
                       "custom_full_name, custom_full_address, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindBranch(q, b);
    if (!q.exec() || !q.next())
        return m_session.sqlError(q, tr("add the branch"));
    return q.value(0).toLongLong();
}

Status OrganizationSql::updateBranch(const Branch &b)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE branch SET name = ?, name_key = ?, email = ?, email_key = ?, region = ?, district = ?, "
                             "location = ?, street = ?, house = ?, custom_full_name = ?, custom_full_address = ?, note = ? "
                             "WHERE id = ?"));
    bindBranch(q, b);
    q.addBindValue(b.id);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the branch"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(b.id), {}};
    return {};
}

Status OrganizationSql::deleteBranch(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM branch WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("remove the branch"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no branch with number %1.").arg(id), {}};
    return {};
}

Result<QList<Service>> OrganizationSql::loadServices(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, return_link FROM service %1 ORDER BY name_key, id").arg(where));
    for (const auto &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the services"));
    QList<Service> list;
    while (q.next()) {
        Service s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.returnLink = q.value(2).toString();
        list << s;
    }
    QSqlQuery links(m_session.db());
    links.prepare(QStringLiteral("SELECT branch_id FROM service_branch WHERE service_id = ? ORDER BY branch_id"));
    QSqlQuery docs(m_session.db());
    docs.prepare(QStringLiteral("SELECT kind FROM service_document WHERE service_id = ? ORDER BY position"));
    for (Service &s : list) {
        links.addBindValue(s.id);
        if (!links.exec())
            return m_session.sqlError(links, tr("read the services"));
        while (links.next())
            s.branchIds << links.value(0).toLongLong();
        docs.addBindValue(s.id);
        if (!docs.exec())
            return m_session.sqlError(docs, tr("read the services"));
        while (docs.next())
            s.documentKinds << docs.value(0).toString();
    }
    return list;
}

Result<QList<Service>> OrganizationSql::services()
{
    return loadServices(QString(), {});
}

Result<Service> OrganizationSql::service(RecordId id)
{
    auto list = loadServices(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(id), {}};
    return list->first();
}

Result<QList<Service>> OrganizationSql::servicesAtBranch(RecordId branchId)
{
    return loadServices(QStringLiteral("WHERE id IN (SELECT service_id FROM service_branch WHERE branch_id = ?)"), {branchId});
}

Status OrganizationSql::writeServiceLinks(const Service &s)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM service_branch WHERE service_id = ?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return m_session.sqlError(q, tr("save the service's branches"));
    q.prepare(QStringLiteral("DELETE FROM service_document WHERE service_id = ?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return m_session.sqlError(q, tr("save the service's documents"));
    q.prepare(QStringLiteral("INSERT INTO service_branch (service_id, branch_id) VALUES (?, ?)"));
    for (RecordId b : s.branchIds) {
        q.addBindValue(s.id);
        q.addBindValue(b);
        if (!q.exec())
            return m_session.sqlError(q, tr("save the service's branches"));
    }
    q.prepare(QStringLiteral("INSERT INTO service_document (service_id, position, kind) VALUES (?, ?, ?)"));
    int position = 0;
    for (const QString &kind : s.documentKinds) {
        q.addBindValue(s.id);
        q.addBindValue(position++);
        q.addBindValue(sqlText(kind));
        if (!q.exec())
            return m_session.sqlError(q, tr("save the service's documents"));
    }
    return {};
}

Result<RecordId> OrganizationSql::insertService(const Service &service)
{
    Service s = service;
    const Status status = m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("INSERT INTO service (name, name_key, return_link) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(sqlText(s.name));
        q.addBindValue(sqlText(Validator::duplicateKey(s.name)));
        q.addBindValue(sqlText(s.returnLink));
        if (!q.exec() || !q.next())
            return m_session.sqlError(q, tr("add the service"));
        s.id = q.value(0).toLongLong();
        q.finish();
        return writeServiceLinks(s);
    });
    if (!status)
        return status.error();
    return s.id;
}

Status OrganizationSql::updateService(const Service &s)
{
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("UPDATE service SET name = ?, name_key = ?, return_link = ? WHERE id = ?"));
        q.addBindValue(sqlText(s.name));
        q.addBindValue(sqlText(Validator::duplicateKey(s.name)));
        q.addBindValue(sqlText(s.returnLink));
        q.addBindValue(s.id);
        if (!q.exec())
            return m_session.sqlError(q, tr("change the service"));
        if (q.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(s.id), {}};
        return writeServiceLinks(s);
    });
}

Status OrganizationSql::deleteService(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM service WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("remove the service"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no service with number %1.").arg(id), {}};
    return {};
}

Result<QList<SignedDocument>> OrganizationSql::signedDocuments(const QString &kind)
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, file_name, pdf, signature, signer_name, signer_rnokpp, signed_ms "
                             "FROM signed_document WHERE kind = ? ORDER BY signed_ms DESC, id DESC"));
    q.addBindValue(kind);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the signed documents"));
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

Result<RecordId> OrganizationSql::insertSignedDocument(const SignedDocument &d)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("INSERT INTO signed_document (kind, file_name, pdf, signature, signer_name, signer_rnokpp, "
                             "signed_ms) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.kind);
    q.addBindValue(sqlText(d.fileName));
    q.addBindValue(d.pdf);
    q.addBindValue(d.signature);
    q.addBindValue(sqlText(d.signerName));
    q.addBindValue(sqlText(d.signerRnokpp));
    q.addBindValue(d.signedAt.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return m_session.sqlError(q, tr("save the signed document"));
    return q.value(0).toLongLong();
}

Result<QList<PosterCode>> OrganizationSql::posterCodes()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, service_id, branch_id, kind, text, source, added_ms, expires_ms "
                               "FROM poster_code ORDER BY service_id, branch_id")))
        return m_session.sqlError(q, tr("read the QR codes"));
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

Status OrganizationSql::savePosterCode(const PosterCode &c)
{
    return m_session.writeTransaction([&]() -> Status {
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("DELETE FROM poster_code WHERE service_id = ? AND branch_id = ?"));
        q.addBindValue(c.serviceId);
        q.addBindValue(c.branchId);
        if (!q.exec())
            return m_session.sqlError(q, tr("save the QR code"));
        q.prepare(QStringLiteral("INSERT INTO poster_code (service_id, branch_id, kind, text, source, added_ms, expires_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.serviceId);
        q.addBindValue(c.branchId);
        q.addBindValue(c.kind == PosterCode::Kind::Signed ? QStringLiteral("signed") : QStringLiteral("portal"));
        q.addBindValue(sqlText(c.text));
        q.addBindValue(sqlText(c.source));
        q.addBindValue(c.added.toMSecsSinceEpoch());
        q.addBindValue(c.expires.isValid() ? c.expires.toMSecsSinceEpoch() : qint64(0));
        if (!q.exec())
            return m_session.sqlError(q, tr("save the QR code"));
        q.prepare(QStringLiteral("INSERT INTO poster_code_history (text, kind, service_id, branch_id, service_name, branch_name, "
                                 "added_ms) SELECT ?, ?, s.id, b.id, s.name, b.name, ? FROM service s, branch b "
                                 "WHERE s.id = ? AND b.id = ?"));
        q.addBindValue(sqlText(c.text));
        q.addBindValue(c.kind == PosterCode::Kind::Signed ? QStringLiteral("signed") : QStringLiteral("portal"));
        q.addBindValue(c.added.toMSecsSinceEpoch());
        q.addBindValue(c.serviceId);
        q.addBindValue(c.branchId);
        if (!q.exec())
            return m_session.sqlError(q, tr("save the QR code"));
        return {};
    });
}

Result<QList<KeptPosterCode>> OrganizationSql::keptPosterCodes()
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT text, kind, service_id, branch_id, service_name, branch_name, added_ms "
                               "FROM poster_code_history ORDER BY added_ms, id")))
        return m_session.sqlError(q, tr("read the QR codes"));
    QList<KeptPosterCode> list;
    while (q.next()) {
        KeptPosterCode c;
        c.text = q.value(0).toString();
        c.kind = q.value(1).toString() == QLatin1String("signed") ? PosterCode::Kind::Signed : PosterCode::Kind::Portal;
        c.serviceId = q.value(2).toLongLong();
        c.branchId = q.value(3).toLongLong();
        c.serviceName = q.value(4).toString();
        c.branchName = q.value(5).toString();
        c.added = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        list << c;
    }
    return list;
}

Status OrganizationSql::deletePosterCode(RecordId serviceId, RecordId branchId)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("DELETE FROM poster_code WHERE service_id = ? AND branch_id = ?"));
    q.addBindValue(serviceId);
    q.addBindValue(branchId);
    if (!q.exec())
        return m_session.sqlError(q, tr("remove the QR code"));
    if (q.numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("There is no QR code for this service at this branch."), {}};
    return {};
}

} // namespace kopii
