#include "KeyFile.h"

#include "CryptoLog.h"
#include "Dstu4145.h"
#include "NationalKeyFile.h"
#include "OpenSsl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kopii {

namespace {

constexpr qint64 kMaxKeyFile = 1024 * 1024;

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
    auto contents = NationalKeyFile::isJks(data)   ? NationalKeyFile::openJks(data, password)
                    : NationalKeyFile::isIit(data) ? NationalKeyFile::openIit(data, password)
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
                             "(.cer) your provider gave you next to the key file.").arg(name),
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
                        "and tokens; ask your provider for a PKCS#12 copy of the key.").arg(name), {}};
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    if (!p12) {
        ossl::clearErrors();
        return Error{Error::Code::Validation,
                     tr("%1 is not a key file Kopii can open. It opens PKCS#12 files (.p12, .pfx), the .jks "
                        "files of Ukrainian providers and IIT key files (Key-6.dat).").arg(name), {}};
    }
    // The MAC's iteration count comes from the file: a hostile one would hold Kopii for minutes.
    if (PKCS12_mac_present(p12.get())) {
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        if (iterations && ASN1_INTEGER_get(iterations) > 10'000'000) {
            ossl::clearErrors();
            return Error{Error::Code::Validation,
                         tr("%1 asks for more rounds of password hashing than Kopii accepts; it may be damaged.").arg(name), {}};
        }
    }
    if (PKCS12_mac_present(p12.get()) && PKCS12_verify_mac(p12.get(), password.c_str(), int(password.size())) != 1) {
        ossl::clearErrors();
        if (mentionsNationalAlgorithms(data))
            return Error{Error::Code::Validation,
                         tr("%1 is protected with Ukrainian national algorithms (DSTU/GOST), which this version "
                            "of Kopii cannot open yet.").arg(name), {}};
        return Error{Error::Code::Validation, tr("The password for %1 is wrong.").arg(name), {}};
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
                            "cannot open yet.").arg(name), {}};
        qCInfo(lcToken) << "PKCS#12 parse failed:" << reason;
        return Error{Error::Code::Validation, tr("%1 could not be opened: %2.").arg(name, reason), {}};
    }
    if (!key)
        return Error{Error::Code::Validation, tr("%1 holds no private key.").arg(name), {}};
    if (!cert)
        return Error{Error::Code::Validation,
                     tr("%1 holds a key but not its certificate; add the certificate to the file.").arg(name), {}};
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
