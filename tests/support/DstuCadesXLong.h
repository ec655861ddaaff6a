// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A DSTU 4145 CAdES-X Long in Diia's layout from a DSTU PKI of Kopii's own (DstuIssuer on the Diia
// CA's curve): a holder's signature, its timestamp by the PKI's TSA, certValues, and the CA's own
// OCSP answer about the holder as revocationValues. For tst_revocation and bench_verify.
#include "DstuIssuer.h"
#include "DstuTestPki.h"
#include "TestPkiServices.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/Timestamp.h"

#include <openssl/ocsp.h>

#include <optional>

namespace kopii::test {

struct DstuCadesXLong
{
    QByteArray stamped; // the signature with its timestamp only (CAdES-T)
    QByteArray xl;      // with certValues and revocationValues (CAdES-X Long)
    QByteArray ca, tsa; // the certificates to trust (DER)
};

// `content` signed detached at two minutes before `now`, stamped a minute before.
inline std::optional<DstuCadesXLong> dstuCadesXLong(const QByteArray &content, const QDateTime &now)
{
    auto made = DstuIssuer::createRoot(QStringLiteral("Тестовий ЦСК ДСТУ (CAdES-X Long)"), diiaCurve(), now);
    if (!made)
        return std::nullopt;
    DstuIssuer ca = std::move(made).value();
    const DemoHolder holder{QStringLiteral("Мельник"), QStringLiteral("Оксана"), QStringLiteral("3055667788"), {}, {}, {}};
    const auto issued = ca.issue(holder, now);
    const auto tsa = ca.issueTimestampAuthority(now);
    if (!issued || !tsa)
        return std::nullopt;
    auto signer = KeyFile::fromNationalKey(issued->privateKeyInfo, issued->certificate, QStringLiteral("citizen"));
    if (!signer)
        return std::nullopt;
    const auto p7s = Cades::sign(**signer, content, Cades::Options{false, now.addSecs(-120)});
    const auto value = p7s ? Timestamp::signatureValue(*p7s) : Result<QByteArray>(p7s.error());
    const auto token = value ? DstuIssuer::timestampToken(*tsa, *value, now.addSecs(-60)) : Result<QByteArray>(value.error());
    const auto stamped = token ? Timestamp::attachToken(*p7s, *token) : Result<QByteArray>(token.error());
    if (!stamped)
        return std::nullopt;
    // The CA's own OCSP answer about the signer, made now (after the timestamp).
    const auto x509 = [](const QByteArray &der) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        return ossl::X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
    };
    ossl::X509Ptr leaf = x509(issued->certificate), issuer = x509(ca.certificate());
    std::unique_ptr<OCSP_REQUEST, ossl::Deleter<OCSP_REQUEST, OCSP_REQUEST_free>> request(OCSP_REQUEST_new());
    if (!leaf || !issuer || !request
        || !OCSP_request_add0_id(request.get(), OCSP_cert_to_id(EVP_sha1(), leaf.get(), issuer.get())))
        return std::nullopt;
    const auto response = ca.ocspResponse(ossl::der(request.get(), i2d_OCSP_REQUEST), now);
    if (!response)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(response->constData());
    std::unique_ptr<OCSP_RESPONSE, ossl::Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>> parsed(
        d2i_OCSP_RESPONSE(nullptr, &p, long(response->size())));
    std::unique_ptr<OCSP_BASICRESP, ossl::Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>> basic(
        parsed ? OCSP_response_get1_basic(parsed.get()) : nullptr);
    if (!basic)
        return std::nullopt;
    const QByteArray answer = ossl::der(basic.get(), i2d_OCSP_BASICRESP);
    DstuCadesXLong out;
    out.stamped = *stamped;
    out.xl = withUnsignedAttribute(withUnsignedAttribute(*stamped, NID_id_smime_aa_ets_certValues,
                                                         der::encode(der::kSequence, issued->certificate + ca.certificate())),
                                   NID_id_smime_aa_ets_revocationValues,
                                   der::encode(der::kSequence, der::encode(0xa1, der::encode(der::kSequence, answer))));
    out.ca = ca.certificate();
    out.tsa = tsa->certificate;
    return out;
}

} // namespace kopii::test
