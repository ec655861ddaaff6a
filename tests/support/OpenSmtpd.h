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
        port = DovecotServer::freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("bash"),
                        QStringList{script, dir, QString::number(port), QString::number(lmtpPort)} + aliases);
        for (int i = 0; i < 200; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (probe.waitForConnected(100))
                return true;
            if (m_process.state() == QProcess::NotRunning) {
                *why = QString::fromUtf8(m_process.readAll()).trimmed();
                return false;
            }
            QThread::msleep(50);
        }
        *why = QStringLiteral("OpenSMTPD did not listen: ") + QString::fromUtf8(m_process.readAll());
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
    QProcess m_process;
};

} // namespace kopii::test
