// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whether a signer's certificate was revoked, asked of its issuer's OCSP responder (the URL in the
// certificate's authorityInfoAccess). Answers are checked (signature, responder authorised by the
// issuer, freshness) and cached until their nextUpdate.

#include "crypto/Certificate.h"
#include "core/Domain.h"
#include "crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace kopii {

struct RevocationStatus
{
    enum class State {
        NotChecked, // offline, no responder, no answer, or an answer that cannot be relied on
        Good,
        Revoked,
        Unknown, // the responder does not know the certificate
    };
    State state = State::NotChecked;
    QDateTime revokedAt;  // UTC, for Revoked
    QDateTime producedAt; // UTC, when the answer was made
    QString source;       // the responder's URL
    QString detail;       // translated: why not checked, or the revocation reason
    bool fromCache = false;
    bool fromSignature = false; // an answer the signature carries (CAdES-XL revocationValues)
};

// OCSP answers shared by the threads of one verification run, and kept between runs by whoever
// owns it (the inbox pipeline saves them in the workspace). Thread-safe.
class OcspCache
{
public:
    using Entry = OcspAnswer;
    // The cached answer for `key` that is still fresh at `now`.
    std::optional<Entry> find(const QByteArray &key, const QDateTime &now) const;
    void insert(const Entry &entry);
    // Answers fetched since the cache was created or last taken (to persist them).
    QList<Entry> takeNew();
    void preload(const QList<Entry> &entries);

    // CRLs fetched from distribution points during this run (kept in memory only: they can be large).
    std::optional<QByteArray> crl(const QString &url, const QDateTime &now) const;
    void insertCrl(const QString &url, const QByteArray &der, const QDateTime &nextUpdate);

    // An address that did not answer: not asked again for a few minutes (a batch of documents from
    // one issuer would otherwise wait for it once per document).
    void markUnreachable(const QString &url, const QString &problem, const QDateTime &now);
    std::optional<QString> unreachable(const QString &url, const QDateTime &now) const;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    QList<QByteArray> m_new;
    QHash<QString, std::pair<QByteArray, QDateTime>> m_crls;
    QHash<QString, std::pair<QString, QDateTime>> m_unreachable; // problem, until
};

struct RevocationOptions
{
    bool online = true; // ask responders over the network
    int timeoutSeconds = 8;
    OcspCache *cache = nullptr; // optional
};

class Revocation
{
    Q_DECLARE_TR_FUNCTIONS(Revocation)

public:
    // Asks about `leaf`, issued by `issuer`, at `now`. A cached answer counts only when it was made
    // after `poe` (the signature's proof of existence), when given. An answer signed by a delegated
    // responder counts only when the responder's own certificate is marked id-pkix-ocsp-nocheck or
    // is shown unrevoked by its issuer's CRL (trust store, else its distribution point, online).
    static RevocationStatus checkOcsp(const Certificate &leaf, const Certificate &issuer, const TrustStore &trust,
                                      const QDateTime &now, const RevocationOptions &options, const QDateTime &poe = {});
    // The OCSP answers a signature carries about its own certificate (CAdES-XL revocationValues, each a
    // BasicOCSPResponse in DER), checked like a fetched answer as of the time it was made, and used
    // only when made after `poe` (the signature's proof of existence): the first usable one, with
    // `fromSignature` set; NotChecked, with the reason, when none is.
    static RevocationStatus checkEmbeddedOcsp(const Certificate &leaf, const Certificate &issuer, const TrustStore &trust,
                                              const QList<QByteArray> &basicResponses, const QDateTime &poe,
                                              const RevocationOptions &options);
    // The words for an RFC 5280 revocation reason code (translated).
    static QString reasonText(int code);
    // The CRLs a signature carries (CAdES-XL revocationValues, DER): each must be complete and
    // signed by `issuer`, and is judged as of its thisUpdate; one issued before `poe` (the
    // signature's proof of existence) proves nothing about that time, except a revocation it
    // lists. The newest usable one decides (a listed revocation first), with `fromSignature` set;
    // NotChecked, with the reason, when none is usable.
    static RevocationStatus checkEmbeddedCrls(const Certificate &leaf, const Certificate &issuer, const QList<QByteArray> &crls,
                                              const QDateTime &poe);
    // Asks the CRL at the certificate's distribution points (cRLDistributionPoints), signed by `issuer`.
    static RevocationStatus checkCrl(const Certificate &leaf, const Certificate &issuer, const QDateTime &now,
                                     const RevocationOptions &options);

private:
    // A CRL (DER) judged for `leaf`: `problem` (naming it as `name`) when it is unreadable, not signed
    // by `issuer`, a delta or partial CRL; else the leaf's status in it, as of its thisUpdate.
    struct CrlJudgement
    {
        RevocationStatus status;
        QDateTime nextUpdate;
        QString problem;
    };
    static CrlJudgement judgeCrl(const QByteArray &der, const Certificate &leaf, const Certificate &issuer, const QString &name);
};

} // namespace kopii
