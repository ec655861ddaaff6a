// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kopii {
class AccessGuard;
}

namespace kopii::ui {

// The manager's view of the audit log: who did what and when, who looked at which document;
// checks the hash chain and exports the log as CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(AccessGuard &guard, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *integrity() const { return m_integrity; }
    bool exportCsv(const QString &path);
    void checkIntegrity();

    static QString actionText(const QString &action);
    static QString objectText(const QString &type, RecordId id);

private:
    void reload();

    AccessGuard &m_guard;
    QTableWidget *m_table;
    QLabel *m_integrity;
    QPushButton *m_check;
    QPushButton *m_export;
};

} // namespace kopii::ui
