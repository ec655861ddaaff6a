// SPDX-License-Identifier: GPL-3.0-or-later
#include "accession/Accession.h"

#include "crypto/Certificate.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "crypto/Signer.h"
#include "crypto/TrustStore.h"

#include <QLocale>

namespace kopii {

Result<AccessionData> Accession::collect(AccessGuard &guard, const Certificate &signer, const QDate &date)
{
    const auto org = OrganizationRules(guard).organization();
    if (!org)
        return org.error();
    if (!org->has_value())
        return Error{
            Error::Code::NotFound, tr("The organisation is not filled in yet: fill in the Organisation page first."), {}};
    const auto branches = OrganizationRules(guard).branches();
    if (!branches)
        return branches.error();
    const auto services = OrganizationRules(guard).services();
    if (!services)
        return services.error();
    if (signer.isNull())
        return Error{Error::Code::Internal, tr("The signing certificate is not available."), {}};

    AccessionData d;
    d.organization = **org;
    d.branches = *branches;
    d.services = *services;
    const CertificateInfo &info = signer.info();
    d.signerName = info.commonName;
    d.signerRnokpp = info.rnokpp;
    d.signerTitle = info.title;
    d.certificateIssuer = info.issuerOrganization.isEmpty() ? info.issuerCommonName : info.issuerOrganization;
    d.certificateSerial = info.serialNumber;
    d.date = date;
    return d;
}

Result<SignedDocument> Accession::renderAndSign(const AccessionData &data, Signer &signer, const QDateTime &now)
{
    const auto pdf = AccessionApplication::renderPdf(data);
    if (!pdf)
        return pdf.error();
    // CMS signingTime has whole seconds; keep the same value in the record.
    const QDateTime when = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const auto signature = Cades::sign(signer, *pdf, {false, when});
    if (!signature)
        return signature.error();
    SignedDocument doc;
    doc.kind = QString::fromLatin1(kAccessionApplication);
    doc.fileName = AccessionApplication::fileName(data.date);
    doc.pdf = *pdf;
    doc.signature = *signature;
    doc.signerName = data.signerName;
    doc.signerRnokpp = data.signerRnokpp;
    doc.signedAt = when;
    return doc;
}

Result<CadesVerification> Accession::verify(const SignedDocument &document, const TrustStore &trust, const QDateTime &now)
{
    return Cades::verifyDetached(document.pdf, document.signature, trust, now);
}

CancelToken Accession::startSigning(QObject *owner, AccessGuard &guard, const TrustStore &trust, std::shared_ptr<Signer> signer,
                                    AccessionData data, std::function<void(Result<RecordId>)> done)
{
    return Jobs::run(
        owner,
        [data = std::move(data), signer = std::move(signer), now = guard.now()](const CancelToken &) {
            return renderAndSign(data, *signer, now);
        },
        [&guard, &trust, done = std::move(done)](Result<SignedDocument> document) {
            if (!document)
                return done(document.error());
            done(keep(guard, trust, *document, guard.now()));
        });
}

Result<RecordId> Accession::keep(AccessGuard &guard, const TrustStore &trust, const SignedDocument &document,
                                 const QDateTime &now)
{
    const auto check = verify(document, trust, now);
    if (!check)
        return check.error();
    if (!check->valid()) {
        const QString reason = !check->problem.isEmpty() ? check->problem : check->chain.reason;
        return Error{Error::Code::Validation,
                     tr("The signature could not be confirmed, so the application was not kept: %1").arg(reason),
                     {}};
    }
    // The signer must be a manager of this workspace (once a login has claimed it).
    const auto people = Staff(guard).employees();
    if (!people)
        return people.error();
    if (!people->isEmpty()) {
        bool manager = false;
        for (const Employee &e : *people)
            manager = manager || (e.rnokpp == check->signer.info().rnokpp && e.role == Role::Manager);
        if (!manager)
            return Error{Error::Code::Denied, tr("Only a manager of the organisation may sign the accession application."), {}};
    }
    return OrganizationRules(guard).addSignedDocument(document);
}

QString Accession::summary(const SignedDocument &document, const Result<CadesVerification> &verification)
{
    const QString when = QLocale().toString(document.signedAt.toLocalTime(), QLocale::ShortFormat);
    if (!verification)
        return tr("The signature cannot be read: %1").arg(verification.error().message);
    if (verification->valid())
        return tr("Signature valid: signed by %1 on %2.").arg(document.signerName, when);
    if (!verification->intact || !verification->signingCertificateBound)
        return tr("Signature NOT valid: %1").arg(verification->problem);
    return tr("The signature matches the document, but the signer's certificate is not trusted now: %1")
        .arg(verification->chain.reason);
}

} // namespace kopii
