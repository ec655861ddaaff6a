// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kopii {

// An OAuth 2.0 provider a mailbox signs in with: its endpoints, the scopes for IMAP, and the
// application (client) the organisation uses with it. Providers are data: the known ones (Google,
// Microsoft) ship in resources/oauth-providers.json, any other comes from a JSON file of the same
// form or from an OpenID Connect issuer's discovery document. A mailbox keeps its provider as
// JSON (toJson), so that a watcher on another computer signs in exactly as the desk that set it up.
struct OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)

public:
    QString id;   // "google", "microsoft", or the custom provider's own
    QString name; // shown to the user
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint; // empty: the provider has no device flow
    QUrl revocationEndpoint;          // empty: the provider cannot be told to forget a token
    QStringList scopes;
    QString clientId;
    // Desktop applications registered with Google get a "client secret" that is not secret
    // (Google says so); it is sent when set. Never a confidential client's secret.
    QString clientSecret;
    QString tenant;        // Microsoft: "common", "organizations" or the organisation's tenant id
    QString imapMechanism; // "xoauth2" or "oauthbearer": what the provider's IMAP server takes; empty: best offered

    // The endpoints with {tenant} replaced.
    QUrl authorization() const { return substituted(authorizationEndpoint); }
    QUrl token() const { return substituted(tokenEndpoint); }
    QUrl deviceAuthorization() const { return substituted(deviceAuthorizationEndpoint); }
    QUrl revocation() const { return substituted(revocationEndpoint); }

    QJsonObject toJson() const;
    // Reads a provider, checking every field: https endpoints (http only on loopback, for tests
    // and a local Keycloak), a client id, at least one scope. The message names what is wrong.
    static Result<OAuthProvider> fromJson(const QJsonObject &json);
    // The same from JSON text (a mailbox's Mailbox::oauth).
    static Result<OAuthProvider> fromText(const QString &json);
    // The same from a file (a custom provider).
    static Result<OAuthProvider> fromFile(const QString &path);
    // From an OpenID Connect discovery document (RFC 8414 / OIDC Discovery): the endpoints; the
    // caller adds client id and scopes.
    static Result<OAuthProvider> fromDiscovery(const QJsonObject &document, const QString &issuer);

    // The providers shipped with Kopii, without client ids (the organisation sets its own).
    static QList<OAuthProvider> known();
    // A known provider by id ("google", "microsoft"), or a file's; the message says which exist.
    static Result<OAuthProvider> byIdOrFile(const QString &idOrFile);

    bool operator==(const OAuthProvider &) const = default;

private:
    QUrl substituted(const QUrl &url) const;
};

// Whether `url` may carry tokens: https, or http to a loopback address.
bool isSafeOAuthEndpoint(const QUrl &url);

} // namespace kopii
