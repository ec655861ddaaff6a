// SPDX-License-Identifier: GPL-3.0-or-later
// TrustStore's path building and revocation evidence: the chain from a leaf to a trusted root
// (OpenSSL's verifier, or Kopii's own DSTU 4145 checks), and what the stored CRLs say about each
// certificate on it. The collection and its persistence are in TrustStore.cpp.
#include "crypto/TrustStore.h"

#include "crypto/CryptoLog.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <QCryptographicHash>
#include <QSet>

#include <limits>

#include <openssl/x509v3.h>

namespace kopii {

namespace {

// How much older than the time it is asked about a CRL may be and still clear a certificate
// (providers publish full CRLs about weekly); beyond it OCSP is asked.
constexpr qint64 kMaxCrlAgeSeconds = 7 * 24 * 3600;

struct VerifyState
{
    QList<QPair<int, int>> errors; // (error, depth)
};

int verifyCallback(int ok, X509_STORE_CTX *ctx)
{
    auto *state = static_cast<VerifyState *>(X509_STORE_CTX_get_app_data(ctx));
    if (!ok && state) {
        const int error = X509_STORE_CTX_get_error(ctx);
        const int depth = X509_STORE_CTX_get_error_depth(ctx);
        state->errors.append({error, depth});
    }
    return 1; // go on: we want the whole path and every problem, and decide ourselves
}

// Whether `issuer` plausibly issued `subject` by names and key identifiers alone (no signature
// check): enough to show the path of certificates whose algorithms OpenSSL cannot use.
bool namesIssuer(X509 *issuer, X509 *subject)
{
    if (X509_NAME_cmp(X509_get_subject_name(issuer), X509_get_issuer_name(subject)) != 0)
        return false;
    const ASN1_OCTET_STRING *akid = X509_get0_authority_key_id(subject);
    const ASN1_OCTET_STRING *skid = X509_get0_subject_key_id(issuer);
    return !akid || !skid || ASN1_OCTET_STRING_cmp(akid, skid) == 0;
}

} // namespace

QList<Certificate> TrustStore::pathByNames(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time,
                                           QString *undecodable) const
{
    QList<Certificate> candidates = extra;
    for (const auto &t : m_certificates)
        if (t.usableAt(time))
            candidates << t.certificate;
    QList<Certificate> path = {leaf};
    while (path.size() < 10 && !path.last().isSelfIssued()) {
        const Certificate *next = nullptr;
        for (const Certificate &c : std::as_const(candidates))
            if (!path.contains(c) && namesIssuer(c.x509(), path.last().x509()))
                next = &c;
        if (!next)
            break;
        if (!X509_get0_pubkey(next->x509()))
            *undecodable = next->info().publicKeyAlgorithm;
        path << *next;
    }
    ossl::clearErrors();
    return path;
}

bool TrustStore::anchoredAtRoot(const QList<Certificate> &path) const
{
    if (path.isEmpty() || !path.last().isSelfIssued())
        return false;
    for (const auto &t : m_certificates)
        if (t.anchor && t.certificate == path.last())
            return true;
    return false;
}

// DSTU 4145: Kopii checks these signatures itself, link by link up to the trusted root, each
// certificate valid at the time and each issuer a CA; the revocation of every certificate below
// the root from its issuer's CRLs in the store (checkPathRevocation).
ChainResult TrustStore::nationalChain(const QList<Certificate> &path, const QDateTime &time) const
{
    ChainResult result;
    const QString at = time.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    QStringList problems;
    ChainResult::Problem first = ChainResult::Problem::None;
    auto fault = [&](ChainResult::Problem problem, const QString &text) {
        if (first == ChainResult::Problem::None)
            first = problem;
        problems << text;
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Certificate &subject = path.at(i);
        const Certificate &issuer = path.at(qMin(i + 1, path.size() - 1));
        // A certificate's signature does not change: each link is checked once a run.
        const QString link = subject.sha256() + issuer.sha256();
        std::optional<bool> known;
        {
            const QMutexLocker lock(&m_linkMutex);
            if (const auto found = m_checkedLinks.constFind(link); found != m_checkedLinks.constEnd())
                known = *found;
        }
        if (!known) {
            const auto key = Dstu4145Key::ofCertificate(issuer.der());
            if (!key) {
                fault(ChainResult::Problem::UnsupportedAlgorithm,
                      tr("The signature on \"%1\" uses %2, which this version of Kopii cannot check yet.")
                          .arg(subject.info().holderName(), subject.info().signatureAlgorithm));
            } else {
                known = bool((*key)->verifyCertificate(subject.der()));
                const QMutexLocker lock(&m_linkMutex);
                if (m_checkedLinks.size() >= 4096)
                    m_checkedLinks.clear();
                m_checkedLinks.insert(link, *known);
            }
        }
        if (known && !*known)
            fault(ChainResult::Problem::BadSignature,
                  tr("The issuer's signature on \"%1\" does not verify.").arg(subject.info().holderName()));
        if (i > 0 && !subject.info().isCa)
            fault(ChainResult::Problem::NotCa,
                  tr("\"%1\" is not allowed to issue certificates.").arg(subject.info().holderName()));
        if (!subject.info().isValidAt(time)) {
            const bool early = time < subject.info().notBefore;
            fault(
                early ? ChainResult::Problem::NotYetValid : ChainResult::Problem::Expired,
                early
                    ? tr("The certificate \"%1\" is valid only from %2 (checked at %3).")
                          .arg(subject.info().holderName(), subject.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")), at)
                    : tr("The certificate \"%1\" expired on %2 (checked at %3).")
                          .arg(subject.info().holderName(), subject.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")), at));
        }
    }
    result.path = path;
    result.problem = first;
    result.problems = problems;
    result.reason = problems.value(0);
    result.trusted = first == ChainResult::Problem::None;
    checkPathRevocation(result, time);
    return result;
}

ChainResult TrustStore::buildChain(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const
{
    ChainResult result;
    if (leaf.isNull()) {
        result.problem = ChainResult::Problem::Other;
        result.reason = tr("There is no certificate to check.");
        result.problems << result.reason;
        return result;
    }
    // A certificate signed with DSTU 4145 (OpenSSL reads it, but cannot check its signature): the
    // path by names and key identifiers, checked by Kopii's own code when it reaches a trusted root.
    {
        const X509_ALGOR *signature = nullptr;
        X509_get0_signature(nullptr, &signature, leaf.x509());
        const ASN1_OBJECT *algorithm = nullptr;
        if (signature)
            X509_ALGOR_get0(&algorithm, nullptr, nullptr, signature);
        if (algorithm && national::hashOfSignatureAlgorithm(ossl::oidText(algorithm))) {
            QString undecodable;
            const QList<Certificate> path = pathByNames(leaf, extra, time, &undecodable);
            if (anchoredAtRoot(path))
                return nationalChain(path, time);
        }
    }
    // A path OpenSSL found sound is sound at any other time within the validity of all its
    // certificates, when built from the same certificates (the same trusted ones usable): an
    // inbox's documents from one signer do not each check the same signatures again (OpenSSL 3
    // checks two per link). Only what had no problem at all is kept; revocation, which depends
    // on the time, is checked every time.
    const QByteArray key = soundPathKey(leaf, extra, time);
    const qint64 seconds = time.toSecsSinceEpoch();
    bool cached = false;
    {
        const QMutexLocker lock(&m_linkMutex);
        if (const auto found = m_soundPaths.constFind(key);
            found != m_soundPaths.constEnd() && seconds >= found->from && seconds < found->until) {
            result = found->result;
            cached = true;
        }
    }
    if (cached) {
        checkPathRevocation(result, time);
        return result;
    }
    ossl::X509Store store(X509_STORE_new());
    ossl::X509Stack untrusted(sk_X509_new_null());
    for (const auto &t : m_certificates) {
        if (!t.usableAt(time))
            continue;
        if (t.anchor)
            X509_STORE_add_cert(store.get(), t.certificate.x509());
        else if (X509_up_ref(t.certificate.x509()))
            sk_X509_push(untrusted.get(), t.certificate.x509());
    }
    for (const Certificate &c : extra) {
        if (!c.isNull() && X509_up_ref(c.x509()))
            sk_X509_push(untrusted.get(), c.x509());
    }
    // Revocation is Kopii's own check below (crlEvidence), the same for every algorithm: OpenSSL
    // would take any CRL current at the time, also an older one that misses a later revocation.
    ossl::X509StoreCtx ctx(X509_STORE_CTX_new());
    VerifyState state;
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.x509(), untrusted.get());
    X509_STORE_CTX_set_app_data(ctx.get(), &state);
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(time.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    ossl::clearErrors();

    if (STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            // The certificates met on the way are mostly known already: no need to read them again.
            X509 *x = sk_X509_value(chain, i);
            const Certificate *known = x == leaf.x509() ? &leaf : nullptr;
            for (const auto &t : m_certificates)
                if (!known && t.certificate.x509() == x)
                    known = &t.certificate;
            for (const Certificate &c : extra)
                if (!known && c.x509() == x)
                    known = &c;
            result.path << (known ? *known : Certificate::fromX509(x));
        }
    }
    if (result.path.isEmpty())
        result.path << leaf;
    auto nameAt = [&](int depth) {
        return depth >= 0 && depth < result.path.size() ? result.path.at(depth).info().holderName() : leaf.info().holderName();
    };
    const QString at = time.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    for (const auto &[error, depth] : std::as_const(state.errors)) {
        ChainResult::Problem problem = ChainResult::Problem::Other;
        QString text;
        const Certificate subject = depth >= 0 && depth < result.path.size() ? result.path.at(depth) : leaf;
        switch (error) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            problem = ChainResult::Problem::NoIssuer;
            text = tr("The certificate of the issuer \"%1\" is not in the trust store. Import the CA "
                      "certificates of this trust service provider (e.g. CACertificates.p7b).")
                       .arg(subject.info().issuerCommonName);
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            problem = ChainResult::Problem::UntrustedRoot;
            text = tr("The chain ends at \"%1\", a root that is not trusted.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
            problem = ChainResult::Problem::Expired;
            text = tr("The certificate \"%1\" expired on %2 (checked at %3).")
                       .arg(nameAt(depth), subject.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")), at);
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            problem = ChainResult::Problem::NotYetValid;
            text = tr("The certificate \"%1\" is valid only from %2 (checked at %3).")
                       .arg(nameAt(depth), subject.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")), at);
            break;
        case X509_V_ERR_CERT_REVOKED:
            problem = ChainResult::Problem::Revoked;
            if (depth == 0) {
                for (const auto &crl : m_parsedCrls) {
                    X509_REVOKED *entry = nullptr;
                    if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(leaf.x509())) == 0
                        && X509_CRL_get0_by_cert(crl.get(), &entry, leaf.x509()) == 1 && entry)
                        result.leafRevokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
                }
            }
            text = tr("The certificate \"%1\" has been revoked by its issuer.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        case X509_V_ERR_CRL_SIGNATURE_FAILURE:
            problem = ChainResult::Problem::BadSignature;
            text = tr("The issuer's signature on \"%1\" does not verify.").arg(nameAt(depth));
            break;
        case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        case X509_V_ERR_UNSUPPORTED_SIGNATURE_ALGORITHM:
        case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
            problem = ChainResult::Problem::UnsupportedAlgorithm;
            text = tr("The signature on \"%1\" uses %2, which this version of Kopii cannot check yet.")
                       .arg(nameAt(depth), subject.info().signatureAlgorithm);
            break;
        case X509_V_ERR_INVALID_CA:
        case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
            problem = ChainResult::Problem::NotCa;
            text = tr("\"%1\" is not allowed to issue certificates.").arg(nameAt(depth));
            break;
        case X509_V_ERR_CRL_HAS_EXPIRED:
        case X509_V_ERR_CRL_NOT_YET_VALID:
            // An out-of-date CRL does not prove anything either way.
            if (depth == 0)
                result.revocationChecked = false;
            continue;
        default: text = tr("\"%1\": %2.").arg(nameAt(depth), QString::fromUtf8(X509_verify_cert_error_string(error))); break;
        }
        if (result.problems.contains(text))
            continue;
        if (result.problem == ChainResult::Problem::None) {
            result.problem = problem;
            result.reason = text;
        }
        result.problems << text;
    }
    // OpenSSL does not even pair a certificate with an issuer whose key it cannot decode (a DSTU
    // chain that reaches no trusted root; other algorithms always). Follow names and key
    // identifiers to show how far the path goes, and say that its signatures could not be
    // checked: such a chain is never reported as trusted.
    if (result.problem == ChainResult::Problem::NoIssuer) {
        QString algorithm;
        const QList<Certificate> path = pathByNames(leaf, extra, time, &algorithm);
        const bool undecodable = !algorithm.isEmpty(), anchored = anchoredAtRoot(path);
        if (undecodable && path.size() > result.path.size()) {
            result.path = path;
            result.problem = ChainResult::Problem::UnsupportedAlgorithm;
            result.reason = anchored
                ? tr("The chain reaches the trusted root \"%1\", but its signatures use %2, which this version of Kopii "
                     "cannot check yet.")
                      .arg(path.last().info().holderName(), algorithm)
                : tr("The signatures on this chain use %1, which this version of Kopii cannot check yet.").arg(algorithm);
            result.problems = QStringList{result.reason};
            for (const Certificate &c : std::as_const(path)) {
                if (!c.info().isValidAt(time))
                    result.problems << tr("The certificate \"%1\" was not valid at %2 (valid %3 to %4).")
                                           .arg(c.info().holderName(), at,
                                                c.info().notBefore.toString(QStringLiteral("yyyy-MM-dd")),
                                                c.info().notAfter.toString(QStringLiteral("yyyy-MM-dd")));
            }
        }
    }
    // An out-of-date CRL proves nothing either way: it is not a fault of the chain.
    bool faults = false;
    for (const auto &[error, depth] : std::as_const(state.errors))
        faults = faults || (error != X509_V_ERR_CRL_HAS_EXPIRED && error != X509_V_ERR_CRL_NOT_YET_VALID);
    // A failed verification counts only when every error it reported was such a CRL; a failure
    // without any reported error (an internal one) is never taken as trusted.
    result.trusted = !faults && (verified == 1 || !state.errors.isEmpty());
    if (!result.trusted && result.problem == ChainResult::Problem::None) {
        result.problem = ChainResult::Problem::Other;
        result.reason = tr("The chain could not be built.");
        result.problems << result.reason;
    }
    if (verified == 1 && state.errors.isEmpty() && result.trusted && result.problem == ChainResult::Problem::None
        && result.path.size() > 1) {
        // OpenSSL's rule: valid from notBefore, expired at notAfter.
        SoundPath sound{result, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
        for (const Certificate &c : std::as_const(result.path)) {
            sound.from = qMax(sound.from, c.info().notBefore.toSecsSinceEpoch());
            sound.until = qMin(sound.until, c.info().notAfter.toSecsSinceEpoch());
        }
        if (seconds >= sound.from && seconds < sound.until) {
            const QMutexLocker lock(&m_linkMutex);
            if (m_soundPaths.size() >= 4096)
                m_soundPaths.clear();
            m_soundPaths.insert(key, sound);
        }
    }
    checkPathRevocation(result, time);
    return result;
}

QByteArray TrustStore::soundPathKey(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const
{
    // The leaf, the certificates that came with it (in their order: OpenSSL tries them so), and
    // which of the store's certificates are usable at the time, as which role.
    QByteArray key = m_version.toLatin1() + '|' + leaf.sha256().toLatin1() + '|';
    for (const Certificate &c : extra)
        key += c.sha256().toLatin1() + ',';
    key += '|';
    for (const auto &t : m_certificates)
        key += !t.usableAt(time) ? '-' : t.anchor ? 'a' : 'u';
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

bool TrustStore::crlSignedBy(X509_CRL *crl, const Certificate &issuer) const
{
    const QPair<const X509_CRL *, QString> key{crl, issuer.sha256()};
    {
        const QMutexLocker lock(&m_linkMutex);
        if (const auto found = m_checkedCrls.constFind(key); found != m_checkedCrls.constEnd())
            return *found;
    }
    bool ok = false;
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer.x509())) == 0) {
        if (EVP_PKEY *publicKey = X509_get0_pubkey(issuer.x509()))
            ok = X509_CRL_verify(crl, publicKey) == 1;
        else if (const auto national = Dstu4145Key::ofCertificate(issuer.der()))
            ok = bool((*national)->verifyCertificate(ossl::der(crl, i2d_X509_CRL)));
    }
    ossl::clearErrors();
    const QMutexLocker lock(&m_linkMutex);
    if (m_checkedCrls.size() >= 4096)
        m_checkedCrls.clear();
    m_checkedCrls.insert(key, ok);
    return ok;
}

namespace {

ossl::Asn1IntegerPtr crlInteger(X509_CRL *crl, int nid)
{
    return ossl::Asn1IntegerPtr(static_cast<ASN1_INTEGER *>(X509_CRL_get_ext_d2i(crl, nid, nullptr, nullptr)));
}

// The reason code of a CRL entry, -1 when it gives none.
long entryReason(X509_REVOKED *entry)
{
    const ossl::Owned<ASN1_ENUMERATED, ASN1_ENUMERATED_free> reason(
        static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr)));
    return reason ? ASN1_ENUMERATED_get(reason.get()) : -1;
}

bool current(X509_CRL *crl, const QDateTime &time)
{
    const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl);
    return !next || time <= ossl::toDateTime(next);
}

} // namespace

CrlEvidence TrustStore::crlEvidence(const Certificate &subject, const Certificate &issuer, const QDateTime &time) const
{
    CrlEvidence evidence;
    if (subject.isNull() || issuer.isNull())
        return evidence;
    QList<X509_CRL *> usable; // the issuer's own, complete CRLs
    for (const auto &crl : m_parsedCrls)
        if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer.x509())) == 0
            && !ossl::crlIsPartial(crl.get()) && crlSignedBy(crl.get(), issuer))
            usable << crl.get();
    auto updated = [](X509_CRL *crl) { return ossl::toDateTime(X509_CRL_get0_lastUpdate(crl)); };
    auto isDelta = [](X509_CRL *crl) { return X509_CRL_get_ext_by_NID(crl, NID_delta_crl, -1) >= 0; };

    // The newest full CRL current at the time (also one made after it: it knows of every
    // revocation up to then), and the newest delta CRL that builds on it.
    X509_CRL *base = nullptr;
    for (X509_CRL *crl : std::as_const(usable))
        if (!isDelta(crl) && current(crl, time) && (!base || updated(crl) > updated(base)))
            base = crl;
    X509_CRL *delta = nullptr;
    if (base) {
        const ossl::Asn1IntegerPtr baseNumber = crlInteger(base, NID_crl_number);
        for (X509_CRL *crl : std::as_const(usable)) {
            if (!baseNumber || !isDelta(crl) || !current(crl, time) || updated(crl) < updated(base))
                continue;
            const ossl::Asn1IntegerPtr number = crlInteger(crl, NID_crl_number), builtOn = crlInteger(crl, NID_delta_crl);
            if (number && builtOn && ASN1_INTEGER_cmp(builtOn.get(), baseNumber.get()) <= 0
                && ASN1_INTEGER_cmp(number.get(), baseNumber.get()) > 0 && (!delta || updated(crl) > updated(delta)))
                delta = crl;
        }
    }
    ossl::clearErrors();

    // Listed? The delta CRL knows best (it may also take a certificate off hold), then the full
    // one, then any other of the issuer's CRLs for a revocation that cannot be undone.
    auto listed = [&](X509_CRL *crl, X509_REVOKED **entry) {
        *entry = nullptr;
        return X509_CRL_get0_by_cert(crl, entry, subject.x509()) == 1 && *entry;
    };
    X509_REVOKED *entry = nullptr;
    bool decided = false;
    if (delta && listed(delta, &entry)) {
        decided = true;
        if (entryReason(entry) != CRL_REASON_REMOVE_FROM_CRL) {
            evidence.state = CrlEvidence::State::Revoked;
            evidence.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
        }
    }
    if (!decided && base && listed(base, &entry)) {
        decided = true;
        evidence.state = CrlEvidence::State::Revoked;
        evidence.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
    }
    if (!decided) {
        for (X509_CRL *crl : std::as_const(usable)) {
            if (crl == base || crl == delta || !listed(crl, &entry) || entryReason(entry) == CRL_REASON_CERTIFICATE_HOLD
                || entryReason(entry) == CRL_REASON_REMOVE_FROM_CRL)
                continue;
            const QDateTime at = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
            if (evidence.state != CrlEvidence::State::Revoked || at < evidence.revokedAt) {
                evidence.state = CrlEvidence::State::Revoked;
                evidence.revokedAt = at;
            }
        }
    }
    ossl::clearErrors();
    if (base) {
        evidence.issuedAt = updated(delta ? delta : base);
        evidence.delta = delta != nullptr;
    }
    // A CRL proves only what its issuer knew when it was made: one made more than a week before
    // the time is not fresh enough to clear the certificate (OCSP is asked instead).
    if (evidence.state != CrlEvidence::State::Revoked && base && evidence.issuedAt >= time.addSecs(-kMaxCrlAgeSeconds))
        evidence.state = CrlEvidence::State::Good;
    return evidence;
}

void TrustStore::checkPathRevocation(ChainResult &result, const QDateTime &time) const
{
    result.revocationChecked = false;
    result.leafRevokedAt = {};
    for (qsizetype i = 0; i + 1 < result.path.size(); ++i) {
        const Certificate &subject = result.path.at(i), &issuer = result.path.at(i + 1);
        if (subject.isSelfIssued())
            break;
        const CrlEvidence evidence = crlEvidence(subject, issuer, time);
        if (i == 0)
            result.revocationChecked = evidence.state != CrlEvidence::State::None;
        if (evidence.state != CrlEvidence::State::Revoked)
            continue;
        if (i == 0)
            result.leafRevokedAt = evidence.revokedAt;
        const QString text = tr("The certificate \"%1\" has been revoked by its issuer.").arg(subject.info().holderName());
        if (result.problems.contains(text))
            continue;
        if (result.problem == ChainResult::Problem::None) {
            result.problem = ChainResult::Problem::Revoked;
            result.reason = text;
        }
        result.problems << text;
        result.trusted = false;
    }
}

} // namespace kopii
