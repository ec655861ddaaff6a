// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServicesPage.h"
#include "core/OrganizationRules.h"

#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "ui/ServiceDialog.h"

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
    ServiceDialog dialog(
        Service{}, *branches,
        [this, &newId](const Service &s) -> Status {
            auto id = OrganizationRules(m_guard).addService(s);
            if (!id)
                return id.error();
            newId = *id;
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(newId));
    Q_EMIT changed();
}

void ServicesPage::editRecord(int sourceRow)
{
    const auto branches = OrganizationRules(m_guard).branches();
    if (!branches) {
        MessageBox::warning(this, tr("Services"), branches.error());
        return;
    }
    const Service current = m_model->serviceAt(sourceRow);
    ServiceDialog dialog(
        current, *branches, [this](const Service &s) { return OrganizationRules(m_guard).editService(s); }, this);
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
