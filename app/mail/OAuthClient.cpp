// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/OAuthClient.h"

#include "core/Wipe.h"
#include "mail/MailLog.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace kopii {

namespace {
constexpr qint64 kMaxAnswer = 256 * 1024;
constexpr qint64 kMaxLoopbackRequest = 16 * 1024;
const QString kSignInAgain = QStringLiteral("invalid_grant");

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data()) + bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray formBody(const QList<std::pair<QString, QString>> &form)
{
    QByteArray body;
    for (const auto &[key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}
} // namespace

bool oauthNeedsSignInAgain(const Error &error)
{
    return error.code == Error::Code::Denied && error.cause.startsWith(kSignInAgain);
}

void discoverOAuthProvider(const QUrl &issuer, QObject *context, std::function<void(const Result<OAuthProvider> &)> done)
{
    if (!isSafeOAuthEndpoint(issuer) || issuer.hasQuery()) {
        done(Error{Error::Code::Validation,
                   OAuthClient::tr("The provider's address must be an https:// address without a query (http:// only to this "
                                   "computer itself, for tests)."),
                   {}});
        return;
    }
    QString base = issuer.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    auto *network = new QNetworkAccessManager(context);
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(QUrl(base + QStringLiteral("/.well-known/openid-configuration")));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, network, base, done] {
        reply->deleteLater();
        network->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return done(Error{Error::Code::Io,
                              OAuthClient::tr("Kopii cannot reach %1. Check the address and the Internet connection.").arg(base),
                              {},
                              reply->errorString()});
        const QJsonDocument doc = QJsonDocument::fromJson(reply->read(kMaxAnswer));
        if (status != 200 || !doc.isObject())
            return done(Error{Error::Code::Validation,
                              OAuthClient::tr("%1 does not describe itself as an OpenID Connect provider (no "
                                              "/.well-known/openid-configuration). Ask your administrator for the "
                                              "provider file instead.")
                                  .arg(base),
                              {},
                              QStringLiteral("HTTP %1").arg(status)});
        done(OAuthProvider::fromDiscovery(doc.object(), base));
    });
}

OAuthClient::OAuthClient(OAuthProvider provider, const Clock &clock, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_clock(clock), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // tokens go to the endpoint named, nowhere else
    m_browserTimeout.setSingleShot(true);
    m_browserTimeout.setInterval(10 * 60 * 1000);
    connect(&m_browserTimeout, &QTimer::timeout, this, [this] {
        finish(Error{
            Error::Code::Io, tr("Nobody finished the sign-in in the browser within 10 minutes. Start the sign-in again."), {}});
    });
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &OAuthClient::pollDevice);
}

OAuthClient::~OAuthClient()
{
    m_done = nullptr;
    cancel();
}

QByteArray OAuthClient::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void OAuthClient::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_done)
        finish(Error{Error::Code::Io, tr("The sign-in was cancelled."), {}, QStringLiteral("cancelled")});
    else
        stopWaiting();
}

void OAuthClient::stopWaiting()
{
    m_browserTimeout.stop();
    m_poll.stop();
    if (m_loopback) {
        m_loopback->close();
        m_loopback->deleteLater();
        m_loopback = nullptr;
    }
    wipe(m_verifier);
    wipe(m_deviceCode);
}

void OAuthClient::finish(const Result<OAuthTokens> &result)
{
    stopWaiting();
    Done done = std::exchange(m_done, nullptr);
    if (done)
        done(result);
}

void OAuthClient::post(const QUrl &url, const QList<std::pair<QString, QString>> &form,
                       std::function<void(int, const QByteArray &, const QString &)> answered)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    QByteArray body = formBody(form);
    QNetworkReply *reply = m_network->post(request, body);
    wipe(body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [reply] {
        if (reply->bytesAvailable() > kMaxAnswer) // nothing is read before the end
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, answered = std::move(answered)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray answer = reply->read(kMaxAnswer);
        const bool transport = reply->error() != QNetworkReply::NoError && status == 0;
        answered(status, answer, transport ? reply->errorString() : QString());
        wipe(answer);
    });
}

Error OAuthClient::providerError(int httpStatus, const QByteArray &body, const QString &networkError) const
{
    if (!networkError.isEmpty())
        return Error{
            Error::Code::Io,
            tr("Kopii cannot reach the sign-in service of %1. Check the Internet connection and try again.").arg(m_provider.name),
            {},
            networkError};
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString code = o.value(QStringLiteral("error")).toString();
    // The provider's own description goes into the cause, never its raw body (it may echo what was sent).
    const QString cause = code.isEmpty()
        ? QStringLiteral("HTTP %1").arg(httpStatus)
        : QStringLiteral("%1: %2").arg(code, o.value(QStringLiteral("error_description")).toString().left(300));
    if (code == QLatin1String("invalid_grant"))
        return Error{Error::Code::Denied,
                     tr("%1 no longer accepts Kopii's permission for this mailbox (it was withdrawn, it expired, or the "
                        "password was changed). Sign in to the mailbox again.")
                         .arg(m_provider.name),
                     {},
                     cause};
    if (code == QLatin1String("access_denied"))
        return Error{Error::Code::Denied,
                     tr("The permission was refused at %1. To use this mailbox, sign in again and allow Kopii to read mail.")
                         .arg(m_provider.name),
                     {},
                     cause};
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return Error{Error::Code::Validation,
                     tr("%1 does not know the application id Kopii was given. Check the client id the organisation "
                        "registered (docs/mail-oauth.md).")
                         .arg(m_provider.name),
                     {},
                     cause};
    if (code == QLatin1String("expired_token"))
        return Error{Error::Code::Denied, tr("The code was not confirmed in time. Start the sign-in again."), {}, cause};
    if (!code.isEmpty())
        return Error{Error::Code::Io, tr("%1 refused the sign-in (%2).").arg(m_provider.name, code), {}, cause};
    return Error{Error::Code::Io,
                 tr("The sign-in service of %1 gave an answer Kopii does not understand. Try again later; if it "
                    "stays so, check the provider's settings.")
                     .arg(m_provider.name),
                 {},
                 cause};
}

Result<OAuthTokens> OAuthClient::tokensFrom(int httpStatus, const QByteArray &body, const QString &networkError) const
{
    if (!networkError.isEmpty() || httpStatus != 200)
        return providerError(httpStatus, body, networkError);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    const QString access = o.value(QStringLiteral("access_token")).toString();
    const QString type = o.value(QStringLiteral("token_type")).toString();
    if (!doc.isObject() || access.isEmpty() || type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return providerError(httpStatus, body, QString());
    OAuthTokens t;
    t.access = share(Secret(access.toUtf8()));
    const QString refresh = o.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty())
        t.refresh = share(Secret(refresh.toUtf8()));
    const qint64 lifetime = o.value(QStringLiteral("expires_in")).toVariant().toLongLong();
    if (lifetime > 0)
        t.expiresAt = m_clock.now().addSecs(lifetime);
    t.scope = o.value(QStringLiteral("scope")).toString();
    return t;
}

void OAuthClient::authorize(const QString &loginHint, std::function<void(const QUrl &)> openBrowser, Done done)
{
    cancel();
    m_done = std::move(done);
    m_loopback = new QTcpServer(this);
    if (!m_loopback->listen(QHostAddress::LocalHost, 0))
        return finish(Error{
            Error::Code::Io, tr("Kopii cannot wait for the browser's answer on this computer."), {}, m_loopback->errorString()});
    connect(m_loopback, &QTcpServer::newConnection, this, [this] {
        while (m_loopback && m_loopback->hasPendingConnections())
            onLoopbackRequest(m_loopback->nextPendingConnection());
    });
    m_verifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    m_state = randomUrlSafe(24);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/").arg(m_loopback->serverPort());
    QUrl url = m_provider.authorization();
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    query.addQueryItem(QStringLiteral("scope"), m_provider.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge(m_verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (m_provider.id == QLatin1String("google")) {
        query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline")); // a refresh token
        query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    }
    if (!loginHint.isEmpty())
        query.addQueryItem(QStringLiteral("login_hint"), loginHint);
    url.setQuery(query);
    m_browserTimeout.start();
    qCInfo(lcMail) << "oauth: authorization with" << m_provider.id << "waits for the browser";
    openBrowser(url);
}

void OAuthClient::onLoopbackRequest(QTcpSocket *socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray request = socket->peek(kMaxLoopbackRequest + 1);
        if (request.size() > kMaxLoopbackRequest) {
            socket->abort();
            return;
        }
        if (!request.contains("\r\n\r\n"))
            return; // more to come
        socket->readAll();
        const QUrl target = redirectTarget(request);
        wipe(request);
        auto answer = [socket](int status, const QString &title, const QString &text) {
            const QByteArray html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                                   "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p>"
                                                   "</body></html>")
                                        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                        .toUtf8();
            socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                          + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                            "Content-Length: "
                          + QByteArray::number(html.size()) + "\r\n\r\n" + html);
            socket->disconnectFromHost();
        };
        if (target.isEmpty()) {
            answer(404, tr("Kopii"), tr("Nothing here."));
            return;
        }
        const QUrlQuery query(target);
        if (target.path() != QLatin1String("/") || !query.hasQueryItem(QStringLiteral("state"))) {
            answer(404, tr("Kopii"), tr("Nothing here."));
            return;
        }
        if (query.queryItemValue(QStringLiteral("state")).toLatin1() != m_state || m_state.isEmpty()) {
            // Not the answer to Kopii's request (another page, or an old tab): ignored, Kopii waits on.
            answer(404, tr("Kopii"), tr("This answer is not for the sign-in Kopii is waiting for. Return to Kopii."));
            return;
        }
        m_state.clear();
        if (query.hasQueryItem(QStringLiteral("error"))) {
            const QString code = query.queryItemValue(QStringLiteral("error"));
            answer(200, tr("Kopii"), tr("The sign-in did not happen. Return to Kopii."));
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), code}}).toJson();
            return finish(providerError(400, body, QString()));
        }
        QByteArray code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
        answer(200, tr("Kopii is signed in"), tr("You can close this page and return to Kopii."));
        m_browserTimeout.stop();
        exchangeCode(code);
        wipe(code);
    });
}

QUrl OAuthClient::redirectTarget(const QByteArray &request)
{
    if (request.size() > kMaxLoopbackRequest || !request.contains("\r\n\r\n"))
        return {};
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    if (line.size() != 3 || line.at(0) != "GET" || !line.at(1).startsWith('/') || !line.at(2).startsWith("HTTP/"))
        return {};
    const QUrl target = QUrl::fromEncoded(line.at(1), QUrl::StrictMode);
    return target.isValid() ? target : QUrl();
}

void OAuthClient::exchangeCode(const QByteArray &code)
{
    QList<std::pair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                            {QStringLiteral("code"), QString::fromUtf8(code)},
                                            {QStringLiteral("redirect_uri"), m_redirectUri},
                                            {QStringLiteral("client_id"), m_provider.clientId},
                                            {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}};
    if (!m_provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    post(m_provider.token(), form, [this](int status, const QByteArray &body, const QString &networkError) {
        const auto tokens = tokensFrom(status, body, networkError);
        if (tokens)
            qCInfo(lcMail) << "oauth: authorized with" << m_provider.id;
        finish(tokens);
    });
}

void OAuthClient::authorizeDevice(std::function<void(const DeviceCode &)> show, Done done)
{
    cancel();
    m_done = std::move(done);
    if (m_provider.deviceAuthorization().isEmpty())
        return finish(Error{Error::Code::Validation,
                            tr("%1 offers no sign-in by code for computers without a browser; sign in on a desk "
                               "with a browser.")
                                .arg(m_provider.name),
                            {}});
    QList<std::pair<QString, QString>> form{{QStringLiteral("client_id"), m_provider.clientId},
                                            {QStringLiteral("scope"), m_provider.scopes.join(QLatin1Char(' '))}};
    if (!m_provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    post(m_provider.deviceAuthorization(), form,
         [this, show = std::move(show)](int status, const QByteArray &body, const QString &networkError) {
             if (!networkError.isEmpty() || status != 200)
                 return finish(providerError(status, body, networkError));
             const QJsonObject o = QJsonDocument::fromJson(body).object();
             DeviceCode code;
             code.userCode = o.value(QStringLiteral("user_code")).toString();
             // Microsoft calls it verification_url.
             code.verificationUri = QUrl(
                 o.value(QStringLiteral("verification_uri")).toString(o.value(QStringLiteral("verification_url")).toString()));
             code.verificationUriComplete = QUrl(o.value(QStringLiteral("verification_uri_complete")).toString());
             const qint64 lifetime = o.value(QStringLiteral("expires_in")).toVariant().toLongLong();
             m_deviceCode = o.value(QStringLiteral("device_code")).toString().toUtf8();
             if (m_deviceCode.isEmpty() || code.userCode.isEmpty() || !isSafeOAuthEndpoint(code.verificationUri) || lifetime <= 0)
                 return finish(providerError(status, QByteArray(), QString()));
             m_deviceExpires = m_clock.now().addSecs(lifetime);
             code.expiresAt = m_deviceExpires;
             m_pollSeconds = qBound(1, o.value(QStringLiteral("interval")).toInt(5), 60);
             show(code);
             m_poll.start(m_pollSeconds * 1000);
         });
}

void OAuthClient::pollDevice()
{
    if (m_clock.now() >= m_deviceExpires)
        return finish(Error{Error::Code::Denied,
                            tr("The code was not confirmed in time. Start the sign-in again."),
                            {},
                            QStringLiteral("expired_token")});
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
        {QStringLiteral("device_code"), QString::fromUtf8(m_deviceCode)},
        {QStringLiteral("client_id"), m_provider.clientId}};
    if (!m_provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    post(m_provider.token(), form, [this](int status, const QByteArray &body, const QString &networkError) {
        if (networkError.isEmpty() && status != 200) {
            const QString code = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
            if (code == QLatin1String("authorization_pending") || code == QLatin1String("slow_down")) {
                if (code == QLatin1String("slow_down"))
                    m_pollSeconds += 5; // RFC 8628, 3.5
                m_poll.start(m_pollSeconds * 1000);
                return;
            }
        }
        const auto tokens = tokensFrom(status, body, networkError);
        if (tokens)
            qCInfo(lcMail) << "oauth: device authorized with" << m_provider.id;
        finish(tokens);
    });
}

void OAuthClient::refresh(const SharedSecret &refreshToken, Done done)
{
    cancel();
    m_done = std::move(done);
    if (!refreshToken || refreshToken->isEmpty())
        return finish(Error{
            Error::Code::Denied, tr("Kopii has no permission for this mailbox yet. Sign in to the mailbox."), {}, kSignInAgain});
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken->c_str(), refreshToken->size())},
        {QStringLiteral("client_id"), m_provider.clientId}};
    if (!m_provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    post(m_provider.token(), form, [this](int status, const QByteArray &body, const QString &networkError) {
        const auto tokens = tokensFrom(status, body, networkError);
        qCInfo(lcMail) << "oauth: refresh with" << m_provider.id << (tokens ? "succeeded" : "failed");
        finish(tokens);
    });
}

void OAuthClient::revoke(const SharedSecret &token, std::function<void(const Status &)> done)
{
    if (m_provider.revocation().isEmpty() || !token) {
        done(Status());
        return;
    }
    post(m_provider.revocation(),
         {{QStringLiteral("token"), QString::fromUtf8(token->c_str(), token->size())},
          {QStringLiteral("client_id"), m_provider.clientId}},
         [this, done](int status, const QByteArray &body, const QString &networkError) {
             if (networkError.isEmpty() && status == 200)
                 return done(Status());
             done(providerError(status, body, networkError));
         });
}

} // namespace kopii
