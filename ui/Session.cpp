// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Session.h"
#include "ui/SystemLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace kopii::ui {

namespace {
const QString kIdleKey = QStringLiteral("session/idleMinutes");
constexpr int kDefaultIdleMinutes = 15;
constexpr int kTokenCheckMs = 2000;
} // namespace

Session::Session(Identity identity, std::shared_ptr<Signer> signer, QObject *parent)
    : QObject(parent), m_identity(std::move(identity)), m_signer(std::move(signer))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { lock(tr("The session was locked after %n minute(s) without activity.", nullptr, idleMinutes())); });
    const int minutes = idleMinutes();
    if (minutes > 0) {
        m_idle.setInterval(minutes * 60 * 1000);
        m_idle.start();
    }
    // The computer's own lock and sleep lock Kopii's session too.
    connect(new SystemLock(this), &SystemLock::locking, this, &Session::lock);
    connect(&m_tokenCheck, &QTimer::timeout, this, &Session::checkToken);
    m_tokenCheck.start(kTokenCheckMs);
    QCoreApplication::instance()->installEventFilter(this);
}

Session::~Session()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void Session::renew(Identity identity, std::shared_ptr<Signer> signer)
{
    m_identity = std::move(identity);
    m_signer = std::move(signer);
    m_locked = false;
    if (m_idle.interval() > 0 && idleMinutes() > 0)
        m_idle.start();
    m_tokenCheck.start(kTokenCheckMs);
}

int Session::idleMinutes()
{
    return QSettings().value(kIdleKey, kDefaultIdleMinutes).toInt();
}

void Session::setIdleMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, qBound(0, minutes, 24 * 60));
}

void Session::setIdleTimeoutMs(int ms)
{
    m_idle.setInterval(ms);
    m_idle.start();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked && m_idle.interval() > 0)
            m_idle.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::checkToken()
{
    if (!m_locked && m_signer && !m_signer->isPresent())
        lock(tr("The session was locked because the token was removed."));
}

void Session::lock(const QString &reason)
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    m_tokenCheck.stop();
    m_signer.reset(); // logs out of the token
    Q_EMIT locked(reason);
}

} // namespace kopii::ui
