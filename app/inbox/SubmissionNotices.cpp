// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/SubmissionNotices.h"

#include "core/Log.h"
#include "core/SqlSession.h"

#include <QSqlDriver>

namespace kopii {

namespace {
const QString kChannel = QStringLiteral("kopii_submission"); // OfficeServer's trigger
}

SubmissionNotices::SubmissionNotices(SqlSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    // A watcher storing a batch sends one notice per submission: the desk reads the inbox once
    // per 100 ms, not once per notice.
    m_gather.setSingleShot(true);
    m_gather.setInterval(100);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QList<RecordId> ids = std::exchange(m_pending, {});
        if (!ids.isEmpty())
            Q_EMIT arrived(ids);
    });
    if (session.dialect().embedded())
        return;
    if (!subscribe())
        return;
    connect(session.db().driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != kChannel)
                    return;
                bool ok = false;
                const RecordId id = payload.toString().toLongLong(&ok);
                if (ok && !m_pending.contains(id))
                    m_pending << id;
                if (!m_gather.isActive())
                    m_gather.start();
            });
}

bool SubmissionNotices::subscribe()
{
    m_listening = m_session.db().driver()->subscribeToNotification(kChannel);
    if (!m_listening)
        qCWarning(lcStore) << "the office server sends no notices of new submissions; the inbox is read when opened";
    return m_listening;
}

bool SubmissionNotices::listenAgain()
{
    if (m_session.dialect().embedded())
        return false;
    return subscribe();
}

SubmissionNotices::~SubmissionNotices()
{
    if (m_listening && m_session.db().isOpen())
        m_session.db().driver()->unsubscribeFromNotification(kChannel);
}

} // namespace kopii
