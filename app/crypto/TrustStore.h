#pragma once

#include "Certificate.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QDateTime>
#include <QList>

typedef struct X509_crl_st X509_CRL;

namespace kopii {

class Store;

// A certificate the trust store knows, with where it came from.
struct TrustedCertificate
{
    Certificate certificate;
    bool bundled = false; // shipped with Kopii (resources/trust)
    bool anchor = false;  // self-signed root: chains end here; others only help build paths
    QString source;
    QDateTime added;
    QStringList addresses; // from a trusted list: "ocsp URL", "tsp URL" of the CA's provider
};

// The outcome of building a certificate's chain to a trusted root.
struct ChainResult
{
    enum class Problem {
        None,
        NoIssuer,             // an issuer's certificate is not in the store
        UntrustedRoot,        // ends at a self-signed certificate that is not an anchor
        Expired,              // a certificate on the path was not valid at the time
        NotYetValid,
        Revoked,
        BadSignature,         // a certificate's signature does not verify
        UnsupportedAlgorithm, // the signature could not be checked (e.g. DSTU 4145 for now)
        NotCa,                // an issuer is not allowed to issue certificates
        Other,
    };
    bool trusted = false;
    Problem problem = Problem::None;
    QString reason;               // translated, the first problem; empty when trusted
    QStringList problems;         // translated, every problem found
    QList<Certificate> path;      // the leaf first, up to where the chain could be built
    bool revocationChecked = false; // a CRL of the leaf's issuer was consulted
    QDateTime leafRevokedAt;        // UTC, when that CRL lists the leaf as revoked
};

// The workspace's trust store: anchors bundled with Kopii plus CA certificates and CRLs the user
// imported (DER, PEM, PKCS#7 bundles). Imported self-signed certificates become anchors; others
// are intermediates that chains may pass through but never end at.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    explicit TrustStore(Store &store);

    // Reads the bundled anchors and the workspace's entries.
    Status load();

    QList<TrustedCertificate> certificates() const { return m_certificates; }
    int crlCount() const { return m_crls.size(); }
    // Changes whenever the content changes (stored with verification results later).
    QString version() const;

    struct ImportReport
    {
        QStringList added;    // subjects (or CRL issuers) added
        QStringList present;  // already in the store
        QStringList notes;    // translated: what the user should know (e.g. an unchecked list signature)
    };
    // Imports every CA certificate and CRL in the data. A leaf (non-CA) certificate is refused:
    // trusting a person's certificate directly would bypass the qualified providers.
    Result<ImportReport> importData(const QByteArray &data, const QString &source, const QDateTime &now);
    // The OCSP addresses a trusted list gives for the provider of this CA (for certificates that
    // name no responder of their own).
    QStringList ocspAddresses(const Certificate &ca) const;
    Result<ImportReport> importFile(const QString &path, const QDateTime &now);
    Status remove(const QString &sha256);
    // Adds CA certificates and CRLs for this run only, without writing the workspace
    // (kopii-cli verify --trust).
    Result<ImportReport> addForThisRun(const QByteArray &data, const QString &source);
    // The same for a file, or every file of a folder (`--trust FILE|DIR`); stops at the first
    // file that cannot be read or used, naming it.
    Result<ImportReport> addPathForThisRun(const QString &fileOrFolder);

    // Builds and checks the chain of `leaf` at `time`; `extra` are untrusted certificates that may
    // help (e.g. those embedded in a signature or a key file).
    ChainResult buildChain(const Certificate &leaf, const QList<Certificate> &extra, const QDateTime &time) const;

private:
    // The path from `leaf` by issuer names and key identifiers through the store and `extra`;
    // `undecodable` gets the key algorithm of a certificate on it whose key OpenSSL cannot read.
    QList<Certificate> pathByNames(const Certificate &leaf, const QList<Certificate> &extra, QString *undecodable) const;
    bool anchoredAtRoot(const QList<Certificate> &path) const; // ends at a trusted self-signed root
    // A DSTU 4145 path to a trusted root, each link checked by Kopii's own code.
    ChainResult nationalChain(const QList<Certificate> &path, const QDateTime &time) const;
    // `notes` gets what the user should know (a trusted list's signature, checked or not).
    Result<QList<TrustEntry>> parseEntries(const QByteArray &data, const QString &source, const QDateTime &now,
                                           QStringList *notes) const;

    Store &m_store;
    QList<TrustedCertificate> m_certificates;
    void refresh(); // the version and the parsed CRLs, after every change
    QList<QByteArray> m_crls; // DER
    // DSTU 4145 certificate signatures already checked (subject and issuer SHA-256): verdicts of
    // Kopii's own code, kept for the run; shared by the verification threads.
    mutable QMutex m_linkMutex;
    mutable QHash<QString, bool> m_checkedLinks;
    mutable QHash<const X509_CRL *, bool> m_checkedCrls; // DSTU CRLs' signatures, per parsed CRL
    QList<std::shared_ptr<X509_CRL>> m_parsedCrls;
    QString m_version;
};

} // namespace kopii
