// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace kopii {

// Renders PDF pages in kopii-render, a separate process that locks itself down before it reads
// the PDF (no network, no writing, the file system fenced in, resource limits; see Sandbox.h).
// A received copy is a stranger's file: Kopii's own process, which holds the workspace, the
// logged-in key and the mail passwords, never parses it. Calls block: use them off the UI thread.
struct PdfRenderOptions
{
    int maxPages = 500;            // a PDF with more pages is refused whole
    qint64 maxPixels = 40'000'000; // per page: a larger page is rendered smaller to fit
    int timeoutMs = 60'000;        // per step (starting, opening the PDF, each page): the helper is killed after this
    // A spare: the helper draws a page of its own before it says it is ready, so that fonts and
    // memory are ready for the document's first page (for helpers started ahead of time).
    bool warmUp = false;
    // Set from another thread to give up at once (the helper is killed; the call says "cancelled").
    const std::atomic<bool> *cancel = nullptr;
    // Tests only: another program (and arguments) in the helper's place.
    QString program;
    QStringList arguments;
};

// One document in one helper process: opened once, then any page at any resolution, each
// rendered by the same helper without sending or parsing the PDF again. A session may be started
// before its document is known (a spare: the process starts and locks itself down ahead of time),
// and a helper never sees a second document. Not thread-safe: use a session from one thread (the
// one that started it).
class PdfRenderSession
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    using Options = PdfRenderOptions;

    explicit PdfRenderSession(Options options = {});
    ~PdfRenderSession(); // the helper is told to end (and killed if it does not)
    PdfRenderSession(const PdfRenderSession &) = delete;
    PdfRenderSession &operator=(const PdfRenderSession &) = delete;

    // Starts the helper, which locks itself down and waits for a document; returns at once.
    Status start();
    // Waits until the started helper has locked itself down (for spares and benchmarks).
    Status waitUntilReady();
    // Hands the helper its document (once per session); afterwards pageCount() is known.
    Status open(const QByteArray &pdf);
    // Page `index` (from 0) at `dpi`. After a failure the session is broken (isBroken()): the
    // helper ended, and the document needs a new session.
    Result<QImage> page(int index, int dpi);

    int pageCount() const;
    bool isOpen() const;
    bool isBroken() const;
    qint64 processId() const; // the helper's, 0 when none runs (tests)

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    using Options = PdfRenderOptions;

    // One page (from 0) at `dpi`; `pageCount` gets the document's number of pages.
    static Result<QImage> renderPage(const QByteArray &pdf, int page, int dpi, int *pageCount = nullptr,
                                     const Options &options = {});
    // Every page in turn, each handed to `each` (index, image, page count) and then dropped, so
    // printing a long document holds one page at a time. `each` returns false to stop.
    static Status renderPages(const QByteArray &pdf, int dpi, const std::function<bool(int, const QImage &, int)> &each,
                              const Options &options = {});

    // Where the helper is: beside the program, in ../libexec/kopii, or in the build tree.
    static QString helperPath();
    // The Poppler version the helper renders with ("22.12.0"), or why it cannot be told.
    // Blocking (starts the helper): off the UI thread.
    static Result<QString> popplerVersion();
};

namespace render {
// The reading half of the client, over any device (the helper's stdout; a buffer in the fuzz
// target): the next answer, then a page's pixels, each checked against what was asked.
class AnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    // `alive` says whether more bytes may still come; `waitMs` waits up to that long for them.
    AnswerReader(QIODevice &device, std::function<bool()> alive, const PdfRenderOptions &options);
    // The next line, or nothing when the helper ended, the time ran out or the line is too long.
    std::optional<QByteArray> line(int timeoutMs);
    // Exactly `size` bytes into `out`.
    bool bytes(char *out, qint64 size, int timeoutMs);
    bool timedOut() const { return m_timedOut; }
    bool cancelled() const { return m_cancelled; }

private:
    bool more(qint64 deadlineMs);
    QIODevice &m_device;
    std::function<bool()> m_alive;
    const PdfRenderOptions &m_options;
    QByteArray m_buffer;
    bool m_timedOut = false;
    bool m_cancelled = false;
};
} // namespace render

} // namespace kopii
