// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/BackgroundWatcher.h"

#include "mail/Ingestor.h"
#include "core/SqlSession.h"
#include "mail/Watcher.h"

namespace kopii {

BackgroundWatcher::BackgroundWatcher(SqlSession::ReaderOpener openStore, QObject *parent)
    : QObject(parent), m_openStore(std::move(openStore))
{
    m_thread.setObjectName(QStringLiteral("kopii-watcher"));
}

BackgroundWatcher::~BackgroundWatcher()
{
    stop();
}

void BackgroundWatcher::start(const QList<Mailbox> &mailboxes, const QHash<RecordId, SharedSecret> &passwords,
                              const QString &dropFolder)
{
    stop();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, mailboxes, passwords, dropFolder] {
        // Everything below is made, used and destroyed on the watcher's thread.
        auto store = m_openStore();
        if (!store) {
            Q_EMIT status(0, tr("error: %1").arg(store.error().message));
            return;
        }
        m_session = std::move(store).value();
        m_ingestor = std::make_unique<Ingestor>(*m_session);
        m_watcher = new Watcher(*m_session, *m_ingestor, [passwords](const Mailbox &m) -> Result<SharedSecret> {
            if (passwords.contains(m.id))
                return passwords.value(m.id);
            if (!m.oauth.isEmpty())
                return Error{Error::Code::NotFound, tr("sign in again: open the mailbox and press \"Sign in…\""), {}};
            return Error{Error::Code::NotFound, tr("the password is needed: open the mailbox and enter it"), {}};
        });
        connect(m_watcher, &Watcher::status, this, &BackgroundWatcher::status);
        connect(m_watcher, &Watcher::stored, this, &BackgroundWatcher::stored);
        connect(m_watcher, &Watcher::progress, this, &BackgroundWatcher::progress);
        connect(m_watcher, &Watcher::refreshTokenChanged, this, &BackgroundWatcher::refreshTokenChanged);
        if (!dropFolder.isEmpty())
            m_watcher->setDropFolder(dropFolder);
        m_watcher->start(mailboxes);
    });
}

void BackgroundWatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_watcher) {
                m_watcher->stop();
                delete m_watcher;
                m_watcher = nullptr;
            }
            m_ingestor.reset();
            m_session.reset(); // its connection is closed on the thread that opened it
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has ended
    m_context = nullptr;
}

} // namespace kopii
