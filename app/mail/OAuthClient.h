// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Secret.h"
#include "mail/OAuthProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;
class QTcpSocket;

namespace kopii {

// What a provider grants: the access token IMAP takes, the refresh token that gets the next ones
// (null when the provider sent none: keep the one you have), and when the access token ends.
struct OAuthTokens
{
    SharedSecret access;
    SharedSecret refresh;
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope;
};

// Whether a sign-in failed because the provider no longer accepts the permission given (revoked,
// expired, the password changed): the person has to sign in again; retrying does not help.
bool oauthNeedsSignInAgain(const Error &error);

// An organisation's own provider from its issuer's address (OpenID Connect Discovery: the issuer
// address + /.well-known/openid-configuration); the caller adds the client id.
void discoverOAuthProvider(const QUrl &issuer, QObject *context, std::function<void(const Result<OAuthProvider> &)> done);

// OAuth 2.0 for mail programs, against one provider:
// - authorize: the authorization code flow with PKCE (RFC 7636, S256) and a redirect to a port
//   Kopii listens on at 127.0.0.1 (RFC 8252): the browser shows the provider's page, the provider
//   sends the browser back to Kopii with a code, Kopii trades it for tokens;
// - authorizeDevice: the device authorization grant (RFC 8628) for a computer without a browser:
//   Kopii shows a code and an address to open on any other device, and polls until it is approved;
// - refresh and revoke.
// Tokens never reach a log or an error message; errors say what happened in words, the
// provider's error code in the cause.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<OAuthTokens> &)>;

    explicit OAuthClient(OAuthProvider provider, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~OAuthClient() override;

    const OAuthProvider &provider() const { return m_provider; }

    // `openBrowser` gets the address to open (the GUI hands it to the system browser). `done` is
    // called once: with tokens, or with why not (the person refused, the provider's error, cancel).
    void authorize(const QString &loginHint, std::function<void(const QUrl &)> openBrowser, Done done);

    struct DeviceCode
    {
        QString userCode;
        QUrl verificationUri;
        QUrl verificationUriComplete; // may be empty
        QDateTime expiresAt;
    };
    void authorizeDevice(std::function<void(const DeviceCode &)> show, Done done);

    void refresh(const SharedSecret &refreshToken, Done done);
    // Tells the provider to forget the token (RFC 7009), when it has a revocation endpoint.
    void revoke(const SharedSecret &token, std::function<void(const Status &)> done);

    // Stops what is under way; its `done` gets a "cancelled" error.
    void cancel();

    // How long Kopii waits for the browser (default 10 minutes).
    void setBrowserTimeoutMs(int ms) { m_browserTimeout.setInterval(ms); }

    // RFC 7636: the challenge of a verifier (base64url of its SHA-256, no padding).
    static QByteArray codeChallenge(const QByteArray &verifier);
    // What a token endpoint's answer (HTTP status, body) says: tokens, or why not (the fuzz target's
    // entry too: these are a stranger's bytes).
    Result<OAuthTokens> readTokenAnswer(int httpStatus, const QByteArray &body) const { return tokensFrom(httpStatus, body, {}); }
    // The address a browser asked for on the loopback port ("GET /?code=…&state=… HTTP/1.1…"),
    // when the request is a complete GET of at most 16 KiB; empty otherwise.
    static QUrl redirectTarget(const QByteArray &request);

private:
    void post(const QUrl &url, const QList<std::pair<QString, QString>> &form,
              std::function<void(int httpStatus, const QByteArray &body, const QString &networkError)> answered);
    void exchangeCode(const QByteArray &code);
    void onLoopbackRequest(QTcpSocket *socket);
    void pollDevice();
    void stopWaiting(); // the browser, the loopback port, the polls; the secrets of the flow wiped
    void finish(const Result<OAuthTokens> &result);
    Result<OAuthTokens> tokensFrom(int httpStatus, const QByteArray &body, const QString &networkError) const;
    Error providerError(int httpStatus, const QByteArray &body, const QString &networkError) const;

    OAuthProvider m_provider;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTcpServer *m_loopback = nullptr;
    QTimer m_browserTimeout;
    QTimer m_poll;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
    QByteArray m_deviceCode;
    QDateTime m_deviceExpires;
    int m_pollSeconds = 5;
    Done m_done;
};

} // namespace kopii
