// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Revocation.h"

#include "crypto/CryptoLog.h"
#include "crypto/national/Der.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <QCryptographicHash>
#include <QMutexLocker>

#include <openssl/http.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kopii {

namespace {

using OcspResponse = std::unique_ptr<OCSP_RESPONSE, ossl::Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
using OcspRequest = std::unique_ptr<OCSP_REQUEST, ossl::Deleter<OCSP_REQUEST, OCSP_REQUEST_free>>;
using OcspBasic = std::unique_ptr<OCSP_BASICRESP, ossl::Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>>;
using OcspCertId = std::unique_ptr<OCSP_CERTID, ossl::Deleter<OCSP_CERTID, OCSP_CERTID_free>>;

constexpr size_t kMaxResponse = 1024 * 1024;
constexpr size_t kMaxCrl = 64 * 1024 * 1024;
constexpr qint64 kLeewaySeconds = 300; // clocks of responders and offices differ
constexpr qint64 kFreshWithoutNextUpdate = 3600;
// The oldest an OCSP answer may be when it has no nextUpdate or does not echo Kopii's nonce.
constexpr qint64 kMaxUnboundAnswerAge = 3600;

QByteArray certIdKey(OCSP_CERTID *id)
{
    const QByteArray der = ossl::der(id, i2d_OCSP_CERTID);
    return der.isEmpty() ? QByteArray() : QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

struct CString
{
    char *p = nullptr;
    ~CString() { OPENSSL_free(p); }
};

// Connects to host:port with one attempt and a deadline. OpenSSL's own HTTP client retries a
// refused connection until its timeout runs out, which made every check of an offline responder
// cost the whole timeout; a refused or unreachable host must fail at once.
ossl::Bio connectOnce(const char *host, const char *port, int timeoutSeconds, QString *error)
{
    const QByteArray target = QByteArray(host) + ':' + QByteArray(port);
    ossl::Bio bio(BIO_new_connect(target.constData()));
    if (!bio) {
        qCInfo(lcCrypto) << "cannot connect:" << ossl::lastError();
        *error = Revocation::tr("cannot connect");
        return {};
    }
    BIO_set_nbio(bio.get(), 1);
    const time_t deadline = time(nullptr) + timeoutSeconds;
    for (;;) {
        const int r = BIO_do_connect(bio.get());
        if (r > 0)
            return bio;
        if (!BIO_should_retry(bio.get()) || time(nullptr) >= deadline) {
            qCInfo(lcCrypto) << "cannot connect:" << ossl::lastError();
            *error = Revocation::tr("cannot connect");
            return {};
        }
        if (BIO_wait(bio.get(), deadline, 50) <= 0) {
            *error = Revocation::tr("no answer within %1 s").arg(timeoutSeconds);
            ossl::clearErrors();
            return {};
        }
    }
}

// One HTTP exchange: a POST of `request` (OCSP), or a GET when it is empty (a CRL). Through the
// proxy the environment names for the host, if any.
Result<QByteArray> httpExchange(const QString &url, const QByteArray &request, const char *contentType, const char *expectedType,
                                size_t maxLength, int timeoutSeconds)
{
    int ssl = 0;
    CString host, port, path;
    const QByteArray url8 = url.toUtf8();
    if (OSSL_HTTP_parse_url(url8.constData(), &ssl, nullptr, &host.p, &port.p, nullptr, &path.p, nullptr, nullptr) != 1) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, Revocation::tr("the address \"%1\" is not a valid URL").arg(url), {}};
    }
    if (ssl)
        return Error{Error::Code::Validation, Revocation::tr("the address uses https, which Kopii does not use for this"), {}};
    ossl::Bio body = request.isEmpty() ? ossl::Bio() : ossl::memoryBio(request);
    const char *proxy = OSSL_HTTP_adapt_proxy(nullptr, nullptr, host.p, 0);
    ossl::Bio connection;
    if (!proxy) {
        QString problem;
        connection = connectOnce(host.p, port.p, timeoutSeconds, &problem);
        if (!connection)
            return Error{Error::Code::Io, problem, {}};
    }
    BIO *response = OSSL_HTTP_transfer(nullptr, host.p, port.p, path.p, 0, nullptr, nullptr, connection.get(), nullptr, nullptr,
                                       nullptr, 0, nullptr, request.isEmpty() ? nullptr : contentType, body.get(), expectedType,
                                       1, maxLength, timeoutSeconds, 0);
    if (!response) {
        qCInfo(lcCrypto) << "no HTTP answer:" << ossl::lastError();
        return Error{Error::Code::Io, Revocation::tr("no answer"), {}};
    }
    const QByteArray bytes = ossl::bioContents(response);
    BIO_free_all(response);
    return bytes;
}

// POSTs an OCSP request over plain HTTP (OCSP answers are signed; RFC 6960 uses http).
Result<QByteArray> post(const QString &url, const QByteArray &request, int timeoutSeconds)
{
    return httpExchange(url, request, "application/ocsp-request", "application/ocsp-response", kMaxResponse, timeoutSeconds);
}

// The issuer's DSTU key (null when the issuer's key is not a DSTU key).
std::shared_ptr<const Dstu4145Key> nationalKey(const Certificate &certificate)
{
    auto key = Dstu4145Key::ofCertificate(certificate.der());
    return key ? *key : nullptr;
}

// An OCSP answer signed with DSTU 4145, which OCSP_basic_verify cannot check: signed by the
// issuer itself, or by a responder certificate the issuer signed for OCSP signing (extended key
// usage) and valid now. nullopt when the answer is not a DSTU one (OpenSSL checks those); else
// empty when it holds, the reason when not.
std::optional<QString> nationalAnswerProblem(const QByteArray &der, OCSP_BASICRESP *basic, const Certificate &issuer,
                                             const QDateTime &now)
{
    // OCSPResponse { status, [0] { responseType, response OCTET STRING (BasicOCSPResponse) } }
    qsizetype pos = 0;
    der::Element top, bytes, basicDer;
    QList<der::Element> parts, responseBytes, basicParts, algorithm;
    if (!der::read(der, pos, &top) || !der::children(top.content, &parts) || parts.size() != 2 || parts.at(1).tag != 0xa0)
        return std::nullopt;
    pos = 0;
    if (!der::read(parts.at(1).content, pos, &bytes) || !der::children(bytes.content, &responseBytes) || responseBytes.size() != 2
        || responseBytes.at(1).tag != der::kOctetString)
        return std::nullopt;
    pos = 0;
    const QByteArray &basicBytes = responseBytes.at(1).content;
    if (!der::read(basicBytes, pos, &basicDer) || !der::children(basicDer.content, &basicParts) || basicParts.size() < 3
        || !der::children(basicParts.at(1).content, &algorithm) || algorithm.isEmpty() || algorithm.first().tag != der::kOid
        || !national::hashOfSignatureAlgorithm(der::oid(algorithm.first().content)))
        return std::nullopt;
    const auto issuerKey = nationalKey(issuer);
    if (!issuerKey)
        return Revocation::tr("the answer is signed with DSTU 4145, but the certificate's issuer has no DSTU key");
    // The signer: named by the answer's responderID, among its certificates and the issuer.
    ossl::X509Stack extra(sk_X509_new_null());
    if (extra && X509_up_ref(issuer.x509()))
        sk_X509_push(extra.get(), issuer.x509());
    X509 *signer = nullptr;
    if (OCSP_resp_get0_signer(basic, &signer, extra.get()) != 1 || !signer)
        return Revocation::tr("the answer's signer is not among its certificates");
    std::shared_ptr<const Dstu4145Key> key = issuerKey;
    if (X509_cmp(signer, issuer.x509()) != 0) {
        const auto responder = Certificate::fromX509(signer);
        if (X509_NAME_cmp(X509_get_issuer_name(signer), X509_get_subject_name(issuer.x509())) != 0
            || !issuerKey->verifyCertificate(responder.der()))
            return Revocation::tr("the answer's signer is not authorised by the certificate's issuer");
        if (!(X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) || !(X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN))
            return Revocation::tr("the answer's signer is not an OCSP responder (extended key usage)");
        if (!responder.info().isValidAt(now))
            return Revocation::tr("the responder's certificate is not valid now");
        key = nationalKey(responder);
        if (!key)
            return Revocation::tr("the answer's signer has no DSTU key");
    }
    if (!key->verifyCertificate(basicDer.encoded))
        return Revocation::tr("the answer's signature does not match its signer's key");
    return QString();
}

struct Evaluation
{
    RevocationStatus status;
    QDateTime nextUpdate;
};

// Whether the answer's signer, when it is a responder the issuer delegated to, can be relied on:
// empty when it can, else why not. Unless its certificate carries id-pkix-ocsp-nocheck (RFC 6960
// 4.2.2.2.1), its own revocation is checked: the issuer's CRLs in the trust store, else (online)
// the CRL at its distribution point. Without either it cannot be relied on.
QString responderProblem(OCSP_BASICRESP *basic, const Certificate &issuer, const TrustStore &trust, const QDateTime &now,
                         const RevocationOptions &options)
{
    ossl::X509Stack extra(sk_X509_new_null());
    if (extra && X509_up_ref(issuer.x509()))
        sk_X509_push(extra.get(), issuer.x509());
    X509 *signer = nullptr;
    if (OCSP_resp_get0_signer(basic, &signer, extra.get()) != 1 || !signer) {
        ossl::clearErrors();
        return Revocation::tr("the answer's signer is not among its certificates");
    }
    if (X509_cmp(signer, issuer.x509()) == 0 || X509_get_ext_by_NID(signer, NID_id_pkix_OCSP_noCheck, -1) >= 0)
        return {};
    const Certificate responder = Certificate::fromX509(signer);
    const CrlEvidence stored = trust.crlEvidence(responder, issuer, now);
    RevocationStatus status;
    if (stored.state == CrlEvidence::State::Revoked) {
        status.state = RevocationStatus::State::Revoked;
        status.revokedAt = stored.revokedAt;
    } else if (stored.state == CrlEvidence::State::Good) {
        return {};
    } else {
        status = Revocation::checkCrl(responder, issuer, now, options);
    }
    switch (status.state) {
    case RevocationStatus::State::Good: return {};
    case RevocationStatus::State::Revoked:
        return Revocation::tr("the responder's own certificate was revoked on %1")
            .arg(status.revokedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    default:
        return Revocation::tr("the responder's own certificate could not be checked for revocation (it is not marked "
                              "\"no check\", and no CRL of its issuer is at hand: %1)")
            .arg(status.detail);
    }
}

// Reads and checks an OCSP answer about `id`; `request` is the fresh request (for its nonce) or null
// for a cached answer.
Evaluation evaluate(const QByteArray &der, OCSP_CERTID *id, OCSP_REQUEST *request, const Certificate &issuer,
                    const TrustStore &trust, const QDateTime &now, const RevocationOptions &options)
{
    Evaluation e;
    auto notChecked = [&e](const QString &why) {
        e.status.state = RevocationStatus::State::NotChecked;
        e.status.detail = why;
        ossl::clearErrors();
        return e;
    };
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    OcspResponse response(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!response)
        return notChecked(Revocation::tr("the answer is not an OCSP response"));
    const int status = OCSP_response_status(response.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        QString why;
        switch (status) { // RFC 6960 OCSPResponseStatus
        case OCSP_RESPONSE_STATUS_MALFORMEDREQUEST: why = Revocation::tr("it did not understand the question"); break;
        case OCSP_RESPONSE_STATUS_INTERNALERROR: why = Revocation::tr("an error inside the responder"); break;
        case OCSP_RESPONSE_STATUS_TRYLATER: why = Revocation::tr("busy, try later"); break;
        case OCSP_RESPONSE_STATUS_SIGREQUIRED: why = Revocation::tr("it answers signed questions only"); break;
        case OCSP_RESPONSE_STATUS_UNAUTHORIZED: why = Revocation::tr("it does not answer for this certificate"); break;
        default: why = Revocation::tr("status %1").arg(status); break;
        }
        return notChecked(Revocation::tr("the responder refused to answer (%1)").arg(why));
    }
    OcspBasic basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return notChecked(Revocation::tr("the answer cannot be read"));
    // Kopii's question carries a nonce. An answer that echoes another is refused; one without any
    // could be an old answer replayed, and counts only when it was made just now (below).
    const int nonce = request ? OCSP_check_nonce(request, basic.get()) : 1;
    if (nonce == 0)
        return notChecked(Revocation::tr("the answer does not belong to Kopii's question (nonce), it may be replayed"));
    const bool unbound = nonce != 1;

    // The answer must be signed by the issuer or by a responder the issuer authorised: a Ukrainian
    // answer (DSTU 4145) by Kopii's own code, any other by OpenSSL.
    if (const auto problem = nationalAnswerProblem(der, basic.get(), issuer, now)) {
        if (!problem->isEmpty())
            return notChecked(*problem);
    } else {
        ossl::X509Store store(X509_STORE_new());
        ossl::X509Stack helpers(sk_X509_new_null());
        for (const TrustedCertificate &t : trust.certificates()) {
            if (t.anchor)
                X509_STORE_add_cert(store.get(), t.certificate.x509());
            else if (X509_up_ref(t.certificate.x509()))
                sk_X509_push(helpers.get(), t.certificate.x509());
        }
        if (X509_up_ref(issuer.x509()))
            sk_X509_push(helpers.get(), issuer.x509());
        // The responder's chain is judged at the validation time, the same clock as the rest.
        X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()), time_t(now.toSecsSinceEpoch()));
        if (OCSP_basic_verify(basic.get(), helpers.get(), store.get(), 0) != 1)
            return notChecked(Revocation::tr("the answer's signature cannot be verified, or its signer is not authorised by "
                                             "the certificate's issuer"));
    }
    if (const QString problem = responderProblem(basic.get(), issuer, trust, now, options); !problem.isEmpty())
        return notChecked(problem);

    int certStatus = 0, reason = 0;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id, &certStatus, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1)
        return notChecked(Revocation::tr("the answer is about another certificate"));
    // An answer with no end of validity, or not bound to the question by a nonce, is taken only
    // when it is fresh: an old "good" answer must not clear a certificate revoked since.
    // The times are compared with the validation time `now` (the injected clock), not the machine's.
    const long maxAge = !nextUpdate || unbound ? long(kMaxUnboundAnswerAge) : -1;
    const QDateTime thisUp = thisUpdate ? ossl::toDateTime(thisUpdate) : QDateTime();
    const QDateTime nextUp = nextUpdate ? ossl::toDateTime(nextUpdate) : QDateTime();
    const bool readable = thisUp.isValid() && (!nextUpdate || nextUp.isValid());
    const bool current = readable && thisUp <= now.addSecs(kLeewaySeconds)
        && (!nextUpdate || (nextUp >= thisUp && nextUp >= now.addSecs(-kLeewaySeconds)));
    if (!current)
        return notChecked(Revocation::tr("the answer is out of date"));
    const QDateTime producedAt =
        OCSP_resp_get0_produced_at(basic.get()) ? ossl::toDateTime(OCSP_resp_get0_produced_at(basic.get())) : QDateTime();
    if (maxAge > 0
        && (thisUp < now.addSecs(-kLeewaySeconds - maxAge)
            || (unbound && producedAt.isValid() && producedAt.secsTo(now) > maxAge))) {
        return notChecked(Revocation::tr("the answer is too old to be relied on (made more than an hour ago, with no nonce or "
                                         "no next update)"));
    }
    ossl::clearErrors();
    e.nextUpdate = nextUpdate ? ossl::toDateTime(nextUpdate) : QDateTime();
    e.status.producedAt = ossl::toDateTime(OCSP_resp_get0_produced_at(basic.get()));
    switch (certStatus) {
    case V_OCSP_CERTSTATUS_GOOD: e.status.state = RevocationStatus::State::Good; break;
    case V_OCSP_CERTSTATUS_REVOKED:
        e.status.state = RevocationStatus::State::Revoked;
        e.status.revokedAt = ossl::toDateTime(revokedAt);
        if (reason >= 0)
            e.status.detail = Revocation::reasonText(reason);
        break;
    default: e.status.state = RevocationStatus::State::Unknown; break;
    }
    return e;
}

} // namespace

std::optional<OcspCache::Entry> OcspCache::find(const QByteArray &key, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    const QDateTime freshUntil = it->nextUpdate.isValid() ? it->nextUpdate : it->fetched.addSecs(kFreshWithoutNextUpdate);
    if (now > freshUntil)
        return std::nullopt;
    return *it;
}

void OcspCache::insert(const Entry &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(entry.key, entry);
    if (!m_new.contains(entry.key))
        m_new << entry.key;
}

QList<OcspCache::Entry> OcspCache::takeNew()
{
    QMutexLocker lock(&m_mutex);
    QList<Entry> result;
    for (const QByteArray &key : std::as_const(m_new))
        result << m_entries.value(key);
    m_new.clear();
    return result;
}

void OcspCache::preload(const QList<Entry> &entries)
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &e : entries)
        m_entries.insert(e.key, e);
}

std::optional<QByteArray> OcspCache::crl(const QString &url, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_crls.constFind(url);
    if (it == m_crls.cend() || (it->second.isValid() && now > it->second))
        return std::nullopt;
    return it->first;
}

void OcspCache::insertCrl(const QString &url, const QByteArray &der, const QDateTime &nextUpdate)
{
    QMutexLocker lock(&m_mutex);
    m_crls.insert(url, {der, nextUpdate});
}

void OcspCache::markUnreachable(const QString &url, const QString &problem, const QDateTime &now)
{
    QMutexLocker lock(&m_mutex);
    m_unreachable.insert(url, {problem, now.addSecs(5 * 60)});
}

std::optional<QString> OcspCache::unreachable(const QString &url, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_unreachable.constFind(url);
    if (it == m_unreachable.cend() || now > it->second)
        return std::nullopt;
    return it->first;
}

QString Revocation::reasonText(int code)
{
    switch (code) { // RFC 5280 CRLReason
    case 0: return tr("no reason given");
    case 1: return tr("the key was compromised");
    case 2: return tr("the CA's key was compromised");
    case 3: return tr("the holder's affiliation changed");
    case 4: return tr("superseded by another certificate");
    case 5: return tr("the holder ceased operation");
    case 6: return tr("on hold");
    case 8: return tr("taken off the list");
    case 9: return tr("the holder's privilege was withdrawn");
    case 10: return tr("the attribute authority was compromised");
    default: return tr("reason code %1").arg(code);
    }
}

Revocation::CrlJudgement Revocation::judgeCrl(const QByteArray &der, const Certificate &leaf, const Certificate &issuer,
                                              const QString &name)
{
    CrlJudgement judged;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(der.size())));
    if (!crl) {
        ossl::clearErrors();
        judged.problem = tr("%1 cannot be read").arg(name);
        return judged;
    }
    // Signed by the certificate's issuer.
    // A DSTU-signed CRL (OpenSSL reads it, but cannot check its signature): Kopii's own code.
    const auto dstuIssuerKey = X509_get0_pubkey(issuer.x509()) ? nullptr : nationalKey(issuer);
    ossl::clearErrors();
    const bool signatureOk = dstuIssuerKey ? bool(dstuIssuerKey->verifyCertificate(der))
                                           : X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer.x509())) == 1;
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer.x509())) != 0 || !signatureOk) {
        ossl::clearErrors();
        judged.problem = tr("%1 is not signed by the certificate's issuer").arg(name);
        return judged;
    }
    // Only a complete CRL proves that a certificate is not revoked: not a delta CRL, and not
    // one whose issuing distribution point covers only some reasons, only CA or attribute
    // certificates, or another issuer's certificates.
    if (X509_CRL_get_ext_by_NID(crl.get(), NID_delta_crl, -1) >= 0) {
        judged.problem = tr("%1 is a delta CRL, which alone does not list every revocation").arg(name);
        return judged;
    }
    if (ossl::crlIsPartial(crl.get())) {
        judged.problem = tr("%1 covers only part of the revocations (issuing distribution point)").arg(name);
        return judged;
    }
    const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl.get());
    judged.nextUpdate = next ? ossl::toDateTime(next) : QDateTime();
    judged.status.producedAt = ossl::toDateTime(X509_CRL_get0_lastUpdate(crl.get()));
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_serial(crl.get(), &entry, X509_get0_serialNumber(leaf.x509())) == 1 && entry) {
        judged.status.state = RevocationStatus::State::Revoked;
        judged.status.revokedAt = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
    } else {
        judged.status.state = RevocationStatus::State::Good;
    }
    ossl::clearErrors();
    return judged;
}

RevocationStatus Revocation::checkEmbeddedCrls(const Certificate &leaf, const Certificate &issuer, const QList<QByteArray> &crls,
                                               const QDateTime &poe)
{
    RevocationStatus result;
    result.source = tr("the signature itself");
    if (crls.isEmpty()) {
        result.detail = tr("the signature carries no CRL");
        return result;
    }
    std::optional<RevocationStatus> best;
    for (const QByteArray &der : crls) {
        // Judged as of the moment it was issued (its thisUpdate): current then by construction;
        // what it proves is bounded by `poe` below. Of several usable ones, the newest decides.
        const CrlJudgement judged = judgeCrl(der, leaf, issuer, tr("the CRL the signature carries"));
        if (!judged.problem.isEmpty()) {
            result.detail = judged.problem; // names it
            continue;
        }
        const bool revoked = judged.status.state == RevocationStatus::State::Revoked;
        // A CRL issued before the signature existed says nothing about the time it was made (a
        // revocation it lists counts all the same).
        if (poe.isValid() && judged.status.producedAt.addSecs(kLeewaySeconds) < poe && !revoked) {
            result.detail = tr("the CRL the signature carries was issued before the signature's proven time");
            continue;
        }
        const bool bestRevoked = best && best->state == RevocationStatus::State::Revoked;
        if (!best || (revoked && !bestRevoked) || (revoked == bestRevoked && judged.status.producedAt > best->producedAt))
            best = judged.status;
    }
    if (!best)
        return result;
    RevocationStatus status = *best;
    status.source = result.source;
    status.fromSignature = true;
    return status;
}

RevocationStatus Revocation::checkCrl(const Certificate &leaf, const Certificate &issuer, const QDateTime &now,
                                      const RevocationOptions &options)
{
    RevocationStatus result;
    QStringList urls;
    for (const QString &url : leaf.info().crlUrls)
        if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            urls << url;
    if (urls.isEmpty()) {
        result.detail = tr("the certificate names no CRL to download");
        return result;
    }
    QString lastProblem;
    for (const QString &url : std::as_const(urls)) {
        QByteArray der;
        bool cached = false;
        if (options.cache)
            if (const auto known = options.cache->crl(url, now)) {
                der = *known;
                cached = true;
            }
        if (!cached) {
            if (!options.online) {
                lastProblem = tr("Kopii is working offline");
                continue;
            }
            if (const auto known = options.cache ? options.cache->unreachable(url, now) : std::nullopt) {
                lastProblem = *known;
                continue;
            }
            const auto fetched = httpExchange(url, QByteArray(), nullptr, nullptr, kMaxCrl, options.timeoutSeconds);
            if (!fetched) {
                lastProblem = tr("the CRL at %1 could not be downloaded: %2").arg(url, fetched.error().message);
                qCInfo(lcCrypto) << "CRL distribution point unreachable:" << url;
                if (options.cache)
                    options.cache->markUnreachable(url, lastProblem, now);
                continue;
            }
            der = *fetched;
        }
        CrlJudgement judged = judgeCrl(der, leaf, issuer, tr("the CRL at %1").arg(url));
        if (!judged.problem.isEmpty()) {
            lastProblem = judged.problem;
            continue;
        }
        const QDateTime nextUpdate = judged.nextUpdate;
        if (nextUpdate.isValid() && nextUpdate.addSecs(kLeewaySeconds) < now) {
            lastProblem = tr("the CRL at %1 is out of date (its next update was due %2)")
                              .arg(url, nextUpdate.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            continue;
        }
        if (options.cache && !cached)
            options.cache->insertCrl(url, der, nextUpdate.isValid() ? nextUpdate : now.addSecs(kFreshWithoutNextUpdate));
        judged.status.source = url;
        judged.status.fromCache = cached;
        return judged.status;
    }
    result.detail = lastProblem;
    return result;
}

RevocationStatus Revocation::checkEmbeddedOcsp(const Certificate &leaf, const Certificate &issuer, const TrustStore &trust,
                                               const QList<QByteArray> &basicResponses, const QDateTime &poe,
                                               const RevocationOptions &options)
{
    RevocationStatus result;
    result.source = tr("the signature itself");
    if (basicResponses.isEmpty()) {
        result.detail = tr("the signature carries no OCSP answer");
        return result;
    }
    OcspCertId id(OCSP_cert_to_id(EVP_sha1(), leaf.x509(), issuer.x509()));
    if (!id) {
        ossl::clearErrors();
        result.detail = tr("the question for the responder cannot be made");
        return result;
    }
    for (const QByteArray &basicDer : basicResponses) {
        // The answer as the responder sent it: OCSPResponse { successful, id-pkix-ocsp-basic, the answer }.
        const QByteArray response =
            der::encode(der::kSequence,
                        der::encode(0x0a, QByteArray(1, '\0'))
                            + der::encode(0xa0,
                                          der::encode(der::kSequence,
                                                      der::objectIdentifier(QStringLiteral("1.3.6.1.5.5.7.48.1.1"))
                                                          + der::encode(der::kOctetString, basicDer))));
        // Judged as of the moment it speaks of (its thisUpdate): its responder's chain then, and
        // fresh then by construction; what it proves is bounded by `poe` below.
        const auto *p = reinterpret_cast<const unsigned char *>(basicDer.constData());
        OcspBasic basic(d2i_OCSP_BASICRESP(nullptr, &p, long(basicDer.size())));
        int certStatus = 0, reason = 0;
        ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
        if (!basic
            || OCSP_resp_find_status(basic.get(), id.get(), &certStatus, &reason, &revokedAt, &thisUpdate, &nextUpdate) != 1
            || !thisUpdate) {
            ossl::clearErrors();
            result.detail = tr("the OCSP answer the signature carries is about another certificate, or cannot be read");
            continue;
        }
        const QDateTime at = ossl::toDateTime(thisUpdate);
        Evaluation e = evaluate(response, id.get(), nullptr, issuer, trust, at, options);
        if (e.status.state == RevocationStatus::State::NotChecked) {
            result.detail = tr("the OCSP answer the signature carries cannot be used: %1").arg(e.status.detail);
            continue;
        }
        // An answer made before the signature existed says nothing about the time it was made.
        if (poe.isValid() && e.status.producedAt.addSecs(kLeewaySeconds) < poe
            && e.status.state != RevocationStatus::State::Revoked) {
            result.detail = tr("the OCSP answer the signature carries was made before the signature's proven time");
            continue;
        }
        e.status.source = result.source;
        e.status.fromSignature = true;
        return e.status;
    }
    return result;
}

RevocationStatus Revocation::checkOcsp(const Certificate &leaf, const Certificate &issuer, const TrustStore &trust,
                                       const QDateTime &now, const RevocationOptions &options, const QDateTime &poe)
{
    RevocationStatus result;
    // The certificate's own responder; else the one a trusted list gives for its issuer's provider.
    QStringList urls = leaf.info().ocspUrls;
    if (urls.isEmpty())
        urls = trust.ocspAddresses(issuer);
    if (urls.isEmpty()) {
        result.detail = tr("the certificate names no OCSP responder");
        return result;
    }
    result.source = urls.constFirst();
    OcspCertId id(OCSP_cert_to_id(EVP_sha1(), leaf.x509(), issuer.x509()));
    if (!id) {
        ossl::clearErrors();
        result.detail = tr("the question for the responder cannot be made");
        return result;
    }
    const QByteArray key = certIdKey(id.get());
    if (options.cache) {
        if (const auto cached = options.cache->find(key, now)) {
            Evaluation e = evaluate(cached->response, id.get(), nullptr, issuer, trust, now, options);
            // Only an answer made after the signature's proof of existence says it was not
            // revoked then (one made earlier knows nothing of a later revocation).
            const bool afterPoe = !poe.isValid() || e.status.producedAt.addSecs(kLeewaySeconds) >= poe;
            if (e.status.state != RevocationStatus::State::NotChecked && afterPoe) {
                e.status.source = result.source;
                e.status.fromCache = true;
                return e.status;
            }
        }
    }
    if (!options.online) {
        result.detail = tr("Kopii is working offline");
        return result;
    }
    OcspRequest request(OCSP_REQUEST_new());
    OCSP_CERTID *requestId = OCSP_CERTID_dup(id.get());
    if (!request || !requestId || !OCSP_request_add0_id(request.get(), requestId)
        || !OCSP_request_add1_nonce(request.get(), nullptr, -1)) {
        ossl::clearErrors();
        result.detail = tr("the question for the responder cannot be made");
        return result;
    }
    const QByteArray requestDer = ossl::der(request.get(), i2d_OCSP_REQUEST);
    QString lastProblem;
    for (const QString &url : urls) {
        if (const auto known = options.cache ? options.cache->unreachable(url, now) : std::nullopt) {
            lastProblem = *known;
            continue;
        }
        const auto answer = post(url, requestDer, options.timeoutSeconds);
        if (!answer) {
            lastProblem = tr("the responder %1 did not answer: %2").arg(url, answer.error().message);
            qCInfo(lcCrypto) << "OCSP responder unreachable:" << url;
            if (options.cache)
                options.cache->markUnreachable(url, lastProblem, now);
            continue;
        }
        Evaluation e = evaluate(*answer, id.get(), request.get(), issuer, trust, now, options);
        e.status.source = url;
        if (e.status.state == RevocationStatus::State::NotChecked) {
            lastProblem = tr("the answer of %1 cannot be used: %2").arg(url, e.status.detail);
            continue;
        }
        if (options.cache)
            options.cache->insert({key, *answer, now, e.nextUpdate});
        return e.status;
    }
    result.detail = lastProblem;
    return result;
}

} // namespace kopii
