// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kopii {

class SqlSession;

// The organisation aggregate's rows: the organisation, its branches and services (with the links
// between them), the documents it signed (accession application) and its QR codes. Rules live in
// OrganizationRules; the schema's constraints are only a backstop.
class OrganizationSql
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationSql)

public:
    explicit OrganizationSql(SqlSession &session) : m_session(session) {}

    Result<std::optional<Organization>> organization();
    Status saveOrganization(const Organization &org);

    Result<QList<Branch>> branches();
    Result<Branch> branch(RecordId id);
    Result<RecordId> insertBranch(const Branch &branch);
    Status updateBranch(const Branch &branch);
    Status deleteBranch(RecordId id);

    Result<QList<Service>> services();
    Result<Service> service(RecordId id);
    Result<RecordId> insertService(const Service &service);
    Status updateService(const Service &service);
    Status deleteService(RecordId id);
    // Services offered at the branch.
    Result<QList<Service>> servicesAtBranch(RecordId branchId);

    // Signed documents of one kind, newest first (the newest is the one in force).
    Result<QList<SignedDocument>> signedDocuments(const QString &kind);
    Result<RecordId> insertSignedDocument(const SignedDocument &document);

    Result<QList<PosterCode>> posterCodes();
    // Inserts or replaces the code of that service at that branch, and notes it among the codes
    // the office has ever kept.
    Status savePosterCode(const PosterCode &code);
    // Every code the office has kept, the current ones too, oldest first: a poster on the wall
    // with one of these that is no longer current was replaced (PosterCheck).
    Result<QList<KeptPosterCode>> keptPosterCodes();
    Status deletePosterCode(RecordId serviceId, RecordId branchId);

private:
    Result<QList<Service>> loadServices(const QString &where, const QVariantList &binds);
    Status writeServiceLinks(const Service &service);

    SqlSession &m_session;
};

} // namespace kopii
