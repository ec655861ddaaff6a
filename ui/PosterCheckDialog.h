// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Job.h"
#include "qr/PosterCheck.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kopii {
class SqlSession;
}

namespace kopii::ui {

// Posters → "Check poster photos…": the photos reception took of the posters on the wall, each QR
// code in them judged (PosterCheck): current, replaced since, or not the office's, with what to do.
// Decoding runs off the UI thread; more photos can be added while the dialog is open.
class PosterCheckDialog : public QDialog
{
    Q_OBJECT

public:
    PosterCheckDialog(SqlSession &session, QWidget *parent = nullptr);

    // Checks these photos and adds their rows (a file dialog's choice, or a test's files).
    void check(const QStringList &photos);
    bool isChecking() const { return m_checking; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    const QList<PosterFinding> &findings() const { return m_findings; }

Q_SIGNALS:
    void checked();

private:
    void chooseMore();
    void present(const QList<PosterFinding> &findings);
    void updateSummary();

    SqlSession &m_session;
    bool m_checking = false;
    CancelToken m_job;
    QList<PosterFinding> m_findings;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_more;
};

} // namespace kopii::ui
