// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "mail/SignatureFiles.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kopii {
class TrustStore;
}

namespace kopii::ui {

class DocumentView;

// `kopii FILE`: one signature (or a PDF with its .p7s, or every document of an .eml) checked and
// shown in the inbox's document view, without a workspace or a login: the trust is Kopii's
// bundled anchors plus what the user adds for this run. Nothing is stored.
class SignatureViewer : public QWidget
{
    Q_OBJECT

public:
    // `trust` must outlive the viewer. Verification runs off the UI thread; verified() follows.
    SignatureViewer(const TrustStore &trust, bool online, QWidget *parent = nullptr);

    // Loads and checks `path`; false (with the reason shown) when it cannot be read. `content` is
    // the file a detached signature signs, when it is not found by its name.
    bool open(const QString &path, const QString &content = QString());
    bool isVerifying() const { return m_verifying; }
    QListWidget *documents() const { return m_list; }
    DocumentView *documentView() const { return m_view; }
    QLabel *verdictLabel() const { return m_verdict; }
    // Shown for a detached signature whose signed file was not found beside it.
    QPushButton *chooseContentButton() const { return m_chooseContent; }

Q_SIGNALS:
    void verified();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDocument(int index);

    const TrustStore &m_trust;
    bool m_online;
    QString m_path;
    QList<DocumentCopy> m_documents; // with their verification, once checked
    bool m_verifying = false;
    QLabel *m_title;
    QLabel *m_verdict;
    QListWidget *m_list;
    DocumentView *m_view;
    QPushButton *m_openOther;
    QPushButton *m_chooseContent;
};

} // namespace kopii::ui
