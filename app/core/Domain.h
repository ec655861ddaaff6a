// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kopii {

using RecordId = qint64;

// Who the organisation is in law: decides which register code identifies it.
enum class OrganizationKind {
    LegalEntity,    // юридична особа: ЄДРПОУ, 8 digits
    SoleProprietor, // фізична особа-підприємець (ФОП): РНОКПП, 10 digits
};

QString organizationKindId(OrganizationKind kind); // "legal-entity" / "sole-proprietor"
bool organizationKindFromId(const QString &id, OrganizationKind *kind);

// The organisation that owns the workspace (one per workspace).
struct Organization
{
    QString name;
    OrganizationKind kind = OrganizationKind::LegalEntity;
    QString code;         // ЄДРПОУ for a legal entity, РНОКПП for a ФОП
    QString headFullName; // head of the legal entity or the ФОП themself

    bool operator==(const Organization &) const = default;
};

// An office that receives copies (відділення), with the Diia partner model's fields.
struct Branch
{
    RecordId id = 0;
    QString name;
    QString email;
    QString region;
    QString district;
    QString location;
    QString street;
    QString house;
    QString customFullName;    // optional: how Diia shows the branch name
    QString customFullAddress; // optional: how Diia shows the address
    QString note;              // optional, internal only

    // "вул. Вокзальна, 1, Буча, Бучанський р-н, Київська обл." style one-liner.
    QString displayAddress() const;

    bool operator==(const Branch &) const = default;
};

// The text field of a branch by its id ("name", "email", ... "note"); nullptr for an unknown id.
QString *branchField(Branch &branch, const QString &field);

// A service (послуга) offered at some branches, asking for some document kinds.
struct Service
{
    RecordId id = 0;
    QString name;
    QList<RecordId> branchIds; // sorted ascending
    QStringList documentKinds; // codes from the document kind catalog, in the user's order
    QString returnLink;        // optional https link shown to the visitor after sending

    bool operator==(const Service &) const = default;
};

// One line of the workspace's audit log. Never holds personal data of citizens.
struct AuditEntry
{
    RecordId id = 0;
    QDateTime time;     // UTC
    QString actor;      // "gui", "cli", later the logged-in signer
    QString action;     // e.g. "branch.add"
    QString objectType; // "branch", "service", "organization"
    RecordId objectId = 0;
    QString summary; // short, untranslated, no personal data
    QString hash;    // hex SHA-256 over the previous entry's hash and this entry (the chain)
};

// The seal of an audit entry: hex SHA-256 over the previous entry's seal and every field of this
// entry (its id too, so a removed entry breaks the chain), each field length-prefixed.
QString auditSeal(const QString &previousSeal, const AuditEntry &entry);

// The audit log as CSV (RFC 4180, CRLF): a header line, then the entries in the order given.
QString auditCsv(const QList<AuditEntry> &entries);

// The result of checking the audit log's hash chain from its first entry to its last.
struct AuditCheck
{
    qint64 entries = 0;    // how many entries were checked
    RecordId brokenAt = 0; // the first entry that does not fit the chain; 0 when intact
    QString problem;       // untranslated reason code: "edited", "missing-seal", "removed-before"
};

// What to do with services that are offered at a branch about to be removed.
enum class BranchRemoval {
    RefuseIfUsed,       // do not remove a branch that services use
    DetachFromServices, // take the branch off those services, keep the services
};

// What a person may do in the workspace. Ordered: each role can do what the ones before it can.
enum class Role {
    Reception, // prints posters
    Clerk,     // works with the inbox (and prints posters)
    Manager,   // everything: organisation, branches, services, employees, trust
};

QString roleId(Role role); // "reception" / "clerk" / "manager"
bool roleFromId(const QString &id, Role *role);

// A person who may log in to the workspace, identified by the РНОКПП in their certificate.
struct Employee
{
    QString rnokpp;
    QString fullName;
    Role role = Role::Clerk;
    QDateTime added; // UTC

    bool operator==(const Employee &) const = default;
};

// A certificate or CRL the user added to the workspace's trust store.
struct TrustEntry
{
    enum class Kind { Certificate, Crl };
    // What a certificate is trusted for. Only Anchor (a root the manager confirmed by its
    // fingerprint) and QualifiedCa (granted as CA/QC by a trusted list from a pinned signer) carry
    // trust; Helper and Service certificates only help build paths and check timestamps and OCSP
    // answers; TlSigner certificates may sign the trusted list and nothing else.
    enum class Role { Helper, Anchor, QualifiedCa, Service, TlSigner };
    Kind kind = Kind::Certificate;
    QString sha256; // hex of the DER, the key
    QByteArray der;
    QString subject; // one line, for lists
    QString source;  // file name it came from
    QDateTime added; // UTC
    // For a CA from a trusted list: the addresses of its provider's services, "ocsp URL" or
    // "tsp URL", one each.
    QStringList addresses;
    // For a QualifiedCa: when the trusted list withdrew it (or left it out); invalid while granted.
    QDateTime withdrawn;
    Role role = Role::Helper;
};
QString trustRoleId(TrustEntry::Role role);          // "ca", "anchor", "qualified-ca", "service", "tl-signer"
TrustEntry::Role trustRoleFromId(const QString &id); // Helper for anything unknown

// Workspace setting (Store::meta): "0" when Kopii must not ask certificate issuers over the network
// whether a signer's certificate was revoked (OCSP, CRL); anything else, or unset, means it asks.
inline constexpr char kMetaRevocationOnline[] = "revocation_online";

// How long received copies are kept (workspace settings, the manager decides): deleted this many
// days after they were marked processed, and after the maximum age even if never processed.
struct RetentionPolicy
{
    int afterProcessedDays = 30;
    int maxAgeDays = 180;

    bool operator==(const RetentionPolicy &) const = default;
};
inline constexpr char kMetaRetentionAfterProcessed[] = "retention_after_processed_days";
inline constexpr char kMetaRetentionMaxAge[] = "retention_max_age_days";

// An OCSP answer about one certificate, as the revocation check fetched it (app/crypto reads it).
struct OcspAnswer
{
    QByteArray key;       // SHA-256 of the DER CertID
    QByteArray response;  // DER OCSPResponse
    QDateTime fetched;    // UTC
    QDateTime nextUpdate; // UTC; invalid when the responder gave none
};

// A document the organisation signed and keeps in its workspace, e.g. the accession application
// ("Заява про приєднання"): the PDF and its detached CAdES signature (.p7s), kept together.
struct SignedDocument
{
    RecordId id = 0;
    QString kind;     // "accession-application"
    QString fileName; // suggested name of the PDF, e.g. "zaiava-pro-pryiednannia-2026-11-26.pdf"
    QByteArray pdf;
    QByteArray signature; // DER of the detached CMS (CAdES-BES)
    QString signerName;   // from the certificate, for lists
    QString signerRnokpp;
    QDateTime signedAt; // UTC, the signature's signingTime

    bool operator==(const SignedDocument &) const = default;
};

inline constexpr auto kAccessionApplication = "accession-application";

// The QR code of one service at one branch: the link imported from the Diia portal, or a signed
// request Kopii issued. One per pair; importing or issuing again replaces it.
struct PosterCode
{
    enum class Kind { Portal, Signed };
    RecordId id = 0;
    RecordId serviceId = 0;
    RecordId branchId = 0;
    Kind kind = Kind::Portal;
    QString text;      // exactly what the QR code holds
    QString source;    // where it came from: a file name, "pasted", or the signer's name
    QDateTime added;   // UTC
    QDateTime expires; // UTC; signed requests only

    bool operator==(const PosterCode &) const = default;
};

// A code the office once kept for a service at a branch, with their names at the time: kept for
// good, so that a poster still carrying it can be recognised as this office's, replaced since.
struct KeptPosterCode
{
    QString text;
    PosterCode::Kind kind = PosterCode::Kind::Portal;
    RecordId serviceId = 0;
    RecordId branchId = 0;
    QString serviceName;
    QString branchName;
    QDateTime added; // UTC
};

// An e-mail box Kopii watches: one branch's address, or a shared box whose messages are routed
// to branches by the address they were sent to (branchId 0). The password is never here: it is
// in the OS keychain or a file the administrator names.
struct Mailbox
{
    enum class Security { Tls, StartTls, None }; // None: loopback only
    RecordId id = 0;
    QString name;
    RecordId branchId = 0;
    QString host;
    int port = 993;
    Security security = Security::Tls;
    QString user;
    QString folder = QStringLiteral("INBOX");
    QString afterIngest = QStringLiteral("keep"); // "keep", "flag:KEYWORD" or "move:FOLDER"
    QString caFile;                               // extra CA certificates for the server (PEM)
    QString pinSha256;                            // the server certificate's SHA-256, hex, when pinned
    QString passwordFile;                         // where a headless watcher reads the password (a path, not the secret)
    // Sign-in with OAuth 2.0 instead of a password: the provider as JSON (mail/OAuthProvider), with
    // the organisation's client id; empty for a password. The refresh token is kept where the
    // password would be (the keychain, or passwordFile for a headless watcher), never here.
    QString oauth;
    // Sync state.
    qint64 uidValidity = 0;
    qint64 lastUid = 0; // the highest UID stored
    QDateTime lastSync; // UTC
    QString lastError;

    bool operator==(const Mailbox &) const = default;
};

// Whether `keyword` can be sent as an IMAP flag keyword: an atom of letters, digits and $_.+:-,
// 1 to 64 of them, not a system flag (\Deleted…). Anything else could change the command.
bool isImapKeyword(const QString &keyword);
// Whether `folder` can name an IMAP mailbox: 1 to 200 characters, no control characters.
bool isImapFolderName(const QString &folder);
// Whether a mailbox's after-ingest action ("keep", "flag:KEYWORD", "move:FOLDER") is one of these,
// with a valid keyword or folder.
bool isAfterIngestAction(const QString &action);

QString mailboxSecurityId(Mailbox::Security security); // "tls" / "starttls" / "none"
bool mailboxSecurityFromId(const QString &id, Mailbox::Security *security);

// The stored outcome of checking a document's signature (the crypto layer computes it).
struct StoredVerification
{
    RecordId documentId = 0;
    QString verdict;    // "valid", "valid-with-warnings", "not-qualified", "invalid", "indeterminate"
    QString summary;    // translated when it was made
    QString checksJson; // [{"name","ok","detail"}]
    QString signerName;
    QString signerRnokpp;
    QString signerEdrpou;
    QDateTime signingTime; // UTC
    QDateTime verifiedAt;  // UTC
    QString trustVersion;  // the trust store it was made with
    QString issuer;        // the signer certificate's issuer (common name)
    QStringList chain;     // the certificates from the signer's to the root, by name
    QDateTime timestamp;   // UTC, proven by a trusted RFC 3161 timestamp; invalid when none
    QString algorithm;     // "ECDSA P-256", "RSA 2048"…
    QString indication;    // ETSI EN 319 102-1: TOTAL_PASSED, TOTAL_FAILED, INDETERMINATE
    QString subIndication; // e.g. HASH_FAILURE, NO_CERTIFICATE_CHAIN_FOUND; empty when passed
    QString poe;           // the proof of existence it was judged at: "timestamp", "received", "now"
    QDateTime poeTime;     // UTC

    bool operator==(const StoredVerification &) const = default;
};

// One document a visitor sent: a PDF and its detached signature (.p7s), or a .p7s that carries
// the content itself, or an unsigned PDF.
struct DocumentCopy
{
    RecordId id = 0;
    RecordId submissionId = 0;
    QString kind;    // document kind code from the catalog, or "other"
    QString pdfName; // file name as sent (may be empty: signature with attached content)
    QByteArray pdf;
    QString p7sName; // may be empty: an unsigned PDF
    QByteArray p7s;
    qint64 pdfSize = 0; // sizes, also when a list leaves the bytes out
    qint64 p7sSize = 0;
    std::optional<StoredVerification> verification;

    bool operator==(const DocumentCopy &) const = default;
};

// The verdict ids, best first ("valid" … "indeterminate"); a submission's verdict is its worst
// document's.
const QStringList &verdictOrder();

// Which submissions the inbox lists, and in which order.
struct SubmissionQuery
{
    enum class Sort { Received, Verdict, Sender, Signer, Documents, State, Branch, Service };
    RecordId branchId = -1;  // -1: any; 0: not routed to a branch
    RecordId serviceId = -1; // -1: any; 0: no service recognised
    QString verdict;         // "" any; a verdict id, "pending" (not all checked yet)
    QString state;           // "" any; "new", "in-work", "processed"
    QDateTime receivedFrom;  // UTC, inclusive; invalid: no bound
    QDateTime receivedTo;    // UTC, exclusive; invalid: no bound
    QString text;            // sender, name, subject, signer, РНОКПП, file names; case-insensitive
    Sort sort = Sort::Received;
    bool descending = true;

    bool operator==(const SubmissionQuery &) const = default;
};

// What one e-mail (or one dropped pair of files) brought: the documents of one visitor.
struct Submission
{
    enum class Status { Received, Failed };
    RecordId id = 0;
    Status status = Status::Received;
    QString failure;        // why a message could not be read (Failed); shown to the clerk
    QString source;         // "mailbox", "drop-folder", "ingest"
    RecordId mailboxId = 0; // 0: not from a mailbox
    qint64 uidValidity = 0; // where it is in the mailbox (IMAP UIDVALIDITY and UID); 0: not known
    qint64 uid = 0;
    RecordId branchId = 0;  // 0: not known
    RecordId serviceId = 0; // 0: not known (the service is named in the subject Diia writes)
    QString messageId;      // Message-ID without angle brackets; may be empty
    QByteArray contentHash; // SHA-256 of the raw message: the same message is stored once
    QString sender;         // e-mail address of the original sender
    QString senderName;
    QString subject;
    QDateTime sentAt;                      // UTC, the Date header (of the original, for forwards)
    QDateTime receivedAt;                  // UTC, when Kopii stored it
    QString recipient;                     // the address it was sent to
    QString state = QStringLiteral("new"); // "new", "in-work", "processed"
    QDateTime processedAt;                 // UTC, when marked processed
    qint64 rowVersion = 0;                 // counts the changes of its state (desks sharing one inbox)
    QString registrationNumber;            // in the register of incoming documents (RegisterSql)
    QString legalHold;                     // why it is kept from deletion (a manager's legal hold); empty: not
    QList<DocumentCopy> documents;

    bool operator==(const Submission &) const = default;
};

// The worst verdict of a submission's documents: "" while one is not checked yet, "invalid" for a
// message that could not be read.
QString worstVerdict(const Submission &submission);

} // namespace kopii
