// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ListPage.h"

namespace kopii::ui {

class EmployeeTableModel;

// The people who may log in, with their roles. Everyone sees the list; only a manager changes it.
class EmployeesPage : public ListPage
{
    Q_OBJECT

public:
    explicit EmployeesPage(AccessGuard &guard, QWidget *parent = nullptr);
    void reload() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslateUi() override;

private:
    EmployeeTableModel *m_model;
    QPushButton *m_audit;
};

} // namespace kopii::ui
