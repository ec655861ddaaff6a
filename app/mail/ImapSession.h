// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Secret.h"

#include "core/Domain.h"
#include "core/Result.h"
#include "mail/ImapParser.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class QSslSocket;

namespace kopii {

// One connection to an IMAP server, asynchronous (signals and callbacks, never blocking): TLS or
// STARTTLS verified against the system's CAs (plus an optional CA file), or accepted by a pinned
// SHA-256 fingerprint; plain IMAP only to this computer. Commands are queued and answered in order
// by their tags. Commands carrying credentials never reach the log.
class ImapSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host;
        int port = 993;
        Mailbox::Security security = Mailbox::Security::Tls;
        QString caFile;
        QString pinSha256;     // hex, lower case
        int timeoutMs = 60000; // a command without an answer for this long fails the connection
    };
    using Done = std::function<void(const ImapResponse &tagged, const QList<ImapResponse> &untagged)>;

    explicit ImapSession(QObject *parent = nullptr);
    ~ImapSession() override;

    // Connects, secures, reads the greeting and the capabilities; then emits ready() or failed().
    void open(const Options &options);
    // Logs in (AUTHENTICATE PLAIN when offered, else LOGIN); `done` gets the tagged answer.
    void login(const QString &user, const Secret &password, Done done);
    // Signs in with an OAuth 2.0 access token: SASL OAUTHBEARER (RFC 7628) when the server offers
    // it, else XOAUTH2 (Google's and Microsoft's own). A refused token gets the tagged NO, its text
    // ending with the server's reason from its error challenge ("(invalid_token)", "(401)"), never the token.
    enum class TokenMechanism { Best, OAuthBearer, XOAuth2 };
    void authenticate(const QString &user, const Secret &accessToken, Done done, TokenMechanism mechanism = TokenMechanism::Best);
    // Whether the server offers sign-in with a token at all.
    bool offersTokenSignIn() const { return has("AUTH=OAUTHBEARER") || has("AUTH=XOAUTH2"); }
    void command(const QByteArray &command, Done done);
    // The same, with each untagged response handed to `each` as soon as it is complete (big
    // FETCH answers are processed message by message, not held until the end).
    void command(const QByteArray &command, std::function<void(const ImapResponse &)> each, Done done);
    // IDLE (RFC 2177): untagged responses come through unsolicited() while it lasts; stopIdle()
    // ends it and `done` gets the tagged answer.
    void idle(Done done);
    void stopIdle();
    bool isIdling() const { return m_idling; }
    void close();

    bool has(const QByteArray &capability) const { return m_capabilities.contains(capability.toUpper()); }
    QSet<QByteArray> capabilities() const { return m_capabilities; }
    // SHA-256 of the server's certificate (hex, lower case); empty without TLS.
    QString peerFingerprint() const { return m_fingerprint; }
    // After failed(): true when the reason was a certificate nobody vouches for (and no pin), so
    // that the caller may offer to pin peerFingerprint(), a decision made on this, never on the
    // words of the reason.
    bool failedOnUntrustedCertificate() const { return m_untrusted; }
    QString peerSubject() const { return m_subject; }

    static QByteArray quote(const QString &text);         // an IMAP quoted string (ASCII)
    static QByteArray mailboxName(const QString &folder); // modified UTF-7 (RFC 3501 5.1.3), quoted

Q_SIGNALS:
    void ready();
    // The connection is over: why, in plain words (network, TLS, BYE, timeout), with the
    // technical cause (the socket's or TLS library's error, the server's own text) in
    // Error::cause, never mixed into the sentence.
    void failed(const kopii::Error &error);
    // Untagged responses outside a command (EXISTS while idle).
    void unsolicited(const ImapResponse &response);

private:
    struct Pending
    {
        QByteArray tag;
        QByteArray command;
        bool secret = false;
        QByteArray continuation; // sent when the server answers "+"
        // SASL with a token: what ends the exchange when the server answers "+" with its error
        // (XOAUTH2: an empty line; OAUTHBEARER: %x01), and that error, decoded.
        std::optional<QByteArray> saslAbort;
        QByteArray saslError;
        bool streaming = false; // IDLE: untagged responses are passed on as they come
        std::function<void(const ImapResponse &)> each;
        Done done;
        QList<ImapResponse> untagged;
    };
    void checkPlainPeer();
    void send(Pending pending);
    void writeNext();
    void onData();
    void processIncoming();
    void onEncrypted();
    void fail(const QString &sentence, const QString &cause = {});
    void readCapabilities(const ImapResponse &r);
    void afterGreeting();

    QSslSocket *m_socket;
    Options m_options;
    ImapParser m_parser;
    QList<Pending> m_queue;
    bool m_writing = false;
    bool m_greeted = false;
    bool m_startTlsDone = false;
    bool m_failed = false;
    bool m_idling = false;
    bool m_inOnData = false;
    bool m_switchingToTls = false; // STARTTLS answered: the rest of the clear-text bytes is dropped
    int m_nextTag = 1;
    QSet<QByteArray> m_capabilities;
    QString m_fingerprint;
    bool m_untrusted = false;
    QString m_subject;
    QTimer m_timeout;
};

} // namespace kopii
