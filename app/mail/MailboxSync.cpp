// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxSync.h"
#include "core/CrashPoint.h"
#include "mail/MailboxSql.h"
#include "core/Wipe.h"

#include "inbox/VerificationPipeline.h"
#include "mail/MailLog.h"
#include "core/SqlSession.h"

#include <QElapsedTimer>

#include <algorithm>

namespace kopii {

namespace {
constexpr int kStructureBatch = 200;
constexpr int kFetchBatch = 16;
constexpr qint64 kFetchBatchBytes = 16 * 1024 * 1024;
constexpr int kVerifyBatch = 200;                      // documents per verification job
constexpr qint64 kMaxBytesToVerify = 64 * 1024 * 1024; // held for verification; beyond it, read back

QByteArray uidSet(const QList<qint64> &uids)
{
    QByteArray out;
    for (qint64 u : uids) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(u);
    }
    return out;
}
} // namespace

MailboxSync::MailboxSync(SqlSession &store, Mailbox mailbox, SharedSecret password, QObject *parent, const Clock &clock)
    : QObject(parent), m_db(store), m_mailbox(std::move(mailbox)), m_password(std::move(password)), m_clock(clock),
      m_session(new ImapSession(this))
{
}

MailboxSync::~MailboxSync()
{
    delete m_store; // waits for the batch being stored
}

bool MailboxSync::hasDocuments(const ImapValue &bs)
{
    if (!bs.isList() || bs.list.isEmpty())
        return false;
    if (bs.list.first().isList()) {
        // multipart: the parts, then the subtype and extensions
        for (const ImapValue &part : bs.list)
            if (part.isList() && hasDocuments(part))
                return true;
        return false;
    }
    const QByteArray type = bs.list.value(0).bytes().toLower();
    const QByteArray subtype = bs.list.value(1).bytes().toLower();
    if (type == "message" && subtype == "rfc822" && bs.list.size() > 8)
        return hasDocuments(bs.list.at(8)); // the forwarded message's own structure
    if ((type == "application"
         && (subtype == "pdf" || subtype == "pkcs7-signature" || subtype == "x-pkcs7-signature" || subtype == "pkcs7-mime")))
        return true;
    // Any name parameter or disposition filename ending in .pdf or .p7s (octet-stream attachments).
    std::function<bool(const ImapValue &)> named = [&](const ImapValue &v) -> bool {
        if (v.isList()) {
            for (const ImapValue &x : v.list)
                if (named(x))
                    return true;
            return false;
        }
        const QByteArray b = v.bytes().toLower();
        return b.endsWith(".pdf") || b.endsWith(".p7s") || b.contains(".pdf?=") || b.contains(".p7s?=") || b.contains("%2epdf")
            || b.contains("%2ep7s");
    };
    return named(bs);
}

void MailboxSync::start()
{
    connect(m_session, &ImapSession::failed, this, [this](const Error &error) {
        m_watch = false;
        if (m_session->failedOnUntrustedCertificate())
            m_report.untrustedFingerprint = m_session->peerFingerprint();
        finish(error.message, error.cause);
    });
    connect(m_session, &ImapSession::unsolicited, this, [this](const ImapResponse &r) {
        if (m_session->isIdling() && r.status == "EXISTS")
            m_session->stopIdle(); // new mail: end IDLE, the pass follows its tagged answer
    });
    connect(m_session, &ImapSession::ready, this, [this] {
        m_report.fingerprint = m_session->peerFingerprint();
        signIn();
    });
    ImapSession::Options o;
    o.host = m_mailbox.host;
    o.port = m_mailbox.port;
    o.security = m_mailbox.security;
    o.caFile = m_mailbox.caFile;
    o.pinSha256 = m_mailbox.pinSha256;
    qCInfo(lcMail) << "sync of mailbox" << m_mailbox.id << "starts";
    m_session->open(o);
}

void MailboxSync::signIn(bool retried)
{
    if (!m_tokens) {
        static const Secret noPassword;
        m_session->login(m_mailbox.user, m_password ? *m_password : noPassword,
                         [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
                             if (tagged.status != "OK")
                                 return finish(tr("The mail server refused the login. Check the user name and the "
                                                  "password; some providers also want access by mail programs (IMAP) "
                                                  "switched on in the mailbox's settings on their website."),
                                               tagged.text.isEmpty() ? QString::fromLatin1(tagged.status) : tagged.text);
                             loggedIn();
                         });
        return;
    }
    if (!m_session->offersTokenSignIn())
        return finish(tr("The mail server does not offer sign-in with %1 (OAuth 2.0). Check the server's address, or "
                         "sign in with a password.")
                          .arg(m_tokens->provider().name));
    QPointer<MailboxSync> self(this);
    m_tokens->access([this, self, retried](const Result<SharedSecret> &token) {
        if (!self || m_done)
            return;
        if (!token) {
            m_report.signInAgain = oauthNeedsSignInAgain(token.error());
            return finish(token.error().message, token.error().cause);
        }
        const QString mechanism = m_tokens->provider().imapMechanism;
        // The provider's mechanism when the server offers it, else the best the server offers.
        auto how = ImapSession::TokenMechanism::Best;
        if (m_session->capabilities().contains("AUTH=" + mechanism.toUpper().toLatin1()))
            how = mechanism == QLatin1String("xoauth2") ? ImapSession::TokenMechanism::XOAuth2
                                                        : ImapSession::TokenMechanism::OAuthBearer;
        m_session->authenticate(
            m_mailbox.user, *token.value(),
            [this, retried, used = token.value()](const ImapResponse &tagged, const QList<ImapResponse> &) {
                if (tagged.status == "OK")
                    return loggedIn();
                if (m_tokens)
                    m_tokens->refused(used);
                if (!retried && m_tokens)
                    return signIn(true); // perhaps it had just ended: once more with a fresh one
                finish(tr("The mail server refused the sign-in with %1. Check that the mailbox's address is the "
                          "account that signed in, and that mail programs (IMAP) may use it.")
                           .arg(m_tokens ? m_tokens->provider().name : QStringLiteral("OAuth 2.0")),
                       tagged.text.isEmpty() ? QString::fromLatin1(tagged.status) : tagged.text);
            },
            how);
    });
}

void MailboxSync::loggedIn()
{
    m_session->command("CAPABILITY", [this](const ImapResponse &, const QList<ImapResponse> &) {
        for (const QByteArray &c : m_session->capabilities())
            m_report.capabilities << QString::fromLatin1(c);
        m_report.capabilities.sort();
        m_session->command(
            "SELECT " + ImapSession::mailboxName(m_mailbox.folder),
            [this](const ImapResponse &tagged, const QList<ImapResponse> &untagged) { selected(tagged, untagged); });
    });
}

void MailboxSync::selected(const ImapResponse &tagged, const QList<ImapResponse> &untagged)
{
    if (tagged.status != "OK")
        return finish(tr("The folder \"%1\" cannot be opened.").arg(m_mailbox.folder), tagged.text);
    qint64 validity = 0;
    qint64 exists = 0;
    for (const ImapResponse &r : untagged) {
        if (r.code.startsWith("UIDVALIDITY "))
            validity = r.code.mid(12).trimmed().toLongLong();
        if (r.status == "EXISTS")
            exists = r.number;
    }
    if (m_testOnly)
        return finish(QString());
    if (validity != m_mailbox.uidValidity) {
        if (m_mailbox.uidValidity != 0)
            qCInfo(lcMail) << "mailbox" << m_mailbox.id << "UIDVALIDITY changed: full rescan";
        m_mailbox.uidValidity = validity;
        m_submittedUid = 0;
        m_mailbox.lastUid = 0; // everything again; stored messages are recognised by their hash
        if (Status s = MailboxSql(m_db).saveMailboxState(m_mailbox.id, validity, 0, m_mailbox.lastSync, QString()); !s)
            return finish(s.error().message, s.error().cause);
    }
    if (exists == 0)
        return finish(QString());
    searchNew();
}

void MailboxSync::searchNew()
{
    m_session->command("UID SEARCH UID " + QByteArray::number(m_mailbox.lastUid + 1) + ":*",
                       [this](const ImapResponse &tagged, const QList<ImapResponse> &untagged) {
                           if (tagged.status != "OK")
                               return finish(tr("The mail server refused to search the folder."), tagged.text);
                           QList<qint64> uids;
                           for (const ImapResponse &r : untagged)
                               if (r.status == "SEARCH")
                                   for (const ImapValue &v : r.values)
                                       if (const qint64 u = v.bytes().toLongLong(); u > m_mailbox.lastUid)
                                           uids << u;
                           std::sort(uids.begin(), uids.end());
                           uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
                           m_report.newMessages = int(uids.size());
                           if (uids.isEmpty())
                               return finish(QString());
                           filter(uids);
                       });
}

void MailboxSync::filter(QList<qint64> uids)
{
    const QList<qint64> batch = uids.mid(0, kStructureBatch);
    const QList<qint64> rest = uids.mid(kStructureBatch);
    m_session->command("UID FETCH " + uidSet(batch) + " (UID RFC822.SIZE BODYSTRUCTURE)",
                       [this, batch, rest](const ImapResponse &tagged, const QList<ImapResponse> &untagged) {
                           if (tagged.status != "OK")
                               return finish(tr("The mail server refused to describe the messages."), tagged.text);
                           QSet<qint64> candidates;
                           for (const ImapResponse &r : untagged) {
                               if (r.status != "FETCH" || r.values.isEmpty())
                                   continue;
                               const ImapValue &items = r.values.first();
                               const ImapValue *uid = items.find("UID");
                               const ImapValue *bs = items.find("BODYSTRUCTURE");
                               if (uid && bs && hasDocuments(*bs)) {
                                   candidates.insert(uid->bytes().toLongLong());
                                   if (const ImapValue *size = items.find("RFC822.SIZE"))
                                       m_sizes.insert(uid->bytes().toLongLong(), size->bytes().toLongLong());
                               }
                           }
                           for (qint64 u : batch)
                               (candidates.contains(u) ? m_queue : m_skipped) << u;
                           if (!rest.isEmpty())
                               return filter(rest);
                           std::sort(m_queue.begin(), m_queue.end());
                           std::sort(m_skipped.begin(), m_skipped.end());
                           m_report.candidates = int(m_queue.size());
                           m_total = int(m_queue.size());
                           fetchNext();
                       });
}

void MailboxSync::fetchNext()
{
    if (m_queue.isEmpty()) {
        // Messages without documents after the last candidate: never looked at again.
        if (!m_skipped.isEmpty())
            advance(m_skipped.last());
        return finish(QString());
    }
    // A batch: up to 16 messages or 16 MB in one FETCH (one round trip), stored in one
    // transaction together with the new state.
    // A message larger than Kopii reads is not fetched: it goes with the batch as a failed
    // submission that says so (and stays on the server), never skipped in silence.
    QList<qint64> batch, fetch;
    qint64 bytes = 0;
    while (!m_queue.isEmpty() && batch.size() < kFetchBatch) {
        const qint64 uid = m_queue.first(), size = m_sizes.value(uid);
        const bool tooLarge = size > ImapParser::kMaxLiteral;
        if (!tooLarge && !fetch.isEmpty() && bytes + size > kFetchBatchBytes)
            break;
        if (tooLarge) {
            m_oversize.insert(uid, size);
        } else {
            bytes += size;
            fetch << uid;
        }
        batch << m_queue.takeFirst();
    }
    Q_EMIT progress(m_total - int(m_queue.size()) - int(batch.size()), m_total);
    // The batch's messages are kept in memory as they arrive (16 MB at most) and stored together,
    // with the new state, in one commit once the server has sent them all: one disk flush per
    // batch instead of per message. Should the connection break in the middle, the messages that
    // arrived whole before the break are stored (see finish()); on the server nothing happens to
    // any of them before they are stored.
    m_batch = batch;
    m_arrived.clear();
    auto each = [this](const ImapResponse &r) {
        if (m_done || r.status != "FETCH" || r.values.isEmpty())
            return;
        const ImapValue &items = r.values.first();
        const ImapValue *u = items.find("UID");
        const ImapValue *body = items.find("BODY[]");
        if (!u || !body)
            return;
        const qint64 uid = u->bytes().toLongLong();
        if (m_batch.contains(uid) && uid > m_mailbox.lastUid && !m_arrived.contains(uid))
            m_arrived.insert(uid, body->bytes());
    };
    auto fetched = [this, batch](const ImapResponse &tagged, const QList<ImapResponse> &) {
        if (m_done || m_ending)
            return;
        if (tagged.status != "OK")
            return finish(tr("The mail server refused to send messages %1.").arg(QString::fromLatin1(uidSet(batch))),
                          tagged.text);
        crashPoint("mail.batch-fetched"); // a batch in memory, nothing of it stored
        // Messages of the batch the server did not send were expunged meanwhile: the state moves
        // past the whole batch.
        submit(std::exchange(m_batch, {}), std::exchange(m_arrived, {}), true);
        // The next batch downloads while this one is stored (the network and the disk overlap, as
        // in any mail client); the one after it waits until the result of this one's predecessor
        // is in, so that the server gets the same commands in the same order whichever of the
        // disk and the network is faster. Its messages are stored only after these.
        if (!m_queue.isEmpty()) {
            if (m_store->inFlight() <= 1)
                fetchNext();
            else
                m_fetchHeld = true;
        }
    };
    if (fetch.isEmpty()) { // only messages too large to fetch
        ImapResponse ok;
        ok.status = "OK";
        return fetched(ok, {});
    }
    m_session->command("UID FETCH " + uidSet(fetch) + " (UID BODY.PEEK[])", each, fetched);
}

void MailboxSync::submit(const QList<qint64> &uids, QHash<qint64, QByteArray> arrived, bool whole)
{
    if (!m_store) {
        m_store = new MailboxStore(m_db.writerOpener(), m_mailbox, m_clock);
        m_store->onMessageRead = m_onMessageRead;
        connect(m_store, &MailboxStore::stored, this, &MailboxSync::batchStored);
    }
    MailboxStore::Batch batch;
    batch.uids = uids;
    batch.arrived = std::move(arrived);
    batch.whole = whole;
    batch.floor = std::max(m_mailbox.lastUid, m_submittedUid);
    batch.uidValidity = m_mailbox.uidValidity;
    for (qint64 uid : uids)
        if (const auto size = m_oversize.constFind(uid); size != m_oversize.constEnd())
            batch.oversize.insert(uid, *size);
    if (whole && !uids.isEmpty())
        m_submittedUid = std::max(m_submittedUid, uids.last());
    m_store->submit(std::move(batch));
}

void MailboxSync::batchStored(const MailboxStore::Stored &result)
{
    m_report.readingMs += result.readingMs;
    m_report.storageMs += result.storageMs;
    m_report.stored += result.stored;
    m_report.duplicates += result.duplicates;
    m_report.failed += result.failed;
    for (qint64 uid : result.uids)
        m_oversize.remove(uid);
    if (result.last)
        advance(result.last, false); // saved in the batch's transaction
    if (m_trust) {
        for (const DocumentCopy &d : result.documents) {
            const qint64 bytes = d.pdf.size() + d.p7s.size();
            // Held in memory up to a limit (a download faster than the checks); beyond it the
            // documents are read back from the store when their turn comes.
            if (m_toVerifyBytes + bytes > kMaxBytesToVerify) {
                m_askStore = true;
                continue;
            }
            m_toVerify << d;
            m_toVerifyReceived.insert(d.id, result.receivedAt.value(d.id));
            m_toVerifyBytes += bytes;
        }
        verifyStored();
    }
    if (!result.status) {
        // Nothing after this batch may be stored (the store refuses it): the state stays before it.
        m_batch.clear();
        m_arrived.clear();
        return finish(tr("The message could not be stored: %1").arg(result.status.error().message), result.status.error().cause);
    }
    if (m_ending) // the pass ends once the store has finished: no more commands
        return finish(m_endError, m_endCause);
    // The last batch: the pass ends once the server has applied the action. Messages Kopii did not
    // take in (too large, set aside) stay as they are.
    QList<qint64> taken;
    for (qint64 uid : result.uids)
        if (!result.leftOnServer.contains(uid))
            taken << uid;
    const bool last = m_queue.isEmpty() && m_batch.isEmpty() && m_store->inFlight() == 0;
    afterIngest(taken, last ? std::function<void()>([this] { fetchNext(); }) : std::function<void()>());
    if (m_fetchHeld) {
        m_fetchHeld = false;
        fetchNext();
    }
}

void MailboxSync::advance(qint64 uid, bool persist)
{
    // Skipped messages below this UID are behind us too.
    while (!m_skipped.isEmpty() && m_skipped.first() < uid)
        m_skipped.removeFirst();
    if (uid <= m_mailbox.lastUid)
        return;
    m_mailbox.lastUid = uid;
    if (!persist)
        return;
    if (Status s = MailboxSql(m_db).saveMailboxState(m_mailbox.id, m_mailbox.uidValidity, uid, m_clock.now(), QString()); !s)
        qCWarning(lcMail) << "mailbox state could not be saved:" << s.error().message;
}

void MailboxSync::afterIngest(QList<qint64> uids, std::function<void()> then)
{
    if (uids.isEmpty() || m_mailbox.afterIngest == QLatin1String("keep") || m_mailbox.afterIngest.isEmpty()) {
        if (then)
            then();
        return;
    }
    const QString action = m_mailbox.afterIngest;
    if (!isAfterIngestAction(action)) {
        // Stored by an older version, or written around the rules: never sent as it is.
        qCWarning(lcMail) << "after-ingest action is not valid; nothing done";
        if (then)
            then();
        return;
    }
    const QByteArray set = uidSet(uids);
    auto next = [this, then](const ImapResponse &tagged, const QList<ImapResponse> &) {
        if (m_done)
            return;
        if (tagged.status != "OK")
            qCWarning(lcMail) << "after-ingest action refused:" << tagged.text;
        if (then)
            then();
    };
    if (action.startsWith(QLatin1String("flag:"))) {
        m_session->command("UID STORE " + set + " +FLAGS.SILENT (" + action.mid(5).toLatin1() + ")", next);
    } else if (action.startsWith(QLatin1String("move:"))) {
        const QByteArray folder = ImapSession::mailboxName(action.mid(5));
        if (m_session->has("MOVE")) {
            m_session->command("UID MOVE " + set + ' ' + folder, next);
        } else {
            m_session->command(
                "UID COPY " + set + ' ' + folder, [this, set, next](const ImapResponse &copied, const QList<ImapResponse> &) {
                    if (copied.status != "OK")
                        return next(copied, {});
                    m_session->command("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)",
                                       [this, set, next](const ImapResponse &stored, const QList<ImapResponse> &) {
                                           // Only these UIDs are expunged (UIDPLUS). Without it, the copy stays marked
                                           // \Deleted for the server or the mail program to remove: a bare EXPUNGE would
                                           // also remove every message another desk had marked, and with it their undo.
                                           if (m_session->has("UIDPLUS"))
                                               m_session->command("UID EXPUNGE " + set, next);
                                           else
                                               next(stored, {});
                                       });
                });
        }
    } else if (then) {
        then();
    }
}

void MailboxSync::stop()
{
    m_watch = false;
    m_timer.stop();
    finish(QString());
}

void MailboxSync::nextPass()
{
    m_report.newMessages = m_report.candidates = m_report.stored = m_report.duplicates = m_report.failed = 0;
    m_sizes.clear();
    m_oversize.clear();
    m_queue.clear();
    m_skipped.clear();
    searchNew();
}

void MailboxSync::waitForMore()
{
    Q_EMIT passFinished(m_report);
    m_timer.disconnect();
    m_timer.setSingleShot(true);
    if (m_session->has("IDLE")) {
        // Woken by new mail (EXISTS), or renewed after 10 minutes: servers drop IDLE at 30, and
        // the renewal's answer (or its absence) tells a dead connection within a minute more.
        connect(&m_timer, &QTimer::timeout, m_session, &ImapSession::stopIdle);
        m_timer.start(10 * 60 * 1000);
        m_session->idle([this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            m_timer.stop();
            if (tagged.status != "OK")
                return finish(tr("The mail server stopped announcing new mail (IDLE)."), tagged.text);
            nextPass();
        });
        Q_EMIT idling();
        return;
    }
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_session->command("NOOP", [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != "OK")
                return finish(tr("The mail server stopped answering the check for new mail (NOOP)."), tagged.text);
            nextPass();
        });
    });
    m_timer.start(m_pollSeconds * 1000);
}

void MailboxSync::finish(const QString &error, const QString &cause)
{
    if (m_done)
        return;
    if (error.isEmpty() && m_watch && !m_testOnly) {
        if (Status s = MailboxSql(m_db).saveMailboxState(m_mailbox.id, m_mailbox.uidValidity, m_mailbox.lastUid, m_clock.now(),
                                                         QString());
            !s)
            qCWarning(lcMail) << "mailbox state could not be saved:" << s.error().message;
        waitForMore();
        return;
    }
    if (!m_ending) {
        m_ending = true;
        // Broken off in the middle of a batch: keep what arrived whole, after the batches before it.
        if (!error.isEmpty() && !m_batch.isEmpty())
            submit(std::exchange(m_batch, {}), std::exchange(m_arrived, {}), false);
        m_batch.clear();
        m_arrived.clear();
        m_queue.clear();
    }
    if (m_endError.isEmpty()) {
        m_endError = error;
        m_endCause = cause;
    }
    if (m_store && m_store->inFlight() > 0)
        return; // batchStored() ends the pass when the store has finished
    m_done = true;
    m_report.error = m_endError;
    m_report.errorCause = m_endCause;
    // The mailbox's last error (the Mailboxes list) keeps the cause: a server's own words often
    // say what to do ("IMAP access is disabled").
    const QString lastError = m_endCause.isEmpty() ? m_endError : QStringLiteral("%1 (%2)").arg(m_endError, m_endCause);
    m_password.reset(); // wiped by whoever holds it last (the vault keeps the session's copy)
    if (Status s =
            MailboxSql(m_db).saveMailboxState(m_mailbox.id, m_mailbox.uidValidity, m_mailbox.lastUid, m_clock.now(), lastError);
        !s)
        qCWarning(lcMail) << "mailbox state could not be saved:" << s.error().message;
    qCInfo(lcMail) << "sync of mailbox" << m_mailbox.id << (m_endError.isEmpty() ? "done" : "stopped") << "stored"
                   << m_report.stored << "duplicates" << m_report.duplicates;
    m_session->close();
    m_finishedOk = m_endError.isEmpty();
    // Once per pass the store is asked for documents still unchecked (left by a pass that stopped
    // before checking them, say).
    m_askStore = true;
    verifyStored();
    if (m_verifying) {
        m_finishing = true; // finished() when the last check is saved
        return;
    }
    Q_EMIT finished(m_finishedOk);
}

void MailboxSync::verifyStored()
{
    if (!m_trust || m_verifying)
        return; // the job running goes on with the next documents when it is done
    const auto checked = [this](Result<int> result) {
        m_verifying = false;
        if (!result) {
            qCWarning(lcMail) << "stored documents could not be verified:" << result.error().message;
        } else {
            m_report.verified += *result;
            verifyStored(); // the next documents, stored meanwhile or beyond this batch
        }
        if (!m_verifying && m_finishing) {
            m_finishing = false;
            Q_EMIT finished(m_finishedOk);
        }
    };
    if (!m_toVerify.isEmpty()) {
        QList<DocumentCopy> documents = m_toVerify.mid(0, kVerifyBatch);
        m_toVerify.remove(0, documents.size());
        QHash<RecordId, QDateTime> received;
        for (const DocumentCopy &d : std::as_const(documents)) {
            received.insert(d.id, m_toVerifyReceived.take(d.id));
            m_toVerifyBytes -= d.pdf.size() + d.p7s.size();
        }
        m_verifying = true;
        VerificationPipeline::startStored(this, m_db, *m_trust, std::move(documents), std::move(received), checked, m_clock);
        return;
    }
    if (!m_askStore)
        return;
    m_askStore = false;
    m_verifying = true;
    VerificationPipeline::start(
        this, m_db, *m_trust, {}, kVerifyBatch,
        [this, checked](Result<int> result) {
            if (result && *result > 0)
                m_askStore = true; // there may be more
            checked(result);
        },
        m_clock);
}

} // namespace kopii
