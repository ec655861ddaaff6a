// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QImage;
class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QThread;

namespace kopii::ui {

class PageRenderWorker;

// A PDF shown page by page: ◀ page n of m ▶, smaller and larger. Pages are rendered by
// kopii-render, a locked-down process of its own for each document (PdfRenderSession), kept
// while the document is shown and driven from the preview's own thread, with a spare helper
// started ahead for the next document; so is printing, page after page at the printer's
// resolution, one page in memory at a time. Used by the inbox and by the single-signature viewer.
class PdfPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPreview(QWidget *parent = nullptr);
    ~PdfPreview() override;

    // Shows `pdf` from its first page; an empty one shows `emptyText`.
    void setPdf(const QByteArray &pdf, const QString &emptyText = QString());
    const QByteArray &pdf() const { return m_pdf; }
    void clear();

    void showPage(int page);
    void zoomBy(int percent);
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    bool isRendering() const { return m_rendering; }
    bool isPrinting() const { return m_printing; }
    QLabel *page() const { return m_image; }

    // Prints every page on `printer`; false when there is nothing to print or printing is under
    // way. printed() or printFailed() follows.
    bool print(const std::shared_ptr<QPrinter> &printer);

Q_SIGNALS:
    void printed(int pages);
    void printFailed(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showRendered(int generation, const QImage &image, int pages, const QString &problem);
    void updatePager();
    void retranslateUi();

    QByteArray m_pdf;
    QString m_emptyText;
    int m_page = 0;
    int m_pageCount = 0;
    int m_zoom = 100; // percent of the view's width
    int m_generation = 0;
    int m_document = 0;
    QThread *m_thread;
    PageRenderWorker *m_worker;
    bool m_rendering = false;
    bool m_printing = false;
    QLabel *m_image;
    QScrollArea *m_scroll;
    QLabel *m_pageLabel;
    QPushButton *m_prevPage;
    QPushButton *m_nextPage;
    QPushButton *m_zoomOut;
    QPushButton *m_zoomIn;
};

} // namespace kopii::ui
