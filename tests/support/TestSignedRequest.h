// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A signed request for the test lyceum's "Зарахування до 1 класу" at a given branch, signed with
// the test PKI's manager key (what a poster without a Diia portal link carries).
#include "CryptoTestUtil.h"
#include "crypto/KeyFile.h"
#include "SignedRequestIssuer.h"

#include <QDateTime>

namespace kopii::test {

inline QString testSignedRequest(const QString &branchName, const QString &branchAddress, const QString &branchEmail,
                                 const QByteArray &requestId, int issuedDaysAgo = 0, int validDays = 365)
{
    auto signer = KeyFile::open(pki(QStringLiteral("manager.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer)
        qFatal("%s", qPrintable(signer.error().message));
    RequestClaims c;
    c.organizationName = QStringLiteral("Бучанський ліцей № 1");
    c.organizationCode = QStringLiteral("14360570");
    c.branchName = branchName;
    c.branchAddress = branchAddress;
    c.branchEmail = branchEmail;
    c.serviceName = QStringLiteral("Зарахування до 1 класу");
    c.documents = {QStringLiteral("birth-certificate"), QStringLiteral("passport")};
    c.issued = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC).addDays(-issuedDaysAgo);
    c.expires = c.issued.addDays(validDays);
    c.requestId = requestId;
    const auto text = issueSignedRequest(**signer, c);
    if (!text)
        qFatal("%s", qPrintable(text.error().message));
    return *text;
}

} // namespace kopii::test
