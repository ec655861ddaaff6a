#include "Pkcs11Token.h"

#include "CryptoLog.h"
#include "OpenSsl.h"

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
    QLibrary library;            // the same module, for C_GetTokenInfo (PIN lengths, fresh flags)
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
        if (reason == CKR_PIN_INCORRECT || reason == CKR_PIN_LOCKED || reason == CKR_PIN_LEN_RANGE
            || reason == CKR_PIN_INVALID || reason == CKR_PIN_EXPIRED || reason == CKR_DEVICE_REMOVED
            || reason == CKR_TOKEN_NOT_PRESENT || reason == CKR_FUNCTION_CANCELED || reason == CKR_USER_ALREADY_LOGGED_IN)
            ckr = reason;
    }
    return ckr;
}

class Pkcs11Signer final : public Signer
{
public:
    Pkcs11Signer(std::shared_ptr<Pkcs11Module> module, Pkcs11Module::Private *d, PKCS11_SLOT *slot,
                 EVP_PKEY *key, Certificate cert, QString tokenName)
        : m_module(std::move(module)), m_d(d), m_slot(slot), m_key(key), m_cert(std::move(cert)),
          m_tokenName(std::move(tokenName))
    {
        ++m_d->liveSigners;
    }
    ~Pkcs11Signer() override
    {
        m_key.reset();
        if (isPresent())
            PKCS11_logout(m_slot);
        ossl::clearErrors();
        --m_d->liveSigners;
    }
    Certificate certificate() const override { return m_cert; }
    QString description() const override { return Pkcs11Module::tr("Token %1").arg(m_tokenName); }
    EVP_PKEY *privateKey() override { return m_key.get(); }
    bool isPresent() const override
    {
        int loggedIn = 0;
        const bool ok = PKCS11_is_logged_in(m_slot, 0, &loggedIn) == 0 && loggedIn == 1;
        ossl::clearErrors();
        return ok;
    }

private:
    std::shared_ptr<Pkcs11Module> m_module; // keeps the module loaded
    Pkcs11Module::Private *m_d;
    PKCS11_SLOT *m_slot;
    ossl::PKey m_key;
    Certificate m_cert;
    QString m_tokenName;
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

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString &path)
{
    if (path.isEmpty())
        return Error{Error::Code::NotFound,
                     tr("No PKCS#11 module is configured. Install OpenSC or your token vendor's software and "
                        "choose its module (a .so or .dll file)."), {}};
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
                        "computer?").arg(path, reason.isEmpty() ? tr("unknown error") : reason), {}};
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
            return Error{Error::Code::Validation, tr("The PIN of this token has %1 to %2 characters; the one entered has %3. "
                                                     "Nothing was sent to the token.")
                                                      .arg(token.pin.minLength).arg(token.pin.maxLength).arg(length), {}};
    }

    // Find the certificate first: no PIN is spent on a token without the chosen certificate.
    Certificate cert;
    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) == 0) {
        for (unsigned int i = 0; i < certCount; ++i) {
            if (QByteArray(reinterpret_cast<const char *>(certs[i].id), qsizetype(certs[i].id_len)) == certificateId && certs[i].x509)
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
            case CKR_PIN_INVALID:
                message = tr("The PIN is wrong.");
                break;
            case CKR_PIN_LEN_RANGE:
                message = tr("The token does not accept a PIN of this length.");
                break;
            case CKR_PIN_LOCKED:
                message = tr("The PIN is locked.");
                break;
            case CKR_PIN_EXPIRED:
                message = tr("The PIN has expired; change it with the provider's program.");
                break;
            case CKR_FUNCTION_CANCELED:
                message = tr("The PIN entry on the reader was cancelled.");
                break;
            case CKR_DEVICE_REMOVED:
            case CKR_TOKEN_NOT_PRESENT:
                message = tr("The token was removed.");
                break;
            default:
                message = tr("The token refused the login.");
                break;
            }
            const QString state = token.pin.warning();
            qCInfo(lcToken) << "token login refused, CKR" << Qt::hex << ckr;
            return Error{Error::Code::Validation, state.isEmpty() ? message : message + QLatin1Char(' ') + state, {}};
        }
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
                        "must share one ID).").arg(token.displayName()), {}};
    }
    std::unique_ptr<Signer> signer = std::make_unique<Pkcs11Signer>(shared_from_this(), d.get(), slot, key, cert, token.displayName());
    return signer;
}

} // namespace kopii
