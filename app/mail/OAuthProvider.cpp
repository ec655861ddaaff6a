// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/OAuthProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace kopii {

namespace {
QUrl urlField(const QJsonObject &json, const char *key)
{
    return QUrl(json.value(QLatin1String(key)).toString().trimmed(), QUrl::TolerantMode);
}
} // namespace

bool isSafeOAuthEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && (url.host() == QLatin1String("localhost") || host.isLoopback());
}

QUrl OAuthProvider::substituted(const QUrl &url) const
{
    if (url.isEmpty())
        return url;
    QString text = url.toString();
    text.replace(QLatin1String("%7Btenant%7D"), tenant.isEmpty() ? QStringLiteral("common") : tenant);
    text.replace(QLatin1String("{tenant}"), tenant.isEmpty() ? QStringLiteral("common") : tenant);
    return QUrl(text);
}

QJsonObject OAuthProvider::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("authorization_endpoint"), authorizationEndpoint.toString()},
                  {QStringLiteral("token_endpoint"), tokenEndpoint.toString()},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                  {QStringLiteral("client_id"), clientId}};
    if (!deviceAuthorizationEndpoint.isEmpty())
        o[QStringLiteral("device_authorization_endpoint")] = deviceAuthorizationEndpoint.toString();
    if (!revocationEndpoint.isEmpty())
        o[QStringLiteral("revocation_endpoint")] = revocationEndpoint.toString();
    if (!clientSecret.isEmpty())
        o[QStringLiteral("client_secret")] = clientSecret;
    if (!tenant.isEmpty())
        o[QStringLiteral("tenant")] = tenant;
    if (!imapMechanism.isEmpty())
        o[QStringLiteral("imap_mechanism")] = imapMechanism;
    return o;
}

Result<OAuthProvider> OAuthProvider::fromJson(const QJsonObject &json)
{
    OAuthProvider p;
    p.id = json.value(QStringLiteral("id")).toString().trimmed();
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    p.authorizationEndpoint = urlField(json, "authorization_endpoint");
    p.tokenEndpoint = urlField(json, "token_endpoint");
    p.deviceAuthorizationEndpoint = urlField(json, "device_authorization_endpoint");
    p.revocationEndpoint = urlField(json, "revocation_endpoint");
    for (const QJsonValue &s : json.value(QStringLiteral("scopes")).toArray())
        if (!s.toString().trimmed().isEmpty())
            p.scopes << s.toString().trimmed();
    p.clientId = json.value(QStringLiteral("client_id")).toString().trimmed();
    p.clientSecret = json.value(QStringLiteral("client_secret")).toString().trimmed();
    p.tenant = json.value(QStringLiteral("tenant")).toString().trimmed();
    p.imapMechanism = json.value(QStringLiteral("imap_mechanism")).toString().trimmed().toLower();

    QList<FieldError> errors;
    auto wrong = [&](const QString &field, const QString &message) {
        errors << FieldError{field, QStringLiteral("invalid"), message};
    };
    if (p.id.isEmpty() || p.id.size() > 64)
        wrong(QStringLiteral("id"), tr("The provider has no id (\"id\": a short name such as \"keycloak\")."));
    if (p.name.isEmpty())
        p.name = p.id;
    const auto endpoint = [&](const QUrl &url, const char *key, bool required) {
        if (url.isEmpty() && !required)
            return;
        if (!isSafeOAuthEndpoint(p.substituted(url)))
            wrong(QLatin1String(key),
                  tr("The provider's \"%1\" must be an https:// address (http:// only to this "
                     "computer itself, for tests).")
                      .arg(QLatin1String(key)));
    };
    endpoint(p.authorizationEndpoint, "authorization_endpoint", true);
    endpoint(p.tokenEndpoint, "token_endpoint", true);
    endpoint(p.deviceAuthorizationEndpoint, "device_authorization_endpoint", false);
    endpoint(p.revocationEndpoint, "revocation_endpoint", false);
    if (p.scopes.isEmpty())
        wrong(QStringLiteral("scopes"),
              tr("The provider names no scopes (\"scopes\": what Kopii asks to be allowed, "
                 "such as the right to read mail over IMAP)."));
    if (!p.imapMechanism.isEmpty() && p.imapMechanism != QLatin1String("xoauth2")
        && p.imapMechanism != QLatin1String("oauthbearer"))
        wrong(QStringLiteral("imap_mechanism"), tr("\"imap_mechanism\" is \"xoauth2\" or \"oauthbearer\"."));
    if (!errors.isEmpty())
        return Error{Error::Code::Validation, tr("The OAuth 2.0 provider's description is incomplete."), errors};
    return p;
}

Result<OAuthProvider> OAuthProvider::fromText(const QString &json)
{
    return fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

Result<OAuthProvider> OAuthProvider::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("Cannot read the provider file %1: %2.").arg(path, f.errorString()), {}};
    if (f.size() > 256 * 1024)
        return Error{
            Error::Code::Validation, tr("The provider file %1 is too big to be a provider's description.").arg(path), {}};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return Error{Error::Code::Validation,
                     tr("The provider file %1 is not a JSON object (see docs/mail-oauth.md for its form).").arg(path),
                     {},
                     pe.errorString()};
    return fromJson(doc.object());
}

Result<OAuthProvider> OAuthProvider::fromDiscovery(const QJsonObject &document, const QString &issuer)
{
    // OIDC Discovery 1.0, 4.3: the issuer in the document is the one asked for.
    auto strip = [](QString s) {
        while (s.endsWith(QLatin1Char('/')))
            s.chop(1);
        return s;
    };
    if (strip(document.value(QStringLiteral("issuer")).toString()) != strip(issuer))
        return Error{Error::Code::Validation,
                     tr("The provider's discovery document names another issuer than %1; it is not used.").arg(issuer),
                     {}};
    QJsonObject o = document;
    o[QStringLiteral("id")] = QUrl(issuer).host();
    o[QStringLiteral("name")] = QUrl(issuer).host();
    o[QStringLiteral("scopes")] = QJsonArray{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    o[QStringLiteral("client_id")] = QStringLiteral("-");                // the caller sets the organisation's
    o[QStringLiteral("imap_mechanism")] = QStringLiteral("oauthbearer"); // RFC 7628, what standard servers take
    auto p = fromJson(o);
    if (p)
        p.value().clientId.clear();
    return p;
}

QList<OAuthProvider> OAuthProvider::known()
{
    static const QList<OAuthProvider> list = [] {
        QList<OAuthProvider> out;
        QFile f(QStringLiteral(":/kopii/oauth-providers.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("providers")).toArray()) {
            QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("client_id")).toString().isEmpty())
                o[QStringLiteral("client_id")] = QStringLiteral("-"); // checked where it is used
            auto p = fromJson(o);
            if (p) {
                p.value().clientId.clear();
                out << *p;
            }
        }
        return out;
    }();
    return list;
}

Result<OAuthProvider> OAuthProvider::byIdOrFile(const QString &idOrFile)
{
    QStringList ids;
    for (const OAuthProvider &p : known()) {
        if (p.id == idOrFile)
            return p;
        ids << p.id;
    }
    if (idOrFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || idOrFile.contains(QLatin1Char('/')))
        return fromFile(idOrFile);
    return Error{Error::Code::NotFound,
                 tr("There is no OAuth 2.0 provider \"%1\": give %2, or a provider file (.json).")
                     .arg(idOrFile, ids.join(QStringLiteral(", "))),
                 {}};
}

} // namespace kopii
