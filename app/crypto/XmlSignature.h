// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Result.h"
#include "crypto/Signer.h"

#include <QCoreApplication>
#include <QList>

typedef struct _xmlDoc xmlDoc;

namespace kopii {

// The enveloped XML signature (XMLDSig, as ETSI TS 119 612 trusted lists carry it) of a
// document: every reference's digest over the canonical XML (the signature itself left out), and
// the signature over the canonical SignedInfo with the certificate in KeyInfo. RSA and ECDSA with
// SHA-2; DSTU 4145 with GOST 34.311 or Kupyna under the URIs Ukrainian software uses
// (…xmldsig-more#dstu4145…, …#gost34311, …#dstu7564-256). Canonical XML 1.0, 1.1 and exclusive,
// by libxml2. Whether the signer is trusted is the caller's to decide.
class XmlSignature
{
    Q_DECLARE_TR_FUNCTIONS(XmlSignature)

public:
    enum class State {
        Absent,      // the document is not signed
        Valid,       // the references and the signature hold
        Invalid,     // something signed was changed, or the signature is forged
        Unsupported, // an algorithm or transform Kopii does not know: nothing can be said
    };
    struct Check
    {
        State state = State::Absent;
        Certificate signer; // from KeyInfo, when there
        QString algorithm;  // the SignatureMethod URI
        QString detail;     // translated, why
    };
    // Strict, as a trusted list must be signed: no DOCTYPE; exactly one ds:Signature, the root's
    // last element, holding only SignedInfo, SignatureValue and KeyInfo; exactly one Reference,
    // URI="", enveloped-signature then at most one canonicalization. A signature value that does
    // not verify is Invalid, never Unsupported.
    static Check verifyEnveloped(const QByteArray &xml);
    // The same over a parsed document, so that a caller reads the very tree that was verified.
    static Check verifyEnvelopedDocument(xmlDoc *document);

    // Signs `xml` with an enveloped signature as the last child of its root element: one
    // reference to the whole document (enveloped-signature, exclusive c14n), the signer's
    // certificate in KeyInfo. A DSTU key signs with DSTU 4145 over GOST 34.311 or Kupyna (the
    // hash of its certificate's era, national::hashForCertificate), under the URIs verifyEnveloped
    // reads; other keys with RSA or ECDSA over SHA-256. For test and demo trusted lists.
    static Result<QByteArray> signEnveloped(const QByteArray &xml, Signer &signer);
};

} // namespace kopii
