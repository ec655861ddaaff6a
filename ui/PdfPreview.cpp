// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PdfPreview.h"
#include "ui/Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStringDecoder>
#include <QThread>
#include <QVBoxLayout>

#include "core/Job.h"
#include "render/PdfRenderer.h"

#include <atomic>

namespace kopii::ui {

// The preview's own thread of work: the current document's helper (one kopii-render per
// document, kept while the document is shown, so paging and zooming do not start a process or
// send the PDF again) and a spare helper, started, locked down and warmed up ahead of the next
// document. Requests overtaken by newer ones are skipped.
class PageRenderWorker : public QObject
{
    Q_OBJECT

public:
    std::atomic<bool> cancel{false}; // set by the preview when it goes away
    std::atomic<int> latest{0};      // the newest request's generation

    void render(int generation, int document, const QByteArray &pdf, int page, int dpi)
    {
        if (generation != latest.load() || cancel.load())
            return; // overtaken: a newer request follows
        QString problem;
        if (document != m_document || !m_session || m_session->isBroken()) {
            m_session.reset();
            m_document = document;
            problem = openDocument(pdf);
        }
        QImage image;
        if (problem.isEmpty()) {
            const auto rendered = m_session->page(page, dpi);
            if (rendered)
                image = *rendered;
            else
                problem = rendered.error().message;
        }
        Q_EMIT rendered(generation, image, m_session ? m_session->pageCount() : 0, problem);
        if (!m_session || m_session->isBroken())
            m_session.reset(); // the next request starts afresh
        startSpare();
    }
    // The document is no longer shown: its helper ends (it held the document in its memory).
    void close()
    {
        m_session.reset();
        m_document = -1;
    }

Q_SIGNALS:
    void rendered(int generation, const QImage &image, int pages, const QString &problem);

private:
    PdfRenderOptions options(bool warmUp) const
    {
        PdfRenderOptions o;
        o.cancel = &cancel;
        o.warmUp = warmUp;
        return o;
    }
    QString openDocument(const QByteArray &pdf)
    {
        // The spare if there is one; a helper of its own if the spare has died meanwhile.
        for (int attempt = 0; attempt < 2; ++attempt) {
            std::unique_ptr<PdfRenderSession> session = std::move(m_spare);
            if (!session)
                session = std::make_unique<PdfRenderSession>(options(false));
            const Status opened = session->open(pdf);
            if (opened) {
                m_session = std::move(session);
                return {};
            }
            if (opened.error().code == Error::Code::Validation || cancel.load() || attempt == 1)
                return opened.error().message; // the document's fault, or given up
        }
        return {};
    }
    void startSpare()
    {
        if (m_spare || cancel.load())
            return;
        m_spare = std::make_unique<PdfRenderSession>(options(true));
        if (!m_spare->start())
            m_spare.reset();
    }

    std::unique_ptr<PdfRenderSession> m_session;
    std::unique_ptr<PdfRenderSession> m_spare;
    int m_document = -1;
};

PdfPreview::PdfPreview(QWidget *parent) : QWidget(parent)
{
    m_image = makeLabel();
    m_image->setObjectName(QStringLiteral("preview"));
    m_image->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_image->setMinimumHeight(240);
    m_image->setWordWrap(true);
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_prevPage = new QPushButton(QStringLiteral("◀"));
    m_nextPage = new QPushButton(QStringLiteral("▶"));
    m_zoomOut = new QPushButton(QStringLiteral("−"));
    m_zoomIn = new QPushButton(QStringLiteral("+"));
    for (QPushButton *b : {m_prevPage, m_nextPage, m_zoomOut, m_zoomIn})
        b->setFixedWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 18);
    m_pageLabel = makeLabel();
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_prevPage);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_nextPage);
    pager->addStretch();
    pager->addWidget(m_zoomOut);
    pager->addWidget(m_zoomIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pager);
    layout->addWidget(m_scroll, 1);
    connect(m_prevPage, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { zoomBy(-25); });
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { zoomBy(25); });
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kopii-preview"));
    m_worker = new PageRenderWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PageRenderWorker::rendered, this, &PdfPreview::showRendered);
    m_thread->start();
    retranslateUi();
}

PdfPreview::~PdfPreview()
{
    // A page under way is given up (its helper killed); the worker's helpers end with it.
    m_worker->cancel = true;
    m_thread->quit();
    m_thread->wait();
}

void PdfPreview::retranslateUi()
{
    m_scroll->setAccessibleName(tr("Page of the document"));
    m_prevPage->setToolTip(tr("Previous page"));
    m_prevPage->setAccessibleName(tr("Previous page"));
    m_nextPage->setToolTip(tr("Next page"));
    m_nextPage->setAccessibleName(tr("Next page"));
    m_zoomOut->setToolTip(tr("Smaller"));
    m_zoomOut->setAccessibleName(tr("Smaller"));
    m_zoomIn->setToolTip(tr("Larger"));
    m_zoomIn->setAccessibleName(tr("Larger"));
    updatePager();
}

void PdfPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PdfPreview::setPdf(const QByteArray &pdf, const QString &emptyText)
{
    ++m_document; // a new helper: one never sees two documents
    m_pdf = pdf;
    m_emptyText = emptyText;
    m_page = 0;
    m_pageCount = 0;
    render();
}

void PdfPreview::clear()
{
    ++m_generation; // a render under way is dropped
    m_rendering = false;
    m_pdf.clear();
    m_pageCount = 0;
    m_page = 0;
    m_image->clear();
    updatePager();
    QMetaObject::invokeMethod(m_worker, &PageRenderWorker::close, Qt::QueuedConnection);
}

void PdfPreview::showPage(int page)
{
    if (m_pdf.isEmpty() || page < 0 || (m_pageCount > 0 && page >= m_pageCount) || page == m_page)
        return;
    m_page = page;
    render();
}

void PdfPreview::zoomBy(int step)
{
    const int zoom = qBound(50, m_zoom + step, 300);
    if (zoom == m_zoom || m_pdf.isEmpty())
        return;
    m_zoom = zoom;
    render();
}

void PdfPreview::updatePager()
{
    const bool any = !m_pdf.isEmpty() && m_pageCount > 0;
    m_pageLabel->setText(any ? tr("Page %1 of %2, %3 %").arg(m_page + 1).arg(m_pageCount).arg(m_zoom) : QString());
    m_prevPage->setEnabled(any && m_page > 0);
    m_nextPage->setEnabled(any && m_page + 1 < m_pageCount);
    m_zoomOut->setEnabled(any && m_zoom > 50);
    m_zoomIn->setEnabled(any && m_zoom < 300);
}

void PdfPreview::render()
{
    updatePager();
    const QByteArray pdf = m_pdf;
    if (pdf.isEmpty()) {
        ++m_generation;
        m_rendering = false;
        m_image->setText(m_emptyText);
        return;
    }
    // Signed plain text (not a PDF) is shown as it is, rather than as a PDF that cannot be read.
    if (!pdf.trimmed().startsWith("%PDF") && !pdf.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(pdf.left(64 * 1024));
        if (!utf8.hasError()) {
            ++m_generation;
            m_rendering = false;
            m_pageCount = 1;
            updatePager();
            m_image->setTextFormat(Qt::PlainText);
            m_image->setText(text);
            return;
        }
    }
    m_image->setTextFormat(Qt::PlainText);
    m_image->setText(tr("Rendering…"));
    const int generation = ++m_generation;
    const int pageNumber = m_page;
    const int dpi = 110 * m_zoom / 100;
    m_rendering = true;
    m_worker->latest = generation;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, document = m_document, pdf, pageNumber, dpi] {
            worker->render(generation, document, pdf, pageNumber, dpi);
        },
        Qt::QueuedConnection);
}

void PdfPreview::showRendered(int generation, const QImage &image, int pages, const QString &problem)
{
    if (generation != m_generation)
        return;
    m_rendering = false;
    m_pageCount = pages;
    updatePager();
    if (image.isNull()) {
        m_image->setTextFormat(Qt::PlainText);
        m_image->setText(tr("This document could not be shown safely: %1. The copy itself is kept unchanged.")
                             .arg(problem.isEmpty() ? tr("it cannot be read") : problem));
        return;
    }
    // At 100 % the page width fills the view; the scroll area scrolls down (and across, zoomed in).
    const int fit = qMax(200, m_scroll->viewport()->width() - 8);
    m_image->setPixmap(QPixmap::fromImage(image.scaledToWidth(fit * m_zoom / 100, Qt::SmoothTransformation)));
}

bool PdfPreview::print(const std::shared_ptr<QPrinter> &printer)
{
    if (m_pdf.isEmpty() || m_printing)
        return false;
    // The pages are rendered by kopii-render at the printer's resolution (at most 300 dpi) and
    // painted onto the printer one at a time, off the UI thread: a long document never sits in
    // memory whole.
    m_printing = true;
    const QByteArray pdf = m_pdf;
    const int dpi = qBound(72, printer->resolution(), 300);
    struct Printed
    {
        int pages = 0;
        QString problem;
    };
    Jobs::run(
        this,
        [pdf, dpi, printer](const CancelToken &cancel) {
            Printed printed;
            QPainter painter;
            bool printerBroken = false;
            const Status done = PdfRenderer::renderPages(pdf, dpi, [&](int, const QImage &image, int) {
                if (cancel.cancelled())
                    return false;
                if (printed.pages == 0 && !painter.begin(printer.get())) {
                    printerBroken = true;
                    return false;
                }
                if (printed.pages > 0)
                    printer->newPage();
                const QRect area = painter.viewport();
                const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
                painter.setViewport(area.x(), area.y(), size.width(), size.height());
                painter.setWindow(image.rect());
                painter.drawImage(0, 0, image);
                painter.setViewport(area);
                painter.setWindow(area);
                ++printed.pages;
                return true;
            });
            if (painter.isActive())
                painter.end();
            if (printerBroken)
                printed.problem = tr("The printer cannot be used. Check that it is switched on and try again.");
            else if (!done)
                printed.problem = tr("The PDF cannot be printed safely: %1.").arg(done.error().message);
            return printed;
        },
        [this](const Printed &result) {
            m_printing = false;
            if (!result.problem.isEmpty())
                Q_EMIT printFailed(result.problem);
            else if (result.pages == 0)
                Q_EMIT printFailed(tr("The PDF cannot be printed: it cannot be read."));
            else
                Q_EMIT printed(result.pages);
        });
    return true;
}

} // namespace kopii::ui

#include "PdfPreview.moc"
