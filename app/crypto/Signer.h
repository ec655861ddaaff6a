// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace kopii {

// A private key that can sign, with its certificate: a key on a PKCS#11 token or in a key file.
// DSTU 4145 keys (key files, Ukrainian tokens) implement it too: OpenSSL cannot hold them, so
// their privateKey() is null and signData() is their own.
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(Signer)

public:
    virtual ~Signer() = default;

    virtual Certificate certificate() const = 0;
    // Further certificates the token or file carries (issuers), to help build the chain.
    virtual QList<Certificate> chain() const { return {}; }
    // "Token «Kopii Test» (SoftHSM)", "Key file manager.p12": for the user, no secrets.
    virtual QString description() const = 0;
    // The private key for OpenSSL's signing functions; valid while the signer lives. Null for a
    // DSTU key.
    virtual EVP_PKEY *privateKey() = 0;
    // A DSTU 4145 key: signData() signs with DSTU 4145 over GOST 34.311 or Kupyna (the hash of
    // its certificate's era) and returns r‖s little-endian; CAdES and XML signatures are then
    // written by Kopii itself.
    virtual bool signsWithDstu() const { return false; }
    // False once a token has been removed (or the session is gone).
    virtual bool isPresent() const { return true; }

    // Signs `data` (SHA-256 with RSA PKCS#1 v1.5 or ECDSA) and returns the raw signature.
    virtual Result<QByteArray> signData(const QByteArray &data);
    // Checks `signature` over `data` with the public key in the certificate.
    static Status verifyData(const Certificate &certificate, const QByteArray &data, const QByteArray &signature);
    // The same with a bare public key (SubjectPublicKeyInfo, DER), for signatures made outside
    // X.509 (COSE test vectors).
    static Status verifyDataWithPublicKey(const QByteArray &spkiDer, const QByteArray &data, const QByteArray &signature);
    // The SubjectPublicKeyInfo of a P-256 point (x and y, 32 bytes each).
    static Result<QByteArray> ecP256PublicKey(const QByteArray &x, const QByteArray &y);

    // ECDSA signatures travel as DER (CMS, OpenSSL) or as the raw r||s pair (COSE, JOSE).
    static Result<QByteArray> ecdsaDerToRaw(const QByteArray &der, int fieldBytes);
    static Result<QByteArray> ecdsaRawToDer(const QByteArray &raw);
};

} // namespace kopii
