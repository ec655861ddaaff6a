// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OrganizationPage.h"
#include "core/OrganizationRules.h"

#include "ui/AccessionPanel.h"
#include "ui/FormField.h"
#include "ui/MessageBox.h"
#include "core/AccessGuard.h"
#include "core/Validator.h"

#include <QButtonGroup>
#include "ui/Widgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kopii::ui {

OrganizationPage::OrganizationPage(AccessGuard &guard, QWidget *parent) : QWidget(parent), m_guard(guard)
{
    setObjectName(QStringLiteral("OrganizationPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = makeTitleLabel();
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_name = new FormField(form, QStringLiteral("name"), new QLineEdit, this);
    auto *kindRow = new QWidget;
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_legal = new QRadioButton;
    m_legal->setObjectName(QStringLiteral("legalEntity"));
    m_sole = new QRadioButton;
    m_sole->setObjectName(QStringLiteral("soleProprietor"));
    m_legal->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_legal);
    group->addButton(m_sole);
    kindLayout->addWidget(m_legal);
    kindLayout->addWidget(m_sole);
    kindLayout->addStretch();
    m_kindLabel = makeLabel();
    form->addRow(m_kindLabel, kindRow);
    m_code = new FormField(form, QStringLiteral("code"), new QLineEdit, this);
    static_cast<QLineEdit *>(m_code->input())->setInputMethodHints(Qt::ImhDigitsOnly);
    m_head = new FormField(form, QStringLiteral("headFullName"), new QLineEdit, this);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_status = makeLabel();
    m_status->setObjectName(QStringLiteral("status"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_accession = new AccessionPanel(guard);
    layout->addSpacing(12);
    layout->addWidget(m_accession);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &OrganizationPage::save);
    connect(m_legal, &QRadioButton::toggled, this, &OrganizationPage::updateCodeField);
    for (FormField *f : {m_name, m_code, m_head}) {
        connect(f, &FormField::edited, this, [this] { m_status->clear(); });
        connect(static_cast<QLineEdit *>(f->input()), &QLineEdit::returnPressed, this, &OrganizationPage::save);
    }

    retranslateUi();
    reload();
}

void OrganizationPage::retranslateUi()
{
    const QString rec = QStringLiteral("organization");
    m_title->setText(tr("Organization"));
    m_intro->setText(tr("The organisation that receives the copies, as registered: visitors see its name in Diia. "
                        "Per the Diia.QR rules, only its head (or the sole proprietor) sets the service up."));
    m_name->setLabelText(Validator::fieldLabel(rec, QStringLiteral("name")), true);
    m_name->setPlaceholder(tr("e.g. Bucha Lyceum No. 1"));
    m_kindLabel->setText(Validator::fieldLabel(rec, QStringLiteral("kind")));
    m_legal->setText(tr("&Legal entity"));
    m_sole->setText(tr("Sole &proprietor (FOP)"));
    m_head->setLabelText(Validator::fieldLabel(rec, QStringLiteral("headFullName")), true);
    m_head->setPlaceholder(tr("surname, name, patronymic"));
    m_save->setText(tr("&Save"));
    updateCodeField();
}

void OrganizationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrganizationPage::updateCodeField()
{
    const bool legal = m_legal->isChecked();
    m_code->setLabelText(
        Validator::fieldLabel(QStringLiteral("organization"), legal ? QStringLiteral("edrpou") : QStringLiteral("rnokpp")), true);
    m_code->setPlaceholder(legal ? tr("8 digits") : tr("10 digits"));
    m_code->clearError();
}

void OrganizationPage::reload()
{
    const auto org = OrganizationRules(m_guard).organization();
    if (!org) {
        MessageBox::warning(this, tr("Organization"), org.error());
        return;
    }
    m_exists = org->has_value();
    if (m_exists) {
        const Organization &o = **org;
        m_name->setText(o.name);
        m_code->setText(o.code);
        m_head->setText(o.headFullName);
        (o.kind == OrganizationKind::LegalEntity ? m_legal : m_sole)->setChecked(true);
        m_status->clear();
    } else {
        m_status->setText(tr("Not saved yet: fill in the organisation first."));
    }
    updateCodeField();
    m_accession->reload();
}

bool OrganizationPage::save()
{
    Organization org;
    org.name = m_name->text();
    org.kind = m_legal->isChecked() ? OrganizationKind::LegalEntity : OrganizationKind::SoleProprietor;
    org.code = m_code->text();
    org.headFullName = m_head->text();
    const Status s = OrganizationRules(m_guard).setOrganization(org);
    // The code field stands for "edrpou" or "rnokpp" depending on the legal form.
    QList<FieldError> errors = s ? QList<FieldError>{} : s.error().fields;
    for (auto &e : errors)
        if (e.field == QLatin1String("edrpou") || e.field == QLatin1String("rnokpp"))
            e.field = QStringLiteral("code");
    bool focused = false;
    for (FormField *f : {m_name, m_code, m_head})
        if (f->showErrors(errors) && !focused) {
            f->input()->setFocus();
            focused = true;
        }
    if (!s) {
        if (errors.isEmpty())
            MessageBox::warning(this, tr("Organization"), s.error());
        m_status->setText(tr("Not saved: correct the marked fields."));
        return false;
    }
    m_status->setText(tr("Saved."));
    m_exists = true;
    m_accession->reload();
    Q_EMIT changed();
    return true;
}

void OrganizationPage::setEditable(bool editable)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QRadioButton *>(w))
            w->setEnabled(editable);
    }
    m_save->setVisible(editable);
    m_accession->setEditable(editable);
}

} // namespace kopii::ui
