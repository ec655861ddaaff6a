// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "crypto/Certificate.h"
#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QDateTime>
#include <QList>

typedef struct X509_crl_st X509_CRL;

namespace kopii {

class SqlSession;

// A certificate the trust store knows, with where it came from.
struct TrustedCertificate
{
    Certificate certificate;
    bool bundled = false; // shipped with Kopii (resources/trust)
    bool anchor = false;  // self-signed root: chains end here; others only help build paths
    QString source;
    QDateTime added;
    QStringList addresses; // from a trusted list: "ocsp URL", "tsp URL" of the CA's provider
    TrustEntry::Role role = TrustEntry::Role::Helper;
    QDateTime withdrawn; // a qualified CA the trusted list withdrew: no part of a path after this
    // Whether a path may pass through it at `time`.
    bool usableAt(const QDateTime &time) const { return !withdrawn.isValid() || time < withdrawn; }
};

// Workspace setting (Store::meta): the highest sequence number of a trusted list imported.
inline constexpr char kMetaTlSequence[] = "tl_sequence";
// When the trusted list imported last was issued (ListIssueDateTime, ISO 8601 UTC).
inline constexpr char kMetaTlIssued[] = "tl_issued";

// A self-signed root an import left out, for a manager to confirm by its fingerprint.
struct UnconfirmedRoot
{
    QString sha256;
    QString name;
};

// The outcome of building a certificate's chain to a trusted root.
struct ChainResult
{
    enum class Problem {
        None,
        NoIssuer,      // an issuer's certificate is not in the store
        UntrustedRoot, // ends at a self-signed certificate that is not an anchor
        Expired,       // a certificate on the path was not valid at the time
        NotYetValid,
        Revoked,
        BadSignature,         // a certificate's signature does not verify
        UnsupportedAlgorithm, // the signature could not be checked (e.g. DSTU 4145 for now)
        NotCa,                // an issuer is not allowed to issue certificates
        Other,
    };
    bool trusted = false;
    Problem problem = Problem::None;
    QString reason;                 // translated, the first problem; empty when trusted
    QStringList problems;           // translated, every problem found
    QList<Certificate> path;        // the leaf first, up to where the chain could be built
    bool revocationChecked = false; // a CRL of the leaf's issuer was consulted
    QDateTime leafRevokedAt;        // UTC, when that CRL lists the leaf as revoked
};

// What the trust store's CRLs say about one certificate at one time.
struct CrlEvidence
{
    enum class State {
        None,    // no CRL of its issuer that is signed by it, complete and fresh for the time
        Good,    // not listed by the newest such CRL (and its delta CRL)
        Revoked, // listed, since revokedAt
    };
    State state = State::None;
    QDateTime revokedAt; // UTC, for Revoked
    QDateTime issuedAt;  // UTC, thisUpdate of the newest CRL consulted (the delta CRL's when merged)
    bool delta = false;  // a delta CRL was merged into the full one
};

// The workspace's trust store. Anchors come only from: the roots bundled with Kopii; the
// qualified CAs of the Ukrainian trusted list, signed by a pinned signer of trusted lists; and a
// root whose SHA-256 fingerprint a manager confirmed on import. Everything else a bundle brings
// (intermediates, service certificates) only helps build paths; a root nobody confirmed is left
// out. Qualified status comes from the trusted list (qualifiedPath), not from a certificate's
// own claim.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    // `clock` tells when files added for this run are read (certificates expired by then are noted).
    explicit TrustStore(SqlSession &store, const Clock &clock = Clock::system());

    // Reads the bundled anchors and the workspace's entries.
    Status load();

    QList<TrustedCertificate> certificates() const { return m_certificates; }
    int crlCount() const { return m_crls.size(); }
    // Changes whenever the content changes (stored with verification results later).
    QString version() const;

    struct ImportReport
    {
        QStringList added;     // subjects (or CRL issuers) added
        QStringList present;   // already in the store
        QStringList notes;     // translated: what the user should know (e.g. an unchecked list signature)
        QStringList trusted;   // "SHA-256 subject" of every anchor or qualified CA the import grants
        QStringList withdrawn; // "SHA-256 subject" of qualified CAs a trusted list withdrew
        // Self-signed roots left out because nobody confirmed them: a manager may, by fingerprint.
        QList<UnconfirmedRoot> unconfirmedRoots;
    };
    // Imports the CA certificates and CRLs in the data, or a trusted list (all or nothing: only
    // with a valid signature by a pinned signer, a sequence number not lower than before; the CAs
    // it withdraws or leaves out stop being trusted). A leaf (non-CA) certificate is refused:
    // trusting a person's certificate directly would bypass the qualified providers. A
    // self-signed root becomes an anchor only when its SHA-256 is in `confirmedAnchors`.
    Result<ImportReport> importData(const QByteArray &data, const QString &source, const QDateTime &now,
                                    const QStringList &confirmedAnchors = {});
    // The certificates allowed to sign trusted lists: bundled (resources/trust/tl-signers) and
    // added by a manager. They are compared whole, byte for byte.
    Result<QList<Certificate>> tlSigners() const;
    bool isTlSigner(const Certificate &c) const;
    Status addTlSigner(const Certificate &c, const QDateTime &now);
    // Whether the leaf's issuer (path[1]) is a qualified CA service granted by the trusted list at
    // `time` (ETSI TS 119 612: the service's certificate is the one that issues).
    bool qualifiedPath(const QList<Certificate> &path, const QDateTime &time) const;
    // The OCSP addresses a trusted list gives for the provider of this CA (for certificates that
    // name no responder of their own).
    QStringList ocspAddresses(const Certificate &ca) const;
    Result<ImportReport> importFile(const QString &path, const QDateTime &now, const QStringList &confirmedAnchors = {});
    Status remove(const QString &sha256);
    // Adds CA certificates and CRLs for this run only, without writing the workspace
    // (kopii-cli verify --trust).
    Result<ImportReport> addForThisRun(const QByteArray &data, const QString &source, const QStringList &confirmedAnchors = {});
    // The same for a file, or every file of a folder (`--trust FILE|DIR`); stops at the first
    // file that cannot be read or used, naming it.
    Result<ImportReport> addPathForThisRun(const QString &fileOrFolder, const QStringList &confirmedAnchors = {});

    // Builds and checks the chain of `leaf` at `time`; `extra` are untrusted certificates that may
    // help (e.g. those embedded in a signature or a key file).
    ChainResult buildChain(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const;

    // What the CRLs in the store say about `subject`, issued by `issuer`, at `time`. Only CRLs
    // signed by `issuer` count, and only complete ones (no partitioned CRL): the newest full CRL
    // current at `time` merged with its newest delta CRL, made no more than a week before `time`
    // to clear the certificate. A revocation that any of them lists counts however old the CRL
    // (a certificate on hold is counted only by the newest).
    CrlEvidence crlEvidence(const Certificate &subject, const Certificate &issuer, const QDateTime &time) const;

private:
    // Whether `issuer`'s key made the signature of `crl` (checked once per CRL, issuer and run).
    bool crlSignedBy(X509_CRL *crl, const Certificate &issuer) const;
    // Revocation of every certificate of `path` below its root, by crlEvidence(): the leaf's
    // sets revocationChecked and leafRevokedAt; a revoked one is a Revoked problem.
    void checkPathRevocation(ChainResult &result, const QDateTime &time) const;
    // The path from `leaf` by issuer names and key identifiers through the store and `extra`;
    // `undecodable` gets the key algorithm of a certificate on it whose key OpenSSL cannot read.
    QList<Certificate> pathByNames(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time,
                                   QString *undecodable) const;
    bool anchoredAtRoot(const QList<Certificate> &path) const; // ends at a trusted self-signed root
    // A DSTU 4145 path to a trusted root, each link checked by Kopii's own code.
    ChainResult nationalChain(const QList<Certificate> &path, const QDateTime &time) const;
    struct Parsed
    {
        QList<TrustEntry> entries;
        bool trustedList = false;
        qint64 tlSequence = -1;
        QDateTime tlIssued;
    };
    // `report` gets what the user should know (a trusted list's signer, roots left out).
    // `forThisRun`: a personal (end-entity) certificate is kept as a path helper with a note
    // (it can name a signer a signature does not carry), never trusted; else it is refused.
    Result<Parsed> parseEntries(const QByteArray &data, const QString &source, const QDateTime &now,
                                const QStringList &confirmedAnchors, ImportReport *report, bool forThisRun = false) const;
    static TrustedCertificate merged(TrustedCertificate t, const TrustEntry &e, const Certificate &c);

    SqlSession &m_session;
    const Clock &m_clock;
    QList<TrustedCertificate> m_certificates;
    void refresh();           // the version and the parsed CRLs, after every change
    QList<QByteArray> m_crls; // DER
    // DSTU 4145 certificate signatures already checked (subject and issuer SHA-256): verdicts of
    // Kopii's own code, kept for the run; shared by the verification threads.
    mutable QMutex m_linkMutex;
    mutable QHash<QString, bool> m_checkedLinks;
    mutable QHash<QPair<const X509_CRL *, QString>, bool> m_checkedCrls; // CRL signatures, per parsed CRL and issuer
    // Paths OpenSSL found sound (every signature good, every certificate valid, no problem at
    // all), before revocation: valid from `from` until before `until` (seconds since the epoch),
    // the span in which every certificate on the path is valid.
    struct SoundPath
    {
        ChainResult result;
        qint64 from = 0;
        qint64 until = 0;
    };
    mutable QHash<QByteArray, SoundPath> m_soundPaths; // by soundPathKey()
    QByteArray soundPathKey(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const;
    QList<std::shared_ptr<X509_CRL>> m_parsedCrls;
    QString m_version;
};

} // namespace kopii
