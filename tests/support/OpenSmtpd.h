// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private OpenSMTPD for the tests (tests/support/start-smtpd.sh): SMTP on a free loopback port,
// delivering through LMTP to the test Dovecot, with its own queue. Needs root.
#include "DovecotServer.h"

#include <QProcess>
#include <QTcpSocket>
#include <QThread>

namespace kopii::test {

class OpenSmtpd
{
public:
    ~OpenSmtpd() { stop(); }

    // False with `why` set when it cannot run here (not root) or did not start.
    // `aliases`: "branch2@example.org=shared@example.org", mail to the first lands in the second.
    bool start(const QString &dir, int lmtpPort, const QString &script, const QStringList &aliases, QString *why)
    {
        // A port found free can be taken by someone else before OpenSMTPD binds it: then again
        // with another port. Only OpenSMTPD's own greeting counts as started, never whatever else
        // may answer on the port.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (launch(dir, lmtpPort, script, aliases, why))
                return true;
            if (!why->contains(QLatin1String("Address already in use")) && !why->startsWith(QLatin1String("another program")))
                return false;
        }
        return false;
    }
    bool notRoot() const { return m_process.exitCode() == 77; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString log() { return QString::fromUtf8(m_process.readAll()); }

    int port = 0;

private:
    bool launch(const QString &dir, int lmtpPort, const QString &script, const QStringList &aliases, QString *why)
    {
        stop();
        port = DovecotServer::freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("bash"),
                        QStringList{script, dir, QString::number(port), QString::number(lmtpPort)} + aliases);
        for (int i = 0; i < 200; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (probe.waitForConnected(100)) {
                QByteArray greeting;
                while (!greeting.contains('\n') && probe.waitForReadyRead(5000))
                    greeting += probe.readAll();
                if (greeting.startsWith("220 ") && greeting.contains("OpenSMTPD"))
                    return true;
                *why = QStringLiteral("another program answers on port %1: %2")
                           .arg(port)
                           .arg(QString::fromLatin1(greeting.left(80)));
                stop();
                return false;
            }
            if (m_process.state() == QProcess::NotRunning) {
                *why = QString::fromUtf8(m_process.readAll()).trimmed();
                return false;
            }
            QThread::msleep(50);
        }
        *why = QStringLiteral("OpenSMTPD did not listen: ") + QString::fromUtf8(m_process.readAll());
        return false;
    }

    QProcess m_process;
};

} // namespace kopii::test
