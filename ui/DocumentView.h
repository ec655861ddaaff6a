// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace kopii::ui {

class PdfPreview;

// One received document as the clerk reviews it: the verdict with every check and its reason,
// the signer, and what was signed (the content inside an attached signature, with a warning when
// the PDF beside it differs), page by page. Shared by the inbox and the single-signature viewer.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setDocument(const DocumentCopy &document);
    void showMessage(const QString &text); // instead of a document (e.g. why it cannot be shown)
    void clear();

    QTextBrowser *checks() const { return m_checks; }
    QLabel *contentNote() const { return m_contentNote; }
    PdfPreview *preview() const { return m_preview; }

    static QString checksHtml(const StoredVerification &verification);

private:
    QTextBrowser *m_checks;
    QLabel *m_contentNote;
    PdfPreview *m_preview;
};

} // namespace kopii::ui
