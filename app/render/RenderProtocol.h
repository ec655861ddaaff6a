// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

// The pipe protocol between Kopii and kopii-render, its PDF rendering helper (PdfRenderer.h).
// One helper serves one document and is never given a second one.
//
// The helper locks itself down first, then says on stdout
//     READY\n             (or ERROR 6 <words>\n when it could not lock itself down)
// and waits. Kopii sends the document, on the helper's stdin:
//     KOPII-RENDER 2 <max pixels per page> <max pages> <pdf bytes>\n  then exactly <pdf bytes> bytes
// and the helper answers "PAGES <count>\n". Then, as often as Kopii likes, one page at a time:
//     PAGE <index> <dpi>\n   (pages counted from 0)
// answered by
//     PAGE <index> <width> <height> <format> PIPE\n    and then width * height * 4 bytes on stdout, or
//     PAGE <index> <width> <height> <format> SHARED\n  the same bytes already in the shared page buffer
// <format> is a QImage format of 4 bytes a pixel (4 RGB32, 5 ARGB32, 6 ARGB32_Premultiplied), rows
// top down, no padding. The shared page buffer (Linux): a memfd Kopii creates, sizes to the pixel
// budget and seals against shrinking and growing, passed to the helper as descriptor 3; the
// helper copies each page there, and Kopii copies it out, instead of both pushing it through a pipe.
// At any point the helper may answer "ERROR <code> <words>\n" instead, and then it ends. The end of
// its stdin ends it too. The codes:
namespace kopii::render {

inline constexpr char kMagic[] = "KOPII-RENDER 2";
inline constexpr qint64 kMaxHeaderLine = 256;
inline constexpr qint64 kMaxPdf = 256LL * 1024 * 1024;
inline constexpr int kMinDpi = 18;
inline constexpr int kMaxDpi = 1200;
inline constexpr qint64 kMinPixels = 10'000;
inline constexpr int kSharedBufferFd = 3;

enum class Failure {
    Unreadable = 1, // not a PDF Poppler can open, or password-protected
    TooManyPages = 2,
    TooLarge = 3, // the PDF itself is larger than the helper accepts
    Request = 4,  // the request line is wrong
    Internal = 5, // the helper could not render (out of memory, a crash of Poppler…)
    Sandbox = 6,  // the helper could not lock itself down, so it did not read the PDF
};

struct OpenRequest
{
    qint64 maxPixels = 0;
    int maxPages = 0;
    qint64 size = 0;
};

struct PageRequest
{
    int index = 0;
    int dpi = 0;
};

// What one line from the helper says. The helper is not trusted either: every number is checked
// against what was asked (Kind::Wrong otherwise) before anything is allocated for it.
struct Answer
{
    enum class Kind { Ready, Pages, Page, Error, Wrong } kind = Kind::Wrong;
    int code = 0;        // Pages: the count; Page: the index; Error: the failure code
    int width = 0;       // Page
    int height = 0;      // Page
    int format = 0;      // Page: a QImage::Format of 4 bytes a pixel
    bool shared = false; // Page: the pixels are in the shared page buffer, not on the pipe
    QByteArray words;    // Error: what the helper said
};

QByteArray openRequest(const OpenRequest &request);
QByteArray pageRequest(const PageRequest &request);
// Requests as the helper reads them (the line without its '\n'); nothing when it is not one.
std::optional<OpenRequest> parseOpenRequest(const QByteArray &line);
std::optional<PageRequest> parsePageRequest(const QByteArray &line);
// An answer line (without its '\n'), judged against the request it answers: `maxPages` and
// `maxPixels` as asked, `expectedPage` the page asked for (-1 while no page is asked for).
Answer parseAnswer(const QByteArray &line, int maxPages, qint64 maxPixels, int expectedPage);

} // namespace kopii::render
