// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SignatureVerifier.h"

#include "crypto/ArchiveTimestamps.h"
#include "crypto/CmsParts.h"
#include "crypto/PdfSignatures.h"
#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"

#include "crypto/national/OpenSsl.h"
#include "crypto/Timestamp.h"

#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>

#include <functional>
#include <optional>

namespace kopii {

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Valid: return QStringLiteral("valid");
    case Verdict::ValidWithWarnings: return QStringLiteral("valid-with-warnings");
    case Verdict::NotQualified: return QStringLiteral("not-qualified");
    case Verdict::Invalid: return QStringLiteral("invalid");
    case Verdict::Indeterminate: return QStringLiteral("indeterminate");
    }
    return QStringLiteral("indeterminate");
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid: return SignatureVerifier::tr("Valid");
    case Verdict::ValidWithWarnings: return SignatureVerifier::tr("Valid, with warnings");
    case Verdict::NotQualified: return SignatureVerifier::tr("Not a qualified signature");
    case Verdict::Invalid: return SignatureVerifier::tr("NOT valid");
    case Verdict::Indeterminate: return SignatureVerifier::tr("Cannot be checked");
    }
    return QString();
}

QString poeId(DocumentVerification::Poe poe)
{
    switch (poe) {
    case DocumentVerification::Poe::Timestamp: return QStringLiteral("timestamp");
    case DocumentVerification::Poe::Received: return QStringLiteral("received");
    case DocumentVerification::Poe::Now: return QStringLiteral("now");
    }
    return QStringLiteral("now");
}

namespace {

// The ETSI EN 319 102-1 sub-indication of the check that decided a failed or undecided verdict.
QString subIndicationOf(const VerificationCheck &c, const ChainResult &chain)
{
    const bool failed = c.failure == Verdict::Invalid;
    if (c.id == QLatin1String("message-digest") || c.id == QLatin1String("content-match"))
        return failed ? QStringLiteral("HASH_FAILURE") : QStringLiteral("SIGNED_DATA_NOT_FOUND");
    if (c.id == QLatin1String("signature"))
        return failed ? QStringLiteral("SIG_CRYPTO_FAILURE") : QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE");
    if (c.id == QLatin1String("format") || c.id == QLatin1String("byte-range"))
        return QStringLiteral("FORMAT_FAILURE");
    if (c.id == QLatin1String("signer-certificate"))
        return QStringLiteral("NO_SIGNING_CERTIFICATE_FOUND");
    if (c.id == QLatin1String("revocation"))
        return failed ? QStringLiteral("REVOKED") : QStringLiteral("TRY_LATER");
    if (c.id == QLatin1String("key-usage"))
        return QStringLiteral("SIG_CONSTRAINTS_FAILURE");
    if (c.id == QLatin1String("timestamp") || c.id == QLatin1String("timestamp-order"))
        return QStringLiteral("TIMESTAMP_ORDER_FAILURE");
    if (c.id == QLatin1String("algorithm"))
        return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE");
    if (c.id == QLatin1String("chain")) {
        switch (chain.problem) {
        case ChainResult::Problem::Revoked: return QStringLiteral("REVOKED");
        case ChainResult::Problem::Expired:
        case ChainResult::Problem::NotYetValid: return QStringLiteral("OUT_OF_BOUNDS_NO_POE");
        case ChainResult::Problem::NoIssuer:
        case ChainResult::Problem::UntrustedRoot: return QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
        case ChainResult::Problem::UnsupportedAlgorithm: return QStringLiteral("CRYPTO_CONSTRAINTS_FAILURE");
        case ChainResult::Problem::BadSignature:
        case ChainResult::Problem::NotCa: return QStringLiteral("CHAIN_CONSTRAINTS_FAILURE");
        case ChainResult::Problem::None:
        case ChainResult::Problem::Other: break;
        }
        return QStringLiteral("CERTIFICATE_CHAIN_GENERAL_FAILURE");
    }
    return failed ? QStringLiteral("SIG_CONSTRAINTS_FAILURE") : QStringLiteral("TRY_LATER");
}

// The worst finding wins, and a proven failure (TOTAL_FAILED) over anything undecided.
int rank(Verdict v)
{
    return v == Verdict::Invalid ? 100 : int(v);
}

} // namespace

bool SignatureVerifier::isSignature(const QByteArray &data)
{
    ossl::Cms cms = cms::read(data);
    return cms && OBJ_obj2nid(CMS_get0_type(cms.get())) == NID_pkcs7_signed;
}

QByteArray SignatureVerifier::attachedContent(const QByteArray &signature)
{
    ossl::Cms cms = cms::read(signature);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed || CMS_is_detached(cms.get()))
        return {};
    ASN1_OCTET_STRING **content = CMS_get0_content(cms.get());
    if (!content || !*content)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));
}

void SignatureVerifier::conclude(DocumentVerification &v)
{
    // The worst finding wins, and a proven failure (TOTAL_FAILED) over anything undecided:
    // a changed document stays "NOT valid" even when its chain cannot be confirmed.
    v.verdict = Verdict::Valid;
    for (const VerificationCheck &c : std::as_const(v.checks))
        if (!c.ok && rank(c.failure) > rank(v.verdict))
            v.verdict = c.failure;
    QString reason;
    const VerificationCheck *deciding = nullptr;
    for (const VerificationCheck &c : std::as_const(v.checks))
        if (!c.ok && c.failure == v.verdict) {
            reason = c.detail;
            deciding = &c;
            break;
        }
    v.indication = v.verdict == Verdict::Invalid ? QStringLiteral("TOTAL_FAILED")
        : v.verdict == Verdict::Indeterminate    ? QStringLiteral("INDETERMINATE")
                                                 : QStringLiteral("TOTAL_PASSED");
    v.subIndication = deciding && (v.verdict == Verdict::Invalid || v.verdict == Verdict::Indeterminate)
        ? subIndicationOf(*deciding, v.chain)
        : QString();
    v.summary = reason.isEmpty() ? verdictName(v.verdict) : verdictName(v.verdict) + QStringLiteral(": ") + reason;
}

DocumentVerification SignatureVerifier::verifySigner(CMS_ContentInfo *cmsInfo, int index,
                                                     const QList<QByteArray> &receivedAttributes, bool counter,
                                                     const QByteArray &pdf, const TrustStore &trust, const QDateTime &now,
                                                     const RevocationOptions &revocation, const QDateTime &receivedAt)
{
    DocumentVerification v;
    v.verifiedAt = now;
    v.trustVersion = trust.version();
    auto add = [&v](const QString &id, const QString &name, bool ok, const QString &detail, Verdict failure) {
        v.checks << VerificationCheck{id, name, ok, detail, failure};
    };
    auto conclude = [&v]() {
        SignatureVerifier::conclude(v);
        return v;
    };

    v.index = index + 1;
    v.counterSignature = counter;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cmsInfo), index);

    // The content: attached in the signature, or the PDF beside it.
    v.attached = !CMS_is_detached(cmsInfo);
    if (v.attached) {
        ASN1_OCTET_STRING **content = CMS_get0_content(cmsInfo);
        if (content && *content)
            v.signedContent =
                QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)), ASN1_STRING_length(*content));
        if (!pdf.isEmpty()) {
            v.contentMatchesPdf = v.signedContent == pdf ? 1 : 0;
            add(QStringLiteral("content-match"), tr("Signed content"), v.contentMatchesPdf == 1,
                v.contentMatchesPdf == 1 ? tr("The signed content is the PDF sent with it, byte for byte.")
                                         : tr("The PDF sent with the signature differs from the signed content: it was "
                                              "changed after signing. Only the signed content, which Kopii shows, is the "
                                              "citizen's document; ask for the copy again before relying on it."),
                // Someone changed the message on its way: the submission must not look fine.
                Verdict::Invalid);
        }
    } else {
        if (pdf.isEmpty()) {
            add(QStringLiteral("content-match"), tr("Signed content"), false,
                tr("The signature is detached and the document it signs is missing."), Verdict::Indeterminate);
            return conclude();
        }
        v.signedContent = pdf;
        v.contentMatchesPdf = 1;
    }

    // The signer's certificate, named by the signer info among the certificates carried.
    // The others may help build its chain; those the trust store holds already are not read again.
    QList<Certificate> embedded;
    ossl::X509Stack certs(CMS_get1_certs(cmsInfo));
    const QList<TrustedCertificate> known = trust.certificates();
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        X509 *x = sk_X509_value(certs.get(), i);
        if (v.signer.isNull() && CMS_SignerInfo_cert_cmp(si, x) == 0) {
            v.signer = Certificate::fromX509(x);
            continue;
        }
        bool inStore = false;
        for (const TrustedCertificate &t : known)
            inStore = inStore || X509_cmp(t.certificate.x509(), x) == 0;
        if (!inStore)
            embedded << Certificate::fromX509(x);
    }
    // A signer whose certificate the signature does not carry: one the user gave (kopii-cli verify
    // --trust, kept as a path helper) or the trust store holds.
    for (const TrustedCertificate &t : known)
        if (v.signer.isNull() && CMS_SignerInfo_cert_cmp(si, t.certificate.x509()) == 0)
            v.signer = t.certificate;
    // CAdES-X Long: the certificates (certValues) and revocation answers (revocationValues) the
    // signature carries. Its certificates only help build the path; the answers are judged below.
    const cms::EmbeddedEvidence evidence = cms::embeddedEvidence(si);
    for (const QByteArray &der : evidence.certificates) {
        const auto c = Certificate::fromDer(der);
        if (!c)
            continue;
        if (v.signer.isNull() && CMS_SignerInfo_cert_cmp(si, c->x509()) == 0) {
            v.signer = *c;
            continue;
        }
        bool seen = c->der() == v.signer.der();
        for (const Certificate &e : std::as_const(embedded))
            seen = seen || e.der() == c->der();
        if (!seen)
            embedded << *c;
    }
    const int timeIndex = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (timeIndex >= 0) {
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, timeIndex), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME))
            v.signingTime = ossl::toDateTime(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
    }
    if (v.signer.isNull()) {
        add(QStringLiteral("signer-certificate"), tr("Signer's certificate"), false,
            tr("The signature does not carry its signer's certificate."), Verdict::Indeterminate);
        return conclude();
    }
    const CertificateInfo &info = v.signer.info();
    v.algorithm = info.publicKeyAlgorithm;
    const bool hasAttributes = CMS_signed_get_attr_count(si) > 0;
    bool digestSound = true;
    const QString attributesBroken = hasAttributes ? cms::attributeProblem(si, counter, &digestSound) : QString();
    if (!attributesBroken.isEmpty())
        add(QStringLiteral("format"), tr("Signature format"), false, attributesBroken, Verdict::Indeterminate);
    const QByteArray asReceived = receivedAttributes.value(index);
    const auto signatureDetail = [](bool ok, cms::AttributesForm form) {
        if (!ok)
            return tr("The signature does not match the signer's key: it was forged or damaged.");
        switch (form) {
        case cms::AttributesForm::DerSorted:
            return tr("The signature matches the signer's key, over the signed attributes in DER order (they arrived "
                      "in another order, re-encoded on their way).");
        case cms::AttributesForm::Reencoded:
            return tr("The signature matches the signer's key, over the signed attributes re-encoded in DER (they "
                      "arrived in a looser encoding).");
        case cms::AttributesForm::None:
        case cms::AttributesForm::Received: break;
        }
        return tr("The signature matches the signer's key.");
    };
    // The signature value, then the content's digest; without signed attributes a changed
    // document and a forged signature look the same, and one check says so.
    const auto addIntegrity = [&](bool signatureOk, bool digestOk, cms::AttributesForm form) {
        if (!hasAttributes && !signatureOk) {
            add(QStringLiteral("signature"), tr("Signature"), false,
                tr("The signature does not match the document: the document was changed after signing, or the "
                   "signature was forged or damaged."),
                Verdict::Invalid);
            return;
        }
        add(QStringLiteral("signature"), tr("Signature"), signatureOk, signatureDetail(signatureOk, form), Verdict::Invalid);
        // Without one messageDigest nothing ties the document to the signature: not a proven change.
        add(QStringLiteral("message-digest"), tr("Document integrity"), digestOk,
            digestOk          ? tr("The document is exactly what was signed.")
                : digestSound ? tr("The document was changed after it was signed.")
                              : tr("The signature does not say which document it signs (no single messageDigest)."),
            digestSound ? Verdict::Invalid : Verdict::Indeterminate);
    };
    const auto addBinding = [&](bool bound) {
        add(QStringLiteral("signing-certificate"), tr("Certificate binding"), bound,
            bound               ? tr("The signature names its certificate (signingCertificateV2).")
                : hasAttributes ? tr("The signature does not name its certificate (no signingCertificateV2): it is not "
                                     "a CAdES signature.")
                                : tr("The signature has no signed attributes (plain PKCS #7): it names neither its "
                                     "certificate nor the time it was made."),
            Verdict::ValidWithWarnings);
    };
    // The signed attributes must say what they sign, and say what the signature carries.
    // (A counter-signature carries none: it signs its parent's signature value, RFC 5652 11.4.)
    if (hasAttributes && !counter) {
        const int typeIndex = CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1);
        const ASN1_TYPE *type = typeIndex >= 0 ? X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, typeIndex), 0) : nullptr;
        const bool agree =
            type && type->type == V_ASN1_OBJECT && OBJ_cmp(type->value.object, CMS_get0_eContentType(cmsInfo)) == 0;
        if (!agree)
            add(QStringLiteral("format"), tr("Signature format"), false,
                typeIndex < 0 ? tr("The signed attributes do not say what content they sign (no contentType).")
                              : tr("The signed attributes name another type of content than the signature carries."),
                Verdict::Indeterminate);
    }
    // Algorithms too weak to prove anything today: the signature cannot be confirmed.
    {
        QString weak;
        X509_ALGOR *digestAlgorithm = nullptr;
        X509_ALGOR *signatureAlgorithm = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, &signatureAlgorithm);
        const ASN1_OBJECT *digestOid = nullptr;
        if (digestAlgorithm)
            X509_ALGOR_get0(&digestOid, nullptr, nullptr, digestAlgorithm);
        int signatureHash = NID_undef;
        if (signatureAlgorithm)
            OBJ_find_sigid_algs(OBJ_obj2nid(signatureAlgorithm->algorithm), &signatureHash, nullptr);
        // The digest algorithm's hash, and the one the signature algorithm names (it may differ).
        for (const int digestNid : {digestOid ? OBJ_obj2nid(digestOid) : NID_undef, signatureHash})
            if (digestNid == NID_md5 || digestNid == NID_sha1 || digestNid == NID_md4 || digestNid == NID_md2)
                weak = QString::fromLatin1(OBJ_nid2sn(digestNid)).toUpper();
        if (const EVP_PKEY *key = X509_get0_pubkey(v.signer.x509())) {
            if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA && EVP_PKEY_get_bits(key) < 2048)
                weak = QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
            else if (EVP_PKEY_get_base_id(key) == EVP_PKEY_DSA)
                weak = QStringLiteral("DSA %1").arg(EVP_PKEY_get_bits(key));
        }
        ossl::clearErrors();
        if (!weak.isEmpty())
            add(QStringLiteral("algorithm"), tr("Algorithm"), false,
                tr("The signature uses %1, which is too weak to prove anything today.").arg(weak), Verdict::Indeterminate);
    }
    if (!v.algorithm.startsWith(QLatin1String("RSA")) && !v.algorithm.startsWith(QLatin1String("ECDSA"))) {
        // A Ukrainian signature (DSTU 4145 with GOST 34.311): checked by Kopii's own code.
        std::shared_ptr<const Dstu4145Key> key;
        if (auto parsed = Dstu4145Key::ofCertificate(v.signer.der()))
            key = *parsed;
        if (!key) {
            add(QStringLiteral("signature"), tr("Signature"), false,
                tr("The signature uses %1, which this version of Kopii cannot check yet.").arg(v.algorithm),
                Verdict::Indeterminate);
            return conclude();
        }
        v.algorithm = QStringLiteral("DSTU 4145-2002 (m = %1)").arg(key->fieldBits());
        // DSTU 4145 over GOST 34.311 or Kupyna: the digest algorithm, the signature over the
        // signed attributes, the content's digest, the certificate named by its hash.
        const cms::NationalSignerCheck check = cms::checkNationalSigner(si, *key, v.signedContent, asReceived);
        if (!check.hash) {
            add(QStringLiteral("signature"), tr("Signature"), false,
                tr("The signature uses the hash %1 with DSTU 4145, which this version of Kopii cannot check yet.")
                    .arg(check.digestOid),
                Verdict::Indeterminate);
            return conclude();
        }
        v.algorithm += QStringLiteral(", ") + national::hashName(*check.hash);
        addIntegrity(check.signatureOk, check.digestOk, check.form);
        addBinding(cms::bindsCertificate(si, v.signer, key->sbox()));
    } else if (const QString missing = cms::uncomputableHash(si); !missing.isEmpty()) {
        // A hash this OpenSSL cannot compute (MD4, MD2…): a failure would prove nothing.
        add(QStringLiteral("signature"), tr("Signature"), false,
            tr("The signature uses %1, which cannot be computed here: it can be neither confirmed nor refuted.").arg(missing),
            Verdict::Indeterminate);
        return conclude();
    } else {
        // The signature over the signed attributes as received, then the content's digest.
        const cms::SignerCheck check = cms::checkSigner(si, X509_get0_pubkey(v.signer.x509()), v.signedContent, asReceived);
        addIntegrity(check.signatureOk, check.digestOk, check.form);
        if (check.digestInfoWithoutNull)
            add(QStringLiteral("signature-encoding"), tr("Signature encoding"), false,
                tr("The RSA signature leaves out the NULL parameters PKCS #1 asks for in its DigestInfo: it holds, but "
                   "the software that made it does not follow the standard."),
                Verdict::ValidWithWarnings);
        addBinding(cms::bindsCertificate(si, v.signer));
    }

    // The timestamp, when present and sound, proves when the signature existed at the latest.
    const TimestampResult ts = Timestamp::verify(si, trust);
    const bool proven = ts.state == TimestampResult::State::Valid;
    if (ts.state != TimestampResult::State::Absent) {
        if (proven)
            v.timestampTime = ts.time;
        add(QStringLiteral("timestamp"), tr("Timestamp"), proven, ts.detail,
            ts.state == TimestampResult::State::Invalid ? Verdict::Invalid : Verdict::ValidWithWarnings);
    }
    // A content timestamp proves that the document existed at its time (so the signature cannot be
    // older); it proves nothing about when the signature was made.
    const TimestampResult contentTs = Timestamp::verifyContent(si, v.signedContent, trust);
    if (contentTs.state != TimestampResult::State::Absent)
        add(QStringLiteral("content-timestamp"), tr("Content timestamp"), contentTs.state == TimestampResult::State::Valid,
            contentTs.detail, Verdict::ValidWithWarnings);
    const auto when = [](const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")); };
    // The proof of existence, best first: the timestamp; the moment Kopii stored the signature
    // (it witnessed it); else now. The signer's own signingTime is information only.
    const bool received = !proven && receivedAt.isValid() && receivedAt <= now;
    v.poe = proven ? DocumentVerification::Poe::Timestamp
        : received ? DocumentVerification::Poe::Received
                   : DocumentVerification::Poe::Now;
    const QDateTime at = proven ? ts.time : received ? receivedAt : now;
    v.poeTime = at;
    const bool poeProven = v.poe != DocumentVerification::Poe::Now; // a time before the check
    if (contentTs.state == TimestampResult::State::Valid && proven && ts.time.addSecs(300) < contentTs.time)
        add(QStringLiteral("timestamp-order"), tr("Timestamps"), false,
            tr("The signature's timestamp (%1) is older than the document's content timestamp (%2): one of them is wrong.")
                .arg(when(ts.time), when(contentTs.time)),
            Verdict::Indeterminate);
    if (v.signingTime.isValid() && v.signingTime > at.addSecs(300))
        add(QStringLiteral("signing-time"), tr("Signing time"), false,
            proven ? tr("The signature claims to be made at %1, after its own timestamp (%2): the claim is wrong.")
                         .arg(when(v.signingTime), when(at))
                   : tr("The signature claims to be made at %1, after Kopii had it (%2): the claim is wrong.")
                         .arg(when(v.signingTime), when(at)),
            Verdict::ValidWithWarnings);

    // The CAdES form it reaches, by what it carries (a timestamp counts when it is intact, even
    // when its authority is not trusted here: the form is the file's, the trust is the verdict's).
    {
        const bool stamped = ts.state != TimestampResult::State::Absent && ts.state != TimestampResult::State::Invalid;
        const auto has = [si](const char *oid, bool signedAttribute) {
            ossl::Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
            return object
                && (signedAttribute ? CMS_signed_get_attr_by_OBJ(si, object.get(), -1)
                                    : CMS_unsigned_get_attr_by_OBJ(si, object.get(), -1))
                >= 0;
        };
        bool bound = false;
        for (const VerificationCheck &c : std::as_const(v.checks))
            bound = bound || (c.id == QLatin1String("signing-certificate") && c.ok);
        const bool refs = has("1.2.840.113549.1.9.16.2.21", false) && has("1.2.840.113549.1.9.16.2.22", false);
        const bool xTimestamp = has("1.2.840.113549.1.9.16.2.25", false) || has("1.2.840.113549.1.9.16.2.26", false);
        const bool values = !evidence.certificates.isEmpty() && (!evidence.ocspResponses.isEmpty() || !evidence.crls.isEmpty());
        const bool archive =
            has("1.2.840.113549.1.9.16.2.27", false) || has("1.2.840.113549.1.9.16.2.48", false) || has("0.4.0.1733.2.4", false);
        v.level = !bound                              ? QStringLiteral("CMS")
            : archive && stamped                      ? QStringLiteral("CAdES-A")
            : stamped && refs && values && xTimestamp ? QStringLiteral("CAdES-X Long Type 1/2")
            : stamped && refs && values               ? QStringLiteral("CAdES-X Long")
            : stamped && refs && xTimestamp           ? QStringLiteral("CAdES-X")
            : stamped && refs                         ? QStringLiteral("CAdES-C")
            : stamped && values                       ? QStringLiteral("CAdES-T (with validation data)")
            : stamped                                 ? QStringLiteral("CAdES-T")
            : has("1.2.840.113549.1.9.16.2.15", true) ? QStringLiteral("CAdES-EPES")
                                                      : QStringLiteral("CAdES-BES");
    }

    // The chain at that time.
    v.chain = trust.buildChain(v.signer, embedded, at);
    // Revoked (by a CRL) only after the proven time: the signature was made while the certificate held.
    QDateTime revokedAfterSigning;
    if (!v.chain.trusted && v.chain.problem == ChainResult::Problem::Revoked && v.chain.problems.size() == 1 && poeProven
        && v.chain.leafRevokedAt.isValid() && at < v.chain.leafRevokedAt) {
        revokedAfterSigning = v.chain.leafRevokedAt;
        v.chain.trusted = true;
        v.chain.problem = ChainResult::Problem::None;
        v.chain.reason.clear();
        v.chain.problems.clear();
    }
    // Only a proven failure is "NOT valid": an unknown CA, an algorithm Kopii cannot check, or a
    // certificate outside its validity at the proven time (nothing proves an earlier signature)
    // cannot be confirmed.
    const bool outOfBounds =
        v.chain.problem == ChainResult::Problem::Expired || v.chain.problem == ChainResult::Problem::NotYetValid;
    const bool provenFailure = v.chain.problem == ChainResult::Problem::Revoked
        || v.chain.problem == ChainResult::Problem::BadSignature || v.chain.problem == ChainResult::Problem::NotCa;
    QString chainDetail = v.chain.reason;
    if (outOfBounds)
        chainDetail = v.poe == DocumentVerification::Poe::Received
            ? tr("%1 Nothing proves that the signature was made while it was valid (no timestamp, and Kopii received it "
                 "only on %2).")
                  .arg(v.chain.reason, when(at))
            : tr("%1 Nothing proves that the signature was made while it was valid (no timestamp, no record of when it "
                 "was received).")
                  .arg(v.chain.reason);
    add(QStringLiteral("chain"), tr("Certificate chain"), v.chain.trusted,
        v.chain.trusted ? tr("The certificate chains to a trusted authority (%1).")
                              .arg(v.chain.path.isEmpty() ? QString() : v.chain.path.last().info().commonName)
                        : chainDetail,
        provenFailure ? Verdict::Invalid : Verdict::Indeterminate);
    if (v.chain.trusted) {
        const QString revokedSince = proven
            ? tr("The certificate was revoked on %1, after the signature was made (proven by its timestamp): the "
                 "signature stays valid, but nothing signed with this key after that date is.")
            : tr("The certificate was revoked on %1, after Kopii received this signature: the signature stays "
                 "valid, but nothing signed with this key after that date is.");
        if (revokedAfterSigning.isValid()) {
            add(QStringLiteral("revocation"), tr("Revocation"), false, revokedSince.arg(when(revokedAfterSigning)),
                Verdict::ValidWithWarnings);
        } else if (v.chain.revocationChecked) {
            add(QStringLiteral("revocation"), tr("Revocation"), true, tr("The certificate was not revoked (CRL of its issuer)."),
                Verdict::ValidWithWarnings);
        } else if (v.chain.path.size() < 2) {
            add(QStringLiteral("revocation"), tr("Revocation"), false,
                tr("Revocation not checked: the certificate's issuer is unknown."), Verdict::ValidWithWarnings);
        } else {
            // The answer the signature carries (CAdES-XL), made after its proven time; else the
            // issuer's OCSP responder; its CRL when the responder gives no usable answer.
            RevocationStatus rs =
                Revocation::checkEmbeddedOcsp(v.signer, v.chain.path.at(1), trust, evidence.ocspResponses, at, revocation);
            bool carriedCrl = false;
            if (rs.state == RevocationStatus::State::NotChecked && !evidence.crls.isEmpty()) {
                const RevocationStatus fromCarriedCrl =
                    Revocation::checkEmbeddedCrls(v.signer, v.chain.path.at(1), evidence.crls, at);
                if (fromCarriedCrl.state != RevocationStatus::State::NotChecked) {
                    rs = fromCarriedCrl;
                    carriedCrl = true;
                } else {
                    rs.detail = evidence.ocspResponses.isEmpty() ? fromCarriedCrl.detail
                                                                 : QStringLiteral("%1; %2").arg(rs.detail, fromCarriedCrl.detail);
                }
            }
            if (rs.state == RevocationStatus::State::NotChecked) {
                const QString carried = evidence.ocspResponses.isEmpty() && evidence.crls.isEmpty() ? QString() : rs.detail;
                rs = Revocation::checkOcsp(v.signer, v.chain.path.at(1), trust, now, revocation, at);
                if (!carried.isEmpty() && rs.state == RevocationStatus::State::NotChecked)
                    rs.detail = QStringLiteral("%1; %2").arg(carried, rs.detail);
            }
            bool viaCrl = false;
            if (rs.state == RevocationStatus::State::NotChecked) {
                const RevocationStatus fromCrl = Revocation::checkCrl(v.signer, v.chain.path.at(1), now, revocation);
                if (fromCrl.state != RevocationStatus::State::NotChecked) {
                    rs = fromCrl;
                    viaCrl = true;
                } else if (fromCrl.detail != rs.detail) { // "working offline" once, not twice
                    rs.detail = QStringLiteral("%1; %2").arg(rs.detail, fromCrl.detail);
                }
            }
            switch (rs.state) {
            case RevocationStatus::State::Good:
                add(QStringLiteral("revocation"), tr("Revocation"), true,
                    carriedCrl ? tr("The certificate was not revoked when the signature was made (CRL of %1, carried in "
                                    "the signature).")
                                     .arg(when(rs.producedAt))
                        : viaCrl ? tr("The certificate is not revoked (CRL of %1 from %2).").arg(when(rs.producedAt), rs.source)
                        : rs.fromSignature
                        ? tr("The certificate was not revoked when the signature was made (OCSP answer of %1, "
                             "carried in the signature).")
                              .arg(when(rs.producedAt))
                        : tr("The certificate is not revoked (OCSP answer of %1 from %2).").arg(when(rs.producedAt), rs.source),
                    Verdict::ValidWithWarnings);
                break;
            case RevocationStatus::State::Revoked:
                if (poeProven && at < rs.revokedAt)
                    add(QStringLiteral("revocation"), tr("Revocation"), false, revokedSince.arg(when(rs.revokedAt)),
                        Verdict::ValidWithWarnings);
                else
                    add(QStringLiteral("revocation"), tr("Revocation"), false,
                        proven
                            ? tr("The certificate was revoked on %1, before the signature's timestamp.").arg(when(rs.revokedAt))
                            : tr("The certificate was revoked on %1, and no timestamp proves that the signature was "
                                 "made before that.")
                                  .arg(when(rs.revokedAt)),
                        Verdict::Invalid);
                break;
            case RevocationStatus::State::Unknown:
                add(QStringLiteral("revocation"), tr("Revocation"), false,
                    tr("The issuer's OCSP responder (%1) does not know this certificate.").arg(rs.source),
                    Verdict::Indeterminate);
                break;
            case RevocationStatus::State::NotChecked:
                add(QStringLiteral("revocation"), tr("Revocation"), false,
                    tr("Revocation not checked: no CRL of the issuer is in the trust store, and %1.").arg(rs.detail),
                    Verdict::ValidWithWarnings);
                break;
            }
        }
    }
    if (info.notAfter < now && info.isValidAt(at))
        add(QStringLiteral("validity"), tr("Certificate validity"), false,
            tr("The certificate was valid at the proven time of the signature; it has expired since (%1).")
                .arg(info.notAfter.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy"))),
            Verdict::ValidWithWarnings);
    const bool usage = info.canSign();
    add(QStringLiteral("key-usage"), tr("Key usage"), usage,
        usage ? tr("The certificate is meant for signatures.") : tr("The certificate is not meant for signatures (key usage)."),
        // ETSI's SIG_CONSTRAINTS_FAILURE: nothing is proven forged, the signature cannot be confirmed.
        Verdict::Indeterminate);
    // Qualified status comes from the trusted list (the issuer a granted CA/QC service at the
    // time), never from the certificate's own claim alone.
    const bool claimed = info.qualified();
    const bool listed = v.chain.trusted && trust.qualifiedPath(v.chain.path, at);
    if (claimed && listed)
        add(QStringLiteral("qualified"), tr("Qualified"), true,
            tr("A qualified certificate (KEP): the trusted list names its issuer as a qualified provider."),
            Verdict::NotQualified);
    else if (claimed)
        add(QStringLiteral("qualified"), tr("Qualified"), false,
            tr("The certificate says it is qualified, but no trusted list confirms its issuer as a qualified provider "
               "(import the Ukrainian trusted list)."),
            Verdict::ValidWithWarnings);
    else
        add(QStringLiteral("qualified"), tr("Qualified"), false, tr("The certificate is not qualified: this is not a KEP."),
            Verdict::NotQualified);
    return conclude();
}

namespace {

// A counter-signature's SignerInfo (DER) as a detached SignedData of its own, with the parent
// file's certificates, so that the same checks read it; its bytes stay exactly as received.
QByteArray counterSignatureFile(CMS_ContentInfo *parent, const QByteArray &signerInfo)
{
    QByteArray certificates;
    ossl::X509Stack certs(CMS_get1_certs(parent));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        certificates += ossl::der(sk_X509_value(certs.get(), i), i2d_X509);
    const QByteArray signedData = der::encode(
        der::kSequence,
        der::encode(0x02, QByteArray(1, '\x01')) + der::encode(der::kSet, {})
            + der::encode(der::kSequence, der::objectIdentifier(QStringLiteral("1.2.840.113549.1.7.1")))
            + (certificates.isEmpty() ? QByteArray() : der::encode(0xa0, certificates)) + der::encode(der::kSet, signerInfo));
    return der::encode(der::kSequence,
                       der::objectIdentifier(QStringLiteral("1.2.840.113549.1.7.2")) + der::encode(0xa0, signedData));
}

} // namespace

DocumentVerification SignatureVerifier::verify(const QByteArray &signature, const QByteArray &pdf, const TrustStore &trust,
                                               const QDateTime &now, const RevocationOptions &revocation,
                                               const QDateTime &receivedAt)
{
    // A PDF with signatures of its own (PAdES), no signature beside it.
    if (signature.isEmpty() && PdfSignatures::isPdf(pdf) && !PdfSignatures::find(pdf).isEmpty())
        return PdfSignatures::verify(pdf, trust, now, revocation, receivedAt);
    QByteArray binary;
    ossl::Cms cms = cms::read(signature, &binary);
    const int count = cms && OBJ_obj2nid(CMS_get0_type(cms.get())) == NID_pkcs7_signed
        ? sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get()))
        : -1;
    if (count <= 0) {
        DocumentVerification v;
        v.verifiedAt = now;
        v.trustVersion = trust.version();
        v.verdict = count < 0 ? Verdict::Invalid : Verdict::Indeterminate;
        const QString detail =
            count < 0 ? tr("The file is not a CMS/CAdES signature (.p7s).") : tr("The file holds no signature (no signer).");
        v.checks << VerificationCheck{QStringLiteral("format"), tr("Signature"), false, detail, v.verdict};
        v.indication = count < 0 ? QStringLiteral("TOTAL_FAILED") : QStringLiteral("INDETERMINATE");
        v.subIndication = QStringLiteral("FORMAT_FAILURE");
        v.summary = verdictName(v.verdict) + QStringLiteral(": ") + detail;
        return v;
    }
    const QList<QByteArray> received = cms::receivedSignedAttributes(binary);
    std::vector<DocumentVerification> all;
    // The counter-signatures on `si` (unsigned counterSignature attributes, each a SignerInfo over
    // its signature value), each judged on its own, and theirs in turn (a bounded depth and count).
    std::function<void(CMS_ContentInfo *, CMS_SignerInfo *, const QString &, int)> counters =
        [&](CMS_ContentInfo *file, CMS_SignerInfo *si, const QString &parentPlace, int depth) {
            const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(si);
            const QByteArray signatureValue = value
                ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value))
                : QByteArray();
            for (int a = CMS_unsigned_get_attr_by_NID(si, NID_pkcs9_countersignature, -1); a >= 0;
                 a = CMS_unsigned_get_attr_by_NID(si, NID_pkcs9_countersignature, a)) {
                X509_ATTRIBUTE *attribute = CMS_unsigned_get_attr(si, a);
                for (int k = 0; k < X509_ATTRIBUTE_count(attribute) && all.size() < 64; ++k) {
                    const ASN1_TYPE *type = X509_ATTRIBUTE_get0_type(attribute, k);
                    if (!type || type->type != V_ASN1_SEQUENCE)
                        continue;
                    const QByteArray signerInfo(reinterpret_cast<const char *>(ASN1_STRING_get0_data(type->value.sequence)),
                                                ASN1_STRING_length(type->value.sequence));
                    QByteArray counterBinary = counterSignatureFile(file, signerInfo);
                    ossl::Cms counter = cms::read(counterBinary, &counterBinary);
                    const bool readable = counter && sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(counter.get())) == 1;
                    DocumentVerification c;
                    if (readable) {
                        c = verifySigner(counter.get(), 0, cms::receivedSignedAttributes(counterBinary), true, signatureValue,
                                         trust, now, revocation, receivedAt);
                    } else {
                        c.verifiedAt = now;
                        c.verdict = Verdict::Indeterminate;
                        c.checks << VerificationCheck{QStringLiteral("format"), tr("Signature"), false,
                                                      tr("The counter-signature cannot be read."), Verdict::Indeterminate};
                        c.indication = QStringLiteral("INDETERMINATE");
                        c.subIndication = QStringLiteral("FORMAT_FAILURE");
                        c.summary = verdictName(c.verdict) + QStringLiteral(": ") + c.checks.constFirst().detail;
                    }
                    c.counterSignature = true;
                    c.index = int(all.size()) + 1;
                    c.place = tr("Counter-signature on: %1").arg(parentPlace);
                    const QString place = c.place;
                    all.push_back(std::move(c));
                    if (readable && depth < 4)
                        counters(counter.get(), sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(counter.get()), 0), place,
                                 depth + 1);
                }
            }
            ossl::clearErrors();
        };
    for (int i = 0; i < count; ++i) {
        DocumentVerification one = verifySigner(cms.get(), i, received, false, pdf, trust, now, revocation, receivedAt);
        // Its archive timestamps (CAdES-A): each must match the signature as it is now. The
        // signature is judged by its own timestamp; a failed archive timestamp is a warning.
        if (one.level == QLatin1String("CAdES-A")) {
            for (const ArchiveTimestampCheck &a : ArchiveTimestamps::verify(binary, i, one.attached ? QByteArray() : pdf, trust))
                one.checks << VerificationCheck{
                    QStringLiteral("archive-timestamp"), tr("Archive timestamp"), a.result.state == TimestampResult::State::Valid,
                    a.version == 2 ? tr("Version 2: %1").arg(a.result.detail) : a.result.detail, Verdict::ValidWithWarnings};
            conclude(one);
        }
        one.index = int(all.size()) + 1;
        one.place = count > 1 ? tr("Signature %1 of %2").arg(i + 1).arg(count) : tr("The signature");
        const QString place = one.place;
        all.push_back(std::move(one));
        counters(cms.get(), sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), i), place, 0);
    }
    return combine(std::move(all));
}

DocumentVerification SignatureVerifier::combine(std::vector<DocumentVerification> all)
{
    if (all.empty())
        return {};
    if (all.size() == 1) {
        all.front().place.clear();
        return std::move(all.front());
    }
    // The worst wins: the whole is that signature's verification, with every one beside it.
    std::size_t worst = 0;
    for (std::size_t i = 1; i < all.size(); ++i)
        if (rank(all[i].verdict) > rank(all[worst].verdict))
            worst = i;
    DocumentVerification whole = all[worst];
    const QString who = whole.signer.isNull() ? QString() : whole.signer.info().holderName();
    whole.summary = tr("%n signatures; %1%2: %3", nullptr, int(all.size())) // never fewer than two
                        .arg(whole.place, who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who), whole.summary);
    whole.signatures = std::move(all);
    return whole;
}

} // namespace kopii
