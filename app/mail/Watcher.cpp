// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Watcher.h"
#include "mail/MailboxSql.h"

#include "mail/DropFolder.h"
#include "mail/Ingestor.h"
#include "mail/MailLog.h"
#include "core/SqlSession.h"

#include <QJsonDocument>

namespace kopii {

Watcher::Watcher(SqlSession &store, Ingestor &ingestor, PasswordSource passwords, QObject *parent)
    : QObject(parent), m_session(store), m_ingestor(ingestor), m_passwords(std::move(passwords))
{
    connect(&m_dropTimer, &QTimer::timeout, this, &Watcher::scanDropFolder);
    m_leadership.setInterval(5000);
    connect(&m_leadership, &QTimer::timeout, this, &Watcher::checkLeadership);
}

Watcher::~Watcher()
{
    stop();
}

void Watcher::setDropFolder(const QString &path, int intervalMs)
{
    m_drop = std::make_unique<DropFolder>(path, m_ingestor);
    m_dropTimer.setInterval(intervalMs);
}

void Watcher::start(const QList<Mailbox> &mailboxes)
{
    m_stopping = false;
    for (const Mailbox &m : mailboxes)
        connectMailbox(m);
    if (!m_stopping)
        m_leadership.start();
    if (m_drop) {
        scanDropFolder();
        m_dropTimer.start();
    }
}

void Watcher::stop()
{
    m_stopping = true;
    m_dropTimer.stop();
    m_leadership.stop();
    m_standby.clear();
    for (QTimer *t : std::as_const(m_retry))
        t->deleteLater();
    m_retry.clear();
    const auto syncs = m_syncs;
    m_syncs.clear();
    for (MailboxSync *s : syncs) {
        s->disconnect(this);
        s->stop();
        s->deleteLater();
    }
}

void Watcher::connectMailbox(const Mailbox &configured)
{
    if (m_stopping)
        return;
    // The state (last UID) as stored now, not as it was when the watcher started.
    if (!m_leading.contains(configured.id)) {
        const auto lead = m_session.tryLeadMailbox(configured.id);
        if (!lead) {
            checkLeadership(); // the connection may be gone
            if (!m_stopping)
                Q_EMIT status(configured.id, tr("error: %1").arg(lead.error().message));
            return;
        }
        if (!*lead) {
            if (!m_standby.contains(configured.id))
                Q_EMIT status(configured.id, tr("standing by: another watcher of the office watches this mailbox"));
            m_standby.insert(configured.id, configured);
            return;
        }
        m_standby.remove(configured.id);
        m_leading.insert(configured.id);
        Q_EMIT leading(configured.id);
    }
    Mailbox mailbox = configured;
    if (const auto all = MailboxSql(m_session).mailboxes())
        for (const Mailbox &m : *all)
            if (m.id == configured.id)
                mailbox = m;
    const auto password = m_passwords(mailbox);
    if (!password) {
        Q_EMIT status(mailbox.id, tr("error: %1").arg(password.error().message));
        return; // nothing to retry with
    }
    MailboxTokens *tokens = nullptr;
    if (!mailbox.oauth.isEmpty()) {
        tokens = m_tokens.value(mailbox.id);
        if (!tokens) {
            auto made = MailboxTokens::forMailbox(mailbox, *password, m_ingestor.clock());
            if (!made) {
                Q_EMIT status(mailbox.id, tr("error: %1").arg(made.error().fullText()));
                return;
            }
            tokens = made.value().release();
            tokens->setParent(this);
            m_tokens.insert(mailbox.id, tokens);
            connect(tokens, &MailboxTokens::refreshTokenChanged, this,
                    [this, id = mailbox.id](const SharedSecret &refresh) { Q_EMIT refreshTokenChanged(id, refresh); });
        }
    }
    Q_EMIT status(mailbox.id, tr("connecting"));
    auto *sync = new MailboxSync(m_session, mailbox, tokens ? SharedSecret() : *password, this, m_ingestor.clock());
    if (tokens)
        sync->signInWith(tokens);
    sync->keepWatching(m_pollSeconds);
    m_syncs.insert(mailbox.id, sync);
    connect(sync, &MailboxSync::progress, this, [this, id = mailbox.id](int done, int total) {
        Q_EMIT status(id, tr("syncing %1 of %2").arg(done + 1).arg(total));
        Q_EMIT progress(id, done, total);
    });
    connect(sync, &MailboxSync::passFinished, this, [this, id = mailbox.id](const MailboxSync::Report &r) {
        m_failures.remove(id);
        Q_EMIT progress(id, 0, 0);
        if (r.stored + r.failed > 0)
            Q_EMIT stored(id, r.stored + r.failed);
    });
    connect(sync, &MailboxSync::idling, this, [this, id = mailbox.id] { Q_EMIT status(id, tr("idle")); });
    connect(sync, &MailboxSync::finished, this, [this, sync, mailbox](bool) {
        m_syncs.remove(mailbox.id);
        Q_EMIT progress(mailbox.id, 0, 0);
        sync->deleteLater();
        if (!m_stopping && sync->report().signInAgain) {
            Q_EMIT status(mailbox.id, tr("sign in again: %1").arg(sync->report().error));
            Q_EMIT signInNeeded(mailbox.id, sync->report().error);
            return;
        }
        if (!m_stopping)
            retryLater(mailbox,
                       sync->report().errorCause.isEmpty()
                           ? sync->report().error
                           : QStringLiteral("%1 (%2)").arg(sync->report().error, sync->report().errorCause));
    });
    sync->start();
}

void Watcher::retryLater(const Mailbox &mailbox, const QString &error)
{
    const int failures = ++m_failures[mailbox.id];
    // 5 s, 10 s, 20 s … up to 15 minutes, each ±20 % so that many offices do not knock together.
    const qint64 base = qMin<qint64>(5000LL << qMin(failures - 1, 8), 15 * 60 * 1000);
    const qint64 delay = base + qint64(m_random.bounded(int(base * 0.4) + 1)) - qint64(base * 0.2);
    Q_EMIT status(mailbox.id,
                  tr("error: %1 (retry in %2 s)").arg(error.isEmpty() ? tr("connection ended") : error).arg(delay / 1000));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retry.insert(mailbox.id, timer);
    connect(timer, &QTimer::timeout, this, [this, timer, mailbox] {
        m_retry.remove(mailbox.id);
        timer->deleteLater();
        connectMailbox(mailbox);
    });
    timer->start(int(delay));
}

void Watcher::checkLeadership()
{
    if (m_stopping)
        return;
    if (Status alive = m_session.ping(); !alive) {
        const QString message = alive.error().message;
        stop();
        m_leading.clear();
        Q_EMIT databaseLost(message);
        return;
    }
    const auto standby = m_standby;
    for (const Mailbox &m : standby)
        connectMailbox(m);
}

void Watcher::scanDropFolder()
{
    if (!m_drop)
        return;
    const auto r = m_drop->scan();
    if (!r) {
        Q_EMIT status(0, tr("error: %1").arg(r.error().message));
        return;
    }
    if (r->stored + r->failed > 0)
        Q_EMIT stored(0, r->stored + r->failed);
    for (const QString &e : r->errors)
        Q_EMIT status(0, tr("error: %1").arg(e));
}

} // namespace kopii
