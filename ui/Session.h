// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Login.h"
#include "crypto/Signer.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace kopii::ui {

// The logged-in person and their open key. Locks after a period without keyboard or mouse input,
// when the token is removed, and when the computer's session locks or it goes to sleep
// (SystemLock); the window then asks for the login again.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Identity identity, std::shared_ptr<Signer> signer, QObject *parent = nullptr);
    ~Session() override;

    const Identity &identity() const { return m_identity; }
    Signer *signer() const { return m_signer.get(); }
    // The key for work on another thread: stays alive until that work ends, even if the session
    // is renewed meanwhile.
    std::shared_ptr<Signer> sharedSigner() const { return m_signer; }
    // Replaces the person and key after a login that unlocked the session.
    void renew(Identity identity, std::shared_ptr<Signer> signer);

    // Minutes without input before the session locks (0: never). Kept in the settings.
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    void setIdleTimeoutMs(int ms); // for tests

    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    // The session locked; `reason` says why, for the login dialog.
    void locked(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock(const QString &reason);
    void checkToken();

    Identity m_identity;
    std::shared_ptr<Signer> m_signer;
    QTimer m_idle;
    QTimer m_tokenCheck;
    bool m_locked = false;
};

} // namespace kopii::ui
