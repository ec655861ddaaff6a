// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces of CMS handling that signing-time checks (Cades) and received-document checks
// (SignatureVerifier) share. Internal to app/crypto.

#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

namespace kopii {

class Certificate;

namespace cms {

// A CMS SignedData in DER or BER, PEM or base64 (as some mail clients save .p7s), with or
// without its ContentInfo wrapper; null when none. `binary`, when given, receives the BER bytes
// that were parsed (the decoded PEM or base64), for reading parts exactly as they were received.
ossl::Cms read(const QByteArray &data, QByteArray *binary = nullptr);

// The signed attributes of each SignerInfo as received, their [0] tag made a SET (what the signer
// signed when it encoded them in DER); an empty entry for a signer without them. Empty when the
// bytes do not parse as a SignedData (the caller then has OpenSSL's re-encoding only).
QList<QByteArray> receivedSignedAttributes(const QByteArray &binary);

// How a signature over the signed attributes held: over the bytes as received (what RFC 5652
// asks), else over the attributes DER-sorted, else over them re-encoded in the order received.
enum class AttributesForm { None, Received, DerSorted, Reencoded };

// Checks an RSA, RSA-PSS or ECDSA (or any OpenSSL-known) signature value of `si` over `data` with
// `key`, by its signature algorithm (or, for a bare key algorithm, by its digest algorithm).
// `digestInfoWithoutNull` is set when an RSA PKCS#1 v1.5 signature held only with a DigestInfo that
// omits the NULL parameters (valid, but not as PKCS#1 asks).
bool verifySignatureValue(CMS_SignerInfo *si, EVP_PKEY *key, const QByteArray &data, bool *digestInfoWithoutNull = nullptr);

// Whether the signed ESS signingCertificateV2 and/or signingCertificate attribute names `signer`
// first (RFC 5035; later entries may name its chain and are not required to be at hand), hashed
// with SHA-1 (v1), SHA-2, SHA-3, GOST 34.311 (with `sbox`) or Kupyna.
bool bindsCertificate(CMS_SignerInfo *si, const Certificate &signer, const Gost28147::SBox &sbox = Gost28147::dke1());

// An RSA, RSA-PSS or ECDSA signer checked: the signature over the signed attributes (as received,
// else DER-sorted, else re-encoded), and the messageDigest attribute against `content`; without
// signed attributes, the signature over `content` itself (then both are true or both false).
struct SignerCheck
{
    bool signatureOk = false;
    bool digestOk = false;
    AttributesForm form = AttributesForm::None;
    bool digestInfoWithoutNull = false;
};
SignerCheck checkSigner(CMS_SignerInfo *si, EVP_PKEY *key, const QByteArray &content, const QByteArray &received);

// The validation data a CAdES-X Long / -XL signature carries in its unsigned attributes: certValues
// (certificates, DER) and revocationValues (CRLs and BasicOCSPResponses, DER). Unreadable parts are
// left out (they prove nothing).
struct EmbeddedEvidence
{
    QList<QByteArray> certificates;
    QList<QByteArray> crls;
    QList<QByteArray> ocspResponses;
};
EmbeddedEvidence embeddedEvidence(CMS_SignerInfo *si);

// Whether the one messageDigest attribute of `si` is the digest of `content` (by its digest algorithm).
bool messageDigestMatches(CMS_SignerInfo *si, const QByteArray &content);

// The DER of a signer's signed attributes, sorted (a DER SET OF); empty when there are none.
QByteArray signedAttributes(CMS_SignerInfo *si);
// The same in the order they were received, each re-encoded in DER (OpenSSL's own form).
QByteArray signedAttributesInOrder(CMS_SignerInfo *si);

// A DSTU 4145 signer checked by Kopii's own code (OpenSSL's CMS cannot): its digest algorithm
// (GOST 34.311 or Kupyna), the signature over the signed attributes (`received`, as the signer
// sent them, else sorted, else re-encoded; over `content` itself when there are none), and the
// messageDigest attribute against `content`.
struct NationalSignerCheck
{
    std::optional<NationalHash> hash; // nullopt: the digest algorithm (digestOid) is not a national one
    QString digestOid;
    bool signatureOk = false;
    bool digestOk = false;
    AttributesForm form = AttributesForm::None;
};
NationalSignerCheck checkNationalSigner(CMS_SignerInfo *si, const Dstu4145Key &key, const QByteArray &content,
                                        const QByteArray &received = {});

// What breaks RFC 5652's rules for the attributes that say what a signature signs (11.1-11.3):
// contentType, messageDigest and signingTime only signed, once, with one value of their type (no
// contentType on a counter-signature). Empty when they hold; `digestSound`: one messageDigest.
QString attributeProblem(CMS_SignerInfo *si, bool counter, bool *digestSound);
// The name of a hash the signer info uses (its digest algorithm, or the one its signature
// algorithm names) that this OpenSSL cannot compute (MD4, MD2…); empty when every one can be.
QString uncomputableHash(CMS_SignerInfo *si);

} // namespace cms

} // namespace kopii
