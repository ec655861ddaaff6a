// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Pkcs11Token.h"

#include "crypto/CryptoLog.h"
#include "crypto/national/Dstu4145.h"
#include "crypto/national/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <libp11.h>

#define CK_PTR *
#define CK_DECLARE_FUNCTION(returnType, name) returnType name
#define CK_DECLARE_FUNCTION_POINTER(returnType, name) returnType(*name)
#define CK_CALLBACK_FUNCTION(returnType, name) returnType(*name)
#include <p11-kit/pkcs11.h>

#include <openssl/err.h>

#include <atomic>

namespace kopii {

struct Pkcs11Module::Private
{
    PKCS11_CTX *ctx = nullptr;
    bool loaded = false;
    PKCS11_SLOT *slots = nullptr;
    unsigned int slotCount = 0;
    QLibrary library; // the same module, for C_GetTokenInfo (PIN lengths, fresh flags)
    CK_FUNCTION_LIST_PTR functions = nullptr;
    std::atomic<int> liveSigners{0};
};

namespace {

QString trimmed(const char *text)
{
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

QString paddedText(const unsigned char *text, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(size)).trimmed();
}

// The PKCS#11 return value libp11 left in the OpenSSL error queue, 0 if none.
unsigned long lastCkr()
{
    unsigned long code = 0;
    unsigned long ckr = 0;
    while ((code = ERR_get_error()) != 0) {
        const unsigned long reason = ERR_GET_REASON(code);
        if (reason == CKR_PIN_INCORRECT || reason == CKR_PIN_LOCKED || reason == CKR_PIN_LEN_RANGE || reason == CKR_PIN_INVALID
            || reason == CKR_PIN_EXPIRED || reason == CKR_DEVICE_REMOVED || reason == CKR_TOKEN_NOT_PRESENT
            || reason == CKR_FUNCTION_CANCELED || reason == CKR_USER_ALREADY_LOGGED_IN)
            ckr = reason;
    }
    return ckr;
}

// A key on a logged-in token: the module kept loaded, the token logged out when the signer goes
// (after the derived signer let go of its key or session).
class TokenSigner : public Signer
{
public:
    TokenSigner(std::shared_ptr<Pkcs11Module> module, Pkcs11Module::Private *d, PKCS11_SLOT *slot, Certificate cert,
                QString tokenName)
        : m_module(std::move(module)), m_d(d), m_slot(slot), m_cert(std::move(cert)), m_tokenName(std::move(tokenName))
    {
        ++m_d->liveSigners;
    }
    ~TokenSigner() override
    {
        if (isPresent())
            PKCS11_logout(m_slot);
        ossl::clearErrors();
        --m_d->liveSigners;
    }
    Certificate certificate() const override { return m_cert; }
    QString description() const override { return Pkcs11Module::tr("Token %1").arg(m_tokenName); }
    bool isPresent() const override
    {
        int loggedIn = 0;
        const bool ok = PKCS11_is_logged_in(m_slot, 0, &loggedIn) == 0 && loggedIn == 1;
        ossl::clearErrors();
        return ok;
    }

protected:
    std::shared_ptr<Pkcs11Module> m_module; // keeps the module loaded
    Pkcs11Module::Private *m_d;
    PKCS11_SLOT *m_slot;
    Certificate m_cert;
    QString m_tokenName;
};

// An RSA or ECDSA key, which libp11 hands to OpenSSL.
class Pkcs11Signer final : public TokenSigner
{
public:
    Pkcs11Signer(std::shared_ptr<Pkcs11Module> module, Pkcs11Module::Private *d, PKCS11_SLOT *slot, EVP_PKEY *key,
                 Certificate cert, QString tokenName)
        : TokenSigner(std::move(module), d, slot, std::move(cert), std::move(tokenName)), m_key(key)
    {
    }
    EVP_PKEY *privateKey() override { return m_key.get(); }

private:
    ossl::PKey m_key;
};

// DSTU 4145 signing mechanisms of Ukrainian tokens, in the order Kopii prefers them: IIT's
// vendor mechanism over a hash (CKM_VENDOR_DEFINED | 0x420031), PKCS#11 3.1's CKM_DSTU4145 over a
// hash, and IIT's mechanism that hashes with GOST 34.311 itself (| 0x420032).
constexpr CK_MECHANISM_TYPE kIitDstu4145 = CKM_VENDOR_DEFINED | 0x420031;
constexpr CK_MECHANISM_TYPE kDstu4145 = 0x352;
constexpr CK_MECHANISM_TYPE kIitGost34311Dstu4145 = CKM_VENDOR_DEFINED | 0x420032;

// A DSTU 4145 key on a token, which libp11 and OpenSSL cannot drive: its own session, C_Sign
// with the token's DSTU mechanism. What the token returns is checked against the certificate's
// key before it is used (little-endian r‖s as Ukrainian signatures carry it, or big-endian halves,
// turned around); a signature that does not verify is never handed on.
class Pkcs11NationalSigner final : public TokenSigner
{
public:
    Pkcs11NationalSigner(std::shared_ptr<Pkcs11Module> module, Pkcs11Module::Private *d, PKCS11_SLOT *slot,
                         CK_SESSION_HANDLE session, CK_OBJECT_HANDLE key, CK_MECHANISM_TYPE mechanism, Certificate cert,
                         std::shared_ptr<const Dstu4145Key> publicKey, QString tokenName)
        : TokenSigner(std::move(module), d, slot, std::move(cert), std::move(tokenName)), m_session(session), m_key(key),
          m_mechanism(mechanism), m_publicKey(std::move(publicKey))
    {
    }
    ~Pkcs11NationalSigner() override { m_d->functions->C_CloseSession(m_session); }
    EVP_PKEY *privateKey() override { return nullptr; }
    bool signsWithDstu() const override { return true; }
    Result<QByteArray> signData(const QByteArray &data) override
    {
        const NationalHash hash = national::hashForCertificate(m_cert.der());
        if (m_mechanism == kIitGost34311Dstu4145 && hash != NationalHash::Gost34311)
            return Error{Error::Code::Validation,
                         Pkcs11Module::tr("The token %1 signs only with GOST 34.311, but this key's certificate asks for %2.")
                             .arg(m_tokenName, national::hashName(hash)),
                         {}};
        const QByteArray digest = m_publicKey->digest(data, hash);
        QByteArray input = m_mechanism == kIitGost34311Dstu4145 ? data : digest;
        CK_MECHANISM mechanism{m_mechanism, nullptr, 0};
        CK_RV rv = m_d->functions->C_SignInit(m_session, &mechanism, m_key);
        CK_ULONG size = 0;
        if (rv == CKR_OK)
            rv = m_d->functions->C_Sign(m_session, reinterpret_cast<CK_BYTE_PTR>(input.data()), CK_ULONG(input.size()), nullptr,
                                        &size);
        QByteArray signature(qsizetype(size), '\0');
        if (rv == CKR_OK && size > 0 && size <= 256)
            rv = m_d->functions->C_Sign(m_session, reinterpret_cast<CK_BYTE_PTR>(input.data()), CK_ULONG(input.size()),
                                        reinterpret_cast<CK_BYTE_PTR>(signature.data()), &size);
        else if (rv == CKR_OK)
            rv = CKR_GENERAL_ERROR;
        if (rv != CKR_OK) {
            qCInfo(lcToken) << "token DSTU signing refused, CKR" << Qt::hex << rv;
            return Error{Error::Code::Io, Pkcs11Module::tr("The token %1 refused to sign.").arg(m_tokenName), {}};
        }
        signature.truncate(qsizetype(size));
        if (m_publicKey->verifyHash(digest, signature))
            return signature;
        QByteArray turned = signature; // big-endian halves: each turned around
        const qsizetype half = turned.size() / 2;
        std::reverse(turned.begin(), turned.begin() + half);
        std::reverse(turned.begin() + half, turned.end());
        if (m_publicKey->verifyHash(digest, turned))
            return turned;
        return Error{Error::Code::Validation,
                     Pkcs11Module::tr("The token %1 returned a DSTU signature that does not match its certificate: "
                                      "nothing was signed.")
                         .arg(m_tokenName),
                     {}};
    }

private:
    CK_SESSION_HANDLE m_session;
    CK_OBJECT_HANDLE m_key;
    CK_MECHANISM_TYPE m_mechanism;
    std::shared_ptr<const Dstu4145Key> m_publicKey;
};

} // namespace

QString PinState::warning() const
{
    if (locked)
        return Pkcs11Module::tr("The PIN is locked after too many wrong tries. Unlock it with the PUK code, "
                                "or ask the provider that issued the token.");
    if (finalTry)
        return Pkcs11Module::tr("Last try: one more wrong PIN locks the token.");
    if (countLow)
        return Pkcs11Module::tr("A wrong PIN was entered before; few tries remain before the token locks.");
    if (toBeChanged)
        return Pkcs11Module::tr("The token asks for its PIN to be changed; change it with the provider's program.");
    return {};
}

QString TokenInfo::displayName() const
{
    QString name = QStringLiteral("«%1»").arg(label.isEmpty() ? slotDescription : label);
    if (!model.isEmpty())
        name += QStringLiteral(" (%1)").arg(model);
    return name;
}

Pkcs11Module::Pkcs11Module() : d(std::make_unique<Private>()) {}

Pkcs11Module::~Pkcs11Module()
{
    if (d->slots)
        PKCS11_release_all_slots(d->ctx, d->slots, d->slotCount);
    if (d->loaded)
        PKCS11_CTX_unload(d->ctx);
    if (d->ctx)
        PKCS11_CTX_free(d->ctx);
    d->library.unload();
    ossl::clearErrors();
}

QString Pkcs11Module::defaultModulePath()
{
    const QStringList candidates = {
#ifdef Q_OS_WIN
        QStringLiteral("C:/Windows/System32/opensc-pkcs11.dll"),
#else
        QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
        QStringLiteral("/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so"),
        QStringLiteral("/usr/lib64/opensc-pkcs11.so"),
        QStringLiteral("/usr/lib/opensc-pkcs11.so"),
#endif
    };
    for (const QString &path : candidates)
        if (QFileInfo::exists(path))
            return path;
    return {};
}

CancelToken Pkcs11Module::startScan(QObject *owner, const QString &path, std::function<void(Result<Scan>)> done)
{
    return Jobs::run(
        owner,
        [path](const CancelToken &cancel) -> Result<Scan> {
            auto module = load(path);
            if (!module)
                return module.error();
            Scan scan;
            scan.module = *module;
            auto tokens = scan.module->tokens();
            if (!tokens)
                return tokens.error();
            scan.tokens = *tokens;
            for (const TokenInfo &t : std::as_const(scan.tokens))
                if (!cancel.cancelled())
                    scan.certificates.append(scan.module->certificates(t));
            return scan;
        },
        std::move(done));
}

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString &path)
{
    if (path.isEmpty())
        return Error{Error::Code::NotFound,
                     tr("No PKCS#11 module is configured. Install OpenSC or your token vendor's software and "
                        "choose its module (a .so or .dll file)."),
                     {}};
    if (!QFileInfo::exists(path))
        return Error{Error::Code::NotFound, tr("The PKCS#11 module %1 does not exist.").arg(path), {}};
    std::shared_ptr<Pkcs11Module> module(new Pkcs11Module);
    module->m_path = path;
    module->d->ctx = PKCS11_CTX_new();
    if (!module->d->ctx)
        return Error{Error::Code::Internal, tr("libp11 could not start."), {}};
    if (PKCS11_CTX_load(module->d->ctx, QFile::encodeName(path).constData()) != 0) {
        const QString reason = ossl::lastError();
        qCWarning(lcToken) << "cannot load PKCS#11 module" << path << reason;
        return Error{Error::Code::Io,
                     tr("The PKCS#11 module %1 could not be loaded (%2). Is it a PKCS#11 library for this "
                        "computer?")
                         .arg(path, reason.isEmpty() ? tr("unknown error") : reason),
                     {},
                     reason};
    }
    module->d->loaded = true;
    module->d->library.setFileName(path);
    if (module->d->library.load()) {
        auto getList = reinterpret_cast<CK_RV (*)(CK_FUNCTION_LIST_PTR_PTR)>(module->d->library.resolve("C_GetFunctionList"));
        if (!getList || getList(&module->d->functions) != CKR_OK)
            module->d->functions = nullptr;
    }
    qCInfo(lcToken) << "loaded PKCS#11 module" << path;
    return module;
}

Status Pkcs11Module::refreshPinState(TokenInfo &token)
{
    if (!d->functions)
        return {};
    CK_TOKEN_INFO info = {};
    const CK_RV rv = d->functions->C_GetTokenInfo(token.slotId, &info);
    if (rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_DEVICE_REMOVED)
        return Error{Error::Code::NotFound, tr("The token %1 has been removed.").arg(token.displayName()), {}};
    if (rv != CKR_OK)
        return {};
    token.pin.protectedPath = info.flags & CKF_PROTECTED_AUTHENTICATION_PATH;
    token.pin.countLow = info.flags & CKF_USER_PIN_COUNT_LOW;
    token.pin.finalTry = info.flags & CKF_USER_PIN_FINAL_TRY;
    token.pin.locked = info.flags & CKF_USER_PIN_LOCKED;
    token.pin.toBeChanged = info.flags & CKF_USER_PIN_TO_BE_CHANGED;
    token.loginRequired = info.flags & CKF_LOGIN_REQUIRED;
    // Some modules report 0 or ~0 for "no limit".
    token.pin.minLength = info.ulMinPinLen < 256 ? int(info.ulMinPinLen) : 0;
    token.pin.maxLength = info.ulMaxPinLen > 0 && info.ulMaxPinLen < 256 ? int(info.ulMaxPinLen) : 0;
    token.label = paddedText(info.label, sizeof info.label);
    token.model = paddedText(info.model, sizeof info.model);
    return {};
}

Result<QList<TokenInfo>> Pkcs11Module::tokens()
{
    if (d->liveSigners == 0 || !d->slots) {
        // Nobody holds keys of the old slot list: read the slots again (tokens come and go).
        if (d->slots)
            PKCS11_release_all_slots(d->ctx, d->slots, d->slotCount);
        d->slots = nullptr;
        d->slotCount = 0;
        if (PKCS11_enumerate_slots(d->ctx, &d->slots, &d->slotCount) != 0) {
            const QString reason = ossl::lastError(tr("unknown error"));
            return Error{Error::Code::Io, tr("The readers of %1 could not be listed: %2.").arg(m_path, reason), {}};
        }
    }
    QList<TokenInfo> list;
    for (unsigned int i = 0; i < d->slotCount; ++i) {
        PKCS11_SLOT *slot = d->slots + i;
        if (!slot->token || !slot->token->initialized)
            continue;
        TokenInfo t;
        t.slotIndex = int(i);
        t.slotId = PKCS11_get_slotid_from_slot(slot);
        t.slotDescription = trimmed(slot->description);
        t.label = trimmed(slot->token->label);
        t.manufacturer = trimmed(slot->token->manufacturer);
        t.model = trimmed(slot->token->model);
        t.serial = trimmed(slot->token->serialnr);
        t.loginRequired = slot->token->loginRequired;
        t.pin.protectedPath = slot->token->secureLogin;
        t.pin.countLow = slot->token->userPinCountLow;
        t.pin.finalTry = slot->token->userPinFinalTry;
        t.pin.locked = slot->token->userPinLocked;
        t.pin.toBeChanged = slot->token->userPinToBeChanged;
        (void)refreshPinState(t);
        list << t;
    }
    ossl::clearErrors();
    return list;
}

Result<QList<TokenCertificate>> Pkcs11Module::certificates(const TokenInfo &token)
{
    if (token.slotIndex < 0 || unsigned(token.slotIndex) >= d->slotCount || !d->slots[token.slotIndex].token)
        return Error{Error::Code::NotFound, tr("The token %1 is no longer there.").arg(token.displayName()), {}};
    PKCS11_CERT *certs = nullptr;
    unsigned int count = 0;
    if (PKCS11_enumerate_certs(d->slots[token.slotIndex].token, &certs, &count) != 0) {
        const QString reason = ossl::lastError(tr("unknown error"));
        return Error{Error::Code::Io, tr("The certificates on %1 could not be read: %2.").arg(token.displayName(), reason), {}};
    }
    QList<TokenCertificate> list;
    for (unsigned int i = 0; i < count; ++i) {
        if (!certs[i].x509)
            continue;
        list << TokenCertificate{Certificate::fromX509(certs[i].x509),
                                 QByteArray(reinterpret_cast<const char *>(certs[i].id), qsizetype(certs[i].id_len)),
                                 trimmed(certs[i].label)};
    }
    return list;
}

Result<std::unique_ptr<Signer>> Pkcs11Module::login(const TokenInfo &tokenIn, const QByteArray &certificateId, const Secret &pin)
{
    TokenInfo token = tokenIn;
    if (token.slotIndex < 0 || unsigned(token.slotIndex) >= d->slotCount || !d->slots[token.slotIndex].token
        || PKCS11_get_slotid_from_slot(d->slots + token.slotIndex) != token.slotId)
        return Error{Error::Code::NotFound, tr("The token %1 is no longer there.").arg(token.displayName()), {}};
    PKCS11_SLOT *slot = d->slots + token.slotIndex;
    if (Status s = refreshPinState(token); !s)
        return s.error();
    if (token.pin.locked)
        return Error{Error::Code::Validation, token.pin.warning(), {}};
    if (!token.pin.protectedPath) {
        if (pin.isEmpty())
            return Error{Error::Code::Validation, tr("Enter the PIN of the token %1.").arg(token.displayName()), {}};
        const int length = int(QString::fromUtf8(pin.c_str()).size());
        if ((token.pin.minLength > 0 && length < token.pin.minLength)
            || (token.pin.maxLength > 0 && length > token.pin.maxLength))
            return Error{Error::Code::Validation,
                         tr("The PIN of this token has %1 to %2 characters; the one entered has %3. "
                            "Nothing was sent to the token.")
                             .arg(token.pin.minLength)
                             .arg(token.pin.maxLength)
                             .arg(length),
                         {}};
    }

    // Find the certificate first: no PIN is spent on a token without the chosen certificate.
    Certificate cert;
    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) == 0) {
        for (unsigned int i = 0; i < certCount; ++i) {
            if (QByteArray(reinterpret_cast<const char *>(certs[i].id), qsizetype(certs[i].id_len)) == certificateId
                && certs[i].x509)
                cert = Certificate::fromX509(certs[i].x509);
        }
    }
    ossl::clearErrors();
    if (cert.isNull())
        return Error{Error::Code::NotFound, tr("The chosen certificate is not on the token %1.").arg(token.displayName()), {}};

    int loggedIn = 0;
    if (PKCS11_is_logged_in(slot, 0, &loggedIn) != 0 || !loggedIn) {
        const int rc = PKCS11_login(slot, 0, token.pin.protectedPath ? nullptr : pin.c_str());
        if (rc != 0) {
            const unsigned long ckr = lastCkr();
            ossl::clearErrors();
            (void)refreshPinState(token);
            QString message;
            switch (ckr) {
            case CKR_PIN_INCORRECT:
            case CKR_PIN_INVALID: message = tr("The PIN is wrong."); break;
            case CKR_PIN_LEN_RANGE: message = tr("The token does not accept a PIN of this length."); break;
            case CKR_PIN_LOCKED: message = tr("The PIN is locked."); break;
            case CKR_PIN_EXPIRED: message = tr("The PIN has expired; change it with the provider's program."); break;
            case CKR_FUNCTION_CANCELED: message = tr("The PIN entry on the reader was cancelled."); break;
            case CKR_DEVICE_REMOVED:
            case CKR_TOKEN_NOT_PRESENT: message = tr("The token was removed."); break;
            default: message = tr("The token refused the login."); break;
            }
            const QString state = token.pin.warning();
            qCInfo(lcToken) << "token login refused, CKR" << Qt::hex << ckr;
            return Error{Error::Code::Validation, state.isEmpty() ? message : message + QLatin1Char(' ') + state, {}};
        }
    }

    // A DSTU certificate: its key is driven through the module directly.
    if (!X509_get0_pubkey(cert.x509())) {
        ossl::clearErrors();
        return loginNational(token, certificateId, cert);
    }

    PKCS11_KEY *keys = nullptr;
    unsigned int keyCount = 0;
    EVP_PKEY *key = nullptr;
    if (PKCS11_enumerate_keys(slot->token, &keys, &keyCount) == 0) {
        for (unsigned int i = 0; i < keyCount && !key; ++i) {
            if (QByteArray(reinterpret_cast<const char *>(keys[i].id), qsizetype(keys[i].id_len)) == certificateId)
                key = PKCS11_get_private_key(keys + i);
        }
    }
    ossl::clearErrors();
    if (!key) {
        PKCS11_logout(slot);
        ossl::clearErrors();
        return Error{Error::Code::NotFound,
                     tr("The token %1 has no private key for the chosen certificate (the key and the certificate "
                        "must share one ID).")
                         .arg(token.displayName()),
                     {}};
    }
    std::unique_ptr<Signer> signer =
        std::make_unique<Pkcs11Signer>(shared_from_this(), d.get(), slot, key, cert, token.displayName());
    return signer;
}

Result<std::unique_ptr<Signer>> Pkcs11Module::loginNational(const TokenInfo &token, const QByteArray &certificateId,
                                                            const Certificate &cert)
{
    PKCS11_SLOT *slot = d->slots + token.slotIndex;
    const auto refuse = [&](const QString &message) -> Error {
        PKCS11_logout(slot);
        ossl::clearErrors();
        return Error{Error::Code::Validation, message, {}};
    };
    const auto publicKey = Dstu4145Key::ofCertificate(cert.der());
    if (!publicKey || !d->functions)
        return refuse(tr("The key of the chosen certificate (%1) cannot be used by this version of Kopii.")
                          .arg(cert.info().publicKeyAlgorithm));
    // The mechanism: the first of Kopii's DSTU mechanisms the token offers.
    CK_ULONG count = 0;
    QList<CK_MECHANISM_TYPE> offered;
    if (d->functions->C_GetMechanismList(token.slotId, nullptr, &count) == CKR_OK && count > 0 && count < 4096) {
        std::vector<CK_MECHANISM_TYPE> list(count);
        if (d->functions->C_GetMechanismList(token.slotId, list.data(), &count) == CKR_OK)
            offered = QList<CK_MECHANISM_TYPE>(list.begin(), list.begin() + qsizetype(count));
    }
    CK_MECHANISM_TYPE mechanism = 0;
    for (CK_MECHANISM_TYPE m : {kIitDstu4145, kDstu4145, kIitGost34311Dstu4145})
        if (!mechanism && offered.contains(m))
            mechanism = m;
    if (!mechanism)
        return refuse(tr("The token %1 holds a DSTU 4145 certificate but offers no DSTU 4145 signing that Kopii knows.")
                          .arg(token.displayName()));
    // Its own session (the login is the token's, shared by the application's sessions) and the
    // private key with the certificate's ID.
    CK_SESSION_HANDLE session = 0;
    if (d->functions->C_OpenSession(token.slotId, CKF_SERIAL_SESSION, nullptr, nullptr, &session) != CKR_OK)
        return refuse(tr("The token %1 could not be opened for signing.").arg(token.displayName()));
    CK_OBJECT_CLASS keyClass = CKO_PRIVATE_KEY;
    QByteArray idBytes = certificateId;
    CK_ATTRIBUTE query[] = {{CKA_CLASS, &keyClass, sizeof keyClass}, {CKA_ID, idBytes.data(), CK_ULONG(idBytes.size())}};
    CK_OBJECT_HANDLE key = 0;
    CK_ULONG found = 0;
    if (d->functions->C_FindObjectsInit(session, query, 2) == CKR_OK) {
        d->functions->C_FindObjects(session, &key, 1, &found);
        d->functions->C_FindObjectsFinal(session);
    }
    if (found != 1) {
        d->functions->C_CloseSession(session);
        return refuse(tr("The token %1 has no private key for the chosen certificate (the key and the certificate "
                         "must share one ID).")
                          .arg(token.displayName()));
    }
    qCInfo(lcToken) << "DSTU key on a token, mechanism" << Qt::hex << mechanism;
    std::unique_ptr<Signer> signer = std::make_unique<Pkcs11NationalSigner>(shared_from_this(), d.get(), slot, session, key,
                                                                            mechanism, cert, *publicKey, token.displayName());
    return signer;
}

} // namespace kopii
