// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoDiagnostics.h"

#include "core/SettingsSql.h"
#include "crypto/Pkcs11Token.h"
#include "crypto/TrustStore.h"

#include <openssl/crypto.h>

namespace kopii {

DiagnosticsSection CryptoDiagnostics::trust(const TrustStore &trust, SqlSession &session)
{
    DiagnosticsSection section{tr("Signatures and trust"), {}};
    section.rows.append({tr("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))});
    const auto sequence = SettingsSql(session).meta(QString::fromLatin1(kMetaTlSequence));
    section.rows.append(
        {tr("Trusted list"), sequence && !sequence->isEmpty() ? tr("sequence number %1").arg(*sequence) : tr("none imported")});
    section.rows.append({tr("Revocation lists (CRL)"), QString::number(trust.crlCount())});
    int helpers = 0;
    for (const TrustedCertificate &t : trust.certificates()) {
        const CertificateInfo info = t.certificate.info();
        QString what;
        if (t.anchor)
            what = tr("Trusted root");
        else if (t.role == TrustEntry::Role::QualifiedCa)
            what = tr("Qualified CA");
        else if (t.role == TrustEntry::Role::TlSigner)
            what = tr("Trusted list signer");
        else {
            ++helpers;
            continue;
        }
        const QString name = info.commonName.isEmpty() ? info.organization : info.commonName;
        QString value = QStringLiteral("%1 — SHA-256 %2").arg(name, info.sha256);
        if (t.withdrawn.isValid())
            value += QLatin1Char(' ') + tr("(withdrawn on %1)").arg(t.withdrawn.toString(QStringLiteral("yyyy-MM-dd")));
        section.rows.append({what, value});
    }
    section.rows.append({tr("Other CA certificates"), QString::number(helpers)});
    return section;
}

DiagnosticsSection CryptoDiagnostics::tokens(const QString &modulePath)
{
    DiagnosticsSection section{tr("Tokens (PKCS#11)"), {}};
    if (modulePath.isEmpty()) {
        section.rows.append({tr("Module"), tr("none installed (OpenSC's opensc-pkcs11 was not found)")});
        return section;
    }
    section.rows.append({tr("Module"), modulePath});
    const auto module = Pkcs11Module::load(modulePath);
    if (!module) {
        section.rows.append({tr("Loading"), module.error().message});
        return section;
    }
    const auto tokens = (*module)->tokens();
    if (!tokens) {
        section.rows.append({tr("Tokens"), tokens.error().message});
        return section;
    }
    if (tokens->isEmpty())
        section.rows.append({tr("Tokens"), tr("none in the readers")});
    for (const TokenInfo &t : *tokens) {
        QString state = t.pin.locked ? tr("PIN locked") : t.pin.finalTry ? tr("one PIN try left") : tr("PIN ready");
        if (t.pin.protectedPath)
            state += QStringLiteral(", ") + tr("PIN pad");
        section.rows.append({tr("Token in slot %1").arg(t.slotIndex),
                             QStringLiteral("%1 %2 — %3").arg(t.manufacturer, t.model, state).simplified()});
    }
    return section;
}

} // namespace kopii
