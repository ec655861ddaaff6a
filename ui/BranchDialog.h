// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace kopii::ui {

class FormField;

// Adds or edits a branch. Each field is checked as it is typed; "Save" hands the branch to
// `save`, and the dialog closes only when that succeeded, otherwise the errors stay inline.
class BranchDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Branch &)>;

    BranchDialog(const Branch &branch, SaveFunction save, QWidget *parent = nullptr);

    Branch branch() const;
    FormField *field(const QString &id) const { return m_fields.value(id); }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validateField(FormField *field);
    void showErrors(const QList<FieldError> &errors);

    Branch m_branch;
    SaveFunction m_save;
    QMap<QString, FormField *> m_fields;
    QList<FormField *> m_order;
    QLabel *m_intro = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kopii::ui
