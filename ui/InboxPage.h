// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTimer;
class QTableView;
class QTextBrowser;

namespace kopii {
class AccessGuard;
class SqlSession;
class TrustStore;
} // namespace kopii

namespace kopii::ui {

class DocumentView;
class PdfPreview;
class ProtocolDialog;
class RegisterDialog;
class SubmissionTableModel;

// The clerk's inbox: the received submissions with the worst verdict of their documents; the
// chosen one's documents with a preview of the signed PDF and every signature check with its
// reason; save the copies, open them, mark in work or processed, check again.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    InboxPage(AccessGuard &guard, SqlSession &store, QWidget *parent = nullptr);
    ~InboxPage() override;

    void setTrust(TrustStore *trust);
    void reload();
    void setAllowed(bool clerkOrManager);

    QTableView *view() const { return m_view; }
    QListWidget *documentList() const { return m_documents; }
    QTextBrowser *checks() const;
    PdfPreview *preview() const { return m_preview; }
    QComboBox *verdictFilter() const { return m_verdictFilter; }
    QComboBox *branchFilter() const { return m_branchFilter; }
    QComboBox *serviceFilter() const { return m_serviceFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *periodFilter() const { return m_periodFilter; }
    QLineEdit *search() const { return m_search; }
    // Applies the filters now (the search field waits for a pause in typing).
    void applyFilters();
    bool isRendering() const; // the preview
    QLabel *contentNote() const;
    // Prints the shown document (what was signed) on `printer`, every page; false when there is
    // nothing to print. The pages are rendered off the UI thread; printed() follows.
    bool print(const std::shared_ptr<QPrinter> &printer);
    bool isVerifying() const { return m_verifying; }
    // A package is on its way to a hot folder (processed, or after arrival).
    bool isHandingOff() const { return m_handingOff > 0; }

    void selectSubmission(int row);
    // Saves the copies into a new folder below `folder` (see CopyExport); savedTo() names it.
    bool saveCopies(const QString &folder);
    QString savedTo() const { return m_savedTo; }
    void markState(const QString &state);
    void verifyAgain();
    void deleteCurrent();
    void toggleHold();
    void afterArrival();
    // "Протокол…" for the shown document: the dialog (open, deleted on close), or null when no
    // document is shown or the trust store is not open.
    ProtocolDialog *openProtocol();
    // "Реєстр…": the register of incoming documents (open, deleted on close); a double click on an
    // entry shows its submission here.
    RegisterDialog *openRegister();

Q_SIGNALS:
    void printed(int pages);
    // A package was written to a hot folder (its path).
    void handedOff(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void showDocument(int index);
    std::optional<Submission> current() const;
    // Checks the documents `ids` again, or (empty) the pending ones, off the UI thread.
    void verify(const QList<RecordId> &ids);
    void fillNameFilters();
    SubmissionQuery filterQuery() const;
    void updateCount();
    void reselect(RecordId id);

    AccessGuard &m_guard;
    SqlSession &m_session;
    TrustStore *m_trust = nullptr;
    SubmissionTableModel *m_model;
    QLabel *m_title;
    QLabel *m_intro;
    QLineEdit *m_search;
    QComboBox *m_verdictFilter;
    QComboBox *m_branchFilter;
    QComboBox *m_serviceFilter;
    QComboBox *m_stateFilter;
    QComboBox *m_periodFilter;
    QLabel *m_count;
    QTimer *m_searchDelay;
    bool m_sized = false; // columns fitted to the first rows once
    QTableView *m_view;
    QLabel *m_header;
    QListWidget *m_documents;
    DocumentView *m_documentView; // the chosen document: checks and what was signed
    PdfPreview *m_preview;        // shows and prints what was signed
    QPushButton *m_save;
    QPushButton *m_open;
    QPushButton *m_inWork;
    QPushButton *m_processed;
    QPushButton *m_again;
    QPushButton *m_delete;
    QPushButton *m_hold;
    bool m_verifying = false;
    bool m_verifyAgain = false;   // asked for the pending documents while a batch ran
    bool m_pendingFailed = false; // saving pending verdicts failed: do not retry in a loop
    // Documents opened this session (their looks logged), the last few kept so that showing one
    // again after the inbox reads itself anew is not a new look.
    QHash<RecordId, DocumentCopy> m_opened;
    QList<RecordId> m_openedOrder;
    QLabel *m_denied;
    QWidget *m_content;
    std::optional<Submission> m_loaded;
    RecordId m_leased = 0; // the submission this desk holds (WorkLease)
    QTimer *m_leaseRenew;
    QString m_savedTo; // the folder the last saveCopies() made
    QPushButton *m_print;
    QPushButton *m_protocol;
    QPushButton *m_register;
    int m_handingOff = 0;
    QString m_handOffTrouble;         // the last trouble after arrival, said once
    bool m_afterArrival = false;      // a pass after arrival is running
    bool m_afterArrivalAgain = false; // and another is wanted when it ends
};

} // namespace kopii::ui
