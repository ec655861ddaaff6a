// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProtocolDialog.h"

#include "ui/MessageBox.h"
#include "ui/PdfPreview.h"
#include "ui/Widgets.h"

#include "core/AccessGuard.h"
#include "records/IntakeProtocol.h"
#include "records/ProtocolSource.h"
#include "records/RecordFiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kopii::ui {

ProtocolDialog::ProtocolDialog(AccessGuard &guard, const TrustStore &trust, RecordId submissionId, RecordId documentId,
                               QWidget *parent)
    : QDialog(parent), m_guard(guard), m_trust(trust), m_submissionId(submissionId), m_documentId(documentId)
{
    setObjectName(QStringLiteral("protocolDialog"));
    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("protocolScope"));
    m_scope->addItems({QString(), QString()});
    // The protocol kept when it arrived, when the manager keeps them: a third choice.
    if (const auto kept = IntakeProtocol(m_guard).record(m_submissionId)) {
        m_intake = *kept;
        m_scope->addItem(QString());
    }
    m_status = makeLabel();
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("protocolStatus"));
    m_preview = new PdfPreview;
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveProtocol"));
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("printProtocol"));
    auto *buttons = makeButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        if (index == 2)
            showIntake();
        else
            setWholeSubmission(index == 1);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(m_baseName + QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the protocol"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = save(path); !s)
            MessageBox::warning(this, tr("Save the protocol"), s.error());
        else
            MessageBox::information(this, tr("Save the protocol"),
                                    tr("The protocol is saved in %1, and the same check for other programs (ETSI XML) "
                                       "beside it.")
                                        .arg(QDir::toNativeSeparators(path)));
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(printer.get(), this);
        dialog.setWindowTitle(tr("Print the protocol"));
        if (dialog.exec() == QDialog::Accepted)
            print(printer);
    });
    connect(m_preview, &PdfPreview::printFailed, this,
            [this](const QString &reason) { MessageBox::warning(this, tr("Print the protocol"), reason); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 900);
    retranslateUi();
    make();
}

ProtocolDialog::~ProtocolDialog()
{
    m_job.cancel();
}

void ProtocolDialog::retranslateUi()
{
    setWindowTitle(tr("Verification protocol"));
    m_scope->setItemText(0, tr("This document"));
    m_scope->setItemText(1, tr("Every document of the submission"));
    if (m_intake)
        m_scope->setItemText(2, tr("As checked at intake"));
    m_scope->setAccessibleName(tr("What the protocol covers"));
    m_save->setText(tr("&Save…"));
    m_print->setText(tr("&Print…"));
}

void ProtocolDialog::setWholeSubmission(bool whole)
{
    m_scope->setCurrentIndex(whole ? 1 : 0);
    make();
}

void ProtocolDialog::make()
{
    m_job.cancel();
    m_pdf.clear();
    m_xml.clear();
    m_problem.clear();
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    m_preview->clear();
    m_status->setText(tr("Checking the signatures again…"));
    const RecordId document = m_scope->currentIndex() == 1 ? 0 : m_documentId;
    m_baseName = ProtocolSource::baseName(m_submissionId, document);
    m_job = ProtocolSource::start(
        this, m_guard, m_trust, m_submissionId, document,
        [this](Result<ProtocolSource::Files> files) {
            if (!files) {
                m_problem = files.error().message;
                m_status->setText(tr("The protocol could not be made: %1").arg(m_problem));
                Q_EMIT failed(m_problem);
                return;
            }
            m_pdf = files->pdf;
            m_xml = files->xml;
            m_status->setText(
                tr("Checked now, %1. The verdicts in the inbox are updated to this check.")
                    .arg(QLocale().toString(files->prepared.context.checkedAt.toLocalTime(), QLocale::ShortFormat)));
            m_preview->setPdf(m_pdf);
            m_save->setEnabled(true);
            m_print->setEnabled(true);
            Q_EMIT verified(m_submissionId);
            Q_EMIT ready();
        },
        m_guard.clock());
}

void ProtocolDialog::showIntake()
{
    m_job.cancel();
    m_problem.clear();
    m_scope->setCurrentIndex(2);
    m_pdf = m_intake->pdf;
    m_xml = m_intake->xml;
    m_baseName = QStringLiteral("protocol-%1-intake").arg(m_submissionId);
    const QString checked = QLocale().toString(m_intake->checkedAt.toLocalTime(), QLocale::ShortFormat);
    m_status->setText(
        m_intake->seal.isEmpty()
            ? tr("Checked at intake, %1; not sealed yet.").arg(checked)
            : tr("Checked at intake, %1; sealed by %2 on %3. The seal is saved beside it (.p7s).")
                  .arg(checked, m_intake->sealer, QLocale().toString(m_intake->sealedAt.toLocalTime(), QLocale::ShortFormat)));
    m_preview->setPdf(m_pdf);
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    Q_EMIT ready();
}

Status ProtocolDialog::save(const QString &pdfPath)
{
    if (!isReady())
        return Error{Error::Code::Validation, tr("The protocol is not ready yet."), {}};
    const QFileInfo info(pdfPath);
    const QString xmlPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".xml"));
    QList<QPair<QString, QByteArray>> files = {{pdfPath, m_pdf}, {xmlPath, m_xml}};
    // The protocol kept at intake goes with its seal.
    if (m_scope->currentIndex() == 2 && m_intake && !m_intake->seal.isEmpty())
        files.append({pdfPath + QStringLiteral(".p7s"), m_intake->seal});
    return RecordFiles::write(files);
}

bool ProtocolDialog::print(const std::shared_ptr<QPrinter> &printer)
{
    return isReady() && m_preview->print(printer);
}

} // namespace kopii::ui
