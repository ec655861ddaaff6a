// SPDX-License-Identifier: GPL-3.0-or-later
// The national hashes (GOST 34.311-95, Kupyna) and the OIDs that name them and the DSTU 4145
// signature algorithms made with them.
#include "crypto/national/Dstu4145.h"

#include "crypto/national/Gost34311.h"
#include "crypto/national/Kupyna.h"

namespace kopii {

namespace {

const QString kOidDstu4145Le = QStringLiteral("1.2.804.2.1.1.1.1.3.1.1");
const QString kOidDstu4145Kupyna = QStringLiteral("1.2.804.2.1.1.1.1.3.6."); // + 1, 2, 3
const QString kOidGost34311 = QStringLiteral("1.2.804.2.1.1.1.1.2.1");
const QString kOidKupyna = QStringLiteral("1.2.804.2.1.1.1.1.2.2."); // + 1, 2, 3

} // namespace

namespace national {

namespace {

// Both OID families end the same way: GOST 34.311 has its own OID, Kupyna-256/384/512 are
// `kupynaArc` + 1, 2, 3.
std::optional<NationalHash> hashByOid(const QString &oid, const QString &gostOid, const QString &kupynaArc)
{
    if (oid == gostOid)
        return NationalHash::Gost34311;
    if (oid.size() == kupynaArc.size() + 1 && oid.startsWith(kupynaArc)) {
        const QChar c = oid.back();
        if (c >= QLatin1Char('1') && c <= QLatin1Char('3'))
            return NationalHash(int(NationalHash::Kupyna256) + (c.unicode() - '1'));
    }
    return std::nullopt;
}

QString oidOfHash(NationalHash hash, const QString &gostOid, const QString &kupynaArc)
{
    return hash == NationalHash::Gost34311 ? gostOid : kupynaArc + QString::number(int(hash) - int(NationalHash::Kupyna256) + 1);
}

} // namespace

std::optional<NationalHash> hashFromOid(const QString &oid)
{
    return hashByOid(oid, kOidGost34311, kOidKupyna);
}

QString hashOid(NationalHash hash)
{
    return oidOfHash(hash, kOidGost34311, kOidKupyna);
}

QString hashName(NationalHash hash)
{
    switch (hash) {
    case NationalHash::Gost34311: return QStringLiteral("GOST 34.311-95");
    case NationalHash::Kupyna256: return QStringLiteral("Kupyna-256");
    case NationalHash::Kupyna384: return QStringLiteral("Kupyna-384");
    case NationalHash::Kupyna512: return QStringLiteral("Kupyna-512");
    }
    return {};
}

std::optional<NationalHash> hashOfSignatureAlgorithm(const QString &oid)
{
    return hashByOid(oid, kOidDstu4145Le, kOidDstu4145Kupyna);
}

QString signatureAlgorithmOid(NationalHash hash)
{
    return oidOfHash(hash, kOidDstu4145Le, kOidDstu4145Kupyna);
}

QByteArray digest(NationalHash hash, const QByteArray &data, const Gost28147::SBox &sbox)
{
    switch (hash) {
    case NationalHash::Gost34311: return Gost34311::hash(data, sbox);
    case NationalHash::Kupyna256: return Kupyna::hash(data, 256);
    case NationalHash::Kupyna384: return Kupyna::hash(data, 384);
    case NationalHash::Kupyna512: return Kupyna::hash(data, 512);
    }
    return {};
}

} // namespace national

} // namespace kopii
