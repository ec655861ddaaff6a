// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PostersPage.h"

#include "ui/PosterCheckDialog.h"
#include "core/OrganizationRules.h"

#include "ui/MessageBox.h"
#include "qr/PortalImport.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "core/AccessGuard.h"
#include "ui/Widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kopii::ui {

// ---- preview -----------------------------------------------------------------------------------

PosterPreview::PosterPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("posterPreview"));
    setMinimumSize(260, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PosterPreview::setPoster(const std::optional<PosterLayout> &poster, const QString &message)
{
    m_poster = poster;
    m_message = message;
    setAccessibleDescription(message);
    update();
}

void PosterPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_poster) {
        p.setPen(palette().color(QPalette::BrightText));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        p.setFont(f);
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QSizeF page = m_poster->pageSizeMm();
    QSizeF fit = page;
    fit.scale(QSizeF(width() - 24, height() - 24), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fit.width()) / 2, (height() - fit.height()) / 2), fit);
    p.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60));
    m_poster->paint(p, target);
}

// ---- page --------------------------------------------------------------------------------------

PostersPage::PostersPage(AccessGuard &guard, QWidget *parent) : QWidget(parent), m_guard(guard)
{
    setObjectName(QStringLiteral("PostersPage"));
    m_title = makeTitleLabel();
    m_intro = makeLabel();
    m_intro->setWordWrap(true);

    auto *form = new QFormLayout;
    m_branchLabel = makeLabel();
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("branch"));
    m_branchLabel->setBuddy(m_branch);
    form->addRow(m_branchLabel, m_branch);
    m_serviceLabel = makeLabel();
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("service"));
    m_serviceLabel->setBuddy(m_service);
    form->addRow(m_serviceLabel, m_service);
    m_codeTitle = makeLabel();
    m_code = makeLabel();
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setWordWrap(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_codeTitle, m_code);
    // Two rows: the Ukrainian labels are long, and none may be cut.
    auto *codeButtons = new QGridLayout;
    m_import = new QPushButton;
    m_import->setObjectName(QStringLiteral("importCode"));
    m_paste = new QPushButton;
    m_paste->setObjectName(QStringLiteral("pasteLink"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("removeCode"));
    codeButtons->addWidget(m_import, 0, 0);
    codeButtons->addWidget(m_paste, 0, 1);
    codeButtons->addWidget(m_remove, 1, 0);
    form->addRow(QString(), codeButtons);

    m_paperLabel = makeLabel();
    m_paper = new QComboBox;
    m_paper->setObjectName(QStringLiteral("paper"));
    for (auto id : {QPageSize::A4, QPageSize::A5, QPageSize::A3})
        m_paper->addItem(QPageSize(id).name(), int(id));
    m_paperLabel->setBuddy(m_paper);
    form->addRow(m_paperLabel, m_paper);
    m_landscape = new QCheckBox;
    m_landscape->setObjectName(QStringLiteral("landscape"));
    form->addRow(QString(), m_landscape);
    m_large = new QCheckBox;
    m_large->setObjectName(QStringLiteral("largePrint"));
    form->addRow(QString(), m_large);
    m_eccLabel = makeLabel();
    m_ecc = new QComboBox;
    m_ecc->setObjectName(QStringLiteral("ecc"));
    for (QrEcc e : {QrEcc::M, QrEcc::Q, QrEcc::H, QrEcc::L})
        m_ecc->addItem(QString(), int(e));
    m_eccLabel->setBuddy(m_ecc);
    form->addRow(m_eccLabel, m_ecc);

    auto *actions = new QVBoxLayout;
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setDefault(true);
    m_printPreview = new QPushButton;
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("save"));
    m_saveAll = new QPushButton;
    m_saveAll->setObjectName(QStringLiteral("saveAll"));
    for (QPushButton *b : {m_print, m_printPreview, m_save, m_saveAll})
        actions->addWidget(b);
    // Anyone may check the posters on the wall: reception photographs them now and then.
    m_checkPhotos = new QPushButton;
    m_checkPhotos->setObjectName(QStringLiteral("checkPhotos"));
    actions->addSpacing(8);
    actions->addWidget(m_checkPhotos);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addSpacing(8);
    left->addLayout(actions);
    left->addStretch();
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(600);

    m_preview = new PosterPreview;
    auto *row = new QHBoxLayout;
    row->addWidget(leftWidget);
    row->addWidget(m_preview, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);

    connect(m_branch, &QComboBox::currentIndexChanged, this, &PostersPage::fillServices);
    connect(m_service, &QComboBox::currentIndexChanged, this, &PostersPage::updatePoster);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &PostersPage::updatePoster);
    connect(m_ecc, &QComboBox::currentIndexChanged, this, &PostersPage::updatePoster);
    connect(m_landscape, &QCheckBox::toggled, this, &PostersPage::updatePoster);
    connect(m_large, &QCheckBox::toggled, this, &PostersPage::updatePoster);
    connect(m_import, &QPushButton::clicked, this, &PostersPage::chooseImportFile);
    connect(m_paste, &QPushButton::clicked, this, &PostersPage::pasteLink);
    connect(m_remove, &QPushButton::clicked, this, &PostersPage::removeCode);
    connect(m_print, &QPushButton::clicked, this, &PostersPage::print);
    connect(m_printPreview, &QPushButton::clicked, this, &PostersPage::showPrintPreview);
    connect(m_save, &QPushButton::clicked, this, &PostersPage::chooseSaveFile);
    connect(m_saveAll, &QPushButton::clicked, this, &PostersPage::chooseSaveBranchFile);
    connect(m_checkPhotos, &QPushButton::clicked, this, &PostersPage::chooseCheckPhotos);

    retranslateUi();
    reload();
}

void PostersPage::retranslateUi()
{
    m_title->setText(tr("Posters"));
    m_intro->setText(tr("Each service at each branch has its own QR code. Import it from the Diia portal (\"Мій бізнес — "
                        "Мої Дія.QR\"), then print the poster and hang it where visitors see it. The poster is in "
                        "Ukrainian."));
    m_branchLabel->setText(tr("&Branch:"));
    m_serviceLabel->setText(tr("S&ervice:"));
    m_codeTitle->setText(tr("QR code:"));
    m_import->setText(tr("&Import from file…"));
    m_import->setToolTip(tr("A PNG or JPEG image, a PDF or an SVG with the code downloaded from the Diia portal"));
    m_paste->setText(tr("Paste &link…"));
    m_remove->setText(tr("Remove code"));
    m_paperLabel->setText(tr("&Paper:"));
    m_landscape->setText(tr("Land&scape"));
    m_large->setText(tr("Lar&ge print (for visitors with poor sight)"));
    m_eccLabel->setText(tr("Error &correction:"));
    const QStringList eccNames = {tr("M — standard (15 %)"), tr("Q — for posters that get worn (25 %)"), tr("H — highest (30 %)"),
                                  tr("L — lowest (7 %)")};
    for (int i = 0; i < m_ecc->count(); ++i)
        m_ecc->setItemText(i, eccNames.value(i));
    m_print->setText(tr("P&rint…"));
    m_printPreview->setText(tr("Print pre&view…"));
    m_save->setText(tr("Save as PDF, PNG or SVG…"));
    m_saveAll->setText(tr("Save &all posters of the branch as one PDF…"));
    m_checkPhotos->setText(tr("C&heck photos of posters on the wall…"));
    m_checkPhotos->setToolTip(tr("Whether each poster still carries this office's current code, and not a sticker "
                                 "pasted over it"));
    updatePoster();
}

void PostersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PostersPage::setEditable(bool manager)
{
    m_manager = manager;
    m_import->setVisible(manager);
    m_paste->setVisible(manager);
    m_remove->setVisible(manager);
    updatePoster();
}

RecordId PostersPage::currentBranch() const
{
    return m_branch->currentData().toLongLong();
}

RecordId PostersPage::currentService() const
{
    return m_service->currentData().toLongLong();
}

void PostersPage::reload()
{
    const RecordId keep = currentBranch();
    const auto branches = OrganizationRules(m_guard).branches();
    m_filling = true;
    m_branch->clear();
    if (branches)
        for (const Branch &b : *branches)
            m_branch->addItem(b.name, b.id);
    const int index = m_branch->findData(keep);
    m_branch->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    fillServices();
}

void PostersPage::fillServices()
{
    const RecordId keep = currentService();
    m_filling = true;
    m_service->clear();
    if (const RecordId b = currentBranch()) {
        const auto services = OrganizationRules(m_guard).servicesAtBranch(b);
        if (services)
            for (const Service &s : *services)
                m_service->addItem(s.name, s.id);
    }
    const int index = m_service->findData(keep);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    updatePoster();
}

PosterOptions PostersPage::options() const
{
    PosterOptions o;
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.orientation = m_landscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait;
    o.largePrint = m_large->isChecked();
    o.ecc = QrEcc(m_ecc->currentData().toInt());
    return o;
}

void PostersPage::updatePoster()
{
    if (m_filling)
        return;
    const RecordId b = currentBranch();
    const RecordId s = currentService();
    const bool pair = b && s;
    bool hasCode = false;
    QString message;
    std::optional<PosterLayout> poster;
    if (m_branch->count() == 0) {
        message = tr("There are no branches yet: add one under Branches.");
        m_code->setText(QString());
    } else if (!pair) {
        message = tr("No service is offered at this branch yet: choose the branch for a service under Services.");
        m_code->setText(QString());
    } else {
        const auto code = OrganizationRules(m_guard).posterCode(s, b);
        hasCode = code && code->has_value();
        if (hasCode) {
            const PosterCode &c = **code;
            if (c.kind == PosterCode::Kind::Signed)
                m_code->setText(m_manager ? tr("A signed request of an earlier Kopii, which the Diia app cannot open. Import "
                                               "the service's code from the Diia portal to replace it.")
                                          : tr("A signed request of an earlier Kopii, which the Diia app cannot open. The "
                                               "manager imports the service's code from the Diia portal to replace it."));
            else
                m_code->setText(
                    tr("%1\n(%2, %3)")
                        .arg(c.text, c.source, QLocale().toString(c.added.toLocalTime().date(), QLocale::ShortFormat)));
        } else {
            m_code->setText(m_manager ? tr("None yet: import it from the Diia portal.")
                                      : tr("None yet: the manager imports it from the Diia portal."));
        }
        const auto content = PosterSource::content(m_guard, s, b, m_guard.now().toLocalTime().date());
        if (!content) {
            message = content.error().message;
        } else {
            auto layout = PosterLayout::make(*content, options());
            if (layout)
                poster = *layout;
            else
                message = layout.error().message;
        }
    }
    m_preview->setPoster(poster, message);
    m_remove->setEnabled(hasCode);
    m_import->setEnabled(pair);
    m_paste->setEnabled(pair);
    for (QPushButton *button : {m_print, m_printPreview, m_save})
        button->setEnabled(poster.has_value());
    m_saveAll->setEnabled(b != 0);
}

bool PostersPage::keepCode(const QString &text, const QString &source)
{
    PosterCode code;
    code.serviceId = currentService();
    code.branchId = currentBranch();
    code.text = text;
    code.source = source;
    if (Status s = OrganizationRules(m_guard).setPosterCode(code); !s) {
        MessageBox::warning(this, tr("QR code"), s.error());
        return false;
    }
    updatePoster();
    Q_EMIT changed();
    return true;
}

bool PostersPage::importFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto link = PortalImport::fromFile(path);
    QApplication::restoreOverrideCursor();
    if (!link) {
        MessageBox::warning(this, tr("QR code"), link.error());
        return false;
    }
    return keepCode(*link, QFileInfo(path).fileName());
}

bool PostersPage::importLink(const QString &text)
{
    const auto link = PortalImport::fromText(text);
    if (!link) {
        MessageBox::warning(this, tr("QR code"), link.error());
        return false;
    }
    return keepCode(*link, QStringLiteral("pasted"));
}

void PostersPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The code from the Diia portal"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                                      tr("QR code (*.png *.jpg *.jpeg *.pdf *.svg);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PostersPage::pasteLink()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Paste the link"),
                                               tr("The link of the code from the Diia portal (https://diia.app/acquirers/…):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        importLink(text);
}

void PostersPage::removeCode()
{
    if (!MessageBox::confirm(this, tr("Remove code"),
                             tr("Remove the QR code of \"%1\" at \"%2\"? Posters already printed keep working until the "
                                "code is withdrawn on the Diia portal.")
                                 .arg(m_service->currentText(), m_branch->currentText()),
                             tr("Remove code"), true))
        return;
    if (Status s = OrganizationRules(m_guard).removePosterCode(currentService(), currentBranch()); !s)
        MessageBox::warning(this, tr("Remove code"), s.error());
    updatePoster();
    Q_EMIT changed();
}

void PostersPage::printTo(QPrinter &printer)
{
    const auto &poster = m_preview->poster();
    if (!poster)
        return;
    printer.setFullPage(true);
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().fullRectPixels(printer.resolution());
    poster->paint(painter, QRectF(0, 0, page.width(), page.height()));
}

void PostersPage::print()
{
    const auto &poster = m_preview->poster();
    if (!poster)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(poster->options().paper), poster->options().orientation, QMarginsF()));
    printer.setDocName(poster->content().serviceName);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void PostersPage::showPrintPreview()
{
    const auto &poster = m_preview->poster();
    if (!poster)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(poster->options().paper), poster->options().orientation, QMarginsF()));
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(*p); });
    dialog.exec();
}

bool PostersPage::saveTo(const QString &path)
{
    const auto &poster = m_preview->poster();
    if (!poster)
        return false;
    if (Status s = PosterExport::save({*poster}, path); !s) {
        MessageBox::warning(this, tr("Save poster"), s.error());
        return false;
    }
    return true;
}

bool PostersPage::saveBranchTo(const QString &path)
{
    QStringList missing;
    const auto contents = PosterSource::branchContents(m_guard, currentBranch(), m_guard.now().toLocalTime().date(), &missing);
    if (!contents || contents->isEmpty()) {
        MessageBox::warning(this, tr("Save posters"),
                            contents ? tr("No service at this branch has a QR code yet.") : contents.error().message);
        return false;
    }
    QList<PosterLayout> posters;
    for (const PosterContent &c : *contents) {
        auto layout = PosterLayout::make(c, options());
        if (!layout) {
            MessageBox::warning(this, tr("Save posters"), QStringLiteral("%1: %2").arg(c.serviceName, layout.error().message));
            return false;
        }
        posters << *layout;
    }
    if (Status s = PosterExport::save(posters, path); !s) {
        MessageBox::warning(this, tr("Save posters"), s.error());
        return false;
    }
    if (!missing.isEmpty())
        MessageBox::information(this, tr("Save posters"),
                                tr("Saved %n poster(s). Without a QR code, so not included: %1", nullptr, int(posters.size()))
                                    .arg(missing.join(QStringLiteral(", "))));
    return true;
}

void PostersPage::chooseSaveFile()
{
    const auto &poster = m_preview->poster();
    if (!poster)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1 — %2.pdf").arg(poster->content().serviceName, m_branch->currentText()));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save poster"), suggested,
                                                tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.startsWith(QLatin1String("PNG")) ? QStringLiteral(".png")
            : filter.startsWith(QLatin1String("SVG"))   ? QStringLiteral(".svg")
                                                        : QStringLiteral(".pdf");
    saveTo(path);
}

void PostersPage::chooseSaveBranchFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Posters — %1.pdf").arg(m_branch->currentText()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save posters"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    saveBranchTo(path);
}

} // namespace kopii::ui

namespace kopii::ui {

PosterCheckDialog *PostersPage::checkPhotos(const QStringList &photos)
{
    auto *dialog = new PosterCheckDialog(m_guard.session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->check(photos);
    return dialog;
}

void PostersPage::chooseCheckPhotos()
{
    const QStringList photos = QFileDialog::getOpenFileNames(
        this, tr("Photos of posters"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;PDF (*.pdf);;All files (*)"));
    if (!photos.isEmpty())
        checkPhotos(photos);
}

} // namespace kopii::ui
