// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ListPage.h"

namespace kopii::ui {

class BranchTableModel;

class BranchesPage : public ListPage
{
    Q_OBJECT

public:
    explicit BranchesPage(AccessGuard &guard, QWidget *parent = nullptr);
    void reload() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslateUi() override;

private:
    BranchTableModel *m_model;
};

} // namespace kopii::ui
