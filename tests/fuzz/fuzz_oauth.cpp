// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 2.0 sign-in, on a stranger's bytes: a token endpoint's answer (as a success and as an
// error), a provider's description (a file, a discovery document), and the request a browser (or
// any program on this computer) sends to the loopback port.
#include "FuzzSupport.h"
#include "mail/OAuthClient.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = kopii::fuzz::bytes(data, size);
    static const kopii::FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC));
    kopii::fuzz::application(); // QNetworkAccessManager and the timers want one
    static kopii::OAuthClient *client = [] {
        kopii::OAuthProvider p;
        p.id = QStringLiteral("fuzz");
        p.name = QStringLiteral("Fuzz");
        return new kopii::OAuthClient(p, clock);
    }();
    (void)client->readTokenAnswer(200, input);
    (void)client->readTokenAnswer(400, input);
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)kopii::OAuthProvider::fromJson(object);
    (void)kopii::OAuthProvider::fromDiscovery(object, QStringLiteral("https://idp.example.ua"));
    const QUrl target = kopii::OAuthClient::redirectTarget(input);
    (void)target.query();
    return 0;
}
