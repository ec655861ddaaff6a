// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"
#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Job.h"
#include "core/Result.h"
#include "crypto/Revocation.h"
#include "crypto/TrustStore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace kopii {

class AccessGuard;
class Signer;
class SqlSession;

// Who is logged in, as established by Login::login.
struct Identity
{
    QString fullName;
    QString rnokpp;
    QString edrpou;
    QString title;
    Role role = Role::Clerk;
    bool createdOrganization = false; // this login set the workspace up
    Certificate certificate;
    ChainResult chain;
    bool revocationChecked = false; // a CRL or OCSP answer said the certificate is not revoked
};

// The login check: the certificate must be valid now, made for signing, chained to the trust
// store and qualified (a non-qualified one only in a demo workspace); the key must prove it is
// there by signing a random challenge. Then the person's role comes from the workspace: the first
// login of an empty workspace creates the organisation from the certificate and makes its holder
// the manager. Blocking (token calls): run it off the UI thread.
class Login
{
    Q_DECLARE_TR_FUNCTIONS(Login)

public:
    Login(SqlSession &store, TrustStore &trust, const Clock &clock = Clock::system());

    // The certificate checks alone (no key needed): what `kopii-cli cert show` and the login
    // dialog show before a PIN is asked for.
    Status checkCertificate(const Certificate &certificate, const QList<Certificate> &extra, bool demo,
                            ChainResult *chain = nullptr) const;
    // proveKey then admit.
    Result<Identity> login(Signer &signer);
    // Proof of possession: the key signs a fresh random challenge that the certificate's key must
    // verify. Touches only the signer: may run on a worker thread (token calls block).
    static Status proveKey(Signer &signer);
    // Whether the certificate was revoked, from the store's CRL, else OCSP, else the CRL at its
    // distribution point (network when `online`: run it off the UI thread, beside proveKey).
    static RevocationStatus revocationOf(const Certificate &certificate, const ChainResult &chain, const TrustStore &trust,
                                         const QDateTime &now, bool online);
    // Whether the workspace lets Kopii ask issuers over the network.
    static bool onlineAllowed(SqlSession &store);
    // The certificate checks, revocation (a revoked or unknown certificate is refused; pass the
    // status found on a worker thread, or it is asked here) and the person's role (store access:
    // call on the store's thread).
    Result<Identity> admit(Signer &signer, const RevocationStatus *revocation = nullptr);

    // Who logged in, and the key that proved it (the session keeps it for signing).
    struct Admitted
    {
        Identity identity;
        std::shared_ptr<Signer> signer;
    };
    using KeyOpener = std::function<Result<std::unique_ptr<Signer>>()>;
    // The whole login as a job (core/Job.h): `open` (the key file or the token, with its PIN),
    // proveKey and revocation on the job pool; admit on `owner`'s thread (the store's).
    static CancelToken start(QObject *owner, SqlSession &store, TrustStore &trust, KeyOpener open,
                             std::function<void(Result<Admitted>)> done, const Clock &clock = Clock::system());

    // Whether the workspace is a demo (accepts non-qualified certificates).
    static bool isDemo(SqlSession &store);

private:
    SqlSession &m_session;
    TrustStore &m_trust;
    const Clock &m_clock;
    QString m_revocationDetail; // why the last admitted certificate's revocation was not checked
};

} // namespace kopii
