// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyFile.h"

#include "crypto/CryptoLog.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/NationalKeyFile.h"
#include "crypto/national/OpenSsl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>

#include <memory>

namespace kopii {

namespace {

constexpr qint64 kMaxKeyFile = 1024 * 1024;
// Rounds of password hashing a PKCS#12 file may ask for, for its MAC and for each encrypted part:
// real files use 2,000 to 600,000; a hostile count would hold Kopii for minutes.
constexpr long kMaxPkcs12Iterations = 10'000'000;

// Whether a password-based encryption algorithm (PBES1, or PBES2 with PBKDF2 or scrypt) asks for
// no more work than Kopii accepts. Unknown algorithms pass: OpenSSL refuses them itself.
bool pbeWithinLimits(const X509_ALGOR *algorithm)
{
    const ASN1_OBJECT *oid = nullptr;
    int type = 0;
    const void *value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, algorithm);
    if (type != V_ASN1_SEQUENCE || !value)
        return true;
    ASN1_TYPE parameter;
    parameter.type = V_ASN1_SEQUENCE;
    parameter.value.sequence = const_cast<ASN1_STRING *>(static_cast<const ASN1_STRING *>(value));
    const auto within = [](const ASN1_INTEGER *count) {
        if (!count)
            return true;
        const long n = ASN1_INTEGER_get(count);
        return n >= 0 && n <= kMaxPkcs12Iterations;
    };
    if (OBJ_obj2nid(oid) != NID_pbes2) {
        std::unique_ptr<PBEPARAM, decltype(&PBEPARAM_free)> pbe(
            static_cast<PBEPARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), &parameter)), PBEPARAM_free);
        ERR_clear_error();
        return !pbe || within(pbe->iter);
    }
    std::unique_ptr<PBE2PARAM, decltype(&PBE2PARAM_free)> pbes2(
        static_cast<PBE2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), &parameter)), PBE2PARAM_free);
    if (!pbes2 || !pbes2->keyfunc || !pbes2->keyfunc->parameter) {
        ERR_clear_error();
        return true;
    }
    const int kdf = OBJ_obj2nid(pbes2->keyfunc->algorithm);
    if (kdf == NID_id_pbkdf2) {
        std::unique_ptr<PBKDF2PARAM, decltype(&PBKDF2PARAM_free)> params(
            static_cast<PBKDF2PARAM *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbes2->keyfunc->parameter)),
            PBKDF2PARAM_free);
        ERR_clear_error();
        return !params || within(params->iter);
    }
    if (kdf == NID_id_scrypt) {
        std::unique_ptr<SCRYPT_PARAMS, decltype(&SCRYPT_PARAMS_free)> params(
            static_cast<SCRYPT_PARAMS *>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbes2->keyfunc->parameter)),
            SCRYPT_PARAMS_free);
        ERR_clear_error();
        if (!params)
            return true;
        // N up to 2^20 (1 GiB with r = 8 is scrypt's own ceiling), r and p small.
        const long n = ASN1_INTEGER_get(params->costParameter), r = ASN1_INTEGER_get(params->blockSize),
                   p = ASN1_INTEGER_get(params->parallelizationParameter);
        return n > 0 && n <= (1L << 20) && r > 0 && r <= 32 && p > 0 && p <= 16;
    }
    return true;
}

// Every encrypted part of a PKCS#12 file within the limits, nested ones too: the parts inside an
// encrypted safe are looked at after decrypting it (at a cost already checked). False names the
// file as too costly; a wrong password or a damaged part is left for PKCS12_parse to report.
bool bagsWithinLimits(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth = 0)
{
    if (depth > 4)
        return false;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int nid = PKCS12_SAFEBAG_get_nid(bag);
        if (nid == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            if (algorithm && !pbeWithinLimits(algorithm))
                return false;
        } else if (nid == NID_safeContentsBag && !bagsWithinLimits(PKCS12_SAFEBAG_get0_safes(bag), depth + 1)) {
            return false;
        }
    }
    return true;
}

bool pkcs12WithinLimits(PKCS12 *p12, const Secret &password)
{
    std::unique_ptr<STACK_OF(PKCS7), void (*)(STACK_OF(PKCS7) *)> safes(
        PKCS12_unpack_authsafes(p12), [](STACK_OF(PKCS7) * s) { sk_PKCS7_pop_free(s, PKCS7_free); });
    if (!safes) {
        ERR_clear_error();
        return true;
    }
    const auto freeBags = [](STACK_OF(PKCS12_SAFEBAG) * s) { sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free); };
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes.get(), i);
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), decltype(freeBags)> bags(nullptr, freeBags);
        const int type = OBJ_obj2nid(safe->type);
        if (type == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(safe));
        } else if (type == NID_pkcs7_encrypted) {
            if (!safe->d.encrypted || !safe->d.encrypted->enc_data || !safe->d.encrypted->enc_data->algorithm)
                continue;
            if (!pbeWithinLimits(safe->d.encrypted->enc_data->algorithm))
                return false;
            bags.reset(PKCS12_unpack_p7encdata(safe, password.c_str(), int(password.size())));
        }
        ERR_clear_error();
        if (bags && !bagsWithinLimits(bags.get()))
            return false;
    }
    return true;
}

// What every key from a file has: its certificate, the others the file carries, the file's name.
class FileSigner : public Signer
{
public:
    FileSigner(Certificate cert, QList<Certificate> chain, QString name)
        : m_cert(std::move(cert)), m_chain(std::move(chain)), m_name(std::move(name))
    {
    }
    Certificate certificate() const override { return m_cert; }
    QList<Certificate> chain() const override { return m_chain; }
    QString description() const override { return KeyFile::tr("Key file %1").arg(m_name); }

private:
    Certificate m_cert;
    QList<Certificate> m_chain;
    QString m_name;
};

class Pkcs12Signer final : public FileSigner
{
public:
    Pkcs12Signer(ossl::PKey key, Certificate cert, QList<Certificate> chain, QString name)
        : FileSigner(std::move(cert), std::move(chain), std::move(name)), m_key(std::move(key))
    {
    }
    EVP_PKEY *privateKey() override { return m_key.get(); }

private:
    ossl::PKey m_key;
};

// A DSTU 4145 key from a national container. OpenSSL cannot hold the key (privateKey() is
// null); signData() signs with Kopii's own DSTU code.
class NationalSigner final : public FileSigner
{
public:
    NationalSigner(Dstu4145Key key, Certificate cert, QList<Certificate> chain, QString name)
        : FileSigner(std::move(cert), std::move(chain), std::move(name)), m_key(std::move(key))
    {
    }
    EVP_PKEY *privateKey() override { return nullptr; }
    bool signsWithDstu() const override { return true; }
    // With the hash of the key's era (Kupyna when its issuer signs with Kupyna).
    Result<QByteArray> signData(const QByteArray &data) override
    {
        return m_key.sign(data, national::hashForCertificate(certificate().der()));
    }

private:
    Dstu4145Key m_key;
};

// Certificates saved next to a key file (.cer, .crt, .der, .pem): providers hand out a container
// with its certificates beside it.
QList<Certificate> certificatesBeside(const QString &keyPath)
{
    QList<Certificate> found;
    const QFileInfoList files = QFileInfo(keyPath).dir().entryInfoList(
        {QStringLiteral("*.cer"), QStringLiteral("*.crt"), QStringLiteral("*.der"), QStringLiteral("*.pem")}, QDir::Files);
    for (const QFileInfo &f : files) {
        if (f.size() > 64 * 1024)
            continue;
        if (const auto certs = Certificate::loadFile(f.filePath()))
            found << *certs;
    }
    return found;
}

Result<std::unique_ptr<Signer>> openNational(const QByteArray &data, const QString &name, const Secret &password,
                                             const QList<Certificate> &beside)
{
    auto contents = NationalKeyFile::isJks(data) ? NationalKeyFile::openJks(data, password)
        : NationalKeyFile::isIit(data)           ? NationalKeyFile::openIit(data, password)
                                                 : NationalKeyFile::openPkcs12(data, password);
    if (!contents) {
        const Error e = contents.error();
        return Error{e.code, KeyFile::tr("%1: %2").arg(name, e.message), {}};
    }
    QList<Certificate> candidates;
    for (const QByteArray &der : contents->certificates)
        if (const auto c = Certificate::fromDer(der))
            candidates << *c;
    candidates << beside;
    // The signing key: the one whose certificate is meant for signatures (a container also holds
    // a key-agreement key).
    for (NationalKeyFile::Key &k : contents.value().keys) {
        for (const Certificate &c : std::as_const(candidates)) {
            const auto certKey = Dstu4145Key::ofCertificate(c.der());
            if (!certKey || !k.key.samePublicKey(**certKey) || !c.info().canSign())
                continue;
            QList<Certificate> chain;
            for (const Certificate &other : std::as_const(candidates))
                if (!(other == c) && other.info().isCa)
                    chain << other;
            std::unique_ptr<Signer> signer = std::make_unique<NationalSigner>(std::move(k.key), c, chain, name);
            return signer;
        }
    }
    return Error{Error::Code::NotFound,
                 KeyFile::tr("%1 holds DSTU keys but no certificate for signing with them. Put the certificate file "
                             "(.cer) your provider gave you next to the key file.")
                     .arg(name),
                 {}};
}

bool mentionsNationalAlgorithms(const QByteArray &data)
{
    // OID arc 1.2.804.2.1.1.1 (Ukrainian cryptography) in DER.
    return data.contains(QByteArray::fromHex("2a862402010101"));
}

// Containers Kopii opens with its own national code: PKCS#12 with GOST algorithms, PrivatBank's
// JKS with DSTU keys, IIT's Key-6.dat (wholly encrypted, so known by its header alone).
bool isNationalContainer(const QByteArray &data)
{
    return NationalKeyFile::isNationalPkcs12(data) || NationalKeyFile::isIit(data)
        || (NationalKeyFile::isJks(data) && mentionsNationalAlgorithms(data));
}

} // namespace

Result<std::unique_ptr<Signer>> KeyFile::open(const QString &path, const Secret &password)
{
    QFile file(path);
    if (!file.exists())
        return Error{Error::Code::NotFound, tr("The key file %1 does not exist.").arg(path), {}};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read the key file %1: %2.").arg(path, file.errorString()), {}};
    if (file.size() > kMaxKeyFile)
        return Error{Error::Code::Validation, tr("%1 is too large to be a key file.").arg(path), {}};
    const QByteArray data = file.readAll();
    if (isNationalContainer(data))
        return openNational(data, QFileInfo(path).fileName(), password, certificatesBeside(path));
    return openData(data, QFileInfo(path).fileName(), password);
}

Result<std::unique_ptr<Signer>> KeyFile::openData(const QByteArray &data, const QString &name, const Secret &password)
{
    ossl::ensureProviders();
    if (isNationalContainer(data))
        return openNational(data, name, password, {});
    if (data.startsWith(QByteArray::fromHex("feedfeed")))
        return Error{Error::Code::Validation,
                     tr("%1 is a Java key store (JKS). This version of Kopii opens PKCS#12 files (.p12, .pfx) "
                        "and tokens; ask your provider for a PKCS#12 copy of the key.")
                         .arg(name),
                     {}};
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    if (!p12) {
        ossl::clearErrors();
        return Error{Error::Code::Validation,
                     tr("%1 is not a key file Kopii can open. It opens PKCS#12 files (.p12, .pfx), the .jks "
                        "files of Ukrainian providers and IIT key files (Key-6.dat).")
                         .arg(name),
                     {}};
    }
    // The MAC's iteration count comes from the file: a hostile one would hold Kopii for minutes.
    if (PKCS12_mac_present(p12.get())) {
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        if (iterations && ASN1_INTEGER_get(iterations) > kMaxPkcs12Iterations) {
            ossl::clearErrors();
            return Error{Error::Code::Validation,
                         tr("%1 asks for more rounds of password hashing than Kopii accepts; it may be damaged.").arg(name),
                         {}};
        }
    }
    if (PKCS12_mac_present(p12.get()) && PKCS12_verify_mac(p12.get(), password.c_str(), int(password.size())) != 1) {
        ossl::clearErrors();
        if (mentionsNationalAlgorithms(data))
            return Error{Error::Code::Validation,
                         tr("%1 is protected with Ukrainian national algorithms (DSTU/GOST), which this version "
                            "of Kopii cannot open yet.")
                             .arg(name),
                         {}};
        return Error{Error::Code::Validation, tr("The password for %1 is wrong.").arg(name), {}};
    }
    // So do the file's encrypted parts (OpenSSL would run them unchecked inside PKCS12_parse).
    if (!pkcs12WithinLimits(p12.get(), password)) {
        ossl::clearErrors();
        return Error{Error::Code::Validation,
                     tr("%1 asks for more rounds of password hashing than Kopii accepts; it may be damaged.").arg(name),
                     {}};
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    const int parsed = PKCS12_parse(p12.get(), password.c_str(), &rawKey, &rawCert, &rawCa);
    ossl::PKey key(rawKey);
    ossl::X509Ptr cert(rawCert);
    ossl::X509Stack ca(rawCa);
    if (parsed != 1) {
        const QString reason = ossl::lastError();
        if (mentionsNationalAlgorithms(data))
            return Error{Error::Code::Validation,
                         tr("%1 uses Ukrainian national algorithms (DSTU/GOST), which this version of Kopii "
                            "cannot open yet.")
                             .arg(name),
                         {}};
        qCInfo(lcToken) << "PKCS#12 parse failed:" << reason;
        return Error{Error::Code::Validation, tr("%1 could not be opened: %2.").arg(name, reason), {}, reason};
    }
    if (!key)
        return Error{Error::Code::Validation, tr("%1 holds no private key.").arg(name), {}};
    if (!cert)
        return Error{Error::Code::Validation,
                     tr("%1 holds a key but not its certificate; add the certificate to the file.").arg(name),
                     {}};
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ossl::clearErrors();
        return Error{Error::Code::Validation, tr("In %1 the certificate does not belong to the key.").arg(name), {}};
    }
    QList<Certificate> chain;
    for (int i = 0; i < sk_X509_num(ca.get()); ++i)
        chain << Certificate::fromX509(sk_X509_value(ca.get(), i));
    std::unique_ptr<Signer> signer =
        std::make_unique<Pkcs12Signer>(std::move(key), Certificate::fromX509(cert.get()), chain, name);
    return signer;
}

Result<std::unique_ptr<Signer>> KeyFile::fromNationalKey(const QByteArray &privateKeyInfo, const QByteArray &certificate,
                                                         const QString &name)
{
    auto key = Dstu4145Key::fromPrivateKeyInfo(privateKeyInfo);
    if (!key)
        return key.error();
    const auto cert = Certificate::fromDer(certificate);
    if (!cert)
        return cert.error();
    const auto certKey = Dstu4145Key::ofCertificate(cert->der());
    if (!certKey || !key->samePublicKey(**certKey))
        return Error{Error::Code::Validation, tr("In %1 the certificate does not belong to the key.").arg(name), {}};
    std::unique_ptr<Signer> signer = std::make_unique<NationalSigner>(std::move(key).value(), *cert, QList<Certificate>{}, name);
    return signer;
}

} // namespace kopii
