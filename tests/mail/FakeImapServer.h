// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted IMAP server for what a real one will not do on demand: no IDLE, garbage lines,
// BYE in the middle of a FETCH, answers dribbled out a few bytes at a time. Plain IMAP on
// loopback; one connection at a time.
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace kopii::test {

class FakeImapServer : public QObject
{
public:
    QMap<qint64, QByteArray> messages; // UID → raw message
    qint64 uidValidity = 42;
    bool idle = false;       // advertise IDLE
    qint64 byeOnFetchOf = 0; // send BYE instead of this message (once)
    bool garbage = false;    // a garbage line before every response
    int chunk = 0;           // write answers this many bytes at a time (0: at once)
    int logins = 0;
    int fetches = 0;
    QMap<qint64, qint64> claimedSizes;      // RFC822.SIZE to report instead of the message's own size
    QList<QByteArray> stores;               // the UID sets of UID STORE commands, as sent
    QByteArray auth = "AUTH=PLAIN SASL-IR"; // the sign-in capabilities announced ("" : LOGIN only)
    QList<QByteArray> credentials;          // the sign-in lines as they came (command, continuation)

    FakeImapServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            m_current = s;
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            send(s, "* OK [CAPABILITY IMAP4rev1 " + auth + QByteArray(idle ? " IDLE" : "") + "] fake ready\r\n");
        });
    }
    int port() const { return m_server.serverPort(); }

    // A new message arrives; an idling client is told at once.
    void push(qint64 uid, const QByteArray &raw)
    {
        messages.insert(uid, raw);
        if (m_idling && m_current) {
            m_reported = messages.size();
            send(m_current, "* " + QByteArray::number(messages.size()) + " EXISTS\r\n");
        }
    }

private:
    void send(QTcpSocket *s, const QByteArray &data)
    {
        QByteArray all = garbage ? QByteArray("%%% ((( garbage \"\r\n") + data : data;
        if (chunk <= 0) {
            s->write(all);
            return;
        }
        // A few bytes at a time, with pauses: literals arrive split across many packets.
        int delay = 0;
        for (qsizetype i = 0; i < all.size(); i += chunk) {
            const QByteArray piece = all.mid(i, chunk);
            QTimer::singleShot(delay, s, [s, piece] {
                s->write(piece);
                s->flush();
            });
            delay += (i / chunk) % 50 == 0 ? 1 : 0;
        }
    }

    void onRead(QTcpSocket *s)
    {
        m_input += s->readAll();
        qsizetype lf;
        while ((lf = m_input.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_input.left(lf);
            m_input.remove(0, lf + 2);
            handle(s, line);
        }
    }

    static QByteArray structure()
    {
        return "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 2 1 NIL NIL NIL NIL)"
               "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 8 NIL (\"attachment\" (\"filename\" \"a.pdf\")) "
               "NIL NIL)"
               " \"mixed\" (\"boundary\" \"b\") NIL NIL NIL)";
    }

    void handle(QTcpSocket *s, const QByteArray &line)
    {
        if (!m_authTag.isEmpty()) { // the AUTHENTICATE continuation
            credentials << line;
            ++logins;
            send(s, m_authTag + " OK logged in\r\n");
            m_authTag.clear();
            return;
        }
        if (line == "DONE") {
            m_idling = false;
            send(s, m_idleTag + " OK idle done\r\n");
            return;
        }
        const QList<QByteArray> w = line.split(' ');
        const QByteArray tag = w.value(0);
        const QByteArray cmd = w.value(1).toUpper();
        const QByteArray sub = w.value(2).toUpper();
        if (cmd == "CAPABILITY") {
            send(s, "* CAPABILITY IMAP4rev1 " + auth + QByteArray(idle ? " IDLE" : "") + "\r\n" + tag + " OK done\r\n");
        } else if (cmd == "AUTHENTICATE" && w.size() == 3) {
            credentials << line.mid(tag.size() + 1);
            m_authTag = tag;
            send(s, "+ \r\n");
        } else if (cmd == "AUTHENTICATE" || cmd == "LOGIN") {
            credentials << line.mid(tag.size() + 1);
            ++logins;
            send(s, tag + " OK logged in\r\n");
        } else if (cmd == "SELECT") {
            m_reported = messages.size();
            send(s,
                 "* " + QByteArray::number(messages.size()) + " EXISTS\r\n* OK [UIDVALIDITY " + QByteArray::number(uidValidity)
                     + "] valid\r\n" + tag + " OK [READ-WRITE] selected\r\n");
        } else if (cmd == "NOOP") {
            send(s, tag + " OK noop\r\n");
        } else if (cmd == "IDLE") {
            m_idleTag = tag;
            m_idling = true;
            send(s, "+ idling\r\n");
            // Mail that came before IDLE began is announced at once, as real servers do.
            if (messages.size() > m_reported) {
                m_reported = messages.size();
                send(s, "* " + QByteArray::number(messages.size()) + " EXISTS\r\n");
            }
        } else if (cmd == "UID" && sub == "SEARCH") {
            const qint64 from = w.value(4).split(':').value(0).toLongLong();
            QByteArray found = "* SEARCH";
            for (auto it = messages.cbegin(); it != messages.cend(); ++it)
                if (it.key() >= from)
                    found += ' ' + QByteArray::number(it.key());
            send(s, found + "\r\n" + tag + " OK search\r\n");
        } else if (cmd == "UID" && sub == "FETCH") {
            const QList<QByteArray> uids = w.value(3).split(',');
            const bool body = line.contains("BODY.PEEK[]");
            QByteArray out;
            int seq = 0;
            for (const QByteArray &u : uids) {
                const qint64 uid = u.toLongLong();
                ++seq;
                if (!messages.contains(uid))
                    continue;
                if (body) {
                    ++fetches;
                    if (uid == byeOnFetchOf) {
                        byeOnFetchOf = 0;
                        const QByteArray raw = messages.value(uid);
                        // What came before in full, half of this literal, then the server goes away.
                        s->write(out);
                        s->write("* " + QByteArray::number(seq) + " FETCH (UID " + u + " BODY[] {"
                                 + QByteArray::number(raw.size()) + "}\r\n" + raw.left(raw.size() / 2));
                        s->write("\r\n* BYE going down\r\n");
                        s->flush();
                        s->disconnectFromHost();
                        return;
                    }
                    const QByteArray raw = messages.value(uid);
                    out += "* " + QByteArray::number(seq) + " FETCH (UID " + u + " BODY[] {" + QByteArray::number(raw.size())
                        + "}\r\n" + raw + ")\r\n";
                } else {
                    const qint64 size = claimedSizes.value(uid, messages.value(uid).size());
                    out += "* " + QByteArray::number(seq) + " FETCH (UID " + u + " RFC822.SIZE " + QByteArray::number(size)
                        + " BODYSTRUCTURE " + structure() + ")\r\n";
                }
            }
            send(s, out + tag + " OK fetched\r\n");
        } else if (cmd == "UID" && sub == "STORE") {
            stores << w.value(3);
            send(s, tag + " OK stored\r\n");
        } else if (cmd == "LOGOUT") {
            send(s, "* BYE bye\r\n" + tag + " OK logout\r\n");
            s->disconnectFromHost();
        } else {
            send(s, tag + " BAD unknown command\r\n");
        }
    }

    QTcpServer m_server;
    QByteArray m_input;
    QByteArray m_authTag;
    QByteArray m_idleTag;
    bool m_idling = false;
    qsizetype m_reported = 0;
    QPointer<QTcpSocket> m_current;
};

} // namespace kopii::test
