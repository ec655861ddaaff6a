// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"

#include <QCoreApplication>

#include <optional>

namespace kopii {

// The organisation, its branches and services, the documents it signs and its QR codes, with
// their rules: validation, no duplicate names or e-mails, nothing removed silently, every change
// audited. Reading is for everyone; changing is for a manager.
class OrganizationRules
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRules)

public:
    explicit OrganizationRules(AccessGuard &guard);

    Result<std::optional<Organization>> organization();
    Status setOrganization(const Organization &org);

    Result<QList<Branch>> branches();
    Result<Branch> branch(RecordId id);
    // Finds a branch by its number or its exact (case-insensitive) name.
    Result<Branch> findBranch(const QString &idOrName);
    Result<RecordId> addBranch(const Branch &branch);
    Status editBranch(const Branch &branch);
    // Services that would be affected by removing the branch.
    Result<QList<Service>> servicesAtBranch(RecordId id);
    // Removes a branch. With RefuseIfUsed a branch that services use is kept and the error
    // (Conflict) names those services; with DetachFromServices the branch is taken off them.
    Status removeBranch(RecordId id, BranchRemoval policy);

    Result<QList<Service>> services();
    Result<Service> service(RecordId id);
    Result<Service> findService(const QString &idOrName);
    Result<RecordId> addService(const Service &service);
    Status editService(const Service &service);
    Status removeService(RecordId id);

    // Signed documents of the organisation (the accession application): only a manager signs and
    // keeps one; the newest of a kind is the one in force, earlier ones stay as history.
    Result<QList<SignedDocument>> signedDocuments(const QString &kind);
    Result<std::optional<SignedDocument>> latestSignedDocument(const QString &kind);
    Result<RecordId> addSignedDocument(const SignedDocument &document);

    // QR codes of services at branches. Printing is for everyone; only a manager imports or
    // issues a code. A portal code must be a Diia link; the service must be offered at the branch.
    Result<QList<PosterCode>> posterCodes();
    Result<std::optional<PosterCode>> posterCode(RecordId serviceId, RecordId branchId);
    Status setPosterCode(const PosterCode &code);
    Status removePosterCode(RecordId serviceId, RecordId branchId);

private:
    Status checkBranchUnique(const Branch &branch);
    Status checkService(const Service &service);

    AccessGuard &m_guard;
    SqlSession &m_session;
    OrganizationSql m_org;
};

} // namespace kopii
