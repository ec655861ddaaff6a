// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-test-idp: a test OAuth 2.0 identity provider on loopback HTTP, for the tests of sign-in to
// mailboxes. It prints "port N" once it listens, and "key PEM-PATH" (its ES256 public key, for
// the test Dovecot that validates its access tokens). It ends when its standard input closes.
//
//   GET  /authorize          the authorization code flow with PKCE (S256 only): redirects at once
//                            to the loopback redirect_uri with a code, or with error=access_denied
//                            when started with --deny
//   POST /token              grant types authorization_code (verifies the code_verifier),
//                            refresh_token (rotates with --rotate) and device_code
//   POST /device             the device authorization grant: device_code, user_code
//   POST /device/approve     user_code=...: the person approves (the test acting as the person)
//   POST /revoke             RFC 7009
//   POST /control/revoke-all every refresh token is withdrawn (the person took the permission back)
//   GET  /.well-known/openid-configuration
//
// Options: --user EMAIL (whose tokens; login_hint overrides), --client-id ID (default kopii-test),
// --lifetime SECONDS of access tokens (default 600), --slow-down (the first device poll answers
// slow_down), --garbage (the token endpoint answers 200 with HTML), --deny, --rotate,
// --key-dir DIR (where the public key is written; default the current folder).
// Every request is printed as "request METHOD PATH" (never a token).
#include "TestJwt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace kopii::test;

namespace {

struct Code
{
    QString clientId, redirectUri, challenge, email;
};
struct Device
{
    QString userCode, email;
    bool approved = false;
    bool denied = false;
    int polls = 0;
};

class Idp : public QObject
{
public:
    QString issuer = QStringLiteral("kopii-test-idp");
    QString user = QStringLiteral("centr@example.com");
    QString clientId = QStringLiteral("kopii-test");
    qint64 lifetime = 600;
    bool slowDown = false, garbage = false, deny = false, rotate = false;
    TestJwtIssuer jwt;
    QTcpServer server;
    QTextStream out{stdout};
    QHash<QString, Code> codes;
    QHash<QString, QString> refreshTokens; // token -> email
    QHash<QString, Device> devices;        // device_code -> device

    static QString random()
    {
        QByteArray raw(24, '\0');
        for (char &c : raw)
            c = char(QRandomGenerator::global()->bounded(256));
        return QString::fromLatin1(TestJwtIssuer::base64url(raw));
    }

    QByteArray accessToken(const QString &email)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return jwt.token({{QStringLiteral("iss"), issuer},
                          {QStringLiteral("sub"), email},
                          {QStringLiteral("email"), email},
                          {QStringLiteral("aud"), clientId},
                          {QStringLiteral("iat"), now},
                          {QStringLiteral("exp"), now + lifetime}});
    }

    static void reply(QTcpSocket *s, int status, const QByteArray &body, const QByteArray &type = "application/json",
                      const QByteArray &extra = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type
                 + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nCache-Control: no-store\r\nConnection: close\r\n" + extra + "\r\n" + body);
        s->disconnectFromHost();
    }
    static void json(QTcpSocket *s, int status, const QJsonObject &o)
    {
        reply(s, status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static void oauthError(QTcpSocket *s, const QString &code, int status = 400)
    {
        json(s, status,
             {{QStringLiteral("error"), code}, {QStringLiteral("error_description"), QStringLiteral("test idp: ") + code}});
    }

    void tokens(QTcpSocket *s, const QString &email)
    {
        if (garbage)
            return reply(s, 200, "<html><body>Service Unavailable</body></html>", "text/html");
        const QString refresh = random();
        refreshTokens.insert(refresh, email);
        json(s, 200,
             {{QStringLiteral("access_token"), QString::fromLatin1(accessToken(email))},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("expires_in"), lifetime},
              {QStringLiteral("refresh_token"), refresh},
              {QStringLiteral("scope"), QStringLiteral("mail")}});
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()); }

    void handle(QTcpSocket *s, const QByteArray &method, const QUrl &target, const QUrlQuery &form)
    {
        const QString path = target.path();
        out << "request " << method << ' ' << path << Qt::endl;
        if (method == "GET" && path == QLatin1String("/.well-known/openid-configuration"))
            return json(s, 200,
                        {{QStringLiteral("issuer"), base()},
                         {QStringLiteral("authorization_endpoint"), base() + QStringLiteral("/authorize")},
                         {QStringLiteral("token_endpoint"), base() + QStringLiteral("/token")},
                         {QStringLiteral("device_authorization_endpoint"), base() + QStringLiteral("/device")},
                         {QStringLiteral("revocation_endpoint"), base() + QStringLiteral("/revoke")},
                         {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}});
        if (method == "GET" && path == QLatin1String("/authorize")) {
            const QUrlQuery q(target);
            const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            if (q.queryItemValue(QStringLiteral("client_id")) != clientId || redirect.scheme() != QLatin1String("http")
                || redirect.host() != QLatin1String("127.0.0.1"))
                return reply(s, 400, "unknown client or redirect", "text/plain");
            if (q.queryItemValue(QStringLiteral("response_type")) != QLatin1String("code")
                || q.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
                || q.queryItemValue(QStringLiteral("code_challenge")).size() != 43)
                return reply(s, 400, "PKCE with S256 is required", "text/plain");
            QUrlQuery back;
            back.addQueryItem(QStringLiteral("state"), q.queryItemValue(QStringLiteral("state")));
            if (deny) {
                back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            } else {
                const QString code = random();
                const QString hint = q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded);
                codes.insert(code,
                             {clientId, redirect.toString(), q.queryItemValue(QStringLiteral("code_challenge")),
                              hint.isEmpty() ? user : hint});
                back.addQueryItem(QStringLiteral("code"), code);
            }
            QUrl to = redirect;
            to.setQuery(back);
            return reply(s, 302, QByteArray(), "text/plain", "Location: " + to.toEncoded() + "\r\n");
        }
        if (method != "POST")
            return reply(s, 404, "not found", "text/plain");
        if (path == QLatin1String("/device")) {
            if (form.queryItemValue(QStringLiteral("client_id")) != clientId)
                return oauthError(s, QStringLiteral("invalid_client"), 401);
            const QString deviceCode = random();
            const QString userCode = random().left(8).toUpper();
            devices.insert(deviceCode, {userCode, user});
            return json(s, 200,
                        {{QStringLiteral("device_code"), deviceCode},
                         {QStringLiteral("user_code"), userCode},
                         {QStringLiteral("verification_uri"), base() + QStringLiteral("/activate")},
                         {QStringLiteral("expires_in"), 600},
                         {QStringLiteral("interval"), 1}});
        }
        if (path == QLatin1String("/device/approve")) {
            for (Device &d : devices)
                if (d.userCode == form.queryItemValue(QStringLiteral("user_code"))) {
                    if (form.queryItemValue(QStringLiteral("deny")) == QLatin1String("1"))
                        d.denied = true;
                    else
                        d.approved = true;
                    return json(s, 200, {{QStringLiteral("ok"), true}});
                }
            return reply(s, 404, "no such code", "text/plain");
        }
        if (path == QLatin1String("/revoke")) {
            refreshTokens.remove(form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
            return reply(s, 200, QByteArray());
        }
        if (path == QLatin1String("/control/revoke-all")) {
            refreshTokens.clear();
            return json(s, 200, {{QStringLiteral("ok"), true}});
        }
        if (path != QLatin1String("/token"))
            return reply(s, 404, "not found", "text/plain");
        if (form.queryItemValue(QStringLiteral("client_id")) != clientId)
            return oauthError(s, QStringLiteral("invalid_client"), 401);
        const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        if (grant == QLatin1String("authorization_code")) {
            const Code c = codes.take(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
            const QByteArray verifier = form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded).toLatin1();
            const QString challenge =
                QString::fromLatin1(TestJwtIssuer::base64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
            if (c.challenge.isEmpty() || c.challenge != challenge
                || c.redirectUri != form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
                return oauthError(s, QStringLiteral("invalid_grant"));
            return tokens(s, c.email);
        }
        if (grant == QLatin1String("refresh_token")) {
            const QString refresh = form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded);
            if (!refreshTokens.contains(refresh))
                return oauthError(s, QStringLiteral("invalid_grant"));
            const QString email = refreshTokens.value(refresh);
            if (!rotate) {
                if (garbage)
                    return reply(s, 200, "<html>oops</html>", "text/html");
                return json(s, 200,
                            {{QStringLiteral("access_token"), QString::fromLatin1(accessToken(email))},
                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("expires_in"), lifetime}});
            }
            refreshTokens.remove(refresh);
            return tokens(s, email);
        }
        if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
            const QString code = form.queryItemValue(QStringLiteral("device_code"), QUrl::FullyDecoded);
            if (!devices.contains(code))
                return oauthError(s, QStringLiteral("invalid_grant"));
            Device &d = devices[code];
            if (slowDown && d.polls++ == 0)
                return oauthError(s, QStringLiteral("slow_down"));
            if (d.denied) {
                devices.remove(code);
                return oauthError(s, QStringLiteral("access_denied"));
            }
            if (!d.approved)
                return oauthError(s, QStringLiteral("authorization_pending"));
            const QString email = d.email;
            devices.remove(code);
            return tokens(s, email);
        }
        return oauthError(s, QStringLiteral("unsupported_grant_type"));
    }

    void read(QTcpSocket *s)
    {
        const QByteArray data = s->peek(1 << 20);
        const int end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (data.size() < end + 4 + length)
            return;
        s->read(end + 4 + length);
        const QList<QByteArray> first = data.left(data.indexOf("\r\n")).split(' ');
        if (first.size() < 3)
            return reply(s, 400, "bad request", "text/plain");
        // Form values: '+' is a space in application/x-www-form-urlencoded.
        QByteArray body = data.mid(end + 4, length);
        body.replace('+', ' ');
        handle(s, first.at(0), QUrl::fromEncoded(first.at(1)), QUrlQuery(QString::fromLatin1(body)));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("EMAIL"));
    const QCommandLineOption client(QStringLiteral("client-id"), QString(), QStringLiteral("ID"));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption keyDir(QStringLiteral("key-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption slowDown(QStringLiteral("slow-down")), garbage(QStringLiteral("garbage")),
        deny(QStringLiteral("deny")), rotate(QStringLiteral("rotate"));
    parser.addOptions({user, client, lifetime, keyDir, slowDown, garbage, deny, rotate});
    parser.process(app);

    Idp idp;
    if (parser.isSet(user))
        idp.user = parser.value(user);
    if (parser.isSet(client))
        idp.clientId = parser.value(client);
    if (parser.isSet(lifetime))
        idp.lifetime = parser.value(lifetime).toLongLong();
    idp.slowDown = parser.isSet(slowDown);
    idp.garbage = parser.isSet(garbage);
    idp.deny = parser.isSet(deny);
    idp.rotate = parser.isSet(rotate);

    const QString keyPath =
        QDir(parser.isSet(keyDir) ? parser.value(keyDir) : QDir::currentPath()).filePath(QStringLiteral("idp-key.pem"));
    QFile key(keyPath);
    if (!key.open(QIODevice::WriteOnly) || key.write(idp.jwt.publicKeyPem()) <= 0)
        return 1;
    key.close();
    if (!idp.server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&idp.server, &QTcpServer::newConnection, &idp, [&idp] {
        while (QTcpSocket *s = idp.server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, &idp, [&idp, s] { idp.read(s); });
        }
    });
    idp.out << "key " << keyPath << Qt::endl;
    idp.out << "port " << idp.server.serverPort() << Qt::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    return app.exec();
}
