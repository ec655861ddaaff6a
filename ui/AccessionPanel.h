// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QGroupBox>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace kopii {
class AccessGuard;
class TrustStore;
} // namespace kopii

namespace kopii::ui {

class Session;

// The application for accession to Diia.QR on the Organization page: whether it is signed, by
// whom and whether the signature holds; the manager signs it (after seeing it); anyone may open
// it or save the PDF with its .p7s.
class AccessionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccessionPanel(AccessGuard &guard, QWidget *parent = nullptr);
    ~AccessionPanel() override;

    // The key and trust store of the logged-in person; without them nothing can be signed.
    void setSession(Session *session, TrustStore *trust);
    void setEditable(bool manager);
    void reload();

    // The whole signing flow: preview, sign off the UI thread, check, keep. Returns at once;
    // `signingFinished` tells the outcome.
    void signApplication();
    // Writes the kept PDF and its .p7s into `folder`; the error is shown and returned.
    bool exportTo(const QString &folder);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }
    bool isBusy() const { return m_busy; }

    // Tests: answer the preview without showing it (true: sign).
    static void setPreviewAnswerForTests(std::optional<bool> answer);

Q_SIGNALS:
    void signingFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool confirmPreview(const QString &html);
    void openPdf();
    void chooseFolderAndSave();
    void finishSigning(const QString &message);

    AccessGuard &m_guard;
    Session *m_session = nullptr;
    TrustStore *m_trust = nullptr;
    bool m_manager = false;
    bool m_busy = false;
    std::optional<SignedDocument> m_document;
    QLabel *m_intro;
    QLabel *m_status;
    QLabel *m_details;
    QPushButton *m_sign;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace kopii::ui
