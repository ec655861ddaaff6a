// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace kopii::ui {

// Tells when the computer's own session locks or the computer goes to sleep, so that Kopii's
// session locks with it (a clerk who locks her screen or closes the laptop leaves no open key
// behind). On Linux through D-Bus: logind's PrepareForSleep and the session's Lock signal (system
// bus), and the screen saver's ActiveChanged (session bus: freedesktop's and GNOME's). Elsewhere
// nothing yet; Kopii's own idle lock still applies. Without a bus (a service, a container) it
// says nothing.
class SystemLock : public QObject
{
    Q_OBJECT

public:
    explicit SystemLock(QObject *parent = nullptr);

Q_SIGNALS:
    // The computer's session is locking or the computer is about to sleep; `reason` is for the
    // login dialog.
    void locking(const QString &reason);
    // The watch on this process's logind session is set up (or there is none): from here on its
    // Lock signal is heard.
    void watching();

private Q_SLOTS:
    void prepareForSleep(bool start);
    void sessionLocked();
    void screenSaverActive(bool active);
};

} // namespace kopii::ui
