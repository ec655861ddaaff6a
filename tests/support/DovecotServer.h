// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private Dovecot for the tests (tests/support/start-dovecot.sh): IMAP, IMAPS with a test
// certificate, IDLE and LMTP delivery, on free loopback ports in a temporary folder.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace kopii::test {

class DovecotServer
{
public:
    ~DovecotServer() { stop(); }

#ifdef KOPII_SOURCE_DIR_FALLBACK
    // tests/support/start-dovecot.sh of this source tree (KOPII_SOURCE_DIR, else where it was built from).
    static QString defaultScript()
    {
        return qEnvironmentVariable("KOPII_SOURCE_DIR", QStringLiteral(KOPII_SOURCE_DIR_FALLBACK))
            + QStringLiteral("/tests/support/start-dovecot.sh");
    }
#endif

    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    bool start(const QString &dir, const QStringList &users, const QString &script)
    {
        m_dir = dir;
        m_users = users;
        m_script = script;
        // A port found free can be taken by another test before Dovecot binds it: then again,
        // with other ports (a port race is the machine's doing, not the code under test's).
        for (int attempt = 0; attempt < 5; ++attempt) {
            imapPort = freePort();
            imapsPort = freePort();
            lmtpPort = freePort();
            if (launch())
                return true;
            if (!m_lastError.contains("Address already in use"))
                return false;
        }
        return false;
    }

    // Starts it again after stop(): the same folder, ports, certificate and mail.
    bool restart()
    {
        stop();
        return launch();
    }

    bool launch()
    {
        const QString dir = m_dir;
        const QStringList users = m_users;
        const QString script = m_script;
        QProcess p;
        p.start(QStringLiteral("bash"),
                QStringList{script, dir, QString::number(imapPort), QString::number(imapsPort), QString::number(lmtpPort)}
                    + users);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            m_lastError = p.readAllStandardError();
            qWarning("dovecot did not start: %s", m_lastError.constData());
            return false;
        }
        m_running = true;
        QFile cert(dir + QStringLiteral("/cert.pem"));
        if (!cert.open(QIODevice::ReadOnly))
            return false;
        const QSslCertificate c(cert.readAll());
        fingerprint = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
        certFile = cert.fileName();
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        QProcess::execute(QStringLiteral("dovecot"),
                          {QStringLiteral("-c"), m_dir + QStringLiteral("/dovecot.conf"), QStringLiteral("stop")});
        m_running = false;
    }

    // Delivers a message through LMTP, as a mail server would.
    bool deliver(const QString &recipient, QByteArray message)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(lmtpPort));
        if (!s.waitForConnected(5000))
            return false;
        auto expect = [&s](const char *code) {
            QByteArray line;
            for (;;) {
                while (!s.canReadLine())
                    if (!s.waitForReadyRead(10000))
                        return false;
                line = s.readLine();
                if (line.size() < 4 || line.at(3) != '-')
                    break;
            }
            if (!line.startsWith(code))
                qWarning("LMTP: expected %s, got %s", code, line.constData());
            return line.startsWith(code);
        };
        if (!expect("220"))
            return false;
        s.write("LHLO kopii-test\r\n");
        if (!expect("250"))
            return false;
        s.write("MAIL FROM:<sender@example.net>\r\n");
        if (!expect("250"))
            return false;
        s.write("RCPT TO:<" + recipient.toUtf8() + ">\r\n");
        if (!expect("250"))
            return false;
        s.write("DATA\r\n");
        if (!expect("354"))
            return false;
        if (!message.endsWith("\r\n"))
            message += "\r\n";
        message.replace("\r\n.", "\r\n.."); // dot-stuffing
        if (message.startsWith('.'))
            message.prepend('.');
        s.write(message + ".\r\n");
        const bool ok = expect("250");
        s.write("QUIT\r\n");
        s.waitForBytesWritten(1000);
        return ok;
    }

    int imapPort = 0;
    int imapsPort = 0;
    int lmtpPort = 0;
    QString fingerprint;
    QString certFile;

private:
    QByteArray m_lastError; // what the start script said when it failed
    QString m_dir;
    QStringList m_users;
    QString m_script;
    bool m_running = false;
};

} // namespace kopii::test
