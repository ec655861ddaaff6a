// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PdfRenderer.h"

#include "render/AppContainer.h"
#include "render/RenderProtocol.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdlib>
#include <mutex>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace kopii {

Q_LOGGING_CATEGORY(lcRender, "kopii.render")

namespace render {

AnswerReader::AnswerReader(QIODevice &device, std::function<bool()> alive, const PdfRenderOptions &options)
    : m_device(device), m_alive(std::move(alive)), m_options(options)
{
}

// More bytes into the buffer before the deadline; false when none will come.
bool AnswerReader::more(qint64 deadlineMs)
{
    const QDeadlineTimer deadline(deadlineMs);
    for (;;) {
        if (m_options.cancel && m_options.cancel->load()) {
            m_cancelled = true;
            return false;
        }
        if (m_device.bytesAvailable() > 0) {
            m_buffer += m_device.read(qMin<qint64>(m_device.bytesAvailable(), 1 << 20));
            return true;
        }
        if (!m_alive())
            return false;
        if (deadline.hasExpired()) {
            m_timedOut = true;
            return false;
        }
        // In slices, so that a cancellation is seen soon.
        m_device.waitForReadyRead(int(qBound<qint64>(qint64(1), deadline.remainingTime(), qint64(100))));
    }
}

std::optional<QByteArray> AnswerReader::line(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype lf = m_buffer.indexOf('\n');
        if (lf >= 0) {
            QByteArray l = m_buffer.left(lf);
            m_buffer.remove(0, lf + 1);
            return l;
        }
        if (m_buffer.size() > kMaxHeaderLine * 4 || !more(deadline.remainingTime()))
            return std::nullopt;
    }
}

bool AnswerReader::bytes(char *out, qint64 size, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    // What is buffered first, the rest straight from the device (a print page is tens of
    // megabytes: no copy more than needed).
    const qint64 buffered = qMin<qint64>(size, m_buffer.size());
    memcpy(out, m_buffer.constData(), size_t(buffered));
    m_buffer.remove(0, qsizetype(buffered));
    qint64 got = buffered;
    while (got < size) {
        if (m_options.cancel && m_options.cancel->load()) {
            m_cancelled = true;
            return false;
        }
        if (m_device.bytesAvailable() == 0) {
            if (!m_alive())
                return false;
            if (deadline.hasExpired()) {
                m_timedOut = true;
                return false;
            }
            m_device.waitForReadyRead(int(qBound<qint64>(qint64(1), deadline.remainingTime(), qint64(100))));
            continue;
        }
        const qint64 n = m_device.read(out + got, size - got);
        if (n <= 0)
            return false;
        got += n;
    }
    return true;
}

} // namespace render

namespace {

QString failureText(int code, const QByteArray &words, const PdfRenderOptions &options)
{
    switch (render::Failure(code)) {
    case render::Failure::Unreadable:
        return PdfRenderer::tr("the PDF cannot be opened (it is damaged or protected by a password)");
    case render::Failure::TooManyPages:
        return PdfRenderer::tr("it has %1 pages, more than the %2 Kopii shows")
            .arg(QString::fromLatin1(words.left(12)))
            .arg(options.maxPages);
    case render::Failure::TooLarge: return PdfRenderer::tr("the PDF is larger than 256 MB");
    case render::Failure::Sandbox:
        qCWarning(lcRender) << "the rendering helper could not lock itself down:" << words.left(500);
        return PdfRenderer::tr("the rendering helper could not lock itself down on this computer, so it did not open the file");
    default:
        qCWarning(lcRender) << "the rendering helper failed:" << words.left(200);
        return PdfRenderer::tr("the rendering helper failed");
    }
}

// Page memory kept for the next page: a page at print resolution is tens of megabytes, and fresh
// memory costs the kernel a page fault for every 4 KB of it. A page's QImage gives its buffer back
// when it is dropped (from any thread); at most two are kept, for as long as the session or one
// of its pages lives.
class PageMemory : public std::enable_shared_from_this<PageMemory>
{
public:
    QImage image(int width, int height, QImage::Format format)
    {
        const size_t size = size_t(width) * size_t(height) * 4;
        uchar *buffer = nullptr;
        size_t capacity = size;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            for (auto it = m_free.begin(); it != m_free.end(); ++it)
                if (it->second >= size) {
                    buffer = it->first;
                    capacity = it->second;
                    m_free.erase(it);
                    break;
                }
        }
        if (!buffer)
            buffer = static_cast<uchar *>(std::malloc(size));
        if (!buffer)
            return {};
        auto *loan = new Loan{shared_from_this(), buffer, capacity};
        return QImage(buffer, width, height, qsizetype(width) * 4, format, &PageMemory::giveBack, loan);
    }

private:
    struct Loan
    {
        std::shared_ptr<PageMemory> memory;
        uchar *buffer;
        size_t size;
    };
    static void giveBack(void *info)
    {
        std::unique_ptr<Loan> loan(static_cast<Loan *>(info));
        const std::lock_guard<std::mutex> lock(loan->memory->m_mutex);
        if (loan->memory->m_free.size() < 2)
            loan->memory->m_free.emplace_back(loan->buffer, loan->size);
        else
            std::free(loan->buffer);
    }

public:
    ~PageMemory()
    {
        for (const auto &[buffer, size] : m_free)
            std::free(buffer);
    }

private:
    std::mutex m_mutex;
    std::vector<std::pair<uchar *, size_t>> m_free;
};

} // namespace

struct PdfRenderSession::Private
{
    enum class State { Idle, Started, Ready, Open, Broken };

    Options options;
    State state = State::Idle;
    int pages = 0;
    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<render::AppContainer> container; // Windows: the helper's AppContainer
    std::unique_ptr<QProcess> process;
    std::unique_ptr<render::AnswerReader> reader;
    Error broken{Error::Code::Io, {}, {}};
    // The shared page buffer (Linux), mapped read-only here; sealed, so the helper cannot shrink
    // it under Kopii's feet (reading past its end would kill Kopii with SIGBUS).
    std::shared_ptr<PageMemory> memory = std::make_shared<PageMemory>();
    const uchar *shared = nullptr;
    qint64 sharedSize = 0;
    int sharedFd = -1;

    ~Private()
    {
        stop();
#ifdef Q_OS_LINUX
        if (shared)
            munmap(const_cast<uchar *>(shared), size_t(sharedSize));
        if (sharedFd >= 0)
            close(sharedFd);
#endif
    }
    void stop()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    void createSharedBuffer()
    {
#if defined(Q_OS_LINUX) && defined(MFD_ALLOW_SEALING)
        const qint64 size = options.maxPixels * 4;
        const int fd = memfd_create("kopii-render-page", MFD_CLOEXEC | MFD_ALLOW_SEALING);
        if (fd < 0)
            return; // pages come through the pipe instead
        void *map = MAP_FAILED;
        if (ftruncate(fd, off_t(size)) == 0 && fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) == 0)
            map = mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
        if (map == MAP_FAILED) {
            close(fd);
            return;
        }
        shared = static_cast<const uchar *>(map);
        sharedSize = size;
        sharedFd = fd;
#endif
    }
    Error fail(Error error)
    {
        stop();
        state = State::Broken;
        broken = error;
        return error;
    }
    // The helper fell silent, ended or ran out of time.
    Error lost()
    {
        if (reader && reader->cancelled())
            return fail(Error{Error::Code::Io, PdfRenderer::tr("rendering was cancelled"), {}});
        if (reader && reader->timedOut())
            return fail(Error{Error::Code::Io,
                              PdfRenderer::tr("rendering took longer than %n second(s)", nullptr, options.timeoutMs / 1000),
                              {}});
        return fail(Error{Error::Code::Io, PdfRenderer::tr("the rendering helper stopped unexpectedly"), {}});
    }
    Error wrong()
    {
        return fail(Error{Error::Code::Validation, PdfRenderer::tr("the rendering helper gave a wrong answer"), {}});
    }
    // The helper's next answer, which must be of `kind` (for a page: about `page`); anything else
    // (silence, an end, an ERROR line, another answer) breaks the session with its reason.
    Result<render::Answer> expect(render::Answer::Kind kind, int page = -1)
    {
        const auto line = reader->line(options.timeoutMs);
        if (!line)
            return lost();
        render::Answer answer = render::parseAnswer(*line, options.maxPages, options.maxPixels, page);
        if (answer.kind == render::Answer::Kind::Error)
            return fail(Error{Error::Code::Validation, failureText(answer.code, answer.words, options), {}});
        if (answer.kind != kind)
            return wrong();
        return answer;
    }
};

PdfRenderSession::PdfRenderSession(Options options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

PdfRenderSession::~PdfRenderSession()
{
    d->stop();
}

Status PdfRenderSession::start()
{
    if (d->state == Private::State::Broken)
        return d->broken;
    if (d->state != Private::State::Idle)
        return {};
    const QString program = d->options.program.isEmpty() ? PdfRenderer::helperPath() : d->options.program;
    if (program.isEmpty())
        return d->fail(Error{
            Error::Code::NotFound, PdfRenderer::tr("the rendering helper kopii-render is missing; install Kopii again"), {}});
    // A fresh, empty, private folder; an environment with nothing of the user's in it.
    d->folder = std::make_unique<QTemporaryDir>();
    if (!d->folder->isValid())
        return d->fail(Error{Error::Code::Io,
                             PdfRenderer::tr("no private folder for the rendering helper: %1").arg(d->folder->errorString()),
                             {}});
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), d->folder->path());
    environment.insert(QStringLiteral("TMPDIR"), d->folder->path());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), d->folder->path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    d->process = std::make_unique<QProcess>();
    d->process->setProcessEnvironment(environment);
    d->process->setWorkingDirectory(d->folder->path());
    d->process->setProcessChannelMode(QProcess::SeparateChannels);
    d->process->setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    d->createSharedBuffer();
    if (d->sharedFd >= 0) {
        // In the child, between fork and exec: the buffer becomes its descriptor 3, kept open
        // across exec (dup2 clears close-on-exec; if it already is 3, that is cleared by hand).
        d->process->setChildProcessModifier([fd = d->sharedFd] {
            if (fd == render::kSharedBufferFd)
                fcntl(fd, F_SETFD, 0);
            else
                dup2(fd, render::kSharedBufferFd);
        });
    }
#endif
    // Windows: inside an AppContainer without capabilities (no network, no user files), or not at
    // all; Linux fences the helper in from the inside (Sandbox.cpp).
    d->container = std::make_unique<render::AppContainer>();
    if (!d->container->isUsable()) {
        qCWarning(lcRender) << "the rendering helper's AppContainer:" << d->container->problem();
        return d->fail(Error{Error::Code::Io,
                             PdfRenderer::tr("the rendering helper cannot be fenced in on this computer, so it is not started"),
                             {}});
    }
    if (d->options.program.isEmpty())
        d->container->apply(*d->process);
    QStringList arguments = d->options.arguments;
    if (d->options.program.isEmpty() && d->options.warmUp)
        arguments << QStringLiteral("--spare");
    d->process->start(program, arguments);
#ifdef Q_OS_LINUX
    if (d->sharedFd >= 0) { // the child has its own copy now (or failed to start)
        close(d->sharedFd);
        d->sharedFd = -1;
    }
#endif
    d->reader = std::make_unique<render::AnswerReader>(
        *d->process, [p = d->process.get()] { return p->state() != QProcess::NotRunning; }, d->options);
    d->state = Private::State::Started;
    return {};
}

Status PdfRenderSession::waitUntilReady()
{
    if (const Status started = start(); !started)
        return started;
    if (d->state != Private::State::Started)
        return {};
    if (!d->process->waitForStarted(qMin(d->options.timeoutMs, 10'000)))
        return d->fail(Error{Error::Code::Io,
                             PdfRenderer::tr("the rendering helper could not be started: %1").arg(d->process->errorString()),
                             {}});
    if (const auto ready = d->expect(render::Answer::Kind::Ready); !ready)
        return ready.error();
    d->state = Private::State::Ready;
    return {};
}

Status PdfRenderSession::open(const QByteArray &pdf)
{
    if (d->state == Private::State::Open)
        return Error{Error::Code::Internal, QStringLiteral("a render session serves one document"), {}};
    if (const Status ready = waitUntilReady(); !ready)
        return ready;
    d->process->write(render::openRequest({d->options.maxPixels, d->options.maxPages, pdf.size()}));
    d->process->write(pdf);
    const auto pages = d->expect(render::Answer::Kind::Pages);
    if (!pages)
        return pages.error();
    d->pages = pages->code;
    d->state = Private::State::Open;
    return {};
}

Result<QImage> PdfRenderSession::page(int index, int dpi)
{
    if (d->state == Private::State::Broken)
        return d->broken;
    if (d->state != Private::State::Open)
        return Error{Error::Code::Internal, QStringLiteral("no document is open in this render session"), {}};
    if (index < 0 || index >= d->pages)
        return Error{Error::Code::Validation, tr("the PDF has no page %1").arg(index + 1), {}};
    d->process->write(render::pageRequest({index, qBound(render::kMinDpi, dpi, render::kMaxDpi)}));
    const auto header = d->expect(render::Answer::Kind::Page, index);
    if (!header)
        return header.error();
    const render::Answer &answer = *header;
    const qint64 row = qint64(answer.width) * 4, bytes = row * answer.height;
    if (answer.shared && (!d->shared || bytes > d->sharedSize))
        return d->wrong();
    QImage image = d->memory->image(answer.width, answer.height, QImage::Format(answer.format));
    if (image.isNull())
        return d->fail(Error{Error::Code::Io, tr("there is not enough memory to show the page"), {}});
    // 4 bytes a pixel: rows have no padding, and the image's memory takes them whole.
    if (image.bytesPerLine() != row)
        return d->wrong();
    if (answer.shared)
        memcpy(image.bits(), d->shared, size_t(bytes));
    else if (!d->reader->bytes(reinterpret_cast<char *>(image.bits()), bytes, d->options.timeoutMs))
        return d->lost();
    return image;
}

int PdfRenderSession::pageCount() const
{
    return d->pages;
}

bool PdfRenderSession::isOpen() const
{
    return d->state == Private::State::Open;
}

bool PdfRenderSession::isBroken() const
{
    return d->state == Private::State::Broken;
}

qint64 PdfRenderSession::processId() const
{
    return d->process && d->process->state() != QProcess::NotRunning ? d->process->processId() : 0;
}

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
    PdfRenderSession session(options);
    if (const Status opened = session.open(pdf); !opened)
        return opened;
    for (int i = 0; i < session.pageCount(); ++i) {
        const auto image = session.page(i, dpi);
        if (!image)
            return image.error();
        if (!each(i, *image, session.pageCount()))
            break;
    }
    return {};
}

Result<QImage> PdfRenderer::renderPage(const QByteArray &pdf, int page, int dpi, int *pageCount, const Options &options)
{
    PdfRenderSession session(options);
    if (const Status opened = session.open(pdf); !opened)
        return opened.error();
    if (pageCount)
        *pageCount = session.pageCount();
    return session.page(page, dpi);
}

Result<QString> PdfRenderer::popplerVersion()
{
    const QString program = helperPath();
    if (program.isEmpty())
        return Error{Error::Code::NotFound, tr("the rendering helper kopii-render is missing; install Kopii again"), {}};
    QProcess helper;
    helper.start(program, {QStringLiteral("--version")});
    if (!helper.waitForFinished(10000) || helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0) {
        helper.kill();
        helper.waitForFinished(1000);
        return Error{Error::Code::Io, tr("the rendering helper did not say its version"), {}};
    }
    const QByteArray said = helper.readAllStandardOutput().trimmed();
    if (!said.startsWith("poppler "))
        return Error{Error::Code::Io, tr("the rendering helper did not say its version"), {}};
    return QString::fromLatin1(said.mid(8));
}

} // namespace kopii
