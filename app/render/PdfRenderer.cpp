#include "PdfRenderer.h"

#include "RenderProtocol.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

namespace kopii {

Q_LOGGING_CATEGORY(lcRender, "kopii.render")

namespace {

struct Reader
{
    QProcess &process;
    QDeadlineTimer deadline;
    QByteArray buffer;

    // More bytes from the helper; false when it ended or the time ran out.
    bool more()
    {
        if (process.bytesAvailable() > 0) {
            buffer += process.readAll();
            return true;
        }
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return false;
        if (!process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (process.state() == QProcess::NotRunning)
                buffer += process.readAll();
            return process.bytesAvailable() > 0 || (!deadline.hasExpired() && process.state() != QProcess::NotRunning);
        }
        buffer += process.readAll();
        return true;
    }
    std::optional<QByteArray> line()
    {
        for (;;) {
            const qsizetype lf = buffer.indexOf('\n');
            if (lf >= 0) {
                QByteArray l = buffer.left(lf);
                buffer.remove(0, lf + 1);
                return l;
            }
            if (buffer.size() > render::kMaxHeaderLine * 4 || !more())
                return std::nullopt;
        }
    }
    // Exactly `size` bytes into `out`: what is buffered first, the rest straight from the pipe
    // (a print page is tens of megabytes: no copy more than needed).
    bool bytes(char *out, qint64 size)
    {
        const qint64 buffered = qMin<qint64>(size, buffer.size());
        memcpy(out, buffer.constData(), size_t(buffered));
        buffer.remove(0, qsizetype(buffered));
        qint64 got = buffered;
        while (got < size) {
            if (process.bytesAvailable() == 0) {
                if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
                    return false;
                process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
                continue;
            }
            const qint64 n = process.read(out + got, size - got);
            if (n <= 0)
                return false;
            got += n;
        }
        return true;
    }
};

QString failureText(int code, const QByteArray &words, const PdfRenderer::Options &options)
{
    switch (render::Failure(code)) {
    case render::Failure::Unreadable:
        return PdfRenderer::tr("the PDF cannot be opened (it is damaged or protected by a password)");
    case render::Failure::TooManyPages:
        return PdfRenderer::tr("it has %1 pages, more than the %2 Kopii shows").arg(QString::fromLatin1(words)).arg(options.maxPages);
    case render::Failure::TooLarge:
        return PdfRenderer::tr("the PDF is larger than 256 MB");
    case render::Failure::Sandbox:
        qCWarning(lcRender) << "the rendering helper could not lock itself down:" << words;
        return PdfRenderer::tr("the rendering helper could not lock itself down on this computer, so it did not open the file");
    default:
        qCWarning(lcRender) << "the rendering helper failed:" << words;
        return PdfRenderer::tr("the rendering helper failed");
    }
}

} // namespace

QString PdfRenderer::helperPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("kopii-render.exe");
#else
    const QString name = QStringLiteral("kopii-render");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    QStringList candidates{here.filePath(name), here.filePath(QStringLiteral("../libexec/kopii/") + name)};
#if defined(KOPII_RENDER_BUILD_PATH) && defined(KOPII_BUILD_DIR)
    // In the build tree (tests, developers), and only there: an installed Kopii never looks into
    // a folder it did not come from.
    if (QDir::cleanPath(here.absolutePath()).startsWith(QStringLiteral(KOPII_BUILD_DIR)))
        candidates << QStringLiteral(KOPII_RENDER_BUILD_PATH);
#endif
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    return {};
}

Status PdfRenderer::renderPages(const QByteArray &pdf, int dpi, const std::function<bool(int, const QImage &, int)> &each,
                                const Options &options)
{
    return run(pdf, dpi, 0, -1, each, options);
}

Status PdfRenderer::run(const QByteArray &pdf, int dpi, int first, int last,
                        const std::function<bool(int, const QImage &, int)> &each, const Options &options)
{
    QString program = options.program.isEmpty() ? helperPath() : options.program;
    if (program.isEmpty())
        return Error{Error::Code::NotFound,
                     tr("the rendering helper kopii-render is missing; install Kopii again"), {}};
    // A fresh, empty, private folder; an environment with nothing of the user's in it.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{Error::Code::Io, tr("no private folder for the rendering helper: %1").arg(folder.errorString()), {}};
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), folder.path());
    environment.insert(QStringLiteral("TMPDIR"), folder.path());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), folder.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder.path());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, options.arguments);
    if (!process.waitForStarted(10'000))
        return Error{Error::Code::Io, tr("the rendering helper could not be started: %1").arg(process.errorString()), {}};
    const QByteArray request = QByteArray(render::kMagic) + ' ' + QByteArray::number(first) + ' ' + QByteArray::number(last) + ' '
        + QByteArray::number(dpi) + ' ' + QByteArray::number(options.maxPixels) + ' ' + QByteArray::number(options.maxPages)
        + ' ' + QByteArray::number(pdf.size()) + '\n';
    process.write(request);
    process.write(pdf);
    process.closeWriteChannel();
    Reader reader{process, QDeadlineTimer(options.timeoutMs), {}};
    auto stop = [&process] {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    };
    auto broken = [&]() -> Status {
        const bool late = reader.deadline.hasExpired();
        stop();
        if (late)
            return Error{Error::Code::Io, tr("rendering took longer than %n second(s)", nullptr, options.timeoutMs / 1000), {}};
        return Error{Error::Code::Io, tr("the rendering helper stopped unexpectedly"), {}};
    };
    int pageCount = 0;
    for (;;) {
        const auto line = reader.line();
        if (!line)
            return broken();
        const QList<QByteArray> words = line->split(' ');
        if (words.value(0) == "ERROR") {
            stop();
            return Error{Error::Code::Validation, failureText(words.value(1).toInt(), line->mid(qMax<qsizetype>(0, line->indexOf(' ', 6) + 1)), options), {}};
        }
        if (words.value(0) == "PAGES" && words.size() == 2) {
            pageCount = words.at(1).toInt();
            if (pageCount < 1 || pageCount > options.maxPages) {
                stop();
                return Error{Error::Code::Validation, tr("the rendering helper gave a wrong answer"), {}};
            }
            continue;
        }
        if (words.value(0) == "END") {
            process.waitForFinished(5000);
            return {};
        }
        bool okIndex = false, okWidth = false, okHeight = false;
        const int index = words.value(1).toInt(&okIndex), width = words.value(2).toInt(&okWidth),
                  height = words.value(3).toInt(&okHeight);
        // The helper is not trusted either: its sizes are checked before any allocation.
        if (words.value(0) != "PAGE" || words.size() != 4 || !okIndex || !okWidth || !okHeight || pageCount < 1
            || index < 0 || index >= pageCount || width < 1 || height < 1 || qint64(width) * height > options.maxPixels) {
            stop();
            return Error{Error::Code::Validation, tr("the rendering helper gave a wrong answer"), {}};
        }
        QImage image(width, height, QImage::Format_ARGB32);
        if (image.isNull()) {
            stop();
            return Error{Error::Code::Io, tr("there is not enough memory to show the page"), {}};
        }
        const qint64 row = qint64(width) * 4;
        // ARGB32 rows have no padding (4 bytes a pixel): the image's memory takes them whole.
        if (image.bytesPerLine() != row || !reader.bytes(reinterpret_cast<char *>(image.bits()), row * height))
            return broken();
        if (!each(index, image, pageCount)) {
            stop();
            return {};
        }
    }
}

Result<QImage> PdfRenderer::renderPage(const QByteArray &pdf, int page, int dpi, int *pageCount, const Options &options)
{
    QImage out;
    int count = 0;
    const Status done = run(
        pdf, dpi, qMax(0, page), qMax(0, page),
        [&](int, const QImage &image, int pages) {
            count = pages;
            out = image;
            return false;
        },
        options);
    if (!done)
        return done.error();
    if (pageCount)
        *pageCount = count;
    if (out.isNull())
        return Error{Error::Code::Validation, tr("the PDF has no page %1").arg(page + 1), {}};
    return out;
}

} // namespace kopii
