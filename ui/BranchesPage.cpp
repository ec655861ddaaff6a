// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BranchesPage.h"
#include "core/OrganizationRules.h"

#include "ui/BranchDialog.h"
#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"

#include <QHash>

namespace kopii::ui {

BranchesPage::BranchesPage(AccessGuard &guard, QWidget *parent)
    : ListPage(guard, new BranchTableModel, QStringLiteral("BranchesPage"), parent)
{
    m_model = findChild<BranchTableModel *>();
    retranslateUi();
    reload();
}

void BranchesPage::retranslateUi()
{
    setTexts(tr("Branches"),
             tr("The offices that receive copies. Each branch has its own address for Diia and its own e-mail "
                "box, where visitors' copies arrive."),
             tr("There are no branches yet.\nPress \"Add branch\" to enter the first office that receives copies."),
             tr("&Add branch…"), tr("Search branches by name, e-mail or address"));
}

void BranchesPage::reload()
{
    const RecordId selected = currentSourceRow() >= 0 ? m_model->branchAt(currentSourceRow()).id : 0;
    const auto branches = OrganizationRules(m_guard).branches();
    const auto services = OrganizationRules(m_guard).services();
    if (!branches || !services) {
        MessageBox::warning(this, tr("Branches"), (!branches ? branches.error() : services.error()).message);
        return;
    }
    QHash<RecordId, int> counts;
    for (const auto &s : *services)
        for (RecordId id : s.branchIds)
            ++counts[id];
    m_model->setBranches(*branches, counts);
    selectSourceRow(m_model->rowOf(selected));
}

void BranchesPage::addRecord()
{
    RecordId newId = 0;
    BranchDialog dialog(
        Branch{},
        [this, &newId](const Branch &b) -> Status {
            auto id = OrganizationRules(m_guard).addBranch(b);
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

void BranchesPage::editRecord(int sourceRow)
{
    const Branch current = m_model->branchAt(sourceRow);
    BranchDialog dialog(
        current, [this](const Branch &b) { return OrganizationRules(m_guard).editBranch(b); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(current.id));
    Q_EMIT changed();
}

void BranchesPage::removeRecord(int sourceRow)
{
    const Branch branch = m_model->branchAt(sourceRow);
    const auto users = OrganizationRules(m_guard).servicesAtBranch(branch.id);
    if (!users) {
        MessageBox::warning(this, tr("Remove branch"), users.error());
        return;
    }
    BranchRemoval policy = BranchRemoval::RefuseIfUsed;
    if (users->isEmpty()) {
        if (!MessageBox::confirm(this, tr("Remove branch"),
                                 tr("Remove the branch \"%1\"?\n\nNo service is offered there.").arg(branch.name),
                                 tr("Remove branch"), true))
            return;
    } else {
        QStringList names;
        for (const auto &s : *users)
            names << QStringLiteral("• %1").arg(s.name);
        if (!MessageBox::confirm(this, tr("Remove branch"),
                                 tr("The branch \"%1\" offers %n service(s):\n%2\n\nIf you remove it, these services "
                                    "are no longer offered there. The services themselves stay.",
                                    nullptr, int(users->size()))
                                     .arg(branch.name, names.join(QLatin1Char('\n'))),
                                 tr("Take off services and remove"), true))
            return;
        policy = BranchRemoval::DetachFromServices;
    }
    if (auto s = OrganizationRules(m_guard).removeBranch(branch.id, policy); !s) {
        MessageBox::warning(this, tr("Remove branch"), s.error().fullText());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace kopii::ui
