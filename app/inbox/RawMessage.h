// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kopii {

// A received message as it is kept: whole, as evidence of what arrived, but without the encoded
// bodies of its documents, which are kept decoded beside it (document_copy) and would otherwise
// take the disk twice. Each body left out is noted (where it was, which document, how it was
// encoded: base64 at a line width and line ending) and is rebuilt from the document on reading.
// Only what rebuilds byte for byte is left out (checked when stripping); the rebuilt message is
// checked against the submission's content hash (SHA-256 of the message) when read.
class RawMessage
{
    Q_DECLARE_TR_FUNCTIONS(RawMessage)

public:
    // One encoded body left out.
    struct Span
    {
        qint64 offset = 0;      // where it began in the whole message
        qint64 length = 0;      // its encoded length there
        int document = 0;       // the document's position in the submission
        bool signature = false; // its signature (.p7s) rather than its PDF
        int width = 76;         // base64 line width (0: one line)
        bool crlf = true;       // lines end in CRLF (else LF)
        bool operator==(const Span &) const = default;
    };

    RawMessage() = default;
    // The message kept whole (nothing left out): a message without documents, loose files.
    RawMessage(const QByteArray &whole) : m_data(whole) {} // NOLINT(google-explicit-constructor)

    // Leaves out the encoded bodies of `documents` (decoded, in their order) found in `whole`.
    static RawMessage strip(const QByteArray &whole, const QList<DocumentCopy> &documents);
    // The stored form and its notes, as read back from the store.
    static Result<RawMessage> fromStored(const QByteArray &data, const QString &spans);

    // What is stored: the message without the bodies left out, and the notes as text (empty when
    // nothing was left out).
    const QByteArray &data() const { return m_data; }
    const QList<Span> &spans() const { return m_spans; }
    QString spansText() const;
    bool isStripped() const { return !m_spans.isEmpty(); }

    // The whole message again, its documents given in their order; checked against
    // `contentHash` (the SHA-256 of the message as received) when anything was left out.
    Result<QByteArray> restore(const QList<DocumentCopy> &documents, const QByteArray &contentHash) const;

    // `bytes` in base64, in lines of `width` characters (0: one line) ending in CRLF or LF; no
    // line ending after the last line.
    static QByteArray encode(const QByteArray &bytes, int width, bool crlf);
    // Whether `whole` holds at `at` exactly what encode() writes for these arguments: its length
    // there, or -1. Encodes a line at a time as it compares, without building the encoding.
    static qsizetype matchEncoded(QByteArrayView whole, qsizetype at, QByteArrayView bytes, int width, bool crlf);

private:
    QByteArray rebuild(const QList<DocumentCopy> &documents, bool *complete) const;

    QByteArray m_data;
    QList<Span> m_spans; // ascending by offset, not overlapping
};

} // namespace kopii
