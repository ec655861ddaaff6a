// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in to IMAP with an OAuth 2.0 access token (SASL OAUTHBEARER, RFC 7628, and XOAUTH2), against
// a real Dovecot that validates the tokens itself (its oauth2 passdb, ES256 JWTs of a test
// identity provider's key): a valid token is let in by both mechanisms; an expired one, one of
// another issuer, one signed by another key, and one for another mailbox are refused, with the
// server's reason and without the token in any message.
#include "mail/ImapSession.h"
#include "DovecotServer.h"
#include "TestJwt.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;

namespace {
const QString kUser = QStringLiteral("centr@example.com");

} // namespace

class TestImapOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DovecotServer m_dovecot;
    test::TestJwtIssuer m_idp;

    QJsonObject claims(qint64 expiresInSeconds = 600) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{QStringLiteral("iss"), QStringLiteral("kopii-test-idp")},
                {QStringLiteral("sub"), QStringLiteral("user-1")},
                {QStringLiteral("email"), kUser},
                {QStringLiteral("iat"), now - 5},
                {QStringLiteral("exp"), now + expiresInSeconds}};
    }

    struct Outcome
    {
        bool answered = false;
        QByteArray status;
        QString text;
        QString failure;
        QSet<QByteArray> capabilities;
    };

    Outcome signIn(const QByteArray &token, ImapSession::TokenMechanism mechanism, const QString &user = kUser)
    {
        ImapSession session;
        Outcome out;
        bool finished = false;
        QObject::connect(&session, &ImapSession::failed, [&](const Error &e) {
            out.failure = e.message;
            finished = true;
        });
        QObject::connect(&session, &ImapSession::ready, [&] {
            out.capabilities = session.capabilities();
            session.authenticate(
                user, Secret(token),
                [&](const ImapResponse &tagged, const QList<ImapResponse> &) {
                    out.answered = true;
                    out.status = tagged.status;
                    out.text = tagged.text;
                    finished = true;
                },
                mechanism);
        });
        session.open(
            {QStringLiteral("127.0.0.1"), m_dovecot.imapsPort, Mailbox::Security::Tls, QString(), m_dovecot.fingerprint});
        if (!QTest::qWaitFor([&] { return finished; }, 20000))
            out.failure = QStringLiteral("timed out");
        session.close();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = m_dir.filePath(QStringLiteral("dovecot"));
        QVERIFY(QDir().mkpath(dir));
        QFile key(dir + QStringLiteral("/oauth2-key.pem"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(m_idp.publicKeyPem());
        key.close();
        QVERIFY(m_dovecot.start(dir, {kUser + QStringLiteral(":password-too")}, test::DovecotServer::defaultScript()));
    }

    void aValidTokenIsLetIn_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::newRow("best (OAUTHBEARER)") << int(ImapSession::TokenMechanism::Best);
        QTest::newRow("OAUTHBEARER") << int(ImapSession::TokenMechanism::OAuthBearer);
        QTest::newRow("XOAUTH2") << int(ImapSession::TokenMechanism::XOAuth2);
    }
    void aValidTokenIsLetIn()
    {
        QFETCH(int, mechanism);
        const Outcome o = signIn(m_idp.token(claims()), ImapSession::TokenMechanism(mechanism));
        QVERIFY2(o.answered, qPrintable(o.failure));
        QCOMPARE(o.status, QByteArray("OK"));
        QVERIFY(o.capabilities.contains("AUTH=OAUTHBEARER") && o.capabilities.contains("AUTH=XOAUTH2"));
    }

    void aBadTokenIsRefusedWithTheServersReason_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("user");
        QJsonObject expired = claims(-60);
        expired[QStringLiteral("iat")] = QDateTime::currentSecsSinceEpoch() - 3600;
        QTest::newRow("expired") << m_idp.token(expired) << kUser;
        QJsonObject stranger = claims();
        stranger[QStringLiteral("iss")] = QStringLiteral("https://evil.example");
        QTest::newRow("another issuer") << m_idp.token(stranger) << kUser;
        QTest::newRow("another key") << test::TestJwtIssuer().token(claims()) << kUser;
        QTest::newRow("another mailbox") << m_idp.token(claims()) << QStringLiteral("pivnich@example.com");
        QTest::newRow("not a token") << QByteArray("password-too") << kUser;
    }
    void aBadTokenIsRefusedWithTheServersReason()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, user);
        for (const auto mechanism : {ImapSession::TokenMechanism::OAuthBearer, ImapSession::TokenMechanism::XOAuth2}) {
            const Outcome o = signIn(token, mechanism, user);
            QVERIFY2(o.answered, qPrintable(o.failure));
            QCOMPARE(o.status, QByteArray("NO"));
            // The status of Dovecot's error challenge follows the text: RFC 7628's "invalid_token"
            // for OAUTHBEARER, the HTTP status for XOAUTH2 (as Google's servers do).
            const QString reason = mechanism == ImapSession::TokenMechanism::OAuthBearer ? QStringLiteral("(invalid_token)")
                                                                                         : QStringLiteral("(401)");
            QVERIFY2(o.text.endsWith(reason), qPrintable(o.text));
            QVERIFY(!o.text.contains(QString::fromLatin1(token)));
        }
    }

    // A server without sign-in by token: Kopii says so and sends nothing.
    void aServerWithoutTokenSignInIsSaidSo()
    {
        QTemporaryDir plainDir;
        test::DovecotServer plain;
        QVERIFY(plain.start(plainDir.filePath(QStringLiteral("dovecot")), {kUser + QStringLiteral(":password-too")},
                            test::DovecotServer::defaultScript()));
        ImapSession session;
        QString failure;
        bool answered = false;
        QObject::connect(&session, &ImapSession::failed, [&](const Error &e) { failure = e.message; });
        QObject::connect(&session, &ImapSession::ready, [&] {
            QVERIFY(!session.offersTokenSignIn());
            session.authenticate(kUser, Secret(m_idp.token(claims())),
                                 [&](const ImapResponse &, const QList<ImapResponse> &) { answered = true; });
        });
        session.open({QStringLiteral("127.0.0.1"), plain.imapsPort, Mailbox::Security::Tls, QString(), plain.fingerprint});
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 20000);
        QVERIFY(!answered);
        QVERIFY2(failure.contains(QLatin1String("OAuth 2.0")), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestImapOAuth)
#include "tst_imap_oauth.moc"
