// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Job.h"
#include "core/Result.h"
#include "records/IntakeProtocol.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace kopii {
class AccessGuard;
class TrustStore;
} // namespace kopii

namespace kopii::ui {

class PdfPreview;

// "Протокол…": a document's (or the whole submission's) signatures checked again now, the
// verification protocol shown as it prints, to print or save (the PDF, and the ETSI report as XML
// beside it). The new check is stored, so the inbox then shows what the protocol says.
class ProtocolDialog : public QDialog
{
    Q_OBJECT

public:
    ProtocolDialog(AccessGuard &guard, const TrustStore &trust, RecordId submissionId, RecordId documentId,
                   QWidget *parent = nullptr);
    ~ProtocolDialog() override;

    bool isReady() const { return !m_pdf.isEmpty(); }
    const QByteArray &pdf() const { return m_pdf; }
    const QByteArray &xml() const { return m_xml; }
    QString problem() const { return m_problem; }
    // Every document of the submission, or only the one the dialog was opened for.
    void setWholeSubmission(bool whole);
    // Writes the PDF to `pdfPath` and the XML beside it (same name, .xml); both or neither.
    Status save(const QString &pdfPath);
    bool print(const std::shared_ptr<QPrinter> &printer);

Q_SIGNALS:
    void ready();
    void failed(const QString &problem);
    // The documents were checked again and the new verdicts stored.
    void verified(RecordId submissionId);

private:
    void make();
    void showIntake();
    void retranslateUi();

    AccessGuard &m_guard;
    const TrustStore &m_trust;
    RecordId m_submissionId;
    RecordId m_documentId;
    CancelToken m_job;
    QByteArray m_pdf;
    QByteArray m_xml;
    QString m_problem;
    QString m_baseName;
    std::optional<IntakeRecord> m_intake; // the protocol kept at intake, when there is one
    QComboBox *m_scope;
    QLabel *m_status;
    PdfPreview *m_preview;
    QPushButton *m_save;
    QPushButton *m_print;
};

} // namespace kopii::ui
