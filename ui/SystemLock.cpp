// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SystemLock.h"

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusMessage>

#include <unistd.h>
#endif

namespace kopii::ui {

namespace {
#ifdef Q_OS_LINUX
const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
#endif
} // namespace

SystemLock::SystemLock(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_LINUX
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        // Only logind itself may send these (the signals are matched on its bus name).
        system.connect(kLogin1, QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
        // This process's session: its Lock signal (loginctl lock-session, the desktop's lock).
        QDBusMessage ask =
            QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                           QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
        ask << quint32(::getpid());
        auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(ask), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
            watcher->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
            // Not in a logind session (a service, a container): the idle lock remains.
            if (!reply.isError())
                QDBusConnection::systemBus().connect(kLogin1, reply.value().path(),
                                                     QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                                     this, SLOT(sessionLocked()));
            Q_EMIT watching();
        });
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // The screen savers, whoever owns their name: a false "locked" only locks Kopii too.
        session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                        QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActive(bool)));
        session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                        QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActive(bool)));
    }
#endif
}

void SystemLock::prepareForSleep(bool start)
{
    if (start)
        Q_EMIT locking(tr("The session was locked because the computer went to sleep."));
}

void SystemLock::sessionLocked()
{
    Q_EMIT locking(tr("The session was locked because the computer's session was locked."));
}

void SystemLock::screenSaverActive(bool active)
{
    if (active)
        Q_EMIT locking(tr("The session was locked because the computer's screen was locked."));
}

} // namespace kopii::ui
