// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Job.h"
#include "core/Result.h"
#include "core/Secret.h"
#include "crypto/Signer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kopii {

// The state of a token's user PIN, as the token reports it.
struct PinState
{
    bool protectedPath = false; // a PIN pad: the PIN is typed on the reader, not in Kopii
    bool countLow = false;      // a wrong PIN has been entered since the last good one
    bool finalTry = false;      // one more wrong PIN locks the token
    bool locked = false;
    bool toBeChanged = false;
    int minLength = 0; // 0 when the token does not say
    int maxLength = 0;

    // A warning for the user before a PIN is entered; empty when there is nothing to say.
    QString warning() const;
};

struct TokenInfo
{
    int slotIndex = -1;
    unsigned long slotId = 0;
    QString slotDescription;
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    bool loginRequired = true;
    PinState pin;

    QString displayName() const; // "«label» (model)"
};

struct TokenCertificate
{
    Certificate certificate;
    QByteArray id; // CKA_ID, which links the certificate to its key
    QString label;
};

// A PKCS#11 module (OpenSC's or a vendor's) loaded through libp11. Blocking: call it off the UI
// thread. Shared by the signers it hands out, which keep it loaded.
class Pkcs11Module : public std::enable_shared_from_this<Pkcs11Module>
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11Module)

public:
    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module &) = delete;
    Pkcs11Module &operator=(const Pkcs11Module &) = delete;

    // The usual places of OpenSC's module on this platform (empty if none is installed).
    static QString defaultModulePath();
    static Result<std::shared_ptr<Pkcs11Module>> load(const QString &path);

    // A module, its tokens and each token's certificates, read as a job (core/Job.h): loading a
    // module and asking a token can take seconds. `done` runs on `owner`'s thread.
    struct Scan
    {
        std::shared_ptr<Pkcs11Module> module;
        QList<TokenInfo> tokens;
        QList<Result<QList<TokenCertificate>>> certificates; // one per token
    };
    static CancelToken startScan(QObject *owner, const QString &path, std::function<void(Result<Scan>)> done);

    QString path() const { return m_path; }
    // Tokens present in the slots now (re-reads the slots and their PIN state).
    Result<QList<TokenInfo>> tokens();
    // The certificates on a token (public objects: no PIN needed).
    Result<QList<TokenCertificate>> certificates(const TokenInfo &token);
    // Logs in with `pin` (ignored on a PIN pad, where the reader asks) and returns a signer for
    // the key with the certificate's ID. A wrong PIN gives an error that tells the PIN state.
    // A DSTU 4145 key (a Ukrainian token) signs through the module's own DSTU mechanism
    // (IIT's vendor mechanisms or PKCS#11 3.1's CKM_DSTU4145), each signature checked against
    // the certificate before use; tested against a scripted module only, no real token here.
    Result<std::unique_ptr<Signer>> login(const TokenInfo &token, const QByteArray &certificateId, const Secret &pin);

    struct Private;

private:
    Pkcs11Module();
    Status refreshPinState(TokenInfo &token);
    // After the PIN login: the signer for a DSTU key on the token's slot.
    Result<std::unique_ptr<Signer>> loginNational(const TokenInfo &token, const QByteArray &certificateId,
                                                  const Certificate &cert);

    QString m_path;
    std::unique_ptr<Private> d;
};

} // namespace kopii
