// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ImapSession.h"

#include "mail/MailLog.h"
#include "core/Wipe.h"
#include "core/platform/Platform.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>

namespace kopii {

ImapSession::ImapSession(QObject *parent) : QObject(parent), m_socket(new QSslSocket(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The mail server did not answer for %1 seconds.").arg(m_options.timeoutMs / 1000)); });
    connect(m_socket, &QSslSocket::readyRead, this, &ImapSession::onData);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapSession::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_failed)
            return;
        // A certificate problem has been told by sslErrors already (m_failed); any other
        // handshake failure (a protocol mismatch, bytes that are not TLS) is told here, at once,
        // instead of as a silence at the deadline (review finding L1).
        if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
            fail(tr("The encrypted connection to %1:%2 could not be set up.").arg(m_options.host).arg(m_options.port),
                 m_socket->errorString());
        else
            fail(tr("Kopii could not connect to %1:%2. Check the server's name and port, and this computer's network "
                    "connection.")
                     .arg(m_options.host)
                     .arg(m_options.port),
                 m_socket->errorString());
    });
    connect(m_socket, &QSslSocket::connected, this, &ImapSession::checkPlainPeer);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (!m_failed && (!m_queue.isEmpty() || !m_greeted))
            fail(tr("The mail server closed the connection."));
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_socket->peerCertificate();
        m_fingerprint = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        m_subject = peer.subjectDisplayName();
        if (!m_options.pinSha256.isEmpty() && m_fingerprint == m_options.pinSha256) {
            m_socket->ignoreSslErrors(errors); // the user confirmed exactly this certificate
            return;
        }
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        m_untrusted = m_options.pinSha256.isEmpty();
        fail(tr("The mail server's certificate is not trusted. Its SHA-256 fingerprint is %1.").arg(m_fingerprint),
             reasons.join(QStringLiteral("; ")));
    });
}

ImapSession::~ImapSession() = default;

void ImapSession::checkPlainPeer()
{
    if (m_options.security != Mailbox::Security::None)
        return;
    // Unencrypted, the password goes to whatever listens on the port: only this computer's, and
    // only the user's own program or the system's (review finding L6).
    const QHostAddress peer = m_socket->peerAddress(), local = m_socket->localAddress();
    const auto bytes = [](const QHostAddress &a) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v = a.toIPv4Address();
            const char four[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            return QByteArray(four, 4);
        }
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    };
    if (!peer.isLoopback())
        return fail(tr("Unencrypted IMAP is allowed only to this computer, and %1 is not it.").arg(peer.toString()));
    uint uid = 0;
    switch (platform::loopbackListenerOwner({bytes(local), m_socket->localPort()}, {bytes(peer), m_socket->peerPort()}, &uid)) {
    case platform::ListenerOwner::CurrentUser:
    case platform::ListenerOwner::System: return;
    case platform::ListenerOwner::OtherUser:
        return fail(tr("The program answering on %1:%2 belongs to another user of this computer (user number %3), so "
                       "Kopii does not send it the password. Start your mail bridge again, or use TLS with a pinned "
                       "certificate.")
                        .arg(m_options.host)
                        .arg(m_options.port)
                        .arg(uid));
    case platform::ListenerOwner::Unknown: break;
    }
    fail(tr("Kopii cannot tell which program answers on %1:%2, so it sends no password there unencrypted. Use TLS "
            "with a pinned certificate instead.")
             .arg(m_options.host)
             .arg(m_options.port));
}

QByteArray ImapSession::quote(const QString &text)
{
    QByteArray out = "\"";
    for (char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray ImapSession::mailboxName(const QString &folder)
{
    QByteArray out;
    QString pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (QChar ch : pending) {
            utf16 += char(ch.unicode() >> 8);
            utf16 += char(ch.unicode() & 0xFF);
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (QChar ch : folder) {
        const ushort u = ch.unicode();
        if (u >= 0x20 && u <= 0x7e) {
            flush();
            out += u == '&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            pending += ch;
        }
    }
    flush();
    return quote(QString::fromLatin1(out));
}

void ImapSession::fail(const QString &sentence, const QString &cause)
{
    if (m_failed)
        return;
    m_failed = true;
    m_timeout.stop();
    qCWarning(lcMail) << "IMAP connection to" << m_options.host << "failed:" << sentence << cause;
    m_socket->abort();
    m_queue.clear();
    Q_EMIT failed(Error{Error::Code::Io, sentence, {}, cause});
}

void ImapSession::open(const Options &options)
{
    m_options = options;
    m_failed = false;
    m_untrusted = false;
    m_greeted = false;
    m_startTlsDone = false;
    m_parser.clear();
    m_capabilities.clear();
    const bool loopback = QHostAddress(options.host).isLoopback() || options.host == QLatin1String("localhost");
    if (options.security == Mailbox::Security::None && !loopback) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("Unencrypted IMAP is allowed only to this computer.")); }, Qt::QueuedConnection);
        return;
    }
    if (options.security == Mailbox::Security::None)
        qCWarning(lcMail) << "unencrypted IMAP to" << options.host << "(loopback only)";
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile);
        if (extra.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { fail(tr("The CA file %1 holds no certificate.").arg(m_options.caFile)); }, Qt::QueuedConnection);
            return;
        }
        config.addCaCertificates(extra);
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(options.host);
    m_timeout.start(options.timeoutMs);
    if (options.security == Mailbox::Security::Tls)
        m_socket->connectToHostEncrypted(options.host, quint16(options.port));
    else if (options.security == Mailbox::Security::None && options.host == QLatin1String("localhost"))
        m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(options.port)); // never asked of DNS
    else
        m_socket->connectToHost(options.host, quint16(options.port));
}

void ImapSession::onEncrypted()
{
    const QSslCertificate peer = m_socket->peerCertificate();
    m_fingerprint = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    m_subject = peer.subjectDisplayName();
    // A pinned certificate must be exactly that one, even when a CA would vouch for another.
    if (!m_options.pinSha256.isEmpty() && m_fingerprint != m_options.pinSha256) {
        fail(tr("The mail server's certificate changed: its SHA-256 fingerprint is %1, not the pinned %2.")
                 .arg(m_fingerprint, m_options.pinSha256));
        return;
    }
    if (m_options.security == Mailbox::Security::StartTls && m_greeted) {
        m_startTlsDone = true;
        command("CAPABILITY", [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != "OK")
                return fail(tr("The mail server refused to say what it supports (CAPABILITY)."), tagged.text);
            Q_EMIT ready();
        });
    }
}

void ImapSession::readCapabilities(const ImapResponse &r)
{
    QByteArray list;
    if (r.status == "CAPABILITY") {
        for (const ImapValue &v : r.values)
            list += v.bytes() + ' ';
    } else if (r.code.startsWith("CAPABILITY ")) {
        list = r.code.mid(11);
    } else {
        return;
    }
    m_capabilities.clear();
    for (const QByteArray &c : list.split(' '))
        if (!c.isEmpty())
            m_capabilities.insert(c.toUpper());
}

void ImapSession::afterGreeting()
{
    auto proceed = [this] {
        if (m_options.security == Mailbox::Security::StartTls) {
            if (!has("STARTTLS"))
                return fail(tr("The server does not offer STARTTLS; choose TLS (port 993) instead."));
            command("STARTTLS", [this](const ImapResponse &tagged, const QList<ImapResponse> &) {
                if (tagged.status != "OK")
                    return fail(tr("The mail server refused to start encryption (STARTTLS)."), tagged.text);
                m_capabilities.clear(); // capabilities from before TLS do not count
                // Nothing the server sent in the clear after its OK may be read as if it came over
                // TLS (a man in the middle could slip responses in there): the parser starts afresh.
                m_parser.clear();
                m_switchingToTls = true;
                // The handshake has the same deadline as any answer: a server that goes silent
                // now fails the connection instead of holding it for ever.
                m_timeout.start(m_options.timeoutMs);
                m_socket->startClientEncryption();
            });
            return;
        }
        Q_EMIT ready();
    };
    if (m_capabilities.isEmpty()) {
        command("CAPABILITY", [this, proceed](const ImapResponse &tagged, const QList<ImapResponse> &) {
            if (tagged.status != "OK")
                return fail(tr("The mail server refused to say what it supports (CAPABILITY)."), tagged.text);
            proceed();
        });
    } else {
        proceed();
    }
}

void ImapSession::login(const QString &user, const Secret &password, Done done)
{
    const QByteArray secret = QByteArray::fromRawData(password.c_str(), password.size()); // no copy
    if (has("AUTH=PLAIN")) {
        // Every buffer that held the password is Kopii's own, sized once (no reallocation leaves
        // a copy behind) and wiped once it is not needed (review finding L5); the socket's own
        // buffers are out of reach.
        const QByteArray name = user.toUtf8();
        QByteArray raw;
        raw.reserve(name.size() + secret.size() + 2);
        raw.append('\0').append(name).append('\0').append(secret);
        QByteArray token = raw.toBase64();
        wipe(raw);
        Pending p;
        p.secret = true;
        if (has("SASL-IR")) {
            p.command.reserve(19 + token.size());
            p.command.append("AUTHENTICATE PLAIN ").append(token);
        } else {
            p.command = "AUTHENTICATE PLAIN";
            p.continuation = token;
        }
        wipe(token);
        p.done = std::move(done);
        send(std::move(p));
        return;
    }
    if (has("LOGINDISABLED")) {
        ImapResponse r;
        r.kind = ImapResponse::Kind::Tagged;
        r.status = "NO";
        r.text = tr("The server does not allow logging in on this connection.");
        done(r, {});
        return;
    }
    auto loginable = [](const QByteArray &utf8) {
        for (const char c : utf8)
            if (c == '\r' || c == '\n' || c == '\0' || uchar(c) > 0x7e)
                return false;
        return true;
    };
    const QByteArray name = user.toUtf8();
    if (!loginable(name) || !loginable(secret)) {
        // Kopii's own refusal, not the server's: the session ends with it, nothing is sent.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(tr("The server offers only LOGIN, which cannot carry this user name or password (LOGIN takes "
                        "only Latin letters, digits and signs). Ask the provider for sign-in by AUTHENTICATE PLAIN, or "
                        "use a user name and password in Latin letters."));
            },
            Qt::QueuedConnection);
        return;
    }
    // LOGIN "user" "password", quoted (RFC 3501), in one buffer of the right size.
    Pending p;
    p.secret = true;
    const QByteArray quotedName = quote(user);
    p.command.reserve(6 + quotedName.size() + 1 + 2 + secret.size() * 2);
    p.command.append("LOGIN ").append(quotedName).append(' ').append('"');
    for (const char c : secret) {
        if (c == '"' || c == '\\')
            p.command.append('\\');
        p.command.append(c);
    }
    p.command.append('"');
    p.done = std::move(done);
    send(std::move(p));
}

void ImapSession::authenticate(const QString &user, const Secret &accessToken, Done done, TokenMechanism mechanism)
{
    const bool bearer =
        mechanism == TokenMechanism::OAuthBearer || (mechanism == TokenMechanism::Best && has("AUTH=OAUTHBEARER"));
    if (!(bearer ? has("AUTH=OAUTHBEARER") : has("AUTH=XOAUTH2"))) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(tr("The mail server offers no sign-in with an account of Google, Microsoft or another provider "
                        "(OAuth 2.0). Sign in with the mailbox's password or an app password instead."));
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray token = QByteArray::fromRawData(accessToken.c_str(), accessToken.size()); // no copy
    const QByteArray name = user.toUtf8();
    // OAUTHBEARER: a GS2 header naming the user ("," and "=" escaped), then key=value pairs
    // separated by %x01. XOAUTH2: "user=", then "auth=Bearer". Sized once and wiped, as PLAIN.
    QByteArray gs2Name = name;
    gs2Name.replace('=', "=3D").replace(',', "=2C");
    QByteArray raw;
    raw.reserve(gs2Name.size() + token.size() + 32);
    if (bearer)
        raw.append("n,a=")
            .append(gs2Name)
            .append(",\x01"
                    "auth=Bearer ")
            .append(token)
            .append("\x01\x01");
    else
        raw.append("user=")
            .append(name)
            .append("\x01"
                    "auth=Bearer ")
            .append(token)
            .append("\x01\x01");
    QByteArray encoded = raw.toBase64();
    wipe(raw);
    const QByteArray command = bearer ? QByteArrayLiteral("AUTHENTICATE OAUTHBEARER") : QByteArrayLiteral("AUTHENTICATE XOAUTH2");
    Pending p;
    p.secret = true;
    p.saslAbort = bearer ? QByteArray("AQ==") : QByteArray("");
    if (has("SASL-IR")) {
        p.command.reserve(command.size() + 1 + encoded.size());
        p.command.append(command).append(' ').append(encoded);
    } else {
        p.command = command;
        p.continuation = encoded;
    }
    wipe(encoded);
    p.done = std::move(done);
    send(std::move(p));
}

void ImapSession::command(const QByteArray &command, Done done)
{
    Pending p;
    p.command = command;
    p.done = std::move(done);
    send(std::move(p));
}

void ImapSession::command(const QByteArray &command, std::function<void(const ImapResponse &)> each, Done done)
{
    Pending p;
    p.command = command;
    p.each = std::move(each);
    p.done = std::move(done);
    send(std::move(p));
}

void ImapSession::idle(Done done)
{
    Pending p;
    p.command = "IDLE";
    p.streaming = true;
    p.done = [this, done = std::move(done)](const ImapResponse &tagged, const QList<ImapResponse> &untagged) {
        m_idling = false;
        done(tagged, untagged);
    };
    send(std::move(p));
}

void ImapSession::stopIdle()
{
    if (!m_idling || m_failed)
        return;
    m_socket->write("DONE\r\n");
    m_idling = false;
    m_timeout.start(m_options.timeoutMs);
}

void ImapSession::send(Pending pending)
{
    if (m_failed)
        return;
    pending.tag = "K" + QByteArray::number(m_nextTag++);
    m_queue << std::move(pending);
    writeNext();
}

void ImapSession::writeNext()
{
    // One command on the wire at a time: simple, and what IDLE and literals need anyway.
    if (m_writing || m_queue.isEmpty() || m_failed)
        return;
    Pending &p = m_queue.first();
    m_writing = true;
    if (p.secret)
        qCDebug(lcMail) << p.tag << "[credentials hidden]";
    else
        qCDebug(lcMail) << p.tag << p.command.left(200);
    m_timeout.start(m_options.timeoutMs);
    if (p.streaming)
        m_idling = true;
    QByteArray line; // one buffer of the right size: no reallocation leaves a copy of credentials
    line.reserve(p.tag.size() + 1 + p.command.size() + 2);
    line.append(p.tag).append(' ').append(p.command).append("\r\n");
    m_socket->write(line);
    if (p.secret) { // the credentials are on their way: Kopii's copies go
        wipe(line);
        wipe(p.command);
    }
    // On the wire now, not when the event loop next runs: a FETCH asked for before a batch is
    // stored reaches the server while the disk works. (Last: flushing may read the answer.)
    m_socket->flush();
}

void ImapSession::close()
{
    m_timeout.stop();
    m_failed = true; // no more signals
    m_queue.clear();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write("KZ LOGOUT\r\n");
        m_socket->flush();
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
}

void ImapSession::onData()
{
    // A handler may send a command, and flushing it may decrypt more of the server's data while
    // this runs: Qt then does not signal it again, and a nested call would answer commands out of
    // order. So one call at a time, reading until nothing is left.
    if (m_inOnData)
        return;
    m_inOnData = true;
    do {
        processIncoming();
    } while (!m_failed && m_socket->bytesAvailable() > 0);
    m_inOnData = false;
}

void ImapSession::processIncoming()
{
    m_parser.feed(m_socket->readAll());
    for (const ImapResponse &r : m_parser.take()) {
        if (m_failed)
            return;
        if (r.kind == ImapResponse::Kind::Garbage) {
            // Not fatal: noted (without content) and skipped.
            qCWarning(lcMail) << "unreadable IMAP response from" << m_options.host << ":" << r.error;
            continue;
        }
        readCapabilities(r);
        if (!m_greeted) {
            if (r.kind == ImapResponse::Kind::Untagged && (r.status == "OK" || r.status == "PREAUTH")) {
                m_greeted = true;
                m_timeout.stop();
                afterGreeting();
            } else if (r.status == "BYE") {
                fail(tr("The mail server refused the connection."), r.text);
            }
            continue;
        }
        if (r.kind == ImapResponse::Kind::Continuation) {
            if (!m_queue.isEmpty() && m_queue.first().streaming) {
                m_timeout.stop(); // idling: the server may stay silent for a long time
            } else if (!m_queue.isEmpty() && m_queue.first().continuation.isEmpty() && m_queue.first().saslAbort) {
                // The server's error challenge (RFC 7628 3.2.2): noted, and the exchange ended,
                // after which the server answers NO.
                Pending &p = m_queue.first();
                p.saslError = QByteArray::fromBase64(r.text.toLatin1());
                m_socket->write(*p.saslAbort + "\r\n");
                p.saslAbort.reset();
            } else if (!m_queue.isEmpty() && !m_queue.first().continuation.isEmpty()) {
                QByteArray line;
                line.reserve(m_queue.first().continuation.size() + 2);
                line.append(m_queue.first().continuation).append("\r\n");
                m_socket->write(line);
                wipe(line);
                wipe(m_queue.first().continuation);
            } else if (!m_queue.isEmpty()) {
                Q_EMIT unsolicited(r); // e.g. "+ idling": the IDLE command's owner decides
            }
            continue;
        }
        if (r.kind == ImapResponse::Kind::Untagged) {
            if (r.status == "BYE") {
                fail(tr("The mail server ended the session."), r.text);
                return;
            }
            if (!m_queue.isEmpty() && m_queue.first().streaming) {
                Q_EMIT unsolicited(r);
            } else if (!m_queue.isEmpty() && m_queue.first().each) {
                m_timeout.start(m_options.timeoutMs); // progress: the server is alive
                const auto each = m_queue.first().each;
                each(r);
                if (m_failed)
                    return;
            } else if (!m_queue.isEmpty()) {
                m_queue.first().untagged << r;
            } else
                Q_EMIT unsolicited(r);
            continue;
        }
        // Tagged: the answer to the oldest command.
        if (m_queue.isEmpty() || m_queue.first().tag != r.tag) {
            qCWarning(lcMail) << "IMAP answer with an unknown tag from" << m_options.host;
            continue;
        }
        Pending done = m_queue.takeFirst();
        m_writing = false;
        m_timeout.stop();
        if (done.done && !done.saslError.isEmpty()) {
            // The reason the server gave for refusing the token (RFC 7628's "invalid_token", or an
            // HTTP status such as "401" from Google and Dovecot), printable ASCII only.
            ImapResponse refused = r;
            QString status;
            for (const QChar c :
                 QJsonDocument::fromJson(done.saslError).object().value(QStringLiteral("status")).toString().left(64))
                if (c.unicode() > 0x20 && c.unicode() < 0x7f)
                    status += c;
            if (!status.isEmpty())
                refused.text += QStringLiteral(" (") + status + QLatin1Char(')');
            done.done(refused, done.untagged);
        } else if (done.done)
            done.done(r, done.untagged);
        if (m_switchingToTls) { // what followed the STARTTLS answer in the clear is dropped
            m_switchingToTls = false;
            return;
        }
        writeNext();
    }
}

} // namespace kopii
