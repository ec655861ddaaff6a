// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/Secret.h"
#include "mail/OAuthClient.h"

#include <QObject>

#include <functional>
#include <memory>

namespace kopii {

// The access tokens of one mailbox that signs in with OAuth 2.0. An access token is kept while it
// is valid and refreshed a minute before it ends, and after the mail server refused it; a refresh
// token the provider replaces (rotation) is handed on to be stored (refreshTokenChanged). When the
// provider no longer accepts the refresh token, every request gets the "sign in again" error
// (oauthNeedsSignInAgain) until a new one is set.
class MailboxTokens : public QObject
{
    Q_OBJECT

public:
    MailboxTokens(OAuthProvider provider, SharedSecret refreshToken, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);
    // The tokens of a mailbox that signs in with a provider (Mailbox::oauth), from its refresh
    // token; the provider's description checked.
    static Result<std::unique_ptr<MailboxTokens>> forMailbox(const Mailbox &mailbox, SharedSecret refreshToken,
                                                             const Clock &clock = Clock::system());

    const OAuthProvider &provider() const { return m_client.provider(); }

    using Done = std::function<void(const Result<SharedSecret> &accessToken)>;
    // A valid access token: the one held, or a new one. Requests that come while a refresh is
    // under way wait for it (one refresh, however many ask).
    void access(Done done);
    // The mail server refused this access token: the next access() refreshes.
    void refused(const SharedSecret &accessToken);
    // Sets tokens just obtained (a sign-in), so that the first connection needs no refresh.
    void setTokens(const OAuthTokens &tokens);

    // How long before its end an access token is no longer used.
    static constexpr int kMarginSeconds = 60;

Q_SIGNALS:
    void refreshTokenChanged(const SharedSecret &refreshToken);

private:
    void finished(const Result<OAuthTokens> &result);

    const Clock &m_clock;
    OAuthClient m_client;
    SharedSecret m_refresh;
    SharedSecret m_access;
    QDateTime m_expires;
    QList<Done> m_waiting;
    std::optional<Error> m_signInAgain; // the provider refused the refresh token
};

} // namespace kopii
