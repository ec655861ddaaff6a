// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RegisterDialog.h"

#include "ui/MessageBox.h"
#include "ui/Widgets.h"

#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "records/HandOff.h"
#include "records/RecordFiles.h"
#include "records/Register.h"
#include "crypto/SignatureVerifier.h"

#include <QDateEdit>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {

// The verdict and the state in the program's language (the exported files are Ukrainian).
QString verdictShown(const RegisterEntry &e)
{
    if (e.verdict.isEmpty())
        return {};
    if (e.verdict == QLatin1String("pending"))
        return RegisterDialog::tr("not checked yet");
    for (Verdict v :
         {Verdict::Valid, Verdict::ValidWithWarnings, Verdict::NotQualified, Verdict::Invalid, Verdict::Indeterminate})
        if (verdictId(v) == e.verdict)
            return verdictName(v);
    return e.verdict;
}

QString stateShown(const RegisterEntry &e)
{
    const QString day = QLocale().toString(e.deletedAt.toLocalTime().date(), QLocale::ShortFormat);
    if (e.deletedAt.isValid())
        return e.deletedHow == QLatin1String("retention") ? RegisterDialog::tr("deleted on %1, by retention").arg(day)
                                                          : RegisterDialog::tr("deleted on %1, by a person").arg(day);
    if (e.state == QLatin1String("processed"))
        return RegisterDialog::tr("Processed");
    if (e.state == QLatin1String("in-work"))
        return RegisterDialog::tr("In work");
    return RegisterDialog::tr("New");
}

} // namespace

RegisterDialog::RegisterDialog(AccessGuard &guard, QWidget *parent) : QDialog(parent), m_guard(guard)
{
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("Register of incoming documents"));
    const QDate today = m_guard.now().toLocalTime().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1));
    m_to = new QDateEdit(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by number, sender or document"));
    m_search->setAccessibleName(tr("Search the register"));
    m_count = makeLabel();
    m_table = new QTableWidget(0, 10);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Received"), tr("Sender"), tr("Sent to"), tr("Branch"), tr("Service"),
                                        tr("Documents"), tr("Verdict"), tr("In work by"), tr("State")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Register entries"));
    m_csv = new QPushButton(tr("Export for &Excel…"));
    m_pdf = new QPushButton(tr("&Print to PDF…"));
    m_prefixes = new QPushButton(tr("&Numbering and hand-off…"));
    m_prefixes->setObjectName(QStringLiteral("numbering"));
    m_prefixes->setVisible(m_guard.sessionRole() && *m_guard.sessionRole() == Role::Manager);
    auto *buttons = makeButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_prefixes, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &RegisterDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &RegisterDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterDialog::showRows);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const RecordId id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT openSubmission(id);
    });
    const auto save = [this](const QString &title, const QString &name, const QString &filter,
                             Status (RegisterDialog::*write)(const QString &)) {
        const QString path = QFileDialog::getSaveFileName(
            this, title, QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name), filter);
        if (path.isEmpty())
            return;
        if (Status s = (this->*write)(path); !s)
            MessageBox::warning(this, title, s.error());
        else
            MessageBox::information(this, title, tr("The register is saved in %1.").arg(QDir::toNativeSeparators(path)));
    };
    connect(m_csv, &QPushButton::clicked, this, [this, save] {
        save(tr("Export the register"), tr("register") + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
             &RegisterDialog::exportCsv);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this, save] {
        save(tr("Print the register"), tr("register") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"),
             &RegisterDialog::exportPdf);
    });
    connect(m_prefixes, &QPushButton::clicked, this, &RegisterDialog::editPrefixes);

    auto *period = new QHBoxLayout;
    period->addWidget(makeLabel(tr("From")));
    period->addWidget(m_from);
    period->addWidget(makeLabel(tr("to")));
    period->addWidget(m_to);
    period->addWidget(m_search, 1);
    period->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
    reload();
}

void RegisterDialog::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void RegisterDialog::setSearch(const QString &text)
{
    m_search->setText(text);
}

void RegisterDialog::reload()
{
    const auto entries = Register(m_guard).entries(m_from->date(), m_to->date());
    if (!entries) {
        m_entries.clear();
        m_count->setText(tr("Cannot read the register: %1").arg(entries.error().message));
        m_table->setRowCount(0);
        return;
    }
    m_entries = *entries;
    showRows();
}

QList<RegisterEntry> RegisterDialog::shown() const
{
    const QString text = m_search->text().simplified();
    QList<RegisterEntry> rows;
    for (const RegisterEntry &e : m_entries)
        if (text.isEmpty() || e.number.contains(text, Qt::CaseInsensitive) || e.sender.contains(text, Qt::CaseInsensitive)
            || e.documents.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
            rows << e;
    return rows;
}

void RegisterDialog::showRows()
{
    const QList<RegisterEntry> rows = shown();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RegisterEntry &e = rows[r];
        const QStringList cells = {e.number,
                                   QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                   e.sender,
                                   e.recipient,
                                   e.branchName,
                                   e.serviceName,
                                   e.documents.join(QStringLiteral(", ")),
                                   verdictShown(e),
                                   e.clerk,
                                   stateShown(e)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, e.submissionId);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 240));
    m_count->setText(tr("%n entries", nullptr, int(rows.size())));
    m_csv->setEnabled(!rows.isEmpty());
    m_pdf->setEnabled(!rows.isEmpty());
}

Status RegisterDialog::exportCsv(const QString &path)
{
    return RecordFiles::write({{path, Register::csv(shown())}});
}

Status RegisterDialog::exportPdf(const QString &path)
{
    QString organization;
    if (const auto o = OrganizationRules(m_guard).organization(); o && *o)
        organization = (*o)->name;
    const auto pdf = Register::pdf(shown(), m_from->date(), m_to->date(), organization);
    if (!pdf)
        return pdf.error();
    return RecordFiles::write({{path, *pdf}});
}

Status RegisterDialog::setPrefix(const QString &table, RecordId id, const QString &prefix)
{
    return Register(m_guard).setPrefix(table, id, prefix);
}

void RegisterDialog::editPrefixes()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("numberingDialog"));
    dialog.setWindowTitle(tr("Numbering and hand-off"));
    auto *intro = makeLabel(tr("A registration number begins with its service's prefix, else its branch's, then the "
                               "year and the number within it: Ц-2026/000123. A change applies to new numbers only. "
                               "A hot folder takes each submission's package (its files, the protocol and the "
                               "register card) for the office's document system, when it is marked processed or as "
                               "soon as it arrives and its signatures are checked; the service's comes first."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(makeLabel(tr("Prefix")), 0, 1);
    grid->addWidget(makeLabel(tr("Hot folder")), 0, 2);
    grid->addWidget(makeLabel(tr("When")), 0, 4);
    struct Row
    {
        QString table;
        RecordId id;
        QLineEdit *prefix;
        QLineEdit *folder;
        QComboBox *when;
    };
    QList<Row> rows;
    const auto add = [&](const QString &table, RecordId id, const QString &label) {
        const auto current = RegisterSql(m_guard.session()).prefix(table, id);
        auto *prefix = new QLineEdit(current ? *current : QString());
        prefix->setProperty("was", prefix->text());
        prefix->setMaxLength(10);
        prefix->setAccessibleName(tr("Prefix: %1").arg(label));
        const auto hot = HandOff(m_guard).folder(table, id);
        auto *folder = new QLineEdit(hot ? QDir::toNativeSeparators(hot->folder) : QString());
        folder->setProperty("was", folder->text());
        folder->setPlaceholderText(tr("none"));
        folder->setAccessibleName(tr("Hot folder: %1").arg(label));
        auto *choose = new QPushButton(tr("Choose…"));
        choose->setAccessibleName(tr("Choose the hot folder: %1").arg(label));
        connect(choose, &QPushButton::clicked, &dialog, [folder, &dialog] {
            const QString chosen = QFileDialog::getExistingDirectory(&dialog, tr("Hot folder"), folder->text());
            if (!chosen.isEmpty())
                folder->setText(QDir::toNativeSeparators(chosen));
        });
        auto *when = new QComboBox;
        when->addItem(tr("When processed"), QStringLiteral("processed"));
        when->addItem(tr("On arrival"), QStringLiteral("arrival"));
        when->setCurrentIndex(hot && hot->when == QLatin1String("arrival") ? 1 : 0);
        when->setProperty("was", when->currentData());
        when->setAccessibleName(tr("When the package goes: %1").arg(label));
        when->setToolTip(tr("On arrival: as soon as the submission is stored and its signatures are checked, by the "
                            "watcher service or a desk with the inbox open"));
        const int r = grid->rowCount();
        grid->addWidget(makeLabel(label), r, 0);
        grid->addWidget(prefix, r, 1);
        grid->addWidget(folder, r, 2);
        grid->addWidget(choose, r, 3);
        grid->addWidget(when, r, 4);
        rows.append({table, id, prefix, folder, when});
    };
    if (const auto branches = OrganizationRules(m_guard).branches())
        for (const Branch &b : *branches)
            add(QStringLiteral("branch"), b.id, tr("Branch %1").arg(b.name));
    if (const auto services = OrganizationRules(m_guard).services())
        for (const Service &s : *services)
            add(QStringLiteral("service"), s.id, tr("Service %1").arg(s.name));
    grid->setColumnStretch(2, 1);
    auto *buttons = makeButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // Only what changed is saved (and logged).
        for (const Row &row : std::as_const(rows)) {
            if (row.prefix->text().trimmed() != row.prefix->property("was").toString())
                if (Status s = setPrefix(row.table, row.id, row.prefix->text().trimmed()); !s) {
                    MessageBox::warning(&dialog, tr("Numbering"), s.error());
                    row.prefix->setFocus();
                    return;
                }
            if (row.folder->text().trimmed() != row.folder->property("was").toString()
                || row.when->currentData() != row.when->property("was"))
                if (Status s = HandOff(m_guard).setFolder(
                        row.table, row.id,
                        {QDir::fromNativeSeparators(row.folder->text().trimmed()), row.when->currentData().toString()});
                    !s) {
                    MessageBox::warning(&dialog, tr("Hand-off"), s.error());
                    row.folder->setFocus();
                    return;
                }
        }
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
    dialog.resize(900, dialog.sizeHint().height());
    dialog.exec();
}

} // namespace kopii::ui
