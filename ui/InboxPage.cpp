// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InboxPage.h"
#include "inbox/WorkLease.h"
#include "inbox/InboxRules.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"

#include "inbox/CopyExport.h"
#include "ui/MessageBox.h"
#include "ui/DocumentView.h"
#include "ui/PdfPreview.h"
#include "ui/ProtocolDialog.h"
#include "ui/RegisterDialog.h"
#include "records/HandOff.h"
#include "records/IntakeProtocol.h"
#include "ui/RecordModels.h"
#include "inbox/ShownDocument.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "inbox/VerificationPipeline.h"
#include "ui/Widgets.h"
#include "ui/ExternalCopies.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
const QStringList kVerdicts = QStringList{QString()} + verdictOrder(); // "": all
}

InboxPage::InboxPage(AccessGuard &guard, SqlSession &store, QWidget *parent) : QWidget(parent), m_guard(guard), m_session(store)
{
    setObjectName(QStringLiteral("InboxPage"));
    m_title = makeTitleLabel();
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    m_denied = makeLabel();
    m_denied->setWordWrap(true);
    m_denied->hide();

    m_model = new SubmissionTableModel(guard, this);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    // The lease on the open submission, renewed well before it lapses (WorkLease::kSeconds).
    m_leaseRenew = new QTimer(this);
    m_leaseRenew->setInterval(WorkLease::kSeconds * 1000 / 3);
    connect(m_leaseRenew, &QTimer::timeout, this, [this] {
        if (m_leased && !WorkLease(m_guard).take(m_leased))
            m_leaseRenew->stop();
    });
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
    m_count = makeLabel();
    m_count->setObjectName(QStringLiteral("count"));
    m_register = new QPushButton;
    m_register->setObjectName(QStringLiteral("register"));
    auto *filters = new QVBoxLayout;
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    searchRow->addWidget(m_register);
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
    // Tab leaves the table (the arrow keys move within it), as in every list of Kopii's.
    m_view->setTabKeyNavigation(false);

    // The detail of the chosen submission.
    m_header = makeRichLabel(); // HTML of Kopii's own, its data escaped
    m_header->setObjectName(QStringLiteral("submissionHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setMaximumHeight(110);
    m_documentView = new DocumentView;
    m_preview = m_documentView->preview();
    auto *actions = new QHBoxLayout;
    m_save = new QPushButton;
    m_open = new QPushButton;
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("print"));
    m_protocol = new QPushButton;
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_inWork = new QPushButton;
    m_processed = new QPushButton;
    m_again = new QPushButton;
    m_delete = new QPushButton;
    m_delete->setObjectName(QStringLiteral("deleteSubmission"));
    m_hold = new QPushButton;
    m_hold->setObjectName(QStringLiteral("legalHold"));
    for (QPushButton *b : {m_save, m_open, m_print, m_protocol, m_inWork, m_processed, m_again})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_hold);
    actions->addWidget(m_delete);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_documents);
    detailLayout->addWidget(m_documentView, 1);
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
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for the copies"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty() && saveCopies(folder))
            MessageBox::information(
                this, tr("Save copies"),
                tr("The copies and their signatures are saved in %1.").arg(QDir::toNativeSeparators(m_savedTo)));
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
        if (Status a = InboxRules(m_guard).recordAccess(InboxRules::Access::OpenExternally, d.id); !a) {
            MessageBox::warning(this, tr("Inbox"), a.error());
            return;
        }
        const auto path = ExternalCopies::write(d.pdfName, bytes);
        if (!path) {
            MessageBox::warning(this, tr("Inbox"), path.error());
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
            MessageBox::warning(this, tr("Inbox"),
                                tr("No program to show PDF files was found. Use the preview here, or "
                                   "save the copies and open them yourself."));
    });
    connect(m_inWork, &QPushButton::clicked, this, [this] { markState(QStringLiteral("in-work")); });
    connect(m_processed, &QPushButton::clicked, this, [this] { markState(QStringLiteral("processed")); });
    connect(m_again, &QPushButton::clicked, this, &InboxPage::verifyAgain);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_preview->pdf().isEmpty() || m_preview->isPrinting())
            return;
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(printer.get(), this);
        dialog.setWindowTitle(tr("Print the document"));
        if (dialog.exec() == QDialog::Accepted)
            print(printer);
    });
    connect(m_preview, &PdfPreview::printed, this, &InboxPage::printed);
    connect(m_preview, &PdfPreview::printFailed, this,
            [this](const QString &reason) { MessageBox::warning(this, tr("Print the document"), reason); });
    connect(m_delete, &QPushButton::clicked, this, &InboxPage::deleteCurrent);
    connect(m_hold, &QPushButton::clicked, this, &InboxPage::toggleHold);
    connect(m_protocol, &QPushButton::clicked, this, &InboxPage::openProtocol);
    connect(m_register, &QPushButton::clicked, this, &InboxPage::openRegister);
    retranslateUi();
}

InboxPage::~InboxPage() = default;

void InboxPage::retranslateUi()
{
    m_view->setAccessibleName(tr("Received submissions"));
    m_documents->setAccessibleName(tr("Documents of the submission"));
    m_title->setText(tr("Inbox"));
    m_intro->setText(tr("The copies visitors sent, with their signatures checked. A verdict says what Kopii could confirm; "
                        "open a submission to see every check and the signed document."));
    m_denied->setText(tr("The inbox holds citizens' documents: only clerks and managers see it."));
    m_search->setPlaceholderText(tr("Search by sender, signer, RNOKPP or file name"));
    m_search->setAccessibleName(tr("Search"));
    const QStringList names = {tr("All verdicts"),  tr("Valid"),     tr("Valid, with warnings"),
                               tr("Not qualified"), tr("NOT valid"), tr("Cannot be checked")};
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
    m_protocol->setText(tr("Pro&tocol…"));
    m_register->setText(tr("Re&gister…"));
    m_register->setToolTip(tr("The register of incoming documents: numbers, senders and states for a period, to print "
                              "or export"));
    m_protocol->setToolTip(tr("The verification protocol of this document: checked again now, to print or save"));

    m_inWork->setText(tr("In &work"));
    m_processed->setText(tr("&Processed"));
    m_again->setText(tr("Check &again"));
    m_delete->setText(tr("&Delete…"));
    m_hold->setToolTip(tr("A legal hold keeps the submission from deletion, by a person or by retention, until a manager "
                          "lifts it"));
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
    m_opened.clear(); // a new session: its looks are logged anew
    m_openedOrder.clear();
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
        if (const auto b = OrganizationRules(m_guard).branches())
            branches = *b;
        if (const auto s = OrganizationRules(m_guard).services())
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
        const QDate first = m_guard.now().toLocalTime().date().addDays(1 - days);
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
    const RecordId chosen = index.isValid() ? m_model->submissionAt(index.row()).id : 0;
    if (m_leased && m_leased != chosen) { // she moved on: the one she had is free for others
        (void)WorkLease(m_guard).release(m_leased);
        m_leased = 0;
        m_leaseRenew->stop();
    }
    m_loaded.reset();
    m_documents->clear();
    m_documentView->clear();
    m_preview->clear();
    const bool has = index.isValid();
    for (QPushButton *b : {m_save, m_open, m_print, m_protocol, m_inWork, m_processed, m_again, m_delete})
        b->setEnabled(has);
    // Placed and lifted by a manager only; its name says which it does.
    m_hold->setVisible(has && m_guard.requireRole(Role::Manager));
    m_hold->setText(tr("Legal &hold…"));

    if (!has) {
        m_header->setText(tr("Choose a submission on the left."));
        return;
    }
    const auto full = InboxRules(m_guard).submission(m_model->submissionAt(index.row()).id);
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
    if (!s.registrationNumber.isEmpty())
        header += QStringLiteral("<br>") + tr("Registration number %1").arg(s.registrationNumber).toHtmlEscaped();
    if (!s.legalHold.isEmpty()) {
        header +=
            QStringLiteral("<br><b style=\"color:%1\">%2</b>")
                .arg(toneName(Tone::Caution),
                     tr("On legal hold: %1. It is not deleted until a manager lifts the hold.").arg(s.legalHold).toHtmlEscaped());
        m_hold->setText(tr("Lift the legal &hold…"));
        m_delete->setEnabled(false);
        m_delete->setToolTip(tr("On legal hold: a manager lifts the hold before it can be deleted"));
    } else {
        m_delete->setToolTip(QString());
    }
    if (s.status == Submission::Status::Failed)
        header += QStringLiteral("<br><b style=\"color:%1\">%2</b>")
                      .arg(toneName(Tone::Bad), tr("Not readable: %1").arg(s.failure).toHtmlEscaped());
    // "In work by X": hers while it is open here (renewed), or whose it is.
    if (m_guard.sessionRole() && *m_guard.sessionRole() != Role::Reception) {
        if (const Status took = WorkLease(m_guard).take(s.id); took) {
            m_leased = s.id;
            m_leaseRenew->start();
        } else {
            header += QStringLiteral("<br><b style=\"color:%1\">%2</b>")
                          .arg(toneName(Tone::Caution), took.error().message.toHtmlEscaped());
            for (QPushButton *b : {m_inWork, m_processed, m_delete})
                b->setEnabled(false);
        }
    }
    m_header->setText(header);
    for (const DocumentCopy &d : s.documents)
        m_documents->addItem(QStringLiteral("%1 — %2").arg(
            d.pdfName.isEmpty() ? d.p7sName : d.pdfName,
            SubmissionTableModel::verdictText(d.verification ? d.verification->verdict : QString())));
    if (!s.documents.isEmpty())
        m_documents->setCurrentRow(0);
}

void InboxPage::showDocument(int index)
{
    if (!m_loaded || index < 0 || index >= m_loaded->documents.size())
        return;
    DocumentCopy &d = m_loaded->documents[index];
    // Every look at a citizen's document is in the audit log before it is shown: its bytes come
    // only with the entry written (once per document and session: a re-display after a refresh
    // is not a new look).
    if (!m_opened.contains(d.id)) {
        const auto opened = InboxRules(m_guard).openDocument(InboxRules::Access::View, d.id);
        if (!opened) {
            m_documentView->showMessage(opened.error().message);
            return;
        }
        m_opened.insert(d.id, *opened);
        m_openedOrder << d.id;
        while (m_openedOrder.size() > 16)
            m_opened.remove(m_openedOrder.takeFirst());
    }
    d.pdf = m_opened.value(d.id).pdf;
    d.p7s = m_opened.value(d.id).p7s;
    m_documentView->setDocument(d);
    const bool shown = !m_preview->pdf().isEmpty();
    m_open->setEnabled(shown);
    m_print->setEnabled(shown);
}

QTextBrowser *InboxPage::checks() const
{
    return m_documentView->checks();
}

QLabel *InboxPage::contentNote() const
{
    return m_documentView->contentNote();
}

bool InboxPage::isRendering() const
{
    return m_preview->isRendering();
}

bool InboxPage::print(const std::shared_ptr<QPrinter> &printer)
{
    const int index = m_documents->currentRow();
    if (!m_loaded || index < 0 || index >= m_loaded->documents.size() || m_preview->pdf().isEmpty() || m_preview->isPrinting())
        return false;
    if (Status a = InboxRules(m_guard).recordAccess(InboxRules::Access::Print, m_loaded->documents.at(index).id); !a) {
        MessageBox::warning(this, tr("Print the document"), a.error());
        return false;
    }
    return m_preview->print(printer);
}

bool InboxPage::saveCopies(const QString &folder)
{
    if (!m_loaded)
        return false;
    Submission copies = *m_loaded;
    for (DocumentCopy &d : copies.documents) {
        // Each document's bytes come with its "saved" entry in the audit log.
        const auto opened = InboxRules(m_guard).openDocument(InboxRules::Access::Save, d.id);
        if (!opened) {
            MessageBox::warning(this, tr("Save copies"), opened.error());
            return false;
        }
        d.pdf = opened->pdf;
        d.p7s = opened->p7s;
    }
    const auto written = CopyExport::write(copies, folder, WorkspaceSettings(m_guard).isDemo());
    if (!written) {
        MessageBox::warning(this, tr("Save copies"), written.error());
        return false;
    }
    m_savedTo = written->folder;
    return true;
}

ProtocolDialog *InboxPage::openProtocol()
{
    const int index = m_documents->currentRow();
    if (!m_loaded || !m_trust || index < 0 || index >= m_loaded->documents.size())
        return nullptr;
    auto *dialog = new ProtocolDialog(m_guard, *m_trust, m_loaded->id, m_loaded->documents.at(index).id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The protocol's check is stored: show its verdicts here too.
    connect(dialog, &ProtocolDialog::verified, this, [this](RecordId id) {
        if (m_loaded && m_loaded->id == id)
            reload();
    });
    dialog->open();
    return dialog;
}

RegisterDialog *InboxPage::openRegister()
{
    auto *dialog = new RegisterDialog(m_guard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterDialog::openSubmission, this, [this](RecordId id) {
        m_search->clear();
        applyFilters();
        reselect(id);
    });
    dialog->open();
    return dialog;
}

void InboxPage::verifyAgain()
{
    if (!m_loaded || m_verifying)
        return;
    QList<RecordId> ids;
    for (const DocumentCopy &d : m_loaded->documents)
        if (d.p7sSize > 0) // unsigned: its verdict does not change
            ids << d.id;
    if (!ids.isEmpty())
        verify(ids);
}

void InboxPage::verify(const QList<RecordId> &ids)
{
    if (!m_trust || (ids.isEmpty() && m_pendingFailed))
        return;
    if (m_verifying) {
        // What arrived meanwhile is looked for once the running batch is saved.
        m_verifyAgain = m_verifyAgain || ids.isEmpty();
        return;
    }
    // Checks (and OCSP questions over the network) run as a job; the store stays on this thread.
    m_verifying = true;
    m_again->setEnabled(false);
    VerificationPipeline::start(
        this, m_session, *m_trust, ids, 200,
        [this, ids](Result<int> checked) {
            m_verifying = false;
            const bool again = std::exchange(m_verifyAgain, false);
            if (!checked) {
                m_pendingFailed = ids.isEmpty();
                m_again->setEnabled(m_view->currentIndex().isValid());
                MessageBox::warning(this, tr("Inbox"), checked.error());
                return;
            }
            if (*checked == 0) {
                m_again->setEnabled(m_view->currentIndex().isValid());
                if (again)
                    verify({});
                return;
            }
            afterArrival();
            reload(); // shows the verdicts, and goes on with the next pending batch
        },
        m_guard.clock());
}

} // namespace kopii::ui
