#pragma once

#include <QtGlobal>

// The pipe protocol between Kopii and kopii-render, its PDF rendering helper (PdfRenderer.h).
//
// Request, on the helper's stdin: one line
//     KOPII-RENDER 1 <first page> <last page> <dpi> <max pixels per page> <max pages> <pdf bytes>\n
// (pages counted from 0; last = -1: to the end), then exactly <pdf bytes> bytes of the PDF.
// Answer, on its stdout: "PAGES <count>\n", then for each page asked for
//     PAGE <index> <width> <height>\n  and width * height * 4 bytes (QImage::Format_ARGB32, rows top down)
// and "END\n"; or at any point "ERROR <code> <words>\n" and nothing more. The codes:
namespace kopii::render {

inline constexpr char kMagic[] = "KOPII-RENDER 1";
inline constexpr qint64 kMaxHeaderLine = 256;

enum class Failure {
    Unreadable = 1,  // not a PDF Poppler can open, or password-protected
    TooManyPages = 2,
    TooLarge = 3,    // the PDF itself is larger than the helper accepts
    Request = 4,     // the request line is wrong
    Internal = 5,    // the helper could not render (out of memory, a crash of Poppler…)
    Sandbox = 6,     // the helper could not lock itself down, so it did not read the PDF
};

} // namespace kopii::render
