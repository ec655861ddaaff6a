// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ServerWatch.h"

#include <QTimer>

namespace kopii {

namespace {

// Lives on the watch's thread, with its connection.
class Probe : public QObject
{
    Q_OBJECT

public:
    Probe(SqlSession::ReaderOpener opener, int intervalMs) : m_opener(std::move(opener)), m_intervalMs(intervalMs) {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Probe::check);
        m_timer->start();
    }

    void check()
    {
        if (!m_session) {
            auto opened = m_opener();
            if (!opened) {
                Q_EMIT answered(false, opened.error().message);
                return;
            }
            m_session = std::move(opened).value();
        } else if (!m_session->ping()) {
            if (Status again = m_session->reconnect(); !again) {
                Q_EMIT answered(false, again.error().message);
                return;
            }
        }
        Q_EMIT answered(true, QString());
    }

Q_SIGNALS:
    void answered(bool answers, const QString &problem);

private:
    SqlSession::ReaderOpener m_opener;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
    std::unique_ptr<SqlSession> m_session; // opened, used and closed on this thread
};

} // namespace

ServerWatch::ServerWatch(SqlSession::ReaderOpener opener, int intervalMs, QObject *parent)
    : QObject(parent), m_probe(new Probe(std::move(opener), intervalMs))
{
    m_thread.setObjectName(QStringLiteral("kopii-server-watch"));
    m_probe->moveToThread(&m_thread);
    // The probe (and its connection) ends on its own thread, when the thread does.
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(static_cast<Probe *>(m_probe), &Probe::answered, this, &ServerWatch::answered, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(static_cast<Probe *>(m_probe), &Probe::start, Qt::QueuedConnection);
}

ServerWatch::~ServerWatch()
{
    m_thread.quit();
    m_thread.wait();
}

void ServerWatch::checkNow()
{
    QMetaObject::invokeMethod(static_cast<Probe *>(m_probe), &Probe::check, Qt::QueuedConnection);
}

} // namespace kopii

#include "ServerWatch.moc"
