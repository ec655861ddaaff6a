// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/NationalKeyFile.h"

#include "crypto/national/Der.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <cstring>
#include <optional>

namespace kopii {

namespace {

const QString kOidPbes2 = QStringLiteral("1.2.840.113549.1.5.13");
const QString kOidPbkdf2 = QStringLiteral("1.2.840.113549.1.5.12");
const QString kOidHmacGost = QStringLiteral("1.2.804.2.1.1.1.1.1.2");
const QString kOidGost28147Cfb = QStringLiteral("1.2.804.2.1.1.1.1.1.1.3");
const QString kOidShroudedKeyBag = QStringLiteral("1.2.840.113549.1.12.10.1.2");
const QString kOidCertBag = QStringLiteral("1.2.840.113549.1.12.10.1.3");
const QString kOidData = QStringLiteral("1.2.840.113549.1.7.1");
const QString kOidLocalKeyId = QStringLiteral("1.2.840.113549.1.9.21");

Error unsupportedScheme()
{
    return Error{Error::Code::Validation,
                 NationalKeyFile::tr("The key file protects its keys with a scheme this version of Kopii does not open yet."),
                 {}};
}

bool children(const der::Element &e, unsigned char tag, QList<der::Element> *out)
{
    return e.tag == tag && der::children(e.content, out);
}

bool first(const QByteArray &data, der::Element *e)
{
    qsizetype pos = 0;
    return der::read(data, pos, e);
}

// The content of a ContentInfo of type data: [0] EXPLICIT OCTET STRING.
bool dataContent(const der::Element &contentInfo, QByteArray *out)
{
    QList<der::Element> parts, wrapped;
    if (!children(contentInfo, der::kSequence, &parts) || parts.size() < 2 || parts.at(0).tag != der::kOid
        || der::oid(parts.at(0).content) != kOidData || !children(parts.at(1), 0xa0, &wrapped) || wrapped.isEmpty()
        || wrapped.first().tag != der::kOctetString)
        return false;
    *out = wrapped.first().content;
    return true;
}

} // namespace

QByteArray NationalKeyFile::hmacGost34311(const QByteArray &key, const QByteArray &message)
{
    QByteArray k = key.size() > 32 ? Gost34311::hash(key) : key;
    k = k.leftJustified(32, '\0');
    QByteArray inner(32, Qt::Uninitialized), outer(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i) {
        inner[i] = char(k.at(i) ^ 0x36);
        outer[i] = char(k.at(i) ^ 0x5c);
    }
    k.fill('\0');
    return Gost34311::hash(outer + Gost34311::hash(inner + message));
}

#ifdef KOPII_FUZZ_REMEMBER_KDF
namespace {
// Fuzz builds only (app/crypto/CMakeLists.txt): derived keys remembered by their inputs.
QByteArray remembered(const QByteArray &inputs, const std::function<QByteArray()> &derive)
{
    static QHash<QByteArray, QByteArray> keys;
    if (const auto it = keys.constFind(inputs); it != keys.constEnd())
        return *it;
    if (keys.size() >= 256)
        keys.clear();
    return *keys.insert(inputs, derive());
}
} // namespace
#endif

QByteArray NationalKeyFile::pbkdf2Gost34311(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
#ifdef KOPII_FUZZ_REMEMBER_KDF
    static thread_local bool inside = false;
    if (!inside) {
        inside = true;
        const QByteArray key = remembered("pbkdf2\0" + password + '\0' + salt + '\0' + QByteArray::number(iterations) + '\0'
                                              + QByteArray::number(length),
                                          [&] { return pbkdf2Gost34311(password, salt, iterations, length); });
        inside = false;
        return key;
    }
#endif
    QByteArray out;
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray index(4, '\0');
        index[0] = char(block >> 24), index[1] = char(block >> 16), index[2] = char(block >> 8), index[3] = char(block);
        QByteArray u = hmacGost34311(password, salt + index);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = hmacGost34311(password, u);
            for (int j = 0; j < 32; ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        out += t;
    }
    return out.left(length);
}

QByteArray NationalKeyFile::gost28147CfbDecrypt(const QByteArray &key, const QByteArray &iv, const Gost28147::SBox &sbox,
                                                const QByteArray &data)
{
    if (key.size() != 32 || iv.size() != 8)
        return {};
    Gost28147 cipher(sbox);
    cipher.setKey(reinterpret_cast<const uint8_t *>(key.constData()));
    QByteArray out(data.size(), Qt::Uninitialized);
    uint8_t feedback[8];
    std::memcpy(feedback, iv.constData(), 8);
    for (qsizetype i = 0; i < data.size(); i += 8) {
        uint32_t n1, n2;
        std::memcpy(&n1, feedback, 4);
        std::memcpy(&n2, feedback + 4, 4);
        cipher.encrypt(n1, n2);
        uint8_t gamma[8];
        std::memcpy(gamma, &n1, 4);
        std::memcpy(gamma + 4, &n2, 4);
        const qsizetype n = qMin<qsizetype>(8, data.size() - i);
        for (qsizetype j = 0; j < n; ++j)
            out[i + j] = char(uchar(data.at(i + j)) ^ gamma[j]);
        if (n == 8)
            std::memcpy(feedback, data.constData() + i, 8); // CFB: the ciphertext feeds back
    }
    return out;
}

bool NationalKeyFile::isNationalPkcs12(const QByteArray &data)
{
    // The GOST 28147 CFB and HMAC-GOST object identifiers appear in the encrypted key bags.
    static const QByteArray cfb = QByteArray::fromHex("2a86240201010101010103");
    return data.contains(cfb);
}

Result<NationalKeyFile::Contents> NationalKeyFile::openPkcs12(const QByteArray &data, const Secret &password)
{
    const auto damaged = [] {
        return Error{Error::Code::Corrupt, tr("The key file is damaged: its structure cannot be read."), {}};
    };
    // PFX ::= SEQUENCE { version 3, authSafe ContentInfo, macData? }
    der::Element pfx;
    QList<der::Element> top;
    QByteArray authSafe;
    if (!first(data, &pfx) || !children(pfx, der::kSequence, &top) || top.size() < 2 || der::smallInteger(top.at(0)) != 3
        || !dataContent(top.at(1), &authSafe))
        return damaged();
    der::Element safeSequence;
    QList<der::Element> safes;
    if (!first(authSafe, &safeSequence) || !children(safeSequence, der::kSequence, &safes))
        return damaged();
    Contents contents;
    bool anyKeyBag = false;
    for (const der::Element &safe : std::as_const(safes)) {
        QByteArray bagsDer;
        if (!dataContent(safe, &bagsDer))
            continue; // an encrypted safe (certificates under a password-based cipher): not read yet
        der::Element bagSequence;
        QList<der::Element> bags;
        if (!first(bagsDer, &bagSequence) || !children(bagSequence, der::kSequence, &bags))
            return damaged();
        for (const der::Element &bag : std::as_const(bags)) {
            QList<der::Element> parts, value;
            if (!children(bag, der::kSequence, &parts) || parts.size() < 2 || parts.at(0).tag != der::kOid
                || !children(parts.at(1), 0xa0, &value) || value.isEmpty())
                return damaged();
            const QString type = der::oid(parts.at(0).content);
            QByteArray localKeyId;
            QList<der::Element> attributes;
            if (parts.size() > 2 && children(parts.at(2), der::kSet, &attributes)) {
                for (const der::Element &attribute : std::as_const(attributes)) {
                    QList<der::Element> av, values;
                    if (children(attribute, der::kSequence, &av) && av.size() == 2 && der::oid(av.at(0).content) == kOidLocalKeyId
                        && children(av.at(1), der::kSet, &values) && !values.isEmpty())
                        localKeyId = values.first().content;
                }
            }
            if (type == kOidCertBag) {
                // CertBag { certId x509Certificate, [0] EXPLICIT OCTET STRING (DER) }
                QList<der::Element> certBag, certValue;
                if (children(value.first(), der::kSequence, &certBag) && certBag.size() == 2
                    && children(certBag.at(1), 0xa0, &certValue) && !certValue.isEmpty())
                    contents.certificates << certValue.first().content;
                continue;
            }
            if (type != kOidShroudedKeyBag)
                continue;
            anyKeyBag = true;
            // EncryptedPrivateKeyInfo { AlgorithmIdentifier PBES2 { KDF, encryption }, OCTET STRING }
            QList<der::Element> epki, algorithm, pbes2, kdf, kdfParams, scheme, schemeParams;
            if (!children(value.first(), der::kSequence, &epki) || epki.size() != 2 || epki.at(1).tag != der::kOctetString
                || !children(epki.at(0), der::kSequence, &algorithm) || algorithm.size() != 2)
                return damaged();
            if (der::oid(algorithm.at(0).content) != kOidPbes2 || !children(algorithm.at(1), der::kSequence, &pbes2)
                || pbes2.size() != 2 || !children(pbes2.at(0), der::kSequence, &kdf) || kdf.size() != 2
                || der::oid(kdf.at(0).content) != kOidPbkdf2 || !children(kdf.at(1), der::kSequence, &kdfParams)
                || kdfParams.size() < 2 || !children(pbes2.at(1), der::kSequence, &scheme) || scheme.size() != 2)
                return unsupportedScheme();
            QString prf = QStringLiteral("1.2.840.113549.2.7");
            for (const der::Element &p : std::as_const(kdfParams)) {
                QList<der::Element> prfAlgorithm;
                if (children(p, der::kSequence, &prfAlgorithm) && !prfAlgorithm.isEmpty())
                    prf = der::oid(prfAlgorithm.first().content);
            }
            const int iterations = der::smallInteger(kdfParams.at(1));
            // Real containers use thousands of rounds; a file asking for millions would hold Kopii
            // for minutes (each round is two GOST 34.311 hashes).
            if (kdfParams.at(0).tag != der::kOctetString || iterations < 1 || iterations > kMaxKdfIterations)
                return damaged();
            if (prf != kOidHmacGost || der::oid(scheme.at(0).content) != kOidGost28147Cfb
                || !children(scheme.at(1), der::kSequence, &schemeParams) || schemeParams.size() != 2
                || schemeParams.at(0).tag != der::kOctetString || schemeParams.at(1).tag != der::kOctetString)
                return unsupportedScheme();
            Gost28147::SBox sbox{};
            if (!Gost28147::unpack(schemeParams.at(1).content, &sbox))
                return damaged();
            QByteArray typed(password.c_str(), password.size());
            QByteArray secretKey = pbkdf2Gost34311(typed, kdfParams.at(0).content, iterations, 32);
            Secret::wipe(typed);
            QByteArray plain = gost28147CfbDecrypt(secretKey, schemeParams.at(0).content, sbox, epki.at(1).content);
            Secret::wipe(secretKey);
            auto key = Dstu4145Key::fromPrivateKeyInfo(plain);
            Secret::wipe(plain);
            // A wrong password decrypts to noise: nothing in it reads as a key.
            if (!key)
                return Error{Error::Code::Denied, tr("The password is wrong."), {}};
            contents.keys.push_back(Key{std::move(key).value(), localKeyId});
        }
    }
    if (!anyKeyBag)
        return Error{Error::Code::NotFound, tr("The key file holds no private key."), {}};
    return contents;
}

QByteArray NationalKeyFile::iitPasswordKey(const QByteArray &password)
{
#ifdef KOPII_FUZZ_REMEMBER_KDF
    static thread_local bool inside = false;
    if (!inside) {
        inside = true;
        const QByteArray key = remembered("iit\0" + password, [&] { return iitPasswordKey(password); });
        inside = false;
        return key;
    }
#endif
    QByteArray key = Gost34311::hash(password);
    for (int i = 1; i < 10000; ++i) {
        QByteArray next = Gost34311::hash(key);
        Secret::wipe(key);
        key = next;
    }
    return key;
}

bool NationalKeyFile::isIit(const QByteArray &data)
{
    // SEQUENCE { SEQUENCE { OID 1.3.6.1.4.1.19398.1.1.1.2 … } … }, the OID within the first bytes.
    static const QByteArray iitStore = QByteArray::fromHex("060c2b0601040181974601010102");
    return data.startsWith('\x30') && data.left(24).contains(iitStore);
}

QByteArray NationalKeyFile::gost28147Mac(const QByteArray &key, const QByteArray &data)
{
    Gost28147 cipher(Gost28147::dke1());
    cipher.setKey(reinterpret_cast<const uint8_t *>(key.constData()));
    uint32_t n1 = 0, n2 = 0;
    for (qsizetype i = 0; i < data.size(); i += 8) {
        uint8_t block[8] = {};
        std::memcpy(block, data.constData() + i, size_t(qMin<qsizetype>(8, data.size() - i))); // the last one zero-padded
        uint32_t x, y;
        std::memcpy(&x, block, 4);
        std::memcpy(&y, block + 4, 4);
        n1 ^= x;
        n2 ^= y;
        cipher.macStep(n1, n2);
    }
    QByteArray mac(4, Qt::Uninitialized);
    std::memcpy(mac.data(), &n1, 4);
    return mac;
}

namespace {

const QString kOidIitKeyBits = QStringLiteral("1.3.6.1.4.1.19398.1.1.2.3");
const QString kOidIitCurve = QStringLiteral("1.3.6.1.4.1.19398.1.1.2.2");
const QString kOidIitKeyId = QStringLiteral("1.3.6.1.4.1.19398.1.1.2.1");       // of the first key
const QString kOidIitSecondKeyId = QStringLiteral("1.3.6.1.4.1.19398.1.1.2.5"); // of the second

// A PrivateKeyInfo's attributes by type: the first value of each.
QHash<QString, der::Element> attributesOf(const QList<der::Element> &privateKeyInfo)
{
    QHash<QString, der::Element> found;
    QList<der::Element> attributes;
    if (privateKeyInfo.size() < 4 || privateKeyInfo.last().tag != 0xa0
        || !der::children(privateKeyInfo.last().content, &attributes))
        return found;
    for (const der::Element &attribute : std::as_const(attributes)) {
        QList<der::Element> parts, values;
        if (children(attribute, der::kSequence, &parts) && parts.size() == 2 && parts.at(0).tag == der::kOid
            && children(parts.at(1), der::kSet, &values) && !values.isEmpty())
            found.insert(der::oid(parts.at(0).content), values.first());
    }
    return found;
}

// The key identifier IIT keeps for a key: GOST 34.311 of its public key's BIT STRING value (the
// compressed point's OCTET STRING), as subjectKeyIdentifier in Ukrainian certificates.
QByteArray publicKeyIdentifier(const Dstu4145Key &key)
{
    const QByteArray spki = key.subjectPublicKeyInfo();
    qsizetype pos = 0;
    der::Element top;
    QList<der::Element> parts;
    if (!der::read(spki, pos, &top) || !der::children(top.content, &parts) || parts.size() != 2 || parts.at(1).content.isEmpty())
        return {};
    return Gost34311::hash(parts.at(1).content.mid(1));
}

uint8_t reversedBits(uint8_t b)
{
    b = uint8_t((b & 0xf0) >> 4 | (b & 0x0f) << 4);
    b = uint8_t((b & 0xcc) >> 2 | (b & 0x33) << 2);
    return uint8_t((b & 0xaa) >> 1 | (b & 0x55) << 1);
}

QByteArray reversed(QByteArray bytes)
{
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

// The second key an IIT container keeps in its PrivateKeyInfo's attributes (the key-agreement
// key): its scalar as a BIT STRING, lowest bit first (…2.3), its curve as { { field, A, B, n,
// base point }, DKE… } with B and the point big-endian (…2.2). Put back together as an ordinary
// PrivateKeyInfo (little-endian numbers, as in certificates). Empty when there is none; nullopt
// when it is there but cannot be read.
std::optional<QByteArray> secondKeyInfo(const QHash<QString, der::Element> &attributes)
{
    const der::Element bitsElement = attributes.value(kOidIitKeyBits), curveElement = attributes.value(kOidIitCurve);
    if (bitsElement.tag == 0 && curveElement.tag == 0)
        return QByteArray();
    if (bitsElement.tag != 0x03 || curveElement.tag != der::kSequence)
        return std::nullopt;
    const QByteArray &bits = bitsElement.content, &curve = curveElement.content;
    QList<der::Element> spec, definition;
    if (bits.size() < 2 || !der::children(curve, &spec) || spec.isEmpty() || !children(spec.at(0), der::kSequence, &definition)
        || definition.size() != 5 || definition.at(2).tag != der::kOctetString || definition.at(4).tag != der::kOctetString)
        return std::nullopt;
    QByteArray dke;
    if (spec.size() > 1 && spec.at(1).tag == der::kOctetString)
        dke = spec.at(1).encoded;
    // The field: { m, k } or { m, { k1, k2, k3 } }; IIT writes a pentanomial's exponents from the
    // largest, certificates from the smallest.
    QList<der::Element> field, pentanomial;
    if (!children(definition.at(0), der::kSequence, &field) || field.size() != 2)
        return std::nullopt;
    QByteArray fieldDer = definition.at(0).encoded;
    if (children(field.at(1), der::kSequence, &pentanomial) && pentanomial.size() == 3) {
        std::sort(pentanomial.begin(), pentanomial.end(),
                  [](const der::Element &a, const der::Element &b) { return der::smallInteger(a) < der::smallInteger(b); });
        fieldDer = der::encode(
            der::kSequence,
            field.at(0).encoded
                + der::encode(der::kSequence, pentanomial.at(0).encoded + pentanomial.at(1).encoded + pentanomial.at(2).encoded));
    }
    const QByteArray explicitCurve =
        der::encode(der::kSequence,
                    fieldDer + definition.at(1).encoded + der::encode(der::kOctetString, reversed(definition.at(2).content))
                        + definition.at(3).encoded + der::encode(der::kOctetString, reversed(definition.at(4).content)));
    const QByteArray algorithm = der::encode(der::kSequence,
                                             der::objectIdentifier(QStringLiteral("1.2.804.2.1.1.1.1.3.1.1"))
                                                 + der::encode(der::kSequence, explicitCurve + dke));
    QByteArray scalar = bits.mid(1); // past the unused-bits count
    for (char &c : scalar)
        c = char(reversedBits(uint8_t(c)));
    QByteArray info =
        der::encode(der::kSequence, QByteArray::fromHex("020100") + algorithm + der::encode(der::kOctetString, scalar));
    Secret::wipe(scalar);
    return info;
}

} // namespace

Result<NationalKeyFile::Contents> NationalKeyFile::openIit(const QByteArray &data, const Secret &password)
{
    const auto damaged = [] {
        return Error{Error::Code::Corrupt, tr("The key file is damaged: its structure cannot be read."), {}};
    };
    der::Element store;
    QList<der::Element> top, crypt, params;
    if (!isIit(data) || !first(data, &store) || !children(store, der::kSequence, &top) || top.size() != 2
        || !children(top.at(0), der::kSequence, &crypt) || crypt.size() != 2 || !children(crypt.at(1), der::kSequence, &params)
        || params.isEmpty() || params.size() > 2 || params.at(0).tag != der::kOctetString || params.at(0).content.size() != 4
        || top.at(1).tag != der::kOctetString)
        return damaged();
    const QByteArray pad = params.size() > 1 ? params.at(1).content : QByteArray();
    QByteArray sealed = top.at(1).content + pad;
    if (pad.size() >= 8 || sealed.size() < 16 || sealed.size() % 8 != 0)
        return damaged();
    QByteArray typed(password.c_str(), password.size());
    QByteArray key = iitPasswordKey(typed);
    Secret::wipe(typed);
    Gost28147 cipher(Gost28147::dke1());
    cipher.setKey(reinterpret_cast<const uint8_t *>(key.constData()));
    QByteArray plain(sealed.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < sealed.size(); i += 8) { // ECB
        uint32_t n1, n2;
        std::memcpy(&n1, sealed.constData() + i, 4);
        std::memcpy(&n2, sealed.constData() + i + 4, 4);
        cipher.decrypt(n1, n2);
        std::memcpy(plain.data() + i, &n1, 4);
        std::memcpy(plain.data() + i + 4, &n2, 4);
    }
    plain.truncate(top.at(1).content.size());
    const bool macOk = gost28147Mac(key, plain) == params.at(0).content;
    Secret::wipe(key);
    Contents contents;
    Status status = [&]() -> Status {
        der::Element info;
        QList<der::Element> parts;
        const bool readable = first(plain, &info) && children(info, der::kSequence, &parts) && parts.size() >= 3;
        if (!macOk) {
            // The blocks are enciphered one by one: with the right password the first ones still
            // read as a key's header when later ones are damaged; with a wrong one nothing does.
            if (plain.startsWith(QByteArray::fromHex("3082")) && plain.mid(4, 4) == QByteArray::fromHex("02010030"))
                return damaged();
            return Error{Error::Code::Denied, tr("The password is wrong."), {}};
        }
        if (!readable)
            return damaged();
        auto key1 = Dstu4145Key::fromPrivateKeyInfo(info.encoded);
        if (!key1)
            return Error{Error::Code::Corrupt, tr("The key file is damaged: %1").arg(key1.error().message), {}};
        // Each key must have the public key its identifier names: a key decoded wrongly, or
        // damaged, is never handed on.
        const QHash<QString, der::Element> attributes = attributesOf(parts);
        const auto add = [&](Dstu4145Key found, const QString &idAttribute) -> Status {
            const QByteArray id = publicKeyIdentifier(found);
            const der::Element stored = attributes.value(idAttribute);
            if (stored.tag == der::kOctetString && stored.content != id)
                return damaged();
            contents.keys.push_back(Key{std::move(found), id});
            return {};
        };
        if (Status s = add(std::move(key1).value(), kOidIitKeyId); !s)
            return s;
        auto second = secondKeyInfo(attributes);
        if (!second)
            return damaged();
        if (!second->isEmpty()) {
            auto key2 = Dstu4145Key::fromPrivateKeyInfo(*second);
            Secret::wipe(*second);
            if (!key2)
                return Error{Error::Code::Corrupt, tr("The key file is damaged: %1").arg(key2.error().message), {}};
            if (Status s = add(std::move(key2).value(), kOidIitSecondKeyId); !s)
                return s;
        }
        return {};
    }();
    Secret::wipe(plain);
    if (!status)
        return status.error();
    return contents;
}

bool NationalKeyFile::isJks(const QByteArray &data)
{
    return data.startsWith(QByteArray::fromHex("feedfeed00000002"));
}

Result<NationalKeyFile::Contents> NationalKeyFile::openJks(const QByteArray &data, const Secret &password)
{
    const auto damaged = [] {
        return Error{Error::Code::Corrupt, tr("The key file is damaged: its structure cannot be read."), {}};
    };
    qsizetype pos = 8;
    auto u16 = [&](quint32 *out) {
        if (pos + 2 > data.size())
            return false;
        *out = quint32(uchar(data.at(pos))) << 8 | uchar(data.at(pos + 1));
        pos += 2;
        return true;
    };
    auto u32 = [&](quint32 *out) {
        if (pos + 4 > data.size())
            return false;
        *out = quint32(uchar(data.at(pos))) << 24 | quint32(uchar(data.at(pos + 1))) << 16 | quint32(uchar(data.at(pos + 2))) << 8
            | uchar(data.at(pos + 3));
        pos += 4;
        return true;
    };
    auto bytes = [&](quint32 n, QByteArray *out) {
        if (n > quint32(data.size() - pos))
            return false;
        *out = data.mid(pos, n);
        pos += n;
        return true;
    };
    if (!isJks(data))
        return damaged();
    quint32 count = 0;
    if (!u32(&count) || count > 1000)
        return damaged();
    // The key password as Java gives it to the KeyProtector: UTF-16 big-endian.
    const QString typed = QString::fromUtf8(password.c_str(), password.size());
    QByteArray utf16;
    for (QChar c : typed)
        utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
    Contents contents;
    bool anyKey = false;
    for (quint32 e = 0; e < count; ++e) {
        quint32 tag = 0, aliasLength = 0, keyLength = 0, chainLength = 0;
        QByteArray alias, encrypted;
        if (!u32(&tag) || !u16(&aliasLength) || !bytes(aliasLength, &alias) || pos + 8 > data.size())
            return damaged();
        pos += 8;       // the date
        if (tag == 2) { // a trusted certificate
            quint32 typeLength = 0, certLength = 0;
            QByteArray type, cert;
            if (!u16(&typeLength) || !bytes(typeLength, &type) || !u32(&certLength) || !bytes(certLength, &cert))
                return damaged();
            contents.certificates << cert;
            continue;
        }
        if (tag != 1 || !u32(&keyLength) || !bytes(keyLength, &encrypted) || !u32(&chainLength) || chainLength > 100)
            return damaged();
        QList<QByteArray> chain;
        for (quint32 c = 0; c < chainLength; ++c) {
            quint32 typeLength = 0, certLength = 0;
            QByteArray type, cert;
            if (!u16(&typeLength) || !bytes(typeLength, &type) || !u32(&certLength) || !bytes(certLength, &cert))
                return damaged();
            chain << cert;
        }
        // EncryptedPrivateKeyInfo { 1.3.6.1.4.1.42.2.17.1.1, salt(20) ‖ data ‖ check(20) }
        der::Element epki;
        QList<der::Element> parts, algorithm;
        if (!first(encrypted, &epki) || !children(epki, der::kSequence, &parts) || parts.size() != 2
            || !children(parts.at(0), der::kSequence, &algorithm) || algorithm.isEmpty() || parts.at(1).tag != der::kOctetString
            || parts.at(1).content.size() < 41)
            return damaged();
        if (der::oid(algorithm.first().content) != QLatin1String("1.3.6.1.4.1.42.2.17.1.1"))
            return unsupportedScheme();
        anyKey = true;
        const QByteArray &sealed = parts.at(1).content;
        const QByteArray salt = sealed.left(20), body = sealed.mid(20, sealed.size() - 40), check = sealed.right(20);
        QByteArray plain(body.size(), Qt::Uninitialized);
        QByteArray digest = salt;
        for (qsizetype i = 0; i < body.size(); i += 20) {
            digest = QCryptographicHash::hash(utf16 + digest, QCryptographicHash::Sha1);
            for (qsizetype j = 0; j < 20 && i + j < body.size(); ++j)
                plain[i + j] = char(body.at(i + j) ^ digest.at(j));
        }
        const bool right = QCryptographicHash::hash(utf16 + plain, QCryptographicHash::Sha1) == check;
        if (!right) {
            Secret::wipe(plain);
            Secret::wipe(utf16);
            return Error{Error::Code::Denied,
                         tr("The password is wrong. A Java key store has a password of its own and one for the key: "
                            "Kopii needs the key's."),
                         {}};
        }
        auto key = Dstu4145Key::fromPrivateKeyInfo(plain);
        Secret::wipe(plain);
        if (!key) {
            Secret::wipe(utf16);
            return key.error();
        }
        contents.keys.push_back(Key{std::move(key).value(), alias});
        contents.certificates << chain;
    }
    Secret::wipe(utf16);
    if (!anyKey)
        return Error{Error::Code::NotFound, tr("The key file holds no private key."), {}};
    return contents;
}

} // namespace kopii
