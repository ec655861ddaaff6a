// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EmployeeDialog.h"

#include "ui/FormField.h"
#include "core/AccessGuard.h"
#include "core/Validator.h"
#include "ui/Widgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kopii::ui {

EmployeeDialog::EmployeeDialog(const Employee &employee, SaveFunction save, QWidget *parent)
    : QDialog(parent), m_employee(employee), m_new(employee.rnokpp.isEmpty()), m_save(std::move(save))
{
    setObjectName(QStringLiteral("EmployeeDialog"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *rnokpp = new QLineEdit;
    rnokpp->setMaxLength(10);
    rnokpp->setInputMethodHints(Qt::ImhDigitsOnly);
    rnokpp->setMinimumWidth(360);
    rnokpp->setReadOnly(!m_new); // the person is the РНОКПП; another one is another employee
    m_rnokpp = new FormField(form, QStringLiteral("rnokpp"), rnokpp, this);
    m_rnokpp->setText(employee.rnokpp);
    m_name = new FormField(form, QStringLiteral("fullName"), new QLineEdit, this);
    m_name->setText(employee.fullName);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : {Role::Reception, Role::Clerk, Role::Manager})
        m_role->addItem(QString(), int(r));
    m_role->setCurrentIndex(m_role->findData(int(employee.role)));
    m_roleLabel = makeLabel();
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_roleLabel, m_role);
    m_roleHint = makeLabel();
    m_roleHint->setWordWrap(true);
    form->addRow(QString(), m_roleHint);
    layout->addLayout(form);

    m_generalError = makeErrorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);
    m_buttons = makeButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EmployeeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EmployeeDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &EmployeeDialog::updateRoleHint);
    connect(m_rnokpp, &FormField::edited, this, [this] {
        const QString v = m_rnokpp->text().trimmed();
        if (v.size() == 10 && !Validator::isValidRnokpp(v))
            m_rnokpp->showErrors({FieldError{QStringLiteral("rnokpp"), QStringLiteral("checksum"),
                                             tr("This is not a valid RNOKPP: check the digits.")}});
        else
            m_rnokpp->clearError();
    });
    retranslateUi();
    (m_new ? m_rnokpp : m_name)->input()->setFocus();
}

void EmployeeDialog::retranslateUi()
{
    setWindowTitle(m_new ? tr("New employee") : tr("Employee"));
    m_intro->setText(tr("An employee logs in to Kopii with their own KEP. Enter the RNOKPP (tax number) exactly as "
                        "in their certificate; the name is for lists."));
    m_rnokpp->setLabelText(tr("RNOKPP (tax number)"), true);
    m_rnokpp->setPlaceholder(tr("10 digits"));
    m_name->setLabelText(tr("Full name"), true);
    m_name->setPlaceholder(tr("surname, name, patronymic"));
    m_roleLabel->setText(tr("&Role"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, AccessGuard::roleName(Role(m_role->itemData(i).toInt())));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateRoleHint();
}

void EmployeeDialog::updateRoleHint()
{
    switch (Role(m_role->currentData().toInt())) {
    case Role::Reception: m_roleHint->setText(tr("Sees the organisation and prints the QR posters.")); break;
    case Role::Clerk:
        m_roleHint->setText(tr("Works with the inbox: reviews, uses and deletes the received copies; prints posters."));
        break;
    case Role::Manager:
        m_roleHint->setText(tr("Everything: the organisation, branches, services, employees, trusted certificates "
                               "and the accession application."));
        break;
    }
}

void EmployeeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

Employee EmployeeDialog::employee() const
{
    Employee e = m_employee;
    e.rnokpp = m_rnokpp->text().trimmed();
    e.fullName = m_name->text().simplified();
    e.role = Role(m_role->currentData().toInt());
    return e;
}

void EmployeeDialog::accept()
{
    m_generalError->hide();
    const Status saved = m_save(employee());
    if (!saved) {
        const Error &e = saved.error();
        bool placed = false;
        for (FormField *f : {m_rnokpp, m_name})
            if (f->showErrors(e.fields)) {
                if (!placed)
                    f->input()->setFocus();
                placed = true;
            }
        if (!placed) {
            m_generalError->setText(e.message);
            m_generalError->show();
        }
        FormField::growToFit(this);
        return;
    }
    QDialog::accept();
}

} // namespace kopii::ui
