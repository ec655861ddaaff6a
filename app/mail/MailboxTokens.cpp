// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxTokens.h"

namespace kopii {

MailboxTokens::MailboxTokens(OAuthProvider provider, SharedSecret refreshToken, const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_client(std::move(provider), clock, this), m_refresh(std::move(refreshToken))
{
}

Result<std::unique_ptr<MailboxTokens>> MailboxTokens::forMailbox(const Mailbox &mailbox, SharedSecret refreshToken,
                                                                 const Clock &clock)
{
    const auto provider = OAuthProvider::fromText(mailbox.oauth);
    if (!provider)
        return provider.error();
    return std::make_unique<MailboxTokens>(*provider, std::move(refreshToken), clock);
}

void MailboxTokens::setTokens(const OAuthTokens &tokens)
{
    m_signInAgain.reset();
    m_access = tokens.access;
    m_expires = tokens.expiresAt;
    if (tokens.refresh)
        m_refresh = tokens.refresh;
}

void MailboxTokens::refused(const SharedSecret &accessToken)
{
    if (m_access == accessToken)
        m_access.reset();
}

void MailboxTokens::access(Done done)
{
    if (m_access && (!m_expires.isValid() || m_clock.now().addSecs(kMarginSeconds) < m_expires)) {
        done(m_access);
        return;
    }
    if (m_signInAgain) {
        done(*m_signInAgain);
        return;
    }
    m_waiting << std::move(done);
    if (m_waiting.size() > 1)
        return; // a refresh is under way
    m_access.reset();
    m_client.refresh(m_refresh, [this](const Result<OAuthTokens> &r) { finished(r); });
}

void MailboxTokens::finished(const Result<OAuthTokens> &result)
{
    const QList<Done> waiting = std::exchange(m_waiting, {});
    if (!result) {
        if (oauthNeedsSignInAgain(result.error()))
            m_signInAgain = result.error();
        for (const Done &d : waiting)
            d(result.error());
        return;
    }
    m_access = result->access;
    m_expires = result->expiresAt;
    if (result->refresh
        && (!m_refresh
            || QByteArrayView(result->refresh->c_str(), result->refresh->size())
                != QByteArrayView(m_refresh->c_str(), m_refresh->size()))) {
        m_refresh = result->refresh;
        Q_EMIT refreshTokenChanged(m_refresh);
    }
    for (const Done &d : waiting)
        d(m_access);
}

} // namespace kopii
