// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A server that plays one IMAP dialogue byte for byte: the greeting, then for each step the line
// the client must send next and the server's answer. "<T>" in a step stands for the client's tag
// (checked to be a fresh atom, then put into the answer; an untagged line such as DONE is
// answered with the tag of the command it ends). Any other line ends the scenario: the
// test reads `failure` (the step, what was expected, what came). Plain IMAP on loopback; one
// connection. Used to pin the commands the sync sends (tests/mail/tst_imap_scenarios.cpp).
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace kopii::test {

class ImapScript : public QObject
{
public:
    struct Step
    {
        QByteArray expect; // the client's line without CRLF, "<T>" for its tag
        QByteArray reply;  // the server's answer, lines ending in CRLF; "<T>" is the tag
    };

    QByteArray greeting;
    QList<Step> steps;
    int done = 0;            // steps the client went through as scripted
    QByteArray failure;      // empty while the client keeps to the script
    QList<QByteArray> heard; // every line the client sent, as sent

    explicit ImapScript(QByteArray greetingLine, QList<Step> script) : greeting(std::move(greetingLine)), steps(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            if (m_connected++ > 0) {
                fail("a second connection");
                s->disconnectFromHost();
                return;
            }
            s->write(greeting);
        });
    }
    int port() const { return m_server.serverPort(); }
    bool finished() const { return done == steps.size() && failure.isEmpty(); }

    // A literal holding `data`, as a FETCH answer carries it.
    static QByteArray literal(const QByteArray &data) { return '{' + QByteArray::number(data.size()) + "}\r\n" + data; }

private:
    void fail(const QByteArray &why)
    {
        if (failure.isEmpty())
            failure = why;
    }

    void onRead(QTcpSocket *s)
    {
        m_input += s->readAll();
        qsizetype lf;
        while ((lf = m_input.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_input.left(lf);
            m_input.remove(0, lf + 2);
            heard << line;
            handle(s, line);
        }
    }

    void handle(QTcpSocket *s, const QByteArray &line)
    {
        if (!failure.isEmpty())
            return;
        if (done >= steps.size()) {
            fail("after the script ended, the client sent: " + line);
            return;
        }
        const Step &step = steps.at(done);
        QByteArray tag;
        if (step.expect.startsWith("<T> ")) {
            tag = line.left(line.indexOf(' '));
            static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9.]+$"));
            if (tag.isEmpty() || !atom.match(QString::fromLatin1(tag)).hasMatch() || m_tags.contains(tag)) {
                fail("step " + QByteArray::number(done + 1) + ": not a fresh tag in: " + line);
                return;
            }
            m_tags << tag;
        } else if (!m_tags.isEmpty()) {
            tag = m_tags.last(); // an untagged line (DONE) is answered with the command's tag
        }
        QByteArray expected = step.expect;
        if (step.expect.startsWith("<T> "))
            expected.replace("<T>", tag);
        if (line != expected) {
            fail("step " + QByteArray::number(done + 1) + ": expected\n  " + expected + "\nbut the client sent\n  " + line);
            return;
        }
        ++done;
        QByteArray reply = step.reply;
        reply.replace("<T>", tag);
        s->write(reply);
        s->flush();
        if (reply.contains("* BYE"))
            s->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_input;
    QList<QByteArray> m_tags;
    int m_connected = 0;
};

} // namespace kopii::test
