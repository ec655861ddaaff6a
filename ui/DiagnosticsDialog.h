// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostics.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kopii {
class TrustStore;
class Workspace;
} // namespace kopii

namespace kopii::ui {

// Help → Diagnostics: what support needs to know about this installation (versions, workspace,
// trust, mailboxes, tokens, recent errors), with a button that copies it all. Nothing about a
// citizen is in it (core/Diagnostics.h). The tokens and the PDF helper's version are asked off
// the UI thread; the rest is read at once.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosticsDialog(Workspace &workspace, const TrustStore *trust, QWidget *parent = nullptr);

    QString reportText() const;
    QPushButton *copyButton() const { return m_copy; }
    // Whether the parts asked off the UI thread are in.
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    void completed();

private:
    void present(const QList<DiagnosticsSection> &sections);

    QList<DiagnosticsSection> m_sections;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_copy;
    bool m_complete = false;
};

} // namespace kopii::ui
