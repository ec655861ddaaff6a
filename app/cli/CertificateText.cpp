// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CertificateText.h"

#include "cli/Context.h"
#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "accession/Accession.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/Pkcs11Token.h"
#include "core/AccessGuard.h"
#include "core/Secret.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"
#include "core/platform/Platform.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kopii::cli {

QString day(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd"));
}

QString yesNo(bool b)
{
    return b ? Context::tr("yes") : Context::tr("no");
}

QStringList usageNames(const CertificateInfo &i)
{
    if (!i.hasKeyUsage)
        return {Context::tr("any")};
    QStringList list;
    if (i.keyUsage & unsigned(KeyUsage::DigitalSignature))
        list << QStringLiteral("digitalSignature");
    if (i.keyUsage & unsigned(KeyUsage::NonRepudiation))
        list << QStringLiteral("nonRepudiation");
    if (i.keyUsage & unsigned(KeyUsage::KeyEncipherment))
        list << QStringLiteral("keyEncipherment");
    if (i.keyUsage & unsigned(KeyUsage::KeyAgreement))
        list << QStringLiteral("keyAgreement");
    if (i.keyUsage & unsigned(KeyUsage::KeyCertSign))
        list << QStringLiteral("keyCertSign");
    if (i.keyUsage & unsigned(KeyUsage::CrlSign))
        list << QStringLiteral("cRLSign");
    return list;
}

QJsonObject certificateJson(const Certificate &c)
{
    const CertificateInfo &i = c.info();
    QJsonObject o;
    o[QStringLiteral("holder")] = i.holderName();
    o[QStringLiteral("rnokpp")] = i.rnokpp;
    o[QStringLiteral("edrpou")] = i.edrpou;
    o[QStringLiteral("organization")] = i.organization;
    o[QStringLiteral("title")] = i.title;
    o[QStringLiteral("issuer")] = i.issuerCommonName;
    o[QStringLiteral("serial")] = i.serialNumber;
    o[QStringLiteral("notBefore")] = i.notBefore.toString(Qt::ISODate);
    o[QStringLiteral("notAfter")] = i.notAfter.toString(Qt::ISODate);
    o[QStringLiteral("keyUsage")] = QJsonArray::fromStringList(usageNames(i));
    o[QStringLiteral("canSign")] = i.canSign();
    o[QStringLiteral("ca")] = i.isCa;
    o[QStringLiteral("qualified")] = i.qualified();
    o[QStringLiteral("publicKey")] = i.publicKeyAlgorithm;
    o[QStringLiteral("signatureAlgorithm")] = i.signatureAlgorithm;
    o[QStringLiteral("sha256")] = i.sha256;
    o[QStringLiteral("subject")] = i.subjectLine;
    return o;
}

} // namespace kopii::cli
