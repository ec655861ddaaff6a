// kopii-render: renders the pages of one PDF, received on stdin, to raw images on stdout
// (RenderProtocol.h), locked down first (Sandbox.h). It holds nothing of Kopii's: no workspace,
// no keys, no passwords, no network, and it is started afresh in an empty folder for each
// document, so a PDF that takes over Poppler takes over nothing worth having, not even the next
// document.
#include "RenderProtocol.h"
#include "Sandbox.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <poppler-qt6.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace kopii::render;

namespace {

constexpr qint64 kMaxPdf = 256LL * 1024 * 1024;
constexpr qint64 kAddressSpace = 3LL * 1024 * 1024 * 1024; // Poppler, fonts and two page images at most
constexpr int kCpuSeconds = 120;

bool writeAll(const char *data, qint64 size)
{
    while (size > 0) {
        const size_t n = fwrite(data, 1, size_t(size), stdout);
        if (n == 0)
            return false;
        data += n;
        size -= qint64(n);
    }
    return true;
}

int fail(Failure code, const char *words)
{
    fprintf(stdout, "ERROR %d %s\n", int(code), words);
    fflush(stdout);
    return 1;
}

bool readExactly(QByteArray &out, qint64 size)
{
    out.resize(qsizetype(size));
    qint64 got = 0;
    while (got < size) {
        const size_t n = fread(out.data() + got, 1, size_t(size - got), stdin);
        if (n == 0)
            return false;
        got += qint64(n);
    }
    return true;
}

// --sandbox-selftest PATH: locks down, then tries what a hijacked renderer would, and says
// which of them the sandbox refused (for the tests; exit 0 only when all were refused).
int selfTest(const char *path)
{
    const SandboxReport report = lockDown(kAddressSpace, kCpuSeconds);
    int allowed = 0;
    auto say = [&allowed](const char *what, bool refused) {
        printf("%s %s\n", refused ? "refused" : "ALLOWED", what);
        allowed += refused ? 0 : 1;
    };
#ifdef Q_OS_UNIX
    const int readFd = open(path, O_RDONLY);
    say("read-outside", readFd < 0);
    if (readFd >= 0)
        close(readFd);
    const int writeFd = open("written-by-renderer", O_WRONLY | O_CREAT, 0600);
    say("create-file", writeFd < 0);
    if (writeFd >= 0)
        close(writeFd);
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    say("network-socket", s < 0);
    if (s >= 0)
        close(s);
    const int u = socket(AF_UNIX, SOCK_STREAM, 0);
    say("unix-socket", u < 0);
    if (u >= 0)
        close(u);
    char *const argv[] = {const_cast<char *>("/bin/true"), nullptr};
    execv("/bin/true", argv);
    say("run-program", true); // still here: execv was refused
#endif
    // What a renderer needs must still work: starting a thread (through clone3's fallback).
    bool threadRan = false;
    try {
        std::thread worker([&threadRan] { threadRan = true; });
        worker.join();
    } catch (...) {
    }
    printf("%s thread-start\n", threadRan ? "works" : "BROKEN");
    allowed += threadRan ? 0 : 1;
    printf("landlock %s, seccomp %s\n", report.landlock ? "on" : "off", report.seccomp ? "on" : "off");
    for (const QString &p : report.problems)
        printf("problem: %s\n", qPrintable(p));
    fflush(stdout);
    return allowed == 0 && report.ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && strcmp(argv[1], "--sandbox-selftest") == 0)
        return selfTest(argv[2]);
    if (argc != 1) {
        fprintf(stderr, "kopii-render: Kopii's PDF rendering helper; it reads a request on stdin and is not run by hand.\n");
        return 2;
    }
    // Locked down before anything is read: even the request line comes to a helper that can
    // no longer open a file or a socket.
    const SandboxReport sandbox = lockDown(kAddressSpace, kCpuSeconds);
    if (!sandbox.ok)
        return fail(Failure::Sandbox, qPrintable(sandbox.problems.join(QStringLiteral("; "))));

    char line[kMaxHeaderLine];
    if (!fgets(line, sizeof line, stdin))
        return fail(Failure::Request, "no request");
    long long first = 0, last = 0, dpi = 0, maxPixels = 0, maxPages = 0, size = 0;
    char magic1[16] = {}, magic2[8] = {};
    if (sscanf(line, "%15s %7s %lld %lld %lld %lld %lld %lld", magic1, magic2, &first, &last, &dpi, &maxPixels, &maxPages,
               &size) != 8
        || QByteArray(magic1) + ' ' + QByteArray(magic2) != QByteArray(kMagic) || first < 0 || last < -1
        || (last >= 0 && last < first) || dpi < 18 || dpi > 1200 || maxPixels < 10000 || maxPages < 1 || size < 0)
        return fail(Failure::Request, "the request is not understood");
    if (size > kMaxPdf)
        return fail(Failure::TooLarge, "the PDF is larger than 256 MB");

    QByteArray pdf;
    if (!readExactly(pdf, size))
        return fail(Failure::Request, "the PDF was cut short");
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return fail(Failure::Unreadable, "the PDF cannot be opened (damaged or password-protected)");
    const int pages = doc->numPages();
    if (pages < 1)
        return fail(Failure::Unreadable, "the PDF has no pages");
    if (pages > maxPages)
        return fail(Failure::TooManyPages, QByteArray::number(pages).constData());
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    fprintf(stdout, "PAGES %d\n", pages);
    const int end = last < 0 ? pages - 1 : int(qMin<long long>(last, pages - 1));
    for (int i = int(first); i <= end; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        QImage image;
        if (page) {
            // The page's size at the asked resolution, brought within the pixel budget.
            const QSizeF points = page->pageSizeF();
            double resolution = double(dpi);
            const double pixels = (points.width() / 72.0 * resolution) * (points.height() / 72.0 * resolution);
            if (pixels > double(maxPixels)) // a little under, for Poppler's rounding up of each side
                resolution *= std::sqrt(double(maxPixels) / pixels) * 0.99;
            resolution = qMax(resolution, 0.01);
            image = page->renderToImage(resolution, resolution);
        }
        if (image.isNull()) {
            image = QImage(1, 1, QImage::Format_ARGB32);
            image.fill(Qt::white);
        }
        image = image.convertToFormat(QImage::Format_ARGB32);
        if (qint64(image.width()) * image.height() > maxPixels)
            return fail(Failure::Internal, "a page came out larger than allowed");
        fprintf(stdout, "PAGE %d %d %d\n", i, image.width(), image.height());
        for (int y = 0; y < image.height(); ++y)
            if (!writeAll(reinterpret_cast<const char *>(image.constScanLine(y)), qint64(image.width()) * 4))
                return 1;
        fflush(stdout);
    }
    fprintf(stdout, "END\n");
    fflush(stdout);
    return 0;
}
