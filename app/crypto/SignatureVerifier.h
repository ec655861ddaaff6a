// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "crypto/Revocation.h"
#include "crypto/TrustStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <vector>

typedef struct CMS_ContentInfo_st CMS_ContentInfo; // openssl/cms.h

namespace kopii {

// One verdict per document; the worst finding wins. Never Valid for anything not fully checked.
enum class Verdict {
    Valid,             // every check passed, revocation included
    ValidWithWarnings, // the signature holds, but something was not checked or needs a look
    NotQualified,      // a good signature, but not a qualified one (not a КЕП)
    Invalid,           // something is wrong: changed, forged, revoked, untrusted, expired at signing
    Indeterminate,     // it cannot be decided (an algorithm Kopii cannot check yet, content missing)
};
QString verdictId(Verdict v);   // "valid", "valid-with-warnings", "not-qualified", "invalid", "indeterminate"
QString verdictName(Verdict v); // translated, for people

// One check with its result and the reason in plain words.
struct VerificationCheck
{
    QString id;   // "signature", "message-digest", "signing-certificate", "chain", "revocation",
                  // "key-usage", "qualified", "content-match", "validity"
    QString name; // translated
    bool ok = false;
    QString detail;                     // translated
    Verdict failure = Verdict::Invalid; // what a failed check makes of the verdict
};

struct DocumentVerification
{
    Verdict verdict = Verdict::Indeterminate;
    QString summary; // translated, one line
    QList<VerificationCheck> checks;
    Certificate signer;
    QDateTime signingTime;   // as stated by the signer (signingTime attribute)
    QDateTime timestampTime; // proven by a trusted RFC 3161 timestamp (CAdES-T); else invalid
    // The time the signature is judged at (ETSI's proof of existence): the timestamp's, else when
    // Kopii received it, else the time of the check. The claimed signingTime is never used.
    QDateTime poeTime;
    enum class Poe { Timestamp, Received, Now };
    Poe poe = Poe::Now;
    QString algorithm;          // "RSA 2048", "ECDSA P-256", "DSTU 4145-2002"…
    bool attached = false;      // the signature carries its content
    QByteArray signedContent;   // what the signature covers (attached content or the PDF)
    int contentMatchesPdf = -1; // -1: no PDF to compare, 0: differs, 1: byte for byte equal
    ChainResult chain;
    QDateTime verifiedAt; // UTC
    QString trustVersion;
    // ETSI EN 319 102-1: TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE, and for the last two the
    // sub-indication of the check that decided (HASH_FAILURE, SIG_CRYPTO_FAILURE, REVOKED,
    // NO_CERTIFICATE_CHAIN_FOUND, OUT_OF_BOUNDS_NO_POE, TRY_LATER, CRYPTO_CONSTRAINTS_FAILURE…).
    // The clerk's verdict is derived from the same checks (docs/verification.md).
    QString indication;
    QString subIndication;
    // Where this signature is in the file, for people: empty for a file of one signature, else
    // "Signature 2 of 3" or "Counter-signature on signature 1" (translated); `index` counts from 1.
    QString place;
    // The CAdES form the signature reaches, by what it carries (ETSI TS 101 733): "CMS",
    // "CAdES-BES", "CAdES-EPES", "CAdES-T", "CAdES-T (with validation data)" (EN 319 122's B-LT),
    // "CAdES-C", "CAdES-X", "CAdES-X Long", "CAdES-X Long Type 1/2", "CAdES-A".
    QString level;
    int index = 1;
    bool counterSignature = false;
    // A file of several signatures (parallel SignerInfos, counter-signatures): each one's own
    // verification, in file order; this object is then the worst of them (the worst wins).
    std::vector<DocumentVerification> signatures;
};
QString poeId(DocumentVerification::Poe poe); // "timestamp", "received", "now"

// Verifies a CAdES/CMS signature (DER, PEM or base64; attached or detached over `pdf`) against
// the workspace trust store, the chain evaluated at the proven time of existence: a trusted
// signature timestamp's, else when Kopii received the signature, else now. The time the signer
// states (signingTime) is shown, never trusted: a certificate expired or revoked before the
// proven time makes the signature unconfirmable or invalid. Revocation comes from a
// CRL the trust store holds, else from the issuer's OCSP responder (cached; online only when
// `revocation.online`): without an answer the verdict stays at ValidWithWarnings ("revocation not
// checked"). A certificate revoked after a timestamp proves the signature was made stays valid.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerifier)

public:
    // Whether `data` is a CMS signature (SignedData in DER, BER, PEM or base64, with or without its
    // ContentInfo), whatever its file is called.
    static bool isSignature(const QByteArray &data);

    // The content an attached signature carries (empty for a detached or unreadable one).
    static QByteArray attachedContent(const QByteArray &signature);

    // `receivedAt`: when Kopii itself stored the signature (it witnessed that it existed then);
    // invalid when it did not (a file checked by hand is judged as of `now`).
    // A file with several signatures gets one verification per signature (in `signatures`), and
    // the worst of them as the whole. Without `signature`, a PDF's own signatures are verified
    // (PdfSignatures::verify).
    static DocumentVerification verify(const QByteArray &signature, const QByteArray &pdf, const TrustStore &trust,
                                       const QDateTime &now, const RevocationOptions &revocation = {},
                                       const QDateTime &receivedAt = {});

    // Derives the verdict, the ETSI indication and the summary from `v.checks`: the worst failed
    // check wins, a proven failure (Invalid) over anything undecided.
    static void conclude(DocumentVerification &v);
    // Several signatures' verifications as one: the worst of them, each kept in `signatures`
    // (a single one is returned as it is, without its place).
    static DocumentVerification combine(std::vector<DocumentVerification> all);

private:
    // One SignerInfo (`index` from 0) of `cms`; a counter-signature signs `content` (its parent's
    // signature value) and carries no contentType.
    static DocumentVerification verifySigner(CMS_ContentInfo *cms, int index, const QList<QByteArray> &receivedAttributes,
                                             bool counter, const QByteArray &content, const TrustStore &trust,
                                             const QDateTime &now, const RevocationOptions &revocation,
                                             const QDateTime &receivedAt);
};

} // namespace kopii
