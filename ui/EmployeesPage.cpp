// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EmployeesPage.h"
#include "core/Staff.h"

#include "ui/AuditDialog.h"
#include "ui/EmployeeDialog.h"
#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"

#include <QPushButton>

namespace kopii::ui {

EmployeesPage::EmployeesPage(AccessGuard &guard, QWidget *parent)
    : ListPage(guard, new EmployeeTableModel, QStringLiteral("EmployeesPage"), parent)
{
    m_model = findChild<EmployeeTableModel *>();
    m_audit = new QPushButton;
    m_audit->setObjectName(QStringLiteral("auditLog"));
    connect(m_audit, &QPushButton::clicked, this, [this] {
        AuditDialog dialog(m_guard, this);
        dialog.exec();
    });
    addManagerButton(m_audit);
    retranslateUi();
    reload();
}

void EmployeesPage::retranslateUi()
{
    setTexts(tr("Employees"),
             tr("The people who may log in to this workspace with their KEP, and what each may do: reception "
                "prints posters, a clerk works with the inbox, a manager does everything."),
             tr("Nobody has logged in yet.\nThe first person to log in with a KEP becomes the manager."), tr("&Add employee…"),
             tr("Search employees by name or RNOKPP"));
    m_audit->setText(tr("Audit &log…"));
    m_audit->setToolTip(tr("Who did what, and who viewed which document"));
}

void EmployeesPage::reload()
{
    const QString selected = currentSourceRow() >= 0 ? m_model->employeeAt(currentSourceRow()).rnokpp : QString();
    const auto people = Staff(m_guard).employees();
    if (!people) {
        MessageBox::warning(this, tr("Employees"), people.error());
        return;
    }
    m_model->setEmployees(*people);
    selectSourceRow(m_model->rowOf(selected));
}

void EmployeesPage::addRecord()
{
    Employee fresh;
    fresh.role = Role::Clerk;
    QString added;
    EmployeeDialog dialog(
        fresh,
        [this, &added](const Employee &e) -> Status {
            // Add never changes someone who is already there: that is what Edit is for.
            if (m_model->rowOf(e.rnokpp.trimmed()) >= 0)
                return Error{Error::Code::Conflict,
                             tr("Already an employee."),
                             {FieldError{QStringLiteral("rnokpp"), QStringLiteral("duplicate"),
                                         tr("This RNOKPP is already in the list: change that employee instead.")}}};
            added = e.rnokpp.trimmed();
            return Staff(m_guard).addEmployee(e);
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(added));
    Q_EMIT changed();
}

void EmployeesPage::editRecord(int sourceRow)
{
    const Employee current = m_model->employeeAt(sourceRow);
    EmployeeDialog dialog(
        current, [this](const Employee &e) { return Staff(m_guard).addEmployee(e); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectSourceRow(m_model->rowOf(current.rnokpp));
    Q_EMIT changed();
}

void EmployeesPage::removeRecord(int sourceRow)
{
    const Employee e = m_model->employeeAt(sourceRow);
    if (!MessageBox::confirm(this, tr("Remove employee"),
                             tr("Remove %1 (%2)?\n\nThey will no longer be able to log in to this workspace.")
                                 .arg(e.fullName, AccessGuard::roleName(e.role)),
                             tr("Remove employee"), true))
        return;
    if (Status s = Staff(m_guard).removeEmployee(e.rnokpp); !s) {
        MessageBox::warning(this, tr("Remove employee"), s.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace kopii::ui
