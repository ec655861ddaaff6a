#include "InboxPage.h"

#include "CopyExport.h"
#include "MessageBox.h"
#include "RecordModels.h"
#include "ShownDocument.h"
#include "Registry.h"
#include "Store.h"
#include "TrustStore.h"
#include "VerificationPipeline.h"
#include "Widgets.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace kopii::ui {

namespace {
const QStringList kVerdicts = {QString(), QStringLiteral("valid"), QStringLiteral("valid-with-warnings"),
                               QStringLiteral("not-qualified"), QStringLiteral("invalid"), QStringLiteral("indeterminate")};
}

InboxPage::InboxPage(Registry &registry, Store &store, QWidget *parent) : QWidget(parent), m_registry(registry), m_store(store)
{
    setObjectName(QStringLiteral("InboxPage"));
    m_title = makeTitleLabel();
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_denied = new QLabel;
    m_denied->setWordWrap(true);
    m_denied->hide();

    m_model = new SubmissionTableModel(registry, this);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_branchFilter = new QComboBox;
    m_branchFilter->setObjectName(QStringLiteral("branchFilter"));
    m_serviceFilter = new QComboBox;
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_verdictFilter = new QComboBox;
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilter"));
    for (const QString &v : kVerdicts)
        m_verdictFilter->addItem(QString(), v);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    for (const QString &v : {QString(), QStringLiteral("new"), QStringLiteral("in-work"), QStringLiteral("processed")})
        m_stateFilter->addItem(QString(), v);
    m_periodFilter = new QComboBox;
    m_periodFilter->setObjectName(QStringLiteral("periodFilter"));
    for (int days : {0, 1, 7, 30, 365})
        m_periodFilter->addItem(QString(), days);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    auto *filters = new QVBoxLayout;
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    filters->addLayout(searchRow);
    auto *combos = new QHBoxLayout;
    for (QComboBox *c : {m_branchFilter, m_serviceFilter, m_verdictFilter, m_stateFilter, m_periodFilter}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combos->addWidget(c);
    }
    combos->addStretch();
    filters->addLayout(combos);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("submissions"));
    m_view->setModel(m_model);
    // Column widths from the rows on screen only: the model reads rows page by page.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSortIndicator(SubmissionTableModel::Received, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    // The detail of the chosen submission.
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setMaximumHeight(110);
    m_checks = new QTextBrowser;
    m_checks->setObjectName(QStringLiteral("checks"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setMinimumHeight(240);
    auto *previewScroll = new QScrollArea;
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    m_contentNote = new QLabel;
    m_contentNote->setObjectName(QStringLiteral("contentNote"));
    m_contentNote->setWordWrap(true);
    m_contentNote->hide();
    m_prevPage = new QPushButton(QStringLiteral("◀"));
    m_nextPage = new QPushButton(QStringLiteral("▶"));
    m_zoomOut = new QPushButton(QStringLiteral("−"));
    m_zoomIn = new QPushButton(QStringLiteral("+"));
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    for (QPushButton *b : {m_prevPage, m_nextPage, m_zoomOut, m_zoomIn})
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_prevPage);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_nextPage);
    pager->addStretch();
    pager->addWidget(m_zoomOut);
    pager->addWidget(m_zoomIn);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_contentNote);
    previewLayout->addLayout(pager);
    previewLayout->addWidget(previewScroll, 1);
    auto *actions = new QHBoxLayout;
    m_save = new QPushButton;
    m_open = new QPushButton;
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("print"));
    m_inWork = new QPushButton;
    m_processed = new QPushButton;
    m_again = new QPushButton;
    m_delete = new QPushButton;
    m_delete->setObjectName(QStringLiteral("deleteSubmission"));
    for (QPushButton *b : {m_save, m_open, m_print, m_inWork, m_processed, m_again})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_delete);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_documents);
    auto *inner = new QSplitter(Qt::Vertical);
    inner->addWidget(m_checks);
    inner->addWidget(previewPane);
    inner->setStretchFactor(1, 2);
    detailLayout->addWidget(inner, 1);
    detailLayout->addLayout(actions);

    auto *split = new QSplitter;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_content = split;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_denied);
    layout->addWidget(m_content, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPage::applyFilters);
    for (QComboBox *c : {m_branchFilter, m_serviceFilter, m_verdictFilter, m_stateFilter, m_periodFilter})
        connect(c, &QComboBox::activated, this, &InboxPage::applyFilters);
    connect(m_model, &SubmissionTableModel::readFailed, this,
            [this](const QString &message) { m_count->setText(tr("Cannot read the inbox: %1").arg(message)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxPage::showCurrent);
    connect(m_documents, &QListWidget::currentRowChanged, this, &InboxPage::showDocument);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the copies"),
                                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty() && saveCopies(folder))
            MessageBox::information(this, tr("Save copies"), tr("The copies and their signatures are saved in %1.")
                                                                 .arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto s = current();
        const int i = m_documents->currentRow();
        if (!s || i < 0 || i >= s->documents.size())
            return;
        const DocumentCopy &d = s->documents.at(i);
        const QByteArray bytes = ShownDocument::of(d).pdf; // what was signed
        if (bytes.isEmpty())
            return;
        if (Status a = m_registry.recordAccess(Registry::Access::OpenExternally, d.id); !a) {
            MessageBox::warning(this, tr("Inbox"), a.error().message);
            return;
        }
        if (!m_openDir || !m_openDir->isValid())
            m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kopii-XXXXXX"));
        const QString path = m_openDir->filePath(d.pdfName.isEmpty() ? QStringLiteral("document.pdf") : d.pdfName);
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(m_inWork, &QPushButton::clicked, this, [this] { markState(QStringLiteral("in-work")); });
    connect(m_processed, &QPushButton::clicked, this, [this] { markState(QStringLiteral("processed")); });
    connect(m_again, &QPushButton::clicked, this, &InboxPage::verifyAgain);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_shownPdf.isEmpty() || m_printing)
            return;
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(printer.get(), this);
        dialog.setWindowTitle(tr("Print the document"));
        if (dialog.exec() == QDialog::Accepted)
            print(printer);
    });
    connect(m_prevPage, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { zoomBy(-25); });
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { zoomBy(25); });
    connect(m_delete, &QPushButton::clicked, this, &InboxPage::deleteCurrent);
    retranslateUi();
}

InboxPage::~InboxPage() = default;

void InboxPage::retranslateUi()
{
    m_title->setText(tr("Inbox"));
    m_intro->setText(tr("The copies visitors sent, with their signatures checked. A verdict says what Kopii could confirm; "
                        "open a submission to see every check and the signed document."));
    m_denied->setText(tr("The inbox holds citizens' documents: only clerks and managers see it."));
    m_search->setPlaceholderText(tr("Search by sender, signer, RNOKPP or file name"));
    m_search->setAccessibleName(tr("Search"));
    const QStringList names = {tr("All verdicts"), tr("Valid"), tr("Valid, with warnings"), tr("Not qualified"),
                               tr("NOT valid"), tr("Cannot be checked")};
    for (int i = 0; i < names.size(); ++i)
        m_verdictFilter->setItemText(i, names.at(i));
    m_verdictFilter->setAccessibleName(tr("Verdict"));
    const QStringList states = {tr("Any state"), tr("New"), tr("In work"), tr("Processed")};
    for (int i = 0; i < states.size(); ++i)
        m_stateFilter->setItemText(i, states.at(i));
    m_stateFilter->setAccessibleName(tr("State"));
    const QStringList periods = {tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 365 days")};
    for (int i = 0; i < periods.size(); ++i)
        m_periodFilter->setItemText(i, periods.at(i));
    m_periodFilter->setAccessibleName(tr("Received"));
    m_branchFilter->setAccessibleName(tr("Branch"));
    m_serviceFilter->setAccessibleName(tr("Service"));
    fillNameFilters();
    updateCount();
    // Whole words in every filter, whatever the language: the list beside them gives way instead.
    for (QComboBox *c : {m_branchFilter, m_serviceFilter, m_verdictFilter, m_stateFilter, m_periodFilter})
        c->setMinimumWidth(c->sizeHint().width());
    m_save->setText(tr("&Save copies…"));
    m_open->setText(tr("&Open PDF"));
    m_print->setText(tr("P&rint…"));
    m_prevPage->setToolTip(tr("Previous page"));
    m_prevPage->setAccessibleName(tr("Previous page"));
    m_nextPage->setToolTip(tr("Next page"));
    m_nextPage->setAccessibleName(tr("Next page"));
    m_zoomOut->setToolTip(tr("Smaller"));
    m_zoomOut->setAccessibleName(tr("Smaller"));
    m_zoomIn->setToolTip(tr("Larger"));
    m_zoomIn->setAccessibleName(tr("Larger"));
    updatePager();
    m_inWork->setText(tr("In &work"));
    m_processed->setText(tr("&Processed"));
    m_again->setText(tr("Check &again"));
    m_delete->setText(tr("&Delete…"));
    showCurrent();
}

void InboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InboxPage::setTrust(TrustStore *trust)
{
    m_trust = trust;
    reload();
}

void InboxPage::setAllowed(bool allowed)
{
    m_content->setVisible(allowed);
    m_denied->setVisible(!allowed);
    m_viewLogged.clear(); // a new session: its looks are logged anew
    if (allowed)
        reload();
}

void InboxPage::fillNameFilters()
{
    // The lists of branches and services change elsewhere; keep the choice when it still exists.
    auto fill = [](QComboBox *combo, const QString &any, const QString &none, const QList<std::pair<RecordId, QString>> &items) {
        const QVariant chosen = combo->currentData();
        combo->clear();
        combo->addItem(any, RecordId(-1));
        for (const auto &[id, name] : items)
            combo->addItem(name, id);
        combo->addItem(none, RecordId(0));
        const int at = combo->findData(chosen);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    };
    QList<Branch> branches;
    QList<Service> services;
    if (m_content->isVisible() || !m_denied->isVisible()) {
        if (const auto b = m_registry.branches())
            branches = *b;
        if (const auto s = m_registry.services())
            services = *s;
    }
    QList<std::pair<RecordId, QString>> items;
    for (const Branch &b : std::as_const(branches))
        items.append({b.id, b.name});
    fill(m_branchFilter, tr("All branches"), tr("Branch not recognised"), items);
    items.clear();
    for (const Service &s : std::as_const(services))
        items.append({s.id, s.name});
    fill(m_serviceFilter, tr("All services"), tr("Service not recognised"), items);
    m_model->setNames(branches, services);
}

SubmissionQuery InboxPage::filterQuery() const
{
    SubmissionQuery q;
    q.text = m_search->text();
    q.branchId = m_branchFilter->currentData().isValid() ? m_branchFilter->currentData().toLongLong() : -1;
    q.serviceId = m_serviceFilter->currentData().isValid() ? m_serviceFilter->currentData().toLongLong() : -1;
    q.verdict = m_verdictFilter->currentData().toString();
    q.state = m_stateFilter->currentData().toString();
    if (const int days = m_periodFilter->currentData().toInt(); days > 0) {
        const QDate first = QDate::currentDate().addDays(1 - days);
        q.receivedFrom = first.startOfDay().toUTC();
    }
    return q;
}

void InboxPage::applyFilters()
{
    if (!m_content->isVisible() && m_denied->isVisible())
        return;
    m_model->setQuery(filterQuery());
    updateCount();
    reselect(m_loaded ? m_loaded->id : 0);
}

void InboxPage::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(m_model->lastError().isEmpty() ? tr("%n submission(s)", nullptr, n)
                                                     : tr("Cannot read the inbox: %1").arg(m_model->lastError()));
}

void InboxPage::reselect(RecordId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        showCurrent();
}

void InboxPage::reload()
{
    if (!m_content->isVisible() && m_denied->isVisible())
        return;
    // Documents not yet checked (or checked against another trust store) are checked off the UI
    // thread; the list is shown at once and again when their verdicts are in.
    verify({});
    const RecordId keep = m_loaded ? m_loaded->id : 0;
    fillNameFilters();
    m_model->setQuery(filterQuery());
    updateCount();
    if (!m_sized && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qBound(60, m_view->columnWidth(c), 260));
        m_sized = true;
    }
    reselect(keep);
}

void InboxPage::selectSubmission(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

std::optional<Submission> InboxPage::current() const
{
    return m_loaded;
}

void InboxPage::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    m_loaded.reset();
    m_documents->clear();
    m_checks->clear();
    m_preview->clear();
    const bool has = index.isValid();
    for (QPushButton *b : {m_save, m_open, m_print, m_inWork, m_processed, m_again, m_delete})
        b->setEnabled(has);
    if (!has) {
        m_shownPdf.clear();
        m_contentNote->hide();
        updatePager();
    }
    if (!has) {
        m_header->setText(tr("Choose a submission on the left."));
        return;
    }
    const auto full = m_registry.submission(m_model->submissionAt(index.row()).id);
    if (!full) {
        m_header->setText(full.error().message);
        return;
    }
    m_loaded = *full;
    const Submission &s = *m_loaded;
    QString header = tr("<b>%1</b> &lt;%2&gt;<br>%3<br>Received %4; sent %5")
                         .arg(s.senderName.toHtmlEscaped(), s.sender.toHtmlEscaped(), s.subject.toHtmlEscaped(),
                              QLocale().toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(s.sentAt.toLocalTime(), QLocale::ShortFormat));
    if (s.status == Submission::Status::Failed)
        header += QStringLiteral("<br><b style=\"color:#b71c1c\">%1</b>").arg(tr("Not readable: %1").arg(s.failure).toHtmlEscaped());
    m_header->setText(header);
    for (const DocumentCopy &d : s.documents)
        m_documents->addItem(QStringLiteral("%1 — %2").arg(d.pdfName.isEmpty() ? d.p7sName : d.pdfName,
                                                         SubmissionTableModel::verdictText(d.verification ? d.verification->verdict
                                                                                                          : QString())));
    if (!s.documents.isEmpty())
        m_documents->setCurrentRow(0);
}

void InboxPage::showDocument(int index)
{
    if (!m_loaded || index < 0 || index >= m_loaded->documents.size())
        return;
    const DocumentCopy &d = m_loaded->documents.at(index);
    // Every look at a citizen's document is in the audit log, before it is shown.
    // (once per document and session: a re-display after a refresh is not a new look).
    if (!m_viewLogged.contains(d.id)) {
        if (Status a = m_registry.recordAccess(Registry::Access::View, d.id); !a) {
            m_checks->setPlainText(a.error().message);
            m_preview->clear();
            return;
        }
        m_viewLogged.insert(d.id);
    }
    QString html;
    if (d.verification) {
        const StoredVerification &v = *d.verification;
        html += QStringLiteral("<p><b>%1</b></p>").arg(v.summary.toHtmlEscaped());
        if (!v.signerName.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Signed by %1, RNOKPP %2%3, at %4")
                                 .arg(v.signerName.toHtmlEscaped(), v.signerRnokpp.isEmpty() ? QStringLiteral("—") : v.signerRnokpp,
                                      v.signerEdrpou.isEmpty() ? QString() : tr(", EDRPOU %1").arg(v.signerEdrpou),
                                      QLocale().toString(v.signingTime.toLocalTime(), QLocale::ShortFormat)));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const QJsonValue &c : QJsonDocument::fromJson(v.checksJson.toUtf8()).array()) {
            const QJsonObject o = c.toObject();
            const bool ok = o.value(QStringLiteral("ok")).toBool();
            html += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td></tr>")
                        .arg(ok ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"), ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                             o.value(QStringLiteral("detail")).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</table><p style=\"color:#555\">%1</p>")
                    .arg(tr("Checked %1.").arg(QLocale().toString(v.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        html = tr("Not checked yet.");
    }
    m_checks->setHtml(html);
    // The preview shows what was signed: for an attached signature, the content inside it.
    const ShownDocument shown = ShownDocument::of(d);
    m_shownPdf = shown.pdf;
    m_page = 0;
    m_pageCount = 0;
    if (shown.differsFromAttachment) {
        m_contentNote->setText(tr("The PDF sent with this signature is not what was signed. Shown below is the signed "
                                  "document, taken from the signature."));
        m_contentNote->setStyleSheet(QStringLiteral("color:#b71c1c; font-weight:bold"));
        m_contentNote->show();
    } else if (shown.fromSignature) {
        m_contentNote->setText(tr("Shown below is the signed document, taken from the signature."));
        m_contentNote->setStyleSheet(QString());
        m_contentNote->show();
    } else {
        m_contentNote->hide();
    }
    m_open->setEnabled(!m_shownPdf.isEmpty());
    m_print->setEnabled(!m_shownPdf.isEmpty());
    renderPreview();
}

void InboxPage::showPage(int page)
{
    if (m_shownPdf.isEmpty() || page < 0 || (m_pageCount > 0 && page >= m_pageCount) || page == m_page)
        return;
    m_page = page;
    renderPreview();
}

void InboxPage::zoomBy(int step)
{
    const int zoom = qBound(50, m_zoom + step, 300);
    if (zoom == m_zoom || m_shownPdf.isEmpty())
        return;
    m_zoom = zoom;
    renderPreview();
}

void InboxPage::updatePager()
{
    const bool any = !m_shownPdf.isEmpty() && m_pageCount > 0;
    m_pageLabel->setText(any ? tr("Page %1 of %2, %3 %").arg(m_page + 1).arg(m_pageCount).arg(m_zoom) : QString());
    m_prevPage->setEnabled(any && m_page > 0);
    m_nextPage->setEnabled(any && m_page + 1 < m_pageCount);
    m_zoomOut->setEnabled(any && m_zoom > 50);
    m_zoomIn->setEnabled(any && m_zoom < 300);
}

bool InboxPage::print(const std::shared_ptr<QPrinter> &printer)
{
    const int index = m_documents->currentRow();
    if (!m_loaded || index < 0 || index >= m_loaded->documents.size() || m_shownPdf.isEmpty() || m_printing)
        return false;
    if (Status a = m_registry.recordAccess(Registry::Access::Print, m_loaded->documents.at(index).id); !a) {
        MessageBox::warning(this, tr("Print the document"), a.error().message);
        return false;
    }
    // The pages are rendered off the UI thread at the printer's resolution (at most 300 dpi), then
    // painted onto the printer here.
    m_printing = true;
    m_print->setEnabled(false);
    const QByteArray pdf = m_shownPdf;
    const int dpi = qBound(72, printer->resolution(), 300);
    auto pages = std::make_shared<QList<QImage>>();
    QThread *thread = QThread::create([pdf, dpi, pages] {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc || doc->isLocked())
            return;
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        for (int i = 0; i < doc->numPages(); ++i)
            if (std::unique_ptr<Poppler::Page> page = doc->page(i))
                pages->append(page->renderToImage(dpi, dpi));
    });
    QPointer<InboxPage> self = this;
    connect(thread, &QThread::finished, this, [self, thread, pages, printer] {
        thread->deleteLater();
        if (!self)
            return;
        self->m_printing = false;
        self->m_print->setEnabled(!self->m_shownPdf.isEmpty());
        if (pages->isEmpty()) {
            MessageBox::warning(self, tr("Print the document"), tr("The PDF cannot be printed: it cannot be read."));
            return;
        }
        QPainter painter;
        if (!painter.begin(printer.get())) {
            MessageBox::warning(self, tr("Print the document"), tr("The printer cannot be used. Check that it is switched on and try again."));
            return;
        }
        for (int i = 0; i < pages->size(); ++i) {
            if (i > 0)
                printer->newPage();
            const QImage &image = pages->at(i);
            const QRect area = painter.viewport();
            const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
            painter.setViewport(area.x(), area.y(), size.width(), size.height());
            painter.setWindow(image.rect());
            painter.drawImage(0, 0, image);
            painter.setViewport(area);
            painter.setWindow(area);
        }
        painter.end();
        Q_EMIT self->printed(int(pages->size()));
    });
    thread->start();
    return true;
}

void InboxPage::renderPreview()
{
    updatePager();
    const QByteArray pdf = m_shownPdf;
    m_preview->setText(pdf.isEmpty() ? tr("There is no document to show: the signature carries no content and no PDF came "
                                          "with it.")
                                     : tr("Rendering…"));
    if (pdf.isEmpty())
        return;
    // Off the UI thread: a scanned passport is a heavy page.
    const int generation = ++m_renderGeneration;
    const int pageNumber = m_page;
    const int dpi = 110 * m_zoom / 100;
    m_rendering = true;
    auto image = std::make_shared<QImage>();
    auto pages = std::make_shared<int>(0);
    QThread *thread = QThread::create([pdf, image, pages, pageNumber, dpi] {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc || doc->isLocked() || doc->numPages() < 1)
            return;
        *pages = doc->numPages();
        doc->setRenderHint(Poppler::Document::Antialiasing, true);
        doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
        if (std::unique_ptr<Poppler::Page> page = doc->page(qMin(pageNumber, *pages - 1)))
            *image = page->renderToImage(dpi, dpi);
    });
    QPointer<InboxPage> self = this;
    connect(thread, &QThread::finished, this, [self, thread, image, pages, generation] {
        thread->deleteLater();
        if (!self || generation != self->m_renderGeneration)
            return;
        self->m_rendering = false;
        self->m_pageCount = *pages;
        self->updatePager();
        if (image->isNull()) {
            self->m_preview->setText(tr("The PDF cannot be shown."));
            return;
        }
        // At 100 % the page width fills the view; the scroll area scrolls down (and across, zoomed in).
        const int fit = qMax(200, self->m_preview->parentWidget() ? self->m_preview->parentWidget()->width() - 8 : 400);
        self->m_preview->setPixmap(
            QPixmap::fromImage(image->scaledToWidth(fit * self->m_zoom / 100, Qt::SmoothTransformation)));
    });
    thread->start();
}

bool InboxPage::saveCopies(const QString &folder)
{
    if (!m_loaded)
        return false;
    for (const DocumentCopy &d : m_loaded->documents)
        if (Status a = m_registry.recordAccess(Registry::Access::Save, d.id); !a) {
            MessageBox::warning(this, tr("Save copies"), a.error().message);
            return false;
        }
    if (const auto written = CopyExport::write(*m_loaded, folder); !written) {
        MessageBox::warning(this, tr("Save copies"), written.error().message);
        return false;
    }
    return true;
}

void InboxPage::markState(const QString &state)
{
    if (!m_loaded)
        return;
    if (Status s = m_registry.setSubmissionState(m_loaded->id, state); !s) {
        MessageBox::warning(this, tr("Inbox"), s.error().message);
        return;
    }
    reload();
}

void InboxPage::deleteCurrent()
{
    if (!m_loaded)
        return;
    const QString who = m_loaded->senderName.isEmpty() ? m_loaded->sender : m_loaded->senderName;
    if (!MessageBox::confirm(this, tr("Delete the submission"),
                             tr("Delete the submission from %1 with its %n document(s) for good? The copies and their "
                                "signatures are removed from this computer and cannot be restored.",
                                nullptr, int(m_loaded->documents.size()))
                                 .arg(who),
                             tr("Delete"), true))
        return;
    if (Status s = m_registry.deleteSubmission(m_loaded->id); !s) {
        MessageBox::warning(this, tr("Inbox"), s.error().message);
        return;
    }
    m_loaded.reset();
    reload();
}

void InboxPage::verifyAgain()
{
    if (!m_loaded || m_verifying)
        return;
    QList<RecordId> ids;
    for (const DocumentCopy &d : m_loaded->documents)
        if (!d.p7s.isEmpty()) // unsigned: its verdict does not change
            ids << d.id;
    if (!ids.isEmpty())
        verify(ids);
}

void InboxPage::verify(const QList<RecordId> &ids)
{
    if (!m_trust || m_verifying || (ids.isEmpty() && m_pendingFailed))
        return;
    auto batch = VerificationPipeline::collect(m_store, *m_trust, 200, ids);
    if (!batch) {
        m_pendingFailed = ids.isEmpty();
        MessageBox::warning(this, tr("Inbox"), batch.error().message);
        return;
    }
    if (batch->documents.isEmpty())
        return;
    // The checks (and OCSP questions over the network) in a worker; the store stays on this thread.
    auto work = std::make_shared<VerificationPipeline::Batch>(std::move(batch).value());
    const TrustStore *trust = m_trust;
    m_verifying = true;
    m_again->setEnabled(false);
    QThread *thread = QThread::create([work, trust] { VerificationPipeline::check(*work, *trust, QDateTime::currentDateTimeUtc()); });
    QPointer<InboxPage> self = this;
    connect(thread, &QThread::finished, this, [self, thread, work, ids] {
        thread->deleteLater();
        if (!self)
            return;
        self->m_verifying = false;
        if (Status s = VerificationPipeline::save(self->m_store, *work, QDateTime::currentDateTimeUtc()); !s) {
            self->m_pendingFailed = ids.isEmpty();
            MessageBox::warning(self, tr("Inbox"), s.error().message);
        }
        self->reload(); // shows the verdicts, and goes on with the next pending batch
    });
    thread->start();
}

} // namespace kopii::ui
