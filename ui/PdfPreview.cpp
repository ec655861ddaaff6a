#include "PdfPreview.h"
#include "Widgets.h"

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

#include "PdfRenderer.h"

namespace kopii::ui {

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
    retranslateUi();
}

void PdfPreview::retranslateUi()
{
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
    auto image = std::make_shared<QImage>();
    auto pages = std::make_shared<int>(0);
    auto problem = std::make_shared<QString>();
    // Rendered by kopii-render, out of this process (the PDF is a stranger's).
    QThread *thread = QThread::create([pdf, image, pages, problem, pageNumber, dpi] {
        const auto rendered = PdfRenderer::renderPage(pdf, pageNumber, dpi, pages.get());
        if (rendered)
            *image = *rendered;
        else
            *problem = rendered.error().message;
    });
    QPointer<PdfPreview> self = this;
    connect(thread, &QThread::finished, this, [self, thread, image, pages, problem, generation] {
        thread->deleteLater();
        if (!self || generation != self->m_generation)
            return;
        self->m_rendering = false;
        self->m_pageCount = *pages;
        self->updatePager();
        if (image->isNull()) {
            self->m_image->setTextFormat(Qt::PlainText);
            self->m_image->setText(tr("This document could not be shown safely: %1. The copy itself is kept unchanged.")
                                       .arg(problem->isEmpty() ? tr("it cannot be read") : *problem));
            return;
        }
        // At 100 % the page width fills the view; the scroll area scrolls down (and across, zoomed in).
        const int fit = qMax(200, self->m_scroll->viewport()->width() - 8);
        self->m_image->setPixmap(QPixmap::fromImage(image->scaledToWidth(fit * self->m_zoom / 100, Qt::SmoothTransformation)));
    });
    thread->start();
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
    auto printedPages = std::make_shared<int>(0);
    auto problem = std::make_shared<QString>();
    QThread *thread = QThread::create([pdf, dpi, printer, printedPages, problem] {
        QPainter painter;
        bool printerBroken = false;
        const Status done = PdfRenderer::renderPages(pdf, dpi, [&](int, const QImage &image, int) {
            if (*printedPages == 0 && !painter.begin(printer.get())) {
                printerBroken = true;
                return false;
            }
            if (*printedPages > 0)
                printer->newPage();
            const QRect area = painter.viewport();
            const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
            painter.setViewport(area.x(), area.y(), size.width(), size.height());
            painter.setWindow(image.rect());
            painter.drawImage(0, 0, image);
            painter.setViewport(area);
            painter.setWindow(area);
            ++*printedPages;
            return true;
        });
        if (painter.isActive())
            painter.end();
        if (printerBroken)
            *problem = tr("The printer cannot be used. Check that it is switched on and try again.");
        else if (!done)
            *problem = tr("The PDF cannot be printed safely: %1.").arg(done.error().message);
    });
    QPointer<PdfPreview> self = this;
    connect(thread, &QThread::finished, this, [self, thread, printedPages, problem] {
        thread->deleteLater();
        if (!self)
            return;
        self->m_printing = false;
        if (!problem->isEmpty()) {
            Q_EMIT self->printFailed(*problem);
            return;
        }
        if (*printedPages == 0) {
            Q_EMIT self->printFailed(tr("The PDF cannot be printed: it cannot be read."));
            return;
        }
        Q_EMIT self->printed(*printedPages);
    });
    thread->start();
    return true;
}

} // namespace kopii::ui
