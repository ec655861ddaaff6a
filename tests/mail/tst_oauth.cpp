// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 2.0 sign-in for mailboxes against a test identity provider on loopback (kopii-test-idp):
// the authorization code flow with PKCE, driven by the test acting as the browser (it follows the
// provider's redirect to Kopii's loopback port); the device flow, approved by the test acting as
// the person; refresh, rotation and withdrawal; and what a broken or unreachable provider does.
// The tokens it gives are then presented to a real Dovecot, which validates them itself.
#include "DovecotServer.h"
#include "TestIdp.h"
#include "mail/ImapSession.h"
#include "core/Workspace.h"
#include "mail/MailboxSync.h"
#include "mail/MailboxTokens.h"
#include "mail/OAuthClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

namespace {
const QString kUser = QStringLiteral("centr@example.com");

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestIdp m_idp;
    test::DovecotServer m_dovecot;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)};

    OAuthProvider provider(const QJsonObject &json) const
    {
        const auto p = OAuthProvider::fromJson(json);
        return p ? *p : OAuthProvider();
    }

    Result<OAuthTokens> waitFor(OAuthClient &client, const std::function<void(OAuthClient::Done)> &start)
    {
        std::optional<Result<OAuthTokens>> out;
        start([&](const Result<OAuthTokens> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return Error{Error::Code::Internal, QStringLiteral("timed out"), {}};
        Q_UNUSED(client);
        return *out;
    }

    Result<OAuthTokens> browserSignIn(test::TestIdp &idp, test::TestBrowser &browser, const QString &hint = kUser)
    {
        OAuthClient client(provider(idp.provider()), m_clock);
        return waitFor(client, [&](OAuthClient::Done done) {
            client.authorize(
                hint, [&](const QUrl &url) { browser.open(url); }, done);
        });
    }

    QByteArray imapStatus(const SharedSecret &token, ImapSession::TokenMechanism mechanism = ImapSession::TokenMechanism::Best)
    {
        ImapSession session;
        QByteArray status;
        QObject::connect(&session, &ImapSession::failed, [&](const Error &) { status = "failed"; });
        QObject::connect(&session, &ImapSession::ready, [&] {
            session.authenticate(
                kUser, Secret(QByteArray(token->c_str(), token->size())),
                [&](const ImapResponse &tagged, const QList<ImapResponse> &) { status = tagged.status; }, mechanism);
        });
        session.open(
            {QStringLiteral("127.0.0.1"), m_dovecot.imapsPort, Mailbox::Security::Tls, QString(), m_dovecot.fingerprint});
        if (!QTest::qWaitFor([&] { return !status.isEmpty(); }, 20000))
            status = "timed out";
        session.close();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start(m_dir.path()));
        const QString dir = m_dir.filePath(QStringLiteral("dovecot"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(m_idp.keyPath, dir + QStringLiteral("/oauth2-key.pem")));
        QVERIFY(m_dovecot.start(dir, {kUser + QStringLiteral(":password-too")}, test::DovecotServer::defaultScript()));
    }

    // RFC 7636, appendix B.
    void theCodeChallengeIsRfc7636s()
    {
        QCOMPARE(OAuthClient::codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void theKnownProvidersAreThere()
    {
        QStringList ids;
        for (const OAuthProvider &p : OAuthProvider::known()) {
            ids << p.id;
            QVERIFY(p.clientId.isEmpty()); // the organisation gives its own
            QVERIFY(p.token().scheme() == QLatin1String("https"));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("google"), QStringLiteral("microsoft")}));
        auto microsoft = OAuthProvider::byIdOrFile(QStringLiteral("microsoft"));
        QVERIFY(microsoft);
        QCOMPARE(microsoft->token().toString(), QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
        microsoft.value().tenant = QStringLiteral("5f3c7a52-0000-4000-8000-000000000001");
        QVERIFY(microsoft->authorization().toString().contains(QLatin1String("/5f3c7a52-0000-4000-8000-000000000001/")));
        const auto unknown = OAuthProvider::byIdOrFile(QStringLiteral("yahoo"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("google, microsoft")), qPrintable(unknown.error().message));
    }

    void aBadProviderIsExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain http elsewhere") << "token_endpoint"
                                              << "http://idp.example.com/token";
        QTest::newRow("not an address") << "authorization_endpoint"
                                        << "::::";
        QTest::newRow("credentials in the address") << "token_endpoint"
                                                    << "https://user:pw@idp.example.com/token";
        QTest::newRow("no id") << "id"
                               << "";
        QTest::newRow("odd mechanism") << "imap_mechanism"
                                       << "plain";
    }
    void aBadProviderIsExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject json = m_idp.provider();
        json[field] = value;
        const auto p = OAuthProvider::fromJson(json);
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Validation);
        QCOMPARE(p.error().fields.size(), 1);
        QCOMPARE(p.error().fields.first().field, field);
        QVERIFY(!p.error().fields.first().message.isEmpty());
        // and a file that is not one
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>not json</html>");
        f.close();
        const auto fromFile = OAuthProvider::byIdOrFile(f.fileName());
        QVERIFY(!fromFile);
        QVERIFY(fromFile.error().message.contains(f.fileName()));
        QVERIFY(!OAuthProvider::byIdOrFile(dir.filePath(QStringLiteral("missing.json"))));
    }

    void aProviderRoundTripsThroughJson()
    {
        const OAuthProvider p = provider(m_idp.provider());
        QVERIFY(!p.id.isEmpty());
        const auto again = OAuthProvider::fromJson(p.toJson());
        QVERIFY(again);
        QCOMPARE(*again, p);
    }

    // The test acts as the browser: it opens the address Kopii gives, the provider redirects it
    // to Kopii's loopback port with a code, Kopii trades the code (and its PKCE verifier) for
    // tokens, which Dovecot then accepts.
    void theBrowserFlowGivesTokensDovecotAccepts()
    {
        test::TestBrowser browser;
        const auto tokens = browserSignIn(m_idp, browser);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().message + tokens.error().cause));
        QVERIFY(tokens->access && tokens->refresh);
        QCOMPARE(tokens->expiresAt, m_clock.now().addSecs(600));
        QTRY_COMPARE(browser.lastStatus, 200);
        QCOMPARE(browser.lastUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(browser.lastPage.contains("Kopii"));
        QCOMPARE(imapStatus(tokens->access), QByteArray("OK"));
        QCOMPARE(imapStatus(tokens->access, ImapSession::TokenMechanism::XOAuth2), QByteArray("OK"));
    }

    // Another page sending the browser to Kopii's port with a state that is not Kopii's is
    // ignored; the real answer still completes the sign-in.
    void aForeignAnswerIsIgnored()
    {
        OAuthClient client(provider(m_idp.provider()), m_clock);
        test::TestBrowser browser;
        test::TestBrowser stranger;
        QUrl real;
        std::optional<Result<OAuthTokens>> out;
        client.authorize(
            kUser, [&](const QUrl &url) { real = url; }, [&](const Result<OAuthTokens> &r) { out = r; });
        QVERIFY(real.isValid());
        const QString redirect = QUrlQuery(real).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        stranger.open(QUrl(redirect + QStringLiteral("?code=stolen&state=not-kopiis")));
        QTRY_COMPARE(stranger.lastStatus, 404);
        QVERIFY(!out.has_value());
        browser.open(real);
        QTRY_VERIFY(out.has_value());
        QVERIFY(*out);
    }

    void aRefusalInTheBrowserIsSaidSo()
    {
        test::TestIdp denying;
        QTemporaryDir dir;
        QVERIFY(denying.start(dir.path(), {QStringLiteral("--deny")}));
        test::TestBrowser browser;
        const auto tokens = browserSignIn(denying, browser);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::Denied);
        QVERIFY(tokens.error().cause.startsWith(QLatin1String("access_denied")));
        QVERIFY(!oauthNeedsSignInAgain(tokens.error()) || tokens.error().cause.startsWith(QLatin1String("invalid_grant")));
    }

    void theDeviceFlowWaitsForTheApproval_data()
    {
        QTest::addColumn<bool>("slowDown");
        QTest::newRow("pending, then approved") << false;
        QTest::newRow("slow_down, then approved") << true;
    }
    void theDeviceFlowWaitsForTheApproval()
    {
        QFETCH(bool, slowDown);
        test::TestIdp slow;
        QTemporaryDir dir;
        if (slowDown)
            QVERIFY(slow.start(dir.path(), {QStringLiteral("--slow-down")}));
        test::TestIdp &idp = slowDown ? slow : m_idp;
        OAuthClient client(provider(idp.provider()), m_clock);
        OAuthClient::DeviceCode shown;
        std::optional<Result<OAuthTokens>> out;
        client.authorizeDevice([&](const OAuthClient::DeviceCode &c) { shown = c; },
                               [&](const Result<OAuthTokens> &r) { out = r; });
        QTRY_VERIFY(!shown.userCode.isEmpty());
        QCOMPARE(shown.verificationUri.path(), QStringLiteral("/activate"));
        // the provider is asked at least once before the person approves
        QTRY_VERIFY_WITH_TIMEOUT(idp.requests().count(QStringLiteral("request POST /token")) >= 1, 10000);
        QVERIFY(!out.has_value());
        QCOMPARE(idp.approve(shown.userCode), 200);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
        QVERIFY2(*out, qPrintable(out->ok() ? QString() : out->error().message));
        QVERIFY((*out)->refresh);
        if (!slowDown) // Dovecot knows the first provider's key
            QCOMPARE(imapStatus((*out)->access), QByteArray("OK"));
    }

    void aDeniedDeviceCodeIsSaidSo()
    {
        OAuthClient client(provider(m_idp.provider()), m_clock);
        OAuthClient::DeviceCode shown;
        std::optional<Result<OAuthTokens>> out;
        client.authorizeDevice([&](const OAuthClient::DeviceCode &c) { shown = c; },
                               [&](const Result<OAuthTokens> &r) { out = r; });
        QTRY_VERIFY(!shown.userCode.isEmpty());
        QCOMPARE(m_idp.approve(shown.userCode, true), 200);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
        QVERIFY(!*out);
        QCOMPARE(out->error().code, Error::Code::Denied);
    }

    void anExpiredDeviceCodeIsSaidSo()
    {
        OAuthClient client(provider(m_idp.provider()), m_clock);
        std::optional<Result<OAuthTokens>> out;
        bool shown = false;
        client.authorizeDevice(
            [&](const OAuthClient::DeviceCode &) {
                shown = true;
                m_clock.advanceSecs(601); // nobody approves within the code's 600 seconds
            },
            [&](const Result<OAuthTokens> &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 15000);
        m_clock.advanceSecs(-601);
        QVERIFY(shown);
        QVERIFY(!*out);
        QVERIFY(out->error().message.contains(QLatin1String("in time")));
    }

    void refreshGivesNewAccessUntilThePermissionIsWithdrawn()
    {
        test::TestIdp idp;
        QTemporaryDir dir;
        QVERIFY(idp.start(dir.path(), {QStringLiteral("--rotate")}));
        test::TestBrowser browser;
        const auto first = browserSignIn(idp, browser);
        QVERIFY(first);
        OAuthClient client(provider(idp.provider()), m_clock);
        const auto second = waitFor(client, [&](OAuthClient::Done done) { client.refresh(first->refresh, done); });
        QVERIFY(second);
        QVERIFY(second->refresh); // rotated: a new refresh token to keep
        QVERIFY(QByteArray(second->refresh->c_str()) != QByteArray(first->refresh->c_str()));
        // the rotated-out one is no longer accepted
        const auto old = waitFor(client, [&](OAuthClient::Done done) { client.refresh(first->refresh, done); });
        QVERIFY(!old);
        QVERIFY(oauthNeedsSignInAgain(old.error()));
        QCOMPARE(idp.revokeAll(), 200);
        const auto withdrawn = waitFor(client, [&](OAuthClient::Done done) { client.refresh(second->refresh, done); });
        QVERIFY(!withdrawn);
        QVERIFY(oauthNeedsSignInAgain(withdrawn.error()));
        QVERIFY(withdrawn.error().message.contains(QLatin1String("Sign in to the mailbox again")));
        QVERIFY(!withdrawn.error().message.contains(QString::fromLatin1(second->refresh->c_str())));
    }

    void aBrokenOrAbsentProviderIsExplained()
    {
        test::TestIdp garbage;
        QTemporaryDir dir;
        QVERIFY(garbage.start(dir.path(), {QStringLiteral("--garbage")}));
        test::TestBrowser browser;
        const auto g = browserSignIn(garbage, browser);
        QVERIFY(!g);
        QVERIFY2(g.error().message.contains(QLatin1String("does not understand")), qPrintable(g.error().message));
        QVERIFY(!g.error().cause.contains(QLatin1String("<html")));

        OAuthClient wrongClient(provider(m_idp.provider(QStringLiteral("someone-else"))), m_clock);
        const auto w = waitFor(wrongClient, [&](OAuthClient::Done done) { wrongClient.refresh(share(Secret("x")), done); });
        QVERIFY(!w);
        QVERIFY(w.error().message.contains(QLatin1String("client id")));

        QJsonObject gone = m_idp.provider();
        gone[QStringLiteral("token_endpoint")] = QStringLiteral("http://127.0.0.1:%1/token").arg(test::DovecotServer::freePort());
        OAuthClient unreachable(provider(gone), m_clock);
        const auto u = waitFor(unreachable, [&](OAuthClient::Done done) { unreachable.refresh(share(Secret("x")), done); });
        QVERIFY(!u);
        QCOMPARE(u.error().code, Error::Code::Io);
        QVERIFY(u.error().message.contains(QLatin1String("cannot reach")));
    }

    void cancellingEndsTheWait()
    {
        OAuthClient client(provider(m_idp.provider()), m_clock);
        std::optional<Result<OAuthTokens>> out;
        client.authorize(
            kUser, [](const QUrl &) {}, [&](const Result<OAuthTokens> &r) { out = r; });
        client.cancel();
        QVERIFY(out.has_value() && !*out);
        QCOMPARE(out->error().cause, QStringLiteral("cancelled"));
    }

    // The mail server refuses the access token Kopii holds (withdrawn, or ended early): Kopii
    // refreshes it once and signs in with the new one; a new one refused too ends the attempt
    // with the server's reason, without a loop of refreshes.
    void aRefusedAccessTokenIsRefreshedOnce_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("signsIn");
        QTest::newRow("refreshed, then let in") << kUser << true;
        QTest::newRow("another account: refused twice") << QStringLiteral("pivnich@example.com") << false;
    }
    void aRefusedAccessTokenIsRefreshedOnce()
    {
        QFETCH(QString, user);
        QFETCH(bool, signsIn);
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path());
        QVERIFY(ws);
        const OAuthProvider p = provider(m_idp.provider());
        test::TestBrowser browser;
        const auto signedIn = browserSignIn(m_idp, browser);
        QVERIFY(signedIn);
        MailboxTokens tokens(p, signedIn->refresh, m_clock);
        OAuthTokens stale;
        stale.access = share(Secret("an-access-token-the-server-no-longer-takes"));
        stale.expiresAt = m_clock.now().addSecs(3600);
        tokens.setTokens(stale);
        Mailbox m;
        m.host = QStringLiteral("127.0.0.1");
        m.port = m_dovecot.imapsPort;
        m.user = user;
        m.pinSha256 = m_dovecot.fingerprint;
        m.oauth = QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        const int before = int(m_idp.requests().count(QStringLiteral("request POST /token")));
        MailboxSync sync((*ws)->session(), m, SharedSecret(), nullptr, m_clock);
        sync.signInWith(&tokens);
        sync.testOnly();
        QSignalSpy finished(&sync, &MailboxSync::finished);
        sync.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), signsIn);
        QCOMPARE(m_idp.requests().count(QStringLiteral("request POST /token")), before + 1); // one refresh, no loop
        if (!signsIn) {
            QVERIFY2(sync.report().error.contains(QStringLiteral("refused the sign-in")), qPrintable(sync.report().error));
            QVERIFY(!sync.report().signInAgain); // the permission stands; the account is the wrong one
        }
    }

    void anIssuerDescribesItself()
    {
        QObject context;
        std::optional<Result<OAuthProvider>> out;
        auto discover = [&](const QString &issuer) {
            out.reset();
            discoverOAuthProvider(QUrl(issuer), &context, [&](const Result<OAuthProvider> &r) { out = r; });
            return QTest::qWaitFor([&] { return out.has_value(); }, 10000);
        };
        QVERIFY(discover(m_idp.base()));
        QVERIFY2(*out, qPrintable(out->ok() ? QString() : out->error().fullText()));
        QCOMPARE((*out)->token().toString(), m_idp.base() + QStringLiteral("/token"));
        QCOMPARE((*out)->deviceAuthorization().toString(), m_idp.base() + QStringLiteral("/device"));
        QVERIFY((*out)->clientId.isEmpty()); // the organisation's, given apart
        QVERIFY(discover(m_idp.base() + QStringLiteral("/not-an-issuer")));
        QVERIFY(!*out);
        QVERIFY(out->error().message.contains(QStringLiteral("OpenID Connect")));
        QVERIFY(discover(QStringLiteral("http://idp.example.com")));
        QVERIFY(!*out);
        QCOMPARE(out->error().code, Error::Code::Validation);
    }

    void aDiscoveryDocumentNamesItsIssuer()
    {
        QJsonObject doc{{QStringLiteral("issuer"), m_idp.base()},
                        {QStringLiteral("authorization_endpoint"), m_idp.base() + QStringLiteral("/authorize")},
                        {QStringLiteral("token_endpoint"), m_idp.base() + QStringLiteral("/token")}};
        QVERIFY(OAuthProvider::fromDiscovery(doc, m_idp.base() + QStringLiteral("/")));
        QVERIFY(!OAuthProvider::fromDiscovery(doc, QStringLiteral("https://other.example")));
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
