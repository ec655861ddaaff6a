#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

#include <functional>

namespace kopii {

// Renders PDF pages in kopii-render, a separate process that locks itself down before it reads
// the PDF (no network, no writing, the file system fenced in, resource limits; see Sandbox.h).
// A received copy is a stranger's file: Kopii's own process, which holds the workspace, the
// logged-in key and the mail passwords, never parses it. Calls block: use them off the UI thread.
struct PdfRenderOptions
{
    int maxPages = 500;              // a PDF with more pages is refused whole
    qint64 maxPixels = 40'000'000;   // per page: a larger page is rendered smaller to fit
    int timeoutMs = 60'000;          // the helper is killed after this
    // Tests only: another program (and arguments) in the helper's place.
    QString program;
    QStringList arguments;
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

private:
    // Pages first..last (last -1: to the end).
    static Status run(const QByteArray &pdf, int dpi, int first, int last,
                      const std::function<bool(int, const QImage &, int)> &each, const Options &options);
};

} // namespace kopii
