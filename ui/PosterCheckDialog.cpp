// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PosterCheckDialog.h"

#include "ui/Widgets.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {

enum Column { Photo, Result, Advice, Columns };

} // namespace

PosterCheckDialog::PosterCheckDialog(SqlSession &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("PosterCheckDialog"));
    setWindowTitle(tr("Check poster photos"));
    m_intro = makeLabel(tr("Photograph each poster on the wall with a phone, straight on, so that its code is clearly "
                           "visible, and choose the photos. Kopii reads the codes in them and says whether each is this "
                           "office's current code. A code pasted over the poster is a known fraud: it sends visitors' "
                           "documents to someone else."));
    m_intro->setWordWrap(true);
    m_summary = makeLabel();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("findings"));
    m_table->setHorizontalHeaderLabels({tr("Photo"), tr("What it shows"), tr("What to do")});
    m_table->setAccessibleName(tr("Results of the poster check"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Photo, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Result, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Advice, QHeaderView::Stretch);
    m_more = new QPushButton(tr("Add &photos…"));
    m_more->setObjectName(QStringLiteral("addPhotos"));
    auto *buttons = makeButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_more, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &PosterCheckDialog::chooseMore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    updateSummary();
}

void PosterCheckDialog::chooseMore()
{
    const QStringList photos = QFileDialog::getOpenFileNames(
        this, tr("Photos of posters"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)"));
    if (!photos.isEmpty())
        check(photos);
}

void PosterCheckDialog::check(const QStringList &photos)
{
    if (m_checking || photos.isEmpty())
        return;
    m_checking = true;
    m_more->setEnabled(false);
    m_summary->setText(tr("Reading the codes in %n photo(s)…", nullptr, int(photos.size())));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_job = PosterCheck::start(this, m_session, photos, [this](QList<PosterFinding> findings) {
        QApplication::restoreOverrideCursor();
        m_checking = false;
        m_more->setEnabled(true);
        present(findings);
        Q_EMIT checked();
    });
}

void PosterCheckDialog::present(const QList<PosterFinding> &findings)
{
    for (const PosterFinding &f : findings) {
        m_findings << f;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
        switch (f.verdict) {
        case PosterFinding::Verdict::Current: icon = QStyle::SP_DialogApplyButton; break;
        case PosterFinding::Verdict::Replaced:
        case PosterFinding::Verdict::NoCode:
        case PosterFinding::Verdict::Unreadable: icon = QStyle::SP_MessageBoxWarning; break;
        case PosterFinding::Verdict::Unknown: break;
        }
        auto *photo = new QTableWidgetItem(QFileInfo(f.photo).fileName());
        photo->setToolTip(f.photo);
        auto *result = new QTableWidgetItem(style()->standardIcon(icon), f.summary);
        if (!f.code.isEmpty())
            result->setToolTip(tr("The code reads: %1").arg(f.code.toHtmlEscaped()));
        auto *advice = new QTableWidgetItem(f.advice);
        m_table->setItem(row, Photo, photo);
        m_table->setItem(row, Result, result);
        m_table->setItem(row, Advice, advice);
    }
    m_table->resizeRowsToContents();
    updateSummary();
}

void PosterCheckDialog::updateSummary()
{
    if (m_findings.isEmpty()) {
        m_summary->setText(tr("No photos checked yet."));
        return;
    }
    int attention = 0;
    for (const PosterFinding &f : std::as_const(m_findings))
        attention += f.verdict == PosterFinding::Verdict::Current ? 0 : 1;
    m_summary->setText(attention == 0
                           ? tr("Every code is this office's current one.")
                           : tr("%n code(s) or photo(s) need attention: see what to do beside each.", nullptr, attention));
}

} // namespace kopii::ui
