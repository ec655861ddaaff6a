// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ImapParser.h"

namespace kopii {

const ImapValue *ImapValue::find(const QByteArray &name) const
{
    for (qsizetype i = 0; i + 1 < list.size(); ++i)
        if (list.at(i).type == Type::Atom && list.at(i).text.compare(name, Qt::CaseInsensitive) == 0)
            return &list.at(i + 1);
    return nullptr;
}

bool ImapResponse::isStatus() const
{
    for (const char *s : {"OK", "NO", "BAD", "BYE", "PREAUTH"})
        if (status == s)
            return true;
    return false;
}

void ImapParser::clear()
{
    m_buffer.clear();
    m_scanned = 0;
    m_literalLeft = 0;
    m_discardLeft = 0;
    m_skipLine = false;
    m_literals = 0;
    m_ready.clear();
}

void ImapParser::feed(const QByteArray &data)
{
    m_buffer += data;
    scan();
}

QList<ImapResponse> ImapParser::take()
{
    QList<ImapResponse> out;
    out.swap(m_ready);
    return out;
}

void ImapParser::scan()
{
    for (;;) {
        if (m_discardLeft > 0) {
            const qint64 drop = qMin<qint64>(m_discardLeft, m_buffer.size());
            m_buffer.remove(0, qsizetype(drop));
            m_discardLeft -= drop;
            if (m_discardLeft > 0)
                return;
        }
        if (m_skipLine) {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                m_buffer.clear();
                return;
            }
            m_buffer.remove(0, eol + 1);
            m_skipLine = false;
            m_scanned = 0;
        }
        if (m_literalLeft > 0) {
            const qint64 available = m_buffer.size() - m_scanned;
            const qint64 skip = qMin(available, m_literalLeft);
            m_scanned += skip;
            m_literalLeft -= skip;
            if (m_literalLeft > 0)
                return;
        }
        const qsizetype lf = m_buffer.indexOf('\n', m_scanned);
        if (lf < 0) {
            // A line without its end: wait, unless it is absurdly long (garbage).
            if (m_buffer.size() - m_scanned > kMaxLine) {
                ImapResponse g;
                g.error = QStringLiteral("a line longer than %1 bytes").arg(kMaxLine);
                m_ready << g;
                m_buffer.clear();
                m_scanned = 0;
            }
            return;
        }
        // Does the line end with a literal announcement {n} or {n+}?
        qsizetype end = lf;
        if (end > 0 && m_buffer.at(end - 1) == '\r')
            --end;
        qint64 literal = -1;
        if (end > 0 && m_buffer.at(end - 1) == '}') {
            qsizetype open = m_buffer.lastIndexOf('{', end - 1);
            if (open >= m_scanned) {
                QByteArray digits = m_buffer.mid(open + 1, end - 1 - open - 1);
                if (digits.endsWith('+'))
                    digits.chop(1);
                bool ok = false;
                const qint64 n = digits.toLongLong(&ok);
                if (ok && n >= 0 && !digits.isEmpty())
                    literal = n;
            }
        }
        if (literal >= 0) {
            // One response holds at most kMaxResponse bytes and kMaxLiterals literals, however
            // they are split: a server cannot make the buffer grow without bound.
            const bool tooLarge = literal > kMaxLiteral || literal > kMaxResponse - (lf + 1);
            const bool tooMany = ++m_literals > kMaxLiterals;
            if (tooLarge || tooMany) {
                // Report it, drop the response so far and the literal's bytes as they come, then
                // the rest of its line; the next response is read normally.
                ImapResponse g;
                g.error = tooMany ? QStringLiteral("a response with more than %1 literals").arg(kMaxLiterals)
                                  : QStringLiteral("a literal of %1 bytes, more than Kopii accepts").arg(literal);
                g.oversize = tooLarge;
                m_ready << g;
                m_buffer.remove(0, lf + 1);
                m_scanned = 0;
                m_discardLeft = literal;
                m_skipLine = true;
                m_literals = 0;
                continue;
            }
            m_scanned = lf + 1;
            m_literalLeft = literal;
            continue;
        }
        // A complete response.
        const QByteArray response = m_buffer.left(lf + 1);
        m_buffer.remove(0, lf + 1);
        m_scanned = 0;
        m_literals = 0;
        m_ready << parse(response);
    }
}

namespace {

struct Reader
{
    const QByteArray &data;
    qsizetype pos = 0;
    QString error;

    bool atEnd() const { return pos >= data.size() || data.at(pos) == '\r' || data.at(pos) == '\n'; }
    char peek() const { return pos < data.size() ? data.at(pos) : '\0'; }
    void skipSpaces()
    {
        while (pos < data.size() && data.at(pos) == ' ')
            ++pos;
    }

    bool value(ImapValue &out, int depth)
    {
        if (depth > 64) {
            error = QStringLiteral("lists nested too deep");
            return false;
        }
        skipSpaces();
        if (atEnd()) {
            error = QStringLiteral("a value is missing");
            return false;
        }
        const char c = peek();
        if (c == '(') {
            ++pos;
            out.type = ImapValue::Type::List;
            for (;;) {
                skipSpaces();
                if (pos >= data.size()) {
                    error = QStringLiteral("a list is not closed");
                    return false;
                }
                if (peek() == ')') {
                    ++pos;
                    return true;
                }
                if (atEnd()) {
                    error = QStringLiteral("a list is not closed");
                    return false;
                }
                ImapValue item;
                if (!value(item, depth + 1))
                    return false;
                out.list << item;
            }
        }
        if (c == '"') {
            ++pos;
            out.type = ImapValue::Type::String;
            while (pos < data.size()) {
                const char d = data.at(pos++);
                if (d == '\\' && pos < data.size()) {
                    out.text += data.at(pos++);
                } else if (d == '"') {
                    return true;
                } else if (d == '\r' || d == '\n') {
                    break;
                } else {
                    out.text += d;
                }
            }
            error = QStringLiteral("a quoted string is not closed");
            return false;
        }
        if (c == '{' || (c == '~' && pos + 1 < data.size() && data.at(pos + 1) == '{')) {
            if (c == '~')
                ++pos;
            const qsizetype close = data.indexOf('}', pos);
            if (close < 0) {
                error = QStringLiteral("a literal's length is not closed");
                return false;
            }
            QByteArray digits = data.mid(pos + 1, close - pos - 1);
            if (digits.endsWith('+'))
                digits.chop(1);
            bool ok = false;
            const qint64 n = digits.toLongLong(&ok);
            qsizetype start = close + 1;
            if (start < data.size() && data.at(start) == '\r')
                ++start;
            if (start < data.size() && data.at(start) == '\n')
                ++start;
            // n is the server's number: compared without adding (start + n could overflow).
            if (!ok || n < 0 || n > data.size() - start) {
                error = QStringLiteral("a literal is cut short");
                return false;
            }
            out.type = ImapValue::Type::String;
            out.text = data.mid(start, n);
            pos = start + n;
            return true;
        }
        if (c == ')') {
            error = QStringLiteral("an unexpected ')'");
            return false;
        }
        // Atom (with a bracketed section, e.g. BODY[HEADER.FIELDS (FROM)] or BODY[]<0>).
        const qsizetype start = pos;
        int brackets = 0;
        while (pos < data.size()) {
            const char d = data.at(pos);
            if (d == '[')
                ++brackets;
            else if (d == ']')
                --brackets;
            else if (brackets <= 0 && (d == ' ' || d == '(' || d == ')' || d == '\r' || d == '\n' || d == '"' || d == '{'))
                break;
            else if (d == '\r' || d == '\n')
                break;
            ++pos;
        }
        out.text = data.mid(start, pos - start);
        out.type = out.text.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Type::Nil : ImapValue::Type::Atom;
        if (out.text.isEmpty()) {
            error = QStringLiteral("an unexpected character");
            return false;
        }
        return true;
    }

    QByteArray word()
    {
        skipSpaces();
        const qsizetype start = pos;
        while (pos < data.size() && data.at(pos) != ' ' && data.at(pos) != '\r' && data.at(pos) != '\n')
            ++pos;
        return data.mid(start, pos - start);
    }

    // The rest of a status response: optional [code] and the text.
    void statusText(ImapResponse &r)
    {
        skipSpaces();
        if (peek() == '[') {
            const qsizetype close = data.indexOf(']', pos);
            const qsizetype eol = data.indexOf('\n', pos);
            if (close > pos && (eol < 0 || close < eol)) {
                r.code = data.mid(pos + 1, close - pos - 1);
                pos = close + 1;
            }
        }
        skipSpaces();
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray text = data.mid(pos, end - pos);
        if (text.endsWith('\r'))
            text.chop(1);
        r.text = QString::fromUtf8(text);
    }
};

bool isNumber(const QByteArray &w)
{
    if (w.isEmpty())
        return false;
    for (char c : w)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

ImapResponse ImapParser::parse(const QByteArray &data)
{
    ImapResponse r;
    Reader in{data, 0, QString()};
    if (data.startsWith('+')) {
        r.kind = ImapResponse::Kind::Continuation;
        in.pos = 1;
        in.statusText(r);
        return r;
    }
    const QByteArray first = in.word();
    if (first.isEmpty()) {
        r.error = QStringLiteral("an empty line");
        return r;
    }
    if (first == "*") {
        r.kind = ImapResponse::Kind::Untagged;
        QByteArray w = in.word();
        if (isNumber(w)) {
            r.number = w.toLongLong();
            w = in.word();
        }
        r.status = w.toUpper();
        if (r.status.isEmpty()) {
            r.kind = ImapResponse::Kind::Garbage;
            r.error = QStringLiteral("an untagged response without a keyword");
            return r;
        }
        if (r.isStatus()) {
            in.statusText(r);
            return r;
        }
        while (!in.atEnd()) {
            ImapValue v;
            if (!in.value(v, 0)) {
                r.kind = ImapResponse::Kind::Garbage;
                r.error = in.error;
                return r;
            }
            r.values << v;
            in.skipSpaces();
        }
        return r;
    }
    // Tagged: tag SP (OK|NO|BAD) SP text
    r.tag = first;
    r.status = in.word().toUpper();
    if (r.status != "OK" && r.status != "NO" && r.status != "BAD") {
        r.kind = ImapResponse::Kind::Garbage;
        r.error = QStringLiteral("a tagged response without OK, NO or BAD");
        return r;
    }
    r.kind = ImapResponse::Kind::Tagged;
    in.statusText(r);
    return r;
}

} // namespace kopii
