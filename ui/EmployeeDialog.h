// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace kopii::ui {

class FormField;

// Adds an employee (by РНОКПП, as in their KEP certificate) or changes an employee's role. The
// dialog closes only when `save` succeeded; otherwise the reason stays under the field.
class EmployeeDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Employee &)>;

    // An employee with an empty РНОКПП is a new one.
    EmployeeDialog(const Employee &employee, SaveFunction save, QWidget *parent = nullptr);

    Employee employee() const;
    FormField *rnokppField() const { return m_rnokpp; }
    FormField *nameField() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLabel *generalError() const { return m_generalError; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRoleHint();

    Employee m_employee;
    bool m_new;
    SaveFunction m_save;
    QLabel *m_intro;
    FormField *m_rnokpp;
    FormField *m_name;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_roleHint;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
};

} // namespace kopii::ui
