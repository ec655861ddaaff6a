// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/national/OpenSsl.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kopii {

// Who a demo certificate is for. The Ukrainian profile: РНОКПП as serialNumber "TINUA-…",
// ЄДРПОУ as organizationIdentifier "NTRUA-…".
struct DemoHolder
{
    QString surname, givenName;
    QString rnokpp;
    QString edrpou;       // empty for a private person
    QString organization; // empty for a private person
    QString title;
};

// A certification authority made on this computer for the demo workspace: ECDSA P-256, every
// certificate marked DEMO in its names, qualified in form (policy and qcStatements) so that the
// demo shows what a real КЕП shows, yet trusted only by the workspace that imports it.
class DemoPki
{
    Q_DECLARE_TR_FUNCTIONS(DemoPki)

public:
    // The marks of a qualified certificate, as extension values (DER): the Ukrainian qualified
    // policy, and qcStatements with the EU and the Ukrainian compliance statements. Shared with
    // DstuIssuer.
    static QByteArray qualifiedPolicies();
    static QByteArray qualifiedStatements();

    // A fresh CA named `name`, valid from a day before `now` for ten years.
    static Result<DemoPki> create(const QString &name, const QDateTime &now);

    QByteArray certificateDer() const;
    // An empty CRL by the CA, from a day before `now` for a year: with it, revocation is checked.
    Result<QByteArray> crlDer(const QDateTime &now) const;
    // A key and certificate for `holder` (valid two years from a day before `now`), as a PKCS#12
    // key file protected by `password`, with the CA's certificate inside.
    Result<QByteArray> issueKeyFile(const DemoHolder &holder, const QByteArray &password, const QDateTime &now);

private:
    ossl::PKey m_key;
    ossl::X509Ptr m_certificate;
    long m_serial = 1;
};

} // namespace kopii
