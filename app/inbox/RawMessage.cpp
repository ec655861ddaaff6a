// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/RawMessage.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace kopii {

namespace {

// Bodies shorter than this are kept in place: too small to be worth a note.
constexpr qsizetype kMinBytes = 48;
// The longest base64 line looked for (RFC 5322 allows 998 characters).
constexpr qsizetype kMaxWidth = 998;
// Places where a body's first characters recur that are looked at, per body. A real message has
// the body once; a hostile one may repeat its start (or "AAAA…", the start of zeros) millions of
// times, and each place looked at costs a line scan and a comparison: bounded, the rest is kept.
constexpr int kMaxCandidates = 8;

// Where `bytes`, base64-encoded in lines, begins in `whole` at or after `from`, with its line
// width and ending; nullopt when it is not there in a form encode() reproduces.
std::optional<RawMessage::Span> findEncoded(const QByteArray &whole, const QByteArray &bytes, qsizetype from,
                                            const QList<RawMessage::Span> &taken)
{
    // The first 64 characters are the same whatever the line width, once it is 64 or more.
    const QByteArray head = bytes.left(48).toBase64();
    int candidates = 0;
    for (qsizetype at = whole.indexOf(head, from); at >= 0 && candidates < kMaxCandidates;
         at = whole.indexOf(head, at + 1), ++candidates) {
        RawMessage::Span span;
        span.offset = at;
        // The line width: up to the first line ending (none within reach: one line).
        qsizetype end = at;
        const qsizetype limit = std::min(whole.size(), at + kMaxWidth + 1);
        while (end < limit && whole.at(end) != '\r' && whole.at(end) != '\n')
            ++end;
        const qsizetype oneLine = (bytes.size() + 2) / 3 * 4;
        if (end - at >= oneLine) {
            span.width = 0;
        } else {
            if (end >= limit)
                continue;
            span.width = int(end - at);
            span.crlf = whole.at(end) == '\r' && end + 1 < whole.size() && whole.at(end + 1) == '\n';
            if (!span.crlf && whole.at(end) != '\n')
                continue; // a bare CR: not a form encode() writes
        }
        const qsizetype length = RawMessage::matchEncoded(whole, at, bytes, span.width, span.crlf);
        if (length < 0)
            continue;
        span.length = length;
        const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [&span](const RawMessage::Span &t) {
            return span.offset < t.offset + t.length && t.offset < span.offset + span.length;
        });
        if (!overlaps)
            return span;
    }
    return std::nullopt;
}

} // namespace

QByteArray RawMessage::encode(const QByteArray &bytes, int width, bool crlf)
{
    const QByteArray b64 = bytes.toBase64();
    if (width <= 0 || b64.size() <= width)
        return b64;
    const QByteArray eol = crlf ? QByteArray("\r\n") : QByteArray("\n");
    QByteArray out;
    out.reserve(b64.size() + (b64.size() / width + 1) * eol.size());
    for (qsizetype i = 0; i < b64.size(); i += width) {
        if (i > 0)
            out += eol;
        out += QByteArrayView(b64).sliced(i, std::min<qsizetype>(width, b64.size() - i));
    }
    return out;
}

qsizetype RawMessage::matchEncoded(QByteArrayView whole, qsizetype at, QByteArrayView bytes, int width, bool crlf)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const qsizetype characters = (bytes.size() + 2) / 3 * 4;
    const qsizetype eol = crlf ? 2 : 1;
    if (width <= 0 || characters <= width)
        width = 0;
    const qsizetype length = characters + (width > 0 ? (characters - 1) / width * eol : 0);
    if (at < 0 || at > whole.size() || whole.size() - at < length)
        return -1;
    const char *raw = whole.data() + at;
    const auto *in = reinterpret_cast<const uchar *>(bytes.data());
    // A block of characters at a time (a multiple of 4, so that groups of three bytes do not
    // straddle blocks), compared line piece by line piece against the message.
    constexpr qsizetype kBlock = 4096;
    char block[kBlock];
    qsizetype done = 0;   // characters compared
    qsizetype column = 0; // characters on the current line
    qsizetype consumed = 0;
    while (done < characters) {
        const qsizetype take = std::min(kBlock, characters - done);
        for (qsizetype k = 0; k < take; k += 4, consumed += 3) {
            const qsizetype left = bytes.size() - consumed;
            const unsigned b0 = in[consumed];
            const unsigned b1 = left > 1 ? in[consumed + 1] : 0;
            const unsigned b2 = left > 2 ? in[consumed + 2] : 0;
            block[k] = kAlphabet[b0 >> 2];
            block[k + 1] = kAlphabet[((b0 & 0x03) << 4) | (b1 >> 4)];
            block[k + 2] = left > 1 ? kAlphabet[((b1 & 0x0f) << 2) | (b2 >> 6)] : '=';
            block[k + 3] = left > 2 ? kAlphabet[b2 & 0x3f] : '=';
        }
        for (qsizetype k = 0; k < take;) {
            if (width > 0 && column == width) {
                if (crlf ? (raw[0] != '\r' || raw[1] != '\n') : raw[0] != '\n')
                    return -1;
                raw += eol;
                column = 0;
            }
            const qsizetype piece = width > 0 ? std::min(take - k, width - column) : take - k;
            if (std::memcmp(raw, block + k, size_t(piece)) != 0)
                return -1;
            raw += piece;
            k += piece;
            column += piece;
        }
        done += take;
    }
    return length;
}

RawMessage RawMessage::strip(const QByteArray &whole, const QList<DocumentCopy> &documents)
{
    RawMessage out;
    for (qsizetype i = 0; i < documents.size(); ++i)
        for (const bool signature : {false, true}) {
            const QByteArray &bytes = signature ? documents.at(i).p7s : documents.at(i).pdf;
            if (bytes.size() < kMinBytes)
                continue;
            if (auto span = findEncoded(whole, bytes, 0, out.m_spans)) {
                span->document = int(i);
                span->signature = signature;
                out.m_spans << *span;
            }
        }
    if (out.m_spans.isEmpty())
        return RawMessage(whole);
    std::sort(out.m_spans.begin(), out.m_spans.end(), [](const Span &a, const Span &b) { return a.offset < b.offset; });
    qsizetype cursor = 0;
    for (const Span &span : std::as_const(out.m_spans)) {
        out.m_data += QByteArrayView(whole).sliced(cursor, span.offset - cursor);
        cursor = span.offset + span.length;
    }
    out.m_data += QByteArrayView(whole).sliced(cursor);
    // Each body left out is what encode() writes for its document, byte for byte (findEncoded
    // compared them): the message rebuilds exactly.
    return out;
}

QString RawMessage::spansText() const
{
    if (m_spans.isEmpty())
        return {};
    QJsonArray list;
    for (const Span &s : m_spans)
        list << QJsonObject{{QStringLiteral("at"), s.offset},
                            {QStringLiteral("length"), s.length},
                            {QStringLiteral("document"), s.document},
                            {QStringLiteral("part"), s.signature ? QStringLiteral("p7s") : QStringLiteral("pdf")},
                            {QStringLiteral("width"), s.width},
                            {QStringLiteral("eol"), s.crlf ? QStringLiteral("crlf") : QStringLiteral("lf")}};
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<RawMessage> RawMessage::fromStored(const QByteArray &data, const QString &spans)
{
    RawMessage out(data);
    if (spans.isEmpty())
        return out;
    const Error damaged{Error::Code::Corrupt,
                        tr("The stored message's notes on its documents are damaged, so the message as received cannot "
                           "be rebuilt. Its documents are not affected."),
                        {}};
    const QJsonDocument json = QJsonDocument::fromJson(spans.toUtf8());
    if (!json.isArray())
        return damaged;
    qint64 removed = 0, end = 0;
    for (const QJsonValue &v : json.array()) {
        const QJsonObject o = v.toObject();
        Span s;
        s.offset = o.value(QStringLiteral("at")).toInteger(-1);
        s.length = o.value(QStringLiteral("length")).toInteger(-1);
        s.document = o.value(QStringLiteral("document")).toInt(-1);
        const QString part = o.value(QStringLiteral("part")).toString();
        s.signature = part == QLatin1String("p7s");
        s.width = o.value(QStringLiteral("width")).toInt(-1);
        const QString eol = o.value(QStringLiteral("eol")).toString();
        s.crlf = eol == QLatin1String("crlf");
        if (s.offset < end || s.length < 0 || s.document < 0 || s.width < 0 || s.width > kMaxWidth
            || (part != QLatin1String("pdf") && part != QLatin1String("p7s"))
            || (eol != QLatin1String("crlf") && eol != QLatin1String("lf")) || s.offset - removed > data.size())
            return damaged;
        removed += s.length;
        end = s.offset + s.length;
        out.m_spans << s;
    }
    return out;
}

QByteArray RawMessage::rebuild(const QList<DocumentCopy> &documents, bool *complete) const
{
    *complete = true;
    QByteArray out;
    qsizetype cursor = 0; // in m_data
    qint64 removed = 0;
    for (const Span &span : m_spans) {
        const qsizetype here = span.offset - removed;
        if (here < cursor || here > m_data.size() || span.document >= documents.size()) {
            *complete = false;
            return {};
        }
        out += QByteArrayView(m_data).sliced(cursor, here - cursor);
        const DocumentCopy &d = documents.at(span.document);
        const QByteArray encoded = encode(span.signature ? d.p7s : d.pdf, span.width, span.crlf);
        if (encoded.size() != span.length)
            *complete = false;
        out += encoded;
        cursor = here;
        removed += span.length;
    }
    out += QByteArrayView(m_data).sliced(cursor);
    return out;
}

Result<QByteArray> RawMessage::restore(const QList<DocumentCopy> &documents, const QByteArray &contentHash) const
{
    if (m_spans.isEmpty())
        return m_data;
    bool complete = false;
    QByteArray whole = rebuild(documents, &complete);
    if (!complete || QCryptographicHash::hash(whole, QCryptographicHash::Sha256) != contentHash)
        return Error{Error::Code::Corrupt,
                     tr("The message as received cannot be rebuilt exactly from what is stored (it does not match the "
                        "fingerprint taken when it arrived). Its documents are shown as stored; the original e-mail may "
                        "still be in the mailbox on the server."),
                     {}};
    return whole;
}

} // namespace kopii
