// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace kopii {

class SqlSession;

// Tells a desk of office server of new submissions the moment another program (the watcher
// service, another desk) commits them: the server's trigger sends their ids (LISTEN/NOTIFY), this
// collects those that arrive close together and says `arrived` once. A single-desk workspace has
// no other writer; there it says nothing (the desk's own watcher tells it).
class SubmissionNotices : public QObject
{
    Q_OBJECT

public:
    // Listens on `session`'s connection (used from its thread, which needs an event loop).
    explicit SubmissionNotices(SqlSession &session, QObject *parent = nullptr);
    ~SubmissionNotices() override;
    // Whether the server sends notices on this connection.
    bool listening() const { return m_listening; }
    // After the connection was opened again (SqlSession::reconnect): listens anew. Notices sent
    // meanwhile are lost: read the whole inbox again.
    bool listenAgain();

Q_SIGNALS:
    void arrived(const QList<RecordId> &ids);

private:
    bool subscribe();

    SqlSession &m_session;
    bool m_listening = false;
    QList<RecordId> m_pending;
    QTimer m_gather;
};

} // namespace kopii
