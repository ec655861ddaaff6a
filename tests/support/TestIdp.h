// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Starts kopii-test-idp (tests/support/idp.cpp), the test OAuth 2.0 identity provider, and talks
// to it as the person at the browser would: approving a device code, withdrawing the permission.
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace kopii::test {

// The person's browser, as far as the sign-in needs one: opens an address and follows the
// provider's redirect (to Kopii's loopback port), keeping what it was last shown.
struct TestBrowser
{
    QNetworkAccessManager network;
    int lastStatus = 0;
    QByteArray lastPage;
    QUrl lastUrl;
    void open(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            lastPage = reply->readAll();
            lastUrl = reply->url();
            reply->deleteLater();
        });
    }
};

class TestIdp
{
public:
    ~TestIdp() { stop(); }

    // `options`: the program's options (--rotate, --lifetime 5, --garbage…); the key goes to keyDir.
    bool start(const QString &keyDir, const QStringList &options = {})
    {
        stop();
        const QString program = QStringLiteral(KOPII_TEST_IDP); // the tests that use it define it
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, QStringList{QStringLiteral("--key-dir"), keyDir} + options);
        if (!m_process.waitForStarted(10000))
            return false;
        port = 0;
        while (port == 0) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(10000))
                return false;
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("key "))
                    keyPath = QString::fromLocal8Bit(line.mid(4));
                if (line.startsWith("port "))
                    port = line.mid(5).toInt();
            }
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    // The provider as Kopii's JSON describes it.
    QJsonObject provider(const QString &clientId = QStringLiteral("kopii-test")) const
    {
        return {{QStringLiteral("id"), QStringLiteral("test-idp")},
                {QStringLiteral("name"), QStringLiteral("Test IdP")},
                {QStringLiteral("authorization_endpoint"), base() + QStringLiteral("/authorize")},
                {QStringLiteral("token_endpoint"), base() + QStringLiteral("/token")},
                {QStringLiteral("device_authorization_endpoint"), base() + QStringLiteral("/device")},
                {QStringLiteral("revocation_endpoint"), base() + QStringLiteral("/revoke")},
                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("mail")}},
                {QStringLiteral("client_id"), clientId}};
    }

    // POST to the provider (form fields), waiting for the answer; its HTTP status.
    int post(const QString &path, const QList<std::pair<QString, QString>> &form = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(base() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery q;
        for (const auto &[k, v] : form)
            q.addQueryItem(k, v);
        QNetworkReply *reply = network.post(request, q.toString(QUrl::FullyEncoded).toUtf8());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    int approve(const QString &userCode, bool deny = false)
    {
        QList<std::pair<QString, QString>> form{{QStringLiteral("user_code"), userCode}};
        if (deny)
            form.append({QStringLiteral("deny"), QStringLiteral("1")});
        return post(QStringLiteral("/device/approve"), form);
    }
    int revokeAll() { return post(QStringLiteral("/control/revoke-all")); }

    // What the provider was asked, in order ("request POST /token"…).
    QStringList requests()
    {
        while (m_process.canReadLine() || m_process.waitForReadyRead(50))
            while (m_process.canReadLine())
                m_log << QString::fromUtf8(m_process.readLine().trimmed());
        return m_log;
    }

    int port = 0;
    QString keyPath;

private:
    QProcess m_process;
    QStringList m_log;
};

} // namespace kopii::test
