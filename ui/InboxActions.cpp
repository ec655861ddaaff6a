// SPDX-License-Identifier: GPL-3.0-or-later
// InboxPage: what a clerk or manager does with a submission (mark it, delete it, hold it), and what
// follows a check on this desk (the hand-off on arrival, the protocol at intake).
#include "ui/InboxPage.h"
#include "inbox/WorkLease.h"
#include "inbox/InboxRules.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "inbox/CopyExport.h"
#include "ui/MessageBox.h"
#include "ui/DocumentView.h"
#include "ui/PdfPreview.h"
#include "ui/ProtocolDialog.h"
#include "ui/RegisterDialog.h"
#include "records/Arrival.h"
#include "records/HandOff.h"
#include "ui/RecordModels.h"
#include "inbox/ShownDocument.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "inbox/VerificationPipeline.h"
#include "ui/Widgets.h"
#include "ui/ExternalCopies.h"
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kopii::ui {

void InboxPage::markState(const QString &state)
{
    if (!m_loaded)
        return;
    if (Status s = InboxRules(m_guard).setSubmissionState(m_loaded->id, state, m_loaded->rowVersion); !s) {
        MessageBox::warning(this, tr("Inbox"), s.error());
        if (s.error().code == Error::Code::Conflict) // shows it as it is now
            reload();
        return;
    }
    // Its package to the hot folder the manager set (checked off this thread, then written).
    if (state == QLatin1String("processed") && m_trust) {
        const RecordId id = m_loaded->id;
        ++m_handingOff;
        HandOff::startAfterChange(this, m_guard, *m_trust, id, state, [this, id](Result<QString> written) {
            --m_handingOff;
            if (!written)
                MessageBox::warning(this, tr("Hand-off"),
                                    tr("Submission %1 is marked processed, but its package did not reach the hot folder: "
                                       "%2")
                                        .arg(id)
                                        .arg(written.error().message));
            else if (!written->isEmpty())
                Q_EMIT handedOff(*written);
        });
    }
    reload();
}

void InboxPage::deleteCurrent()
{
    if (!m_loaded)
        return;
    const QString who = m_loaded->senderName.isEmpty() ? m_loaded->sender : m_loaded->senderName;
    if (!MessageBox::confirm(this, tr("Delete the submission"),
                             tr("Delete the submission from %1 with its %n document(s) for good? The copies and their "
                                "signatures are removed from this computer and cannot be restored.",
                                nullptr, int(m_loaded->documents.size()))
                                 .arg(who),
                             tr("Delete"), true))
        return;
    const RecordId id = m_loaded->id;
    const Status deleted = InboxRules(m_guard).deleteSubmission(id, m_loaded->rowVersion);
    ExternalCopies::clear(); // a copy opened in another program goes with it
    if (!deleted) {
        MessageBox::warning(this, tr("Inbox"), deleted.error());
        if (deleted.error().code == Error::Code::Conflict) { // changed meanwhile: shown as it is now
            reload();
            return;
        }
        if (InboxRules(m_guard).submission(id)) // not deleted at all: it stays in view
            return;
    }
    m_loaded.reset();
    reload();
}

void InboxPage::toggleHold()
{
    if (!m_loaded)
        return;
    const RecordId id = m_loaded->id;
    Status done;
    if (m_loaded->legalHold.isEmpty()) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Legal hold"),
            tr("Why is submission %1 kept? For example, the court case or the request it is kept for. Nobody deletes it, "
               "nor does retention, until a manager lifts the hold.")
                .arg(m_loaded->registrationNumber.isEmpty() ? QString::number(id) : m_loaded->registrationNumber),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        done = InboxRules(m_guard).setLegalHold(id, reason);
    } else {
        if (!MessageBox::confirm(this, tr("Lift the legal hold"),
                                 tr("Lift the legal hold (%1)? Retention and deletion then apply to the submission again.")
                                     .arg(m_loaded->legalHold),
                                 tr("Lift the hold"), false))
            return;
        done = InboxRules(m_guard).liftLegalHold(id);
    }
    if (!done)
        MessageBox::warning(this, tr("Legal hold"), done.error());
    reload();
}

void InboxPage::afterArrival()
{
    // What the manager set to follow an arrival (the hot folders "on arrival", the protocols at
    // intake), for what this desk has just checked: the watcher service does the same, and each
    // is done once, whoever claims it first. Checked off this thread, one after another.
    if (m_afterArrival) {
        m_afterArrivalAgain = true;
        return;
    }
    m_afterArrival = true;
    ++m_handingOff;
    Arrival::start(this, m_session, *m_trust, m_guard.clock(), m_guard.actor() + QStringLiteral(": after arrival"),
                   [this](Result<ArrivalWork> done) {
                       m_afterArrival = false;
                       --m_handingOff;
                       if (done)
                           for (const QString &path : done->written)
                               Q_EMIT handedOff(path);
                       // Said once for the same trouble, not after every batch.
                       const QString trouble = done ? done->errors.join(QLatin1Char('\n')) : done.error().message;
                       if (!trouble.isEmpty() && trouble != m_handOffTrouble)
                           MessageBox::warning(this, tr("Inbox"), trouble);
                       m_handOffTrouble = trouble;
                       if (std::exchange(m_afterArrivalAgain, false))
                           afterArrival();
                   });
}

} // namespace kopii::ui
