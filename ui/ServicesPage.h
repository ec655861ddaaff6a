// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ListPage.h"
#include "core/Domain.h"
#include "core/Result.h"

namespace kopii::ui {

class ServiceTableModel;

class ServiceDialog;

class ServicesPage : public ListPage
{
    Q_OBJECT

public:
    explicit ServicesPage(AccessGuard &guard, QWidget *parent = nullptr);
    void reload() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslateUi() override;

private:
    void offerRetention(ServiceDialog &dialog, RecordId serviceId);
    Status saveRetention(RecordId serviceId, const ServiceDialog &dialog);

    ServiceTableModel *m_model;
};

} // namespace kopii::ui
