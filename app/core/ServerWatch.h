// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SqlSession.h"

#include <QObject>
#include <QThread>

namespace kopii {

// Asks an office server, off the caller's thread and through a connection of its own, whether it
// still answers: every `intervalMs`, and at checkNow(). A server that vanished from the network
// keeps a statement waiting until TCP gives up (20 s, SqlSession's tcp_user_timeout); the
// window's thread must not be the one that waits. The window checks its own connection only once
// the server answers here, when a dropped connection fails at once.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    ServerWatch(SqlSession::ReaderOpener opener, int intervalMs, QObject *parent = nullptr);
    // Waits for a question under way (at most the TCP timeout above).
    ~ServerWatch() override;

    void checkNow();

Q_SIGNALS:
    // On the owner's thread: whether the server answered, and if not, why (in the clerk's words).
    void answered(bool answers, const QString &problem);

private:
    QThread m_thread;
    QObject *m_probe;
};

} // namespace kopii
