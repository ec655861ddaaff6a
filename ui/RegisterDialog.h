// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "inbox/RegisterSql.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kopii {
class AccessGuard;
} // namespace kopii

namespace kopii::ui {

// "Реєстр…": the register of incoming documents for a period, searched by number or sender,
// exported for Excel (CSV) or printed (PDF); a double click opens the submission in the inbox.
// A manager sets the prefixes numbers begin with ("Numbering…").
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterDialog(AccessGuard &guard, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void setPeriod(const QDate &from, const QDate &to);
    void setSearch(const QString &text);
    // The shown entries (after the search) written as CSV or PDF; both or neither of a file.
    Status exportCsv(const QString &path);
    Status exportPdf(const QString &path);
    // The prefixes: branch or service ("branch"/"service") → prefix, saved at once (manager).
    Status setPrefix(const QString &table, RecordId id, const QString &prefix);

Q_SIGNALS:
    void openSubmission(RecordId id);

private:
    void reload();
    void showRows();
    void editPrefixes();
    QList<RegisterEntry> shown() const;

    AccessGuard &m_guard;
    QList<RegisterEntry> m_entries;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_prefixes;
};

} // namespace kopii::ui
