// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/national/Gost34311.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

typedef struct ec_group_st EC_GROUP;
typedef struct ec_point_st EC_POINT;
typedef struct bignum_st BIGNUM;

namespace kopii {

namespace der {
struct Element;
}

// The hashes Ukrainian signatures use with DSTU 4145: GOST 34.311-95, and Kupyna (DSTU 7564) in
// keys made since February 2026.
enum class NationalHash { Gost34311, Kupyna256, Kupyna384, Kupyna512 };

namespace national {
// The digest algorithm an OID names (…1.2.1 GOST 34.311; …1.2.2.1/.2/.3 Kupyna-256/384/512).
std::optional<NationalHash> hashFromOid(const QString &oid);
QString hashOid(NationalHash hash);
QString hashName(NationalHash hash); // "GOST 34.311-95", "Kupyna-256", …
// The hash of a DSTU 4145 signature algorithm (…1.3.1.1 with GOST 34.311, polynomial basis,
// little-endian; …1.3.6.1/.2/.3 with Kupyna-256/384/512); nullopt for any other algorithm.
std::optional<NationalHash> hashOfSignatureAlgorithm(const QString &oid);
QString signatureAlgorithmOid(NationalHash hash);
// The hash of `data`; GOST 34.311 with `sbox`.
QByteArray digest(NationalHash hash, const QByteArray &data, const Gost28147::SBox &sbox = Gost28147::dke1());
// The hash a certificate's holder signs with: the one its issuer signed the certificate with
// (a Kupyna CA issues Kupyna-era keys); GOST 34.311 when the certificate does not say.
NationalHash hashForCertificate(const QByteArray &certificateDer);
} // namespace national

// A DSTU 4145-2002 public key: the curve y² + xy = x³ + Ax² + B over GF(2^m) in polynomial basis
// (OpenSSL's GF(2^m) arithmetic), its base point and order, the key's point, and the S-box of the
// GOST 34.311 hash that goes with it (ДКЕ №1 unless the parameters name another).
class Dstu4145Key
{
    Q_DECLARE_TR_FUNCTIONS(Dstu4145Key)

public:
    // From explicit numbers (big-endian): the field polynomial's exponents {m, k} or {m, k3, k2, k1},
    // A (0 or 1), B, the order n, the base point and the public point (uncompressed).
    static Result<Dstu4145Key> fromNumbers(const QList<int> &exponents, int a, const QByteArray &b, const QByteArray &n,
                                           const QByteArray &px, const QByteArray &py, const QByteArray &qx,
                                           const QByteArray &qy);
    // From a certificate's SubjectPublicKeyInfo (DER): algorithm 1.2.804.2.1.1.1.1.3.1.1 with
    // explicit curve parameters or one of the ten standard curves by name (.2.0 … .2.9), the key as
    // a compressed little-endian point in an OCTET STRING.
    static Result<Dstu4145Key> fromSubjectPublicKeyInfo(const QByteArray &spki);
    // The same, kept for the process (up to a few hundred keys): a CA's key is read once, not for
    // every document it vouches for. Verifying with a shared key is safe from any thread.
    static Result<std::shared_ptr<const Dstu4145Key>> cached(const QByteArray &spki);
    // The (cached) key of a DER certificate; an error for a certificate whose key is not DSTU 4145.
    static Result<std::shared_ptr<const Dstu4145Key>> ofCertificate(const QByteArray &certificateDer);
    // A private key from its PKCS#8 PrivateKeyInfo (decrypted from a key container): the curve
    // from its parameters, the scalar d little-endian; the public point Q = -dP worked out.
    static Result<Dstu4145Key> fromPrivateKeyInfo(const QByteArray &pkcs8);
    bool hasPrivateKey() const;
    // A fresh key pair on the curve of `algorithmIdentifier` (DER, as in a SubjectPublicKeyInfo):
    // for test and demo certificate authorities.
    static Result<Dstu4145Key> generate(const QByteArray &algorithmIdentifier);
    // This key's SubjectPublicKeyInfo and (for a private key) PKCS#8 PrivateKeyInfo, in DER.
    QByteArray subjectPublicKeyInfo() const;
    QByteArray privateKeyInfo() const;
    // Whether both hold the same public point (a container's key and a certificate).
    bool samePublicKey(const Dstu4145Key &other) const;

    // Signs a GOST 34.311 hash (as the hash gives it): r‖s, little-endian, the halves as long as
    // the order. A fresh random e each time (OpenSSL's CSPRNG, constant-time flags on e and d).
    Result<QByteArray> signHash(const QByteArray &hash) const;
    // Hashes `data` (GOST 34.311 with this key's S-box, or Kupyna), then signHash.
    Result<QByteArray> sign(const QByteArray &data, NationalHash hash = NationalHash::Gost34311) const;
    // The standard's form with the hash and a given e as big-endian numbers (for the published
    // vectors only): r‖s big-endian.
    Result<QByteArray> signNumbers(const QByteArray &hash, const QByteArray &fixedE) const;

    Dstu4145Key(Dstu4145Key &&) noexcept;
    Dstu4145Key &operator=(Dstu4145Key &&) noexcept;
    ~Dstu4145Key();

    int fieldBits() const; // m
    // The AlgorithmIdentifier (DER) the key came with: its curve, for making keys on the same one.
    QByteArray algorithmIdentifier() const;
    int orderBits() const; // bit length of n
    const Gost28147::SBox &sbox() const { return m_sbox; }

    // Checks a signature over a hash (as the hash gives it; read as a little-endian number, its
    // lowest m bits). `signature` is r‖s, each little-endian, of equal length. A bad
    // signature is an error whose message says why (r or s out of range, not matching).
    Status verifyHash(const QByteArray &hash, const QByteArray &signature) const;
    // The same with the hash and r, s as big-endian numbers (the standard's examples).
    Status verifyNumbers(const QByteArray &hash, const QByteArray &r, const QByteArray &s) const;
    // Hashes `data` (GOST 34.311 with this key's S-box, or Kupyna) and checks the signature.
    Status verify(const QByteArray &data, const QByteArray &signature, NationalHash hash = NationalHash::Gost34311) const;
    QByteArray digest(const QByteArray &data, NationalHash hash) const { return national::digest(hash, data, m_sbox); }

    // A certificate's (or CRL's, or BasicOCSPResponse's) signature by the holder of this key (the
    // issuer's): the DER structure's signature algorithm must be DSTU 4145 (little-endian) with
    // GOST 34.311 (this key's S-box) or Kupyna, over its first element (tbsCertificate …). A reason when it does not hold or cannot be read.
    Status verifyCertificate(const QByteArray &certificateDer) const;
    // The SubjectPublicKeyInfo (DER) of a DER certificate, whatever its algorithm.
    static Result<QByteArray> subjectPublicKeyInfo(const QByteArray &certificateDer);

    // A point in DSTU 4145's compressed form (x with its lowest bit replaced by the trace of y/x),
    // big-endian; and back. For tests and for keys given that way.
    Result<QByteArray> compress(const QByteArray &x, const QByteArray &y) const;
    Result<QList<QByteArray>> decompress(const QByteArray &compressed) const; // {x, y}

private:
    Dstu4145Key();
    Status readParameters(const der::Element &algorithmIdentifier);
    struct Data;
    std::unique_ptr<Data> d;
    Gost28147::SBox m_sbox;
};

} // namespace kopii
