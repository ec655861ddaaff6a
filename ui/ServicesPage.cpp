// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServicesPage.h"
#include "core/OrganizationRules.h"
#include "inbox/InboxRules.h"

#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "ui/ServiceDialog.h"

#include <QCheckBox>

namespace kopii::ui {

ServicesPage::ServicesPage(AccessGuard &guard, QWidget *parent)
    : ListPage(guard, new ServiceTableModel, QStringLiteral("ServicesPage"), parent)
{
    m_model = findChild<ServiceTableModel *>();
    retranslateUi();
    reload();
}

void ServicesPage::retranslateUi()
{
    setTexts(tr("Services"),
             tr("What visitors come for, and which documents they share through Diia for it. Each service at "
                "each branch gets its own QR code."),
             tr("There are no services yet.\nPress \"Add service\" and choose the documents a visitor shares."),
             tr("&Add service…"), tr("Search services by name, document or branch"));
}

void ServicesPage::reload()
{
    const RecordId selected = currentSourceRow() >= 0 ? m_model->serviceAt(currentSourceRow()).id : 0;
    const auto services = OrganizationRules(m_guard).services();
    const auto branches = OrganizationRules(m_guard).branches();
    if (!services || !branches) {
        MessageBox::warning(this, tr("Services"), (!services ? services.error() : branches.error()).message);
        return;
    }
    m_model->setServices(*services, *branches);
    selectSourceRow(m_model->rowOf(selected));
}

void ServicesPage::addRecord()
{
    const auto branches = OrganizationRules(m_guard).branches();
    if (!branches) {
        MessageBox::warning(this, tr("Services"), branches.error());
        return;
    }
    RecordId newId = 0;
    ServiceDialog *shown = nullptr;
    ServiceDialog dialog(
        Service{}, *branches,
        [this, &newId, &shown](const Service &s) -> Status {
            auto id = OrganizationRules(m_guard).addService(s);
            if (!id)
                return id.error();
            newId = *id;
            return saveRetention(newId, *shown);
        },
        this);
    shown = &dialog;
    offerRetention(dialog, 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(newId));
    Q_EMIT changed();
}

void ServicesPage::offerRetention(ServiceDialog &dialog, RecordId serviceId)
{
    // A manager's decision: shown to a manager only, with what the service keeps now.
    if (!m_guard.requireRole(Role::Manager))
        return;
    const auto workspace = InboxRules(m_guard).retention();
    if (!workspace)
        return;
    std::optional<RetentionPolicy> own;
    if (serviceId) {
        const auto stored = InboxRules(m_guard).serviceRetention(serviceId);
        if (!stored)
            return;
        own = *stored;
    }
    dialog.setRetention(own, *workspace);
}

Status ServicesPage::saveRetention(RecordId serviceId, const ServiceDialog &dialog)
{
    if (!dialog.ownRetention()->isVisibleTo(&dialog))
        return {};
    const auto own = dialog.retention();
    const auto stored = InboxRules(m_guard).serviceRetention(serviceId);
    if (stored && *stored == own)
        return {};
    return InboxRules(m_guard).setServiceRetention(serviceId, own);
}

void ServicesPage::editRecord(int sourceRow)
{
    const auto branches = OrganizationRules(m_guard).branches();
    if (!branches) {
        MessageBox::warning(this, tr("Services"), branches.error());
        return;
    }
    const Service current = m_model->serviceAt(sourceRow);
    ServiceDialog *shown = nullptr;
    ServiceDialog dialog(
        current, *branches,
        [this, &shown](const Service &s) -> Status {
            if (Status edited = OrganizationRules(m_guard).editService(s); !edited)
                return edited;
            return saveRetention(s.id, *shown);
        },
        this);
    shown = &dialog;
    offerRetention(dialog, current.id);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(current.id));
    Q_EMIT changed();
}

void ServicesPage::removeRecord(int sourceRow)
{
    const Service service = m_model->serviceAt(sourceRow);
    if (!MessageBox::confirm(this, tr("Remove service"), tr("Remove the service \"%1\"?").arg(service.name), tr("Remove service"),
                             true))
        return;
    if (auto s = OrganizationRules(m_guard).removeService(service.id); !s) {
        MessageBox::warning(this, tr("Remove service"), s.error().fullText());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace kopii::ui
