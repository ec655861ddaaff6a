// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BranchDialog.h"

#include "ui/FormField.h"
#include "core/Validator.h"
#include "ui/Widgets.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kopii::ui {

BranchDialog::BranchDialog(const Branch &branch, SaveFunction save, QWidget *parent)
    : QDialog(parent), m_branch(branch), m_save(std::move(save))
{
    setObjectName(QStringLiteral("BranchDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &id : Validator::branchFields()) {
        QWidget *input = nullptr;
        if (id == QLatin1String("note")) {
            auto *plain = new QPlainTextEdit;
            plain->setTabChangesFocus(true);
            plain->setFixedHeight(plain->fontMetrics().lineSpacing() * 4);
            input = plain;
        } else {
            input = new QLineEdit;
        }
        input->setMinimumWidth(400);
        auto *field = new FormField(form, id, input, this);
        Branch copy = m_branch;
        field->setText(*branchField(copy, id));
        connect(field, &FormField::edited, this, [this, field] { validateField(field); });
        m_fields.insert(id, field);
        m_order << field;
    }
    layout->addLayout(form);

    m_generalError = makeErrorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);

    m_buttons = makeButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BranchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BranchDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
}

void BranchDialog::retranslateUi()
{
    setWindowTitle(m_branch.id ? tr("Edit branch") : tr("New branch"));
    m_intro->setText(tr("A branch is an office that receives the copies. Visitors see its name and address in "
                        "Diia before they send their documents, and the copies arrive at its e-mail address. "
                        "Fields marked * are required."));
    const QString rec = QStringLiteral("branch");
    for (FormField *f : std::as_const(m_order)) {
        const auto limits = Validator::branchLimits(f->id());
        f->setLabelText(Validator::fieldLabel(rec, f->id()), limits.required);
    }
    m_fields.value(QStringLiteral("name"))->setPlaceholder(tr("e.g. Central office (up to 32 characters)"));
    m_fields.value(QStringLiteral("email"))->setPlaceholder(tr("the address that receives the copies"));
    m_fields.value(QStringLiteral("region"))->setPlaceholder(tr("e.g. Kyiv region"));
    m_fields.value(QStringLiteral("district"))->setPlaceholder(tr("e.g. Bucha district"));
    m_fields.value(QStringLiteral("location"))->setPlaceholder(tr("city, town or village"));
    m_fields.value(QStringLiteral("street"))->setPlaceholder(tr("e.g. Vokzalna St."));
    m_fields.value(QStringLiteral("house"))->setPlaceholder(tr("e.g. 1 or 12-A"));
    m_fields.value(QStringLiteral("customFullName"))->setPlaceholder(tr("optional: the name as Diia should show it"));
    m_fields.value(QStringLiteral("customFullAddress"))->setPlaceholder(tr("optional: the address as Diia should show it"));
    m_fields.value(QStringLiteral("note"))->setPlaceholder(tr("optional, for your colleagues only"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void BranchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

Branch BranchDialog::branch() const
{
    Branch b = m_branch;
    for (FormField *f : m_order)
        *branchField(b, f->id()) = f->text();
    return b;
}

void BranchDialog::validateField(FormField *field)
{
    const QString value = field->id() == QLatin1String("note") ? field->text().trimmed() : field->text().simplified();
    field->showErrors(Validator::validateBranchField(field->id(), value));
}

void BranchDialog::showErrors(const QList<FieldError> &errors)
{
    FormField *first = nullptr;
    QStringList unplaced;
    for (FormField *f : std::as_const(m_order))
        if (f->showErrors(errors) && !first)
            first = f;
    if (first)
        first->input()->setFocus();
    for (const auto &e : errors)
        if (!m_fields.contains(e.field))
            unplaced << e.message;
    m_generalError->setText(unplaced.join(QLatin1Char('\n')));
    m_generalError->setVisible(!unplaced.isEmpty());
}

void BranchDialog::accept()
{
    const Branch b = Validator::normalized(branch());
    const auto errors = Validator::validate(b);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    const Status saved = m_save(b);
    if (!saved) {
        const Error &e = saved.error();
        showErrors(e.fields.isEmpty() ? QList<FieldError>{FieldError{QString(), QString(), e.message}} : e.fields);
        return;
    }
    m_branch = b;
    QDialog::accept();
}

} // namespace kopii::ui
