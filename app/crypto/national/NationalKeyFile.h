// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/national/Dstu4145.h"
#include "core/Result.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace kopii {

// Key containers with Ukrainian algorithms: PKCS#12 whose keys are protected with PBES2 = PBKDF2
// (HMAC-GOST 34.311) + GOST 28147-89 in CFB mode, holding DSTU 4145 keys (what Diia and most
// providers issue as .p12/.pfx); PrivatBank's JKS; IIT's Key-6.dat. A container may hold a signing and a key-agreement key; the
// certificates may be inside or beside it.
class NationalKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(NationalKeyFile)

public:
    struct Key
    {
        Dstu4145Key key;
        QByteArray localKeyId; // the bag's localKeyId (usually the certificate's key identifier)
    };
    struct Contents
    {
        std::vector<Key> keys;
        QList<QByteArray> certificates; // DER, those the container carries
    };

    // Whether `data` is a PKCS#12 whose keys use the Ukrainian algorithms.
    // The most PBKDF2 rounds a container may ask for (real ones use about ten thousand).
    static constexpr int kMaxKdfIterations = 200000;
    static bool isNationalPkcs12(const QByteArray &data);
    // The keys (and certificates) inside. A wrong password says so and nothing else; a damaged
    // container says it is damaged.
    static Result<Contents> openPkcs12(const QByteArray &data, const Secret &password);

    // A Java key store (PrivatBank style: FEEDFEED, version 2) whose private keys are DSTU keys
    // under Sun's KeyProtector (SHA-1 keystream): `password` is the key's password. Each key
    // comes with the certificate chain stored with it.
    static bool isJks(const QByteArray &data);
    static Result<Contents> openJks(const QByteArray &data, const Secret &password);

    // An IIT key container (Key-6.dat, as the IIT user software and many providers write it):
    // SEQUENCE { { 1.3.6.1.4.1.19398.1.1.1.2, { MAC, pad } }, encrypted }, the key made from the
    // password by GOST 34.311 ten thousand times over, the data in GOST 28147 ECB under a GOST
    // 28147 MAC. Inside, one PrivateKeyInfo whose attributes may carry a second key (key
    // agreement) on its own curve. The certificates are never inside: they come beside it.
    static bool isIit(const QByteArray &data);
    static Result<Contents> openIit(const QByteArray &data, const Secret &password);

    // The pieces, for their published vectors and tests.
    static QByteArray iitPasswordKey(const QByteArray &password); // GOST 34.311, 10,000 times
    // GOST 28147-89's MAC mode (ДКЕ №1), 32 bits; the last block zero-padded.
    static QByteArray gost28147Mac(const QByteArray &key, const QByteArray &data);
    static QByteArray hmacGost34311(const QByteArray &key, const QByteArray &message);
    static QByteArray pbkdf2Gost34311(const QByteArray &password, const QByteArray &salt, int iterations, int length);
    static QByteArray gost28147CfbDecrypt(const QByteArray &key, const QByteArray &iv, const Gost28147::SBox &sbox,
                                          const QByteArray &data);
};

} // namespace kopii
