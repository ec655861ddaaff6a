// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test PKI's online services, real programs on loopback: `openssl ocsp` as the CA's OCSP
// responder (the port every test leaf names in its authorityInfoAccess) and `openssl ts -reply`
// as the time-stamping authority, under faketime for timestamps in the past.
#include "CryptoTestUtil.h"
#include "crypto/Timestamp.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace kopii::test {

constexpr int kOcspPort = 47180; // tests/data/make-test-pki.sh: ocsp_port
constexpr int kCrlPort = 47181;  // tests/data/make-test-pki.sh: crl_port

// A minimal HTTP server on loopback for the CRL distribution point, on its own thread (the
// verifier under test blocks the test's thread while it downloads). GET /NAME answers the bytes
// set for NAME, anything else 404. With a POST handler, a POST's body goes to it and its result
// is the answer (a scripted OCSP responder, for answers `openssl ocsp` cannot sign).
class HttpFileServer : public QObject
{
public:
    ~HttpFileServer() override { stop(); }

    void serve(const QByteArray &path, const QByteArray &body)
    {
        QMutexLocker lock(&m_mutex);
        m_files.insert(path, body);
    }
    void setPostHandler(std::function<QByteArray(const QByteArray &)> handler)
    {
        QMutexLocker lock(&m_mutex);
        m_post = std::move(handler);
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    bool start(int port = kCrlPort)
    {
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            &m_worker,
            [this, port, &listening] {
                m_server = new QTcpServer(&m_worker);
                listening = m_server->listen(QHostAddress::LocalHost, quint16(port));
                QObject::connect(m_server, &QTcpServer::newConnection, &m_worker, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                            const QByteArray request = socket->peek(65536);
                            const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                            if (headerEnd < 0)
                                return;
                            qsizetype length = 0;
                            for (const QByteArray &line : request.left(headerEnd).split('\n'))
                                if (line.toLower().startsWith("content-length:"))
                                    length = line.mid(15).trimmed().toLongLong();
                            if (request.size() < headerEnd + 4 + length)
                                return;
                            socket->readAll();
                            const QByteArray path = request.split(' ').value(1).mid(1);
                            const bool post = request.startsWith("POST ");
                            QByteArray body;
                            bool found = false;
                            {
                                QMutexLocker lock(&m_mutex);
                                ++m_requests;
                                if (post && m_post) {
                                    body = m_post(request.mid(headerEnd + 4, length));
                                    found = !body.isEmpty();
                                } else {
                                    found = m_files.contains(path);
                                    body = m_files.value(path);
                                }
                            }
                            socket->write((found ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: ")
                                                   + (post ? "application/ocsp-response" : "application/pkix-crl") + "\r\n"
                                                 : QByteArray("HTTP/1.1 404 Not Found\r\n"))
                                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                                          + body);
                            socket->disconnectFromHost();
                        });
                        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    }
                });
            },
            Qt::BlockingQueuedConnection);
        return listening;
    }
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            &m_worker,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    HttpFileServer() { m_worker.moveToThread(&m_thread); }

private:
    QThread m_thread;
    QObject m_worker;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_files;
    std::function<QByteArray(const QByteArray &)> m_post;
    int m_requests = 0;
};

class OcspResponder
{
public:
    ~OcspResponder() { stop(); }

    // Serves the CA's index (or another index file) until stopped, signed by the responder
    // certificate `signer` of the test PKI. Tests using it hold the ctest RESOURCE_LOCK "ocsp-port".
    bool start(const QString &index = pki(QStringLiteral("db-ca/index.txt")), QString *error = nullptr,
               const QString &signer = QStringLiteral("ocsp"))
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {QStringLiteral("ocsp"), QStringLiteral("-index"), index, QStringLiteral("-port"),
                         QString::number(kOcspPort), QStringLiteral("-rsigner"), pki(signer + QStringLiteral(".crt")),
                         QStringLiteral("-rkey"), pki(signer + QStringLiteral(".key")), QStringLiteral("-CA"),
                         pki(QStringLiteral("ca.crt")), QStringLiteral("-nmin"), QStringLiteral("60"),
                         QStringLiteral("-ignore_err")});
        QByteArray output;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            output += m_process.readAll();
            if (output.contains("waiting for OCSP client connections"))
                return true;
        }
        if (error)
            *error = QString::fromLocal8Bit(output);
        stop();
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
};

// An RFC 3161 token over the signature value of `p7s`, made by the test TSA `tsa` ("tsa" or
// "rogue-tsa"); `fakeTime` (faketime -f syntax, e.g. "-2d" or "@2025-01-01 12:00:00") moves its time.
inline QByteArray timestampToken(const QByteArray &p7s, const QString &tsa = QStringLiteral("tsa"),
                                 const QString &fakeTime = QString())
{
    const auto value = Timestamp::signatureValue(p7s);
    if (!value)
        qFatal("%s", qPrintable(value.error().message));
    QTemporaryDir dir;
    const QString query = dir.filePath(QStringLiteral("q.tsq")), token = dir.filePath(QStringLiteral("t.der"));
    auto run = [](const QString &program, const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
    };
    run(QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-digest"),
         QString::fromLatin1(QCryptographicHash::hash(*value, QCryptographicHash::Sha256).toHex()), QStringLiteral("-sha256"),
         QStringLiteral("-cert"), QStringLiteral("-out"), query});
    QStringList reply = {QStringLiteral("openssl"),
                         QStringLiteral("ts"),
                         QStringLiteral("-reply"),
                         QStringLiteral("-config"),
                         pki(tsa + QStringLiteral(".conf")),
                         QStringLiteral("-queryfile"),
                         query,
                         QStringLiteral("-token_out"),
                         QStringLiteral("-out"),
                         token};
    if (fakeTime.isEmpty())
        run(reply.takeFirst(), reply);
    else
        run(QStringLiteral("faketime"), QStringList{QStringLiteral("-f"), fakeTime} + reply);
    QFile f(token);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no timestamp token");
    return f.readAll();
}

// `p7s` with a signature timestamp of the test TSA.
inline QByteArray withTimestamp(const QByteArray &p7s, const QString &tsa = QStringLiteral("tsa"),
                                const QString &fakeTime = QString())
{
    const auto stamped = Timestamp::attachToken(p7s, timestampToken(p7s, tsa, fakeTime));
    if (!stamped)
        qFatal("%s", qPrintable(stamped.error().message));
    return *stamped;
}

} // namespace kopii::test
