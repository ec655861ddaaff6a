// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceDialog.h"

#include "core/DocumentKinds.h"
#include "ui/FormField.h"
#include "core/Validator.h"
#include "inbox/InboxRules.h"
#include "ui/Widgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kopii::ui {

ServiceDialog::ServiceDialog(const Service &service, const QList<Branch> &branches, SaveFunction save, QWidget *parent)
    : QDialog(parent), m_service(service), m_save(std::move(save))
{
    setObjectName(QStringLiteral("ServiceDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_name = new FormField(form, QStringLiteral("name"), new QLineEdit, this);
    m_name->setText(service.name);
    connect(m_name, &FormField::edited, this, [this] {
        Service s = this->service();
        s.name = s.name.simplified();
        QList<FieldError> errors;
        for (const auto &e : Validator::validate(s))
            if (e.field == QLatin1String("name"))
                errors << e;
        m_name->showErrors(errors);
    });
    layout->addLayout(form);

    auto *grid = new QGridLayout;
    m_branchesLabel = makeLabel();
    m_documentsLabel = makeLabel();
    m_branchList = new QListWidget;
    m_branchList->setObjectName(QStringLiteral("branches"));
    m_documentList = new QListWidget;
    m_documentList->setObjectName(QStringLiteral("documentKinds"));
    m_documentList->setWordWrap(true);
    m_documentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_documentList->setResizeMode(QListView::Adjust);
    m_branchesLabel->setBuddy(m_branchList);
    m_documentsLabel->setBuddy(m_documentList);
    for (const auto &b : branches) {
        auto *item = new QListWidgetItem(b.name, m_branchList);
        item->setData(Qt::UserRole, b.id);
        item->setToolTip(plainToolTip(b.displayAddress()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(service.branchIds.contains(b.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (const auto &kind : DocumentKindCatalog::instance().kinds()) {
        auto *item = new QListWidgetItem(m_documentList);
        item->setData(Qt::UserRole, kind.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(service.documentKinds.contains(kind.code) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_branchList, &QListWidget::itemChanged, this, &ServiceDialog::updateHints);
    connect(m_documentList, &QListWidget::itemChanged, this, &ServiceDialog::updateHints);
    m_branchesHint = makeLabel();
    m_branchesHint->setObjectName(QStringLiteral("branchesHint"));
    m_branchesHint->setWordWrap(true);
    m_documentsError = makeErrorLabel(QStringLiteral("documentKindsError"));
    grid->addWidget(m_documentsLabel, 0, 0);
    grid->addWidget(m_branchesLabel, 0, 1);
    grid->addWidget(m_documentList, 1, 0);
    grid->addWidget(m_branchList, 1, 1);
    grid->addWidget(m_documentsError, 2, 0);
    grid->addWidget(m_branchesHint, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    auto *form2 = new QFormLayout;
    m_returnLink = new FormField(form2, QStringLiteral("returnLink"), new QLineEdit, this);
    m_returnLink->setText(service.returnLink);
    layout->addLayout(form2);

    // How long this service's copies are kept, when it differs from the workspace (a manager's).
    m_retentionBox = new QWidget;
    auto *retention = new QGridLayout(m_retentionBox);
    retention->setContentsMargins(0, 0, 0, 0);
    m_ownRetention = new QCheckBox;
    m_ownRetention->setObjectName(QStringLiteral("ownRetention"));
    m_keepAfterLabel = makeLabel();
    m_maxAgeLabel = makeLabel();
    m_keepAfter = new QSpinBox;
    m_keepAfter->setObjectName(QStringLiteral("keepAfter"));
    m_keepAfter->setRange(0, 3650);
    m_maxAge = new QSpinBox;
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    m_maxAge->setRange(1, 3650);
    m_keepAfterLabel->setBuddy(m_keepAfter);
    m_maxAgeLabel->setBuddy(m_maxAge);
    retention->addWidget(m_ownRetention, 0, 0, 1, 4);
    retention->addWidget(m_keepAfterLabel, 1, 0);
    retention->addWidget(m_keepAfter, 1, 1);
    retention->addWidget(m_maxAgeLabel, 1, 2);
    retention->addWidget(m_maxAge, 1, 3);
    retention->setColumnStretch(4, 1);
    connect(m_ownRetention, &QCheckBox::toggled, this, [this](bool own) {
        m_keepAfter->setEnabled(own);
        m_maxAge->setEnabled(own);
    });
    m_retentionBox->setVisible(false);
    layout->addWidget(m_retentionBox);

    m_generalError = makeErrorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);

    m_buttons = makeButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    resize(760, 560);
}

void ServiceDialog::retranslateUi()
{
    setWindowTitle(m_service.id ? tr("Edit service") : tr("New service"));
    m_intro->setText(tr("A service is what a visitor comes for, such as enrolment or an appointment. Choose the "
                        "documents the visitor shares through Diia and the branches where the service's QR "
                        "code hangs. Fields marked * are required."));
    const QString rec = QStringLiteral("service");
    m_name->setLabelText(Validator::fieldLabel(rec, QStringLiteral("name")), true);
    m_name->setPlaceholder(tr("e.g. Enrolment in the first grade"));
    m_returnLink->setLabelText(Validator::fieldLabel(rec, QStringLiteral("returnLink")), false);
    m_returnLink->setPlaceholder(tr("optional: https://… page the visitor may open after sending"));
    m_documentsLabel->setText(Validator::fieldLabel(rec, QStringLiteral("documentKinds")) + QStringLiteral(" *"));
    m_branchesLabel->setText(Validator::fieldLabel(rec, QStringLiteral("branches")));
    m_documentList->setAccessibleName(Validator::fieldLabel(rec, QStringLiteral("documentKinds")));
    m_branchList->setAccessibleName(Validator::fieldLabel(rec, QStringLiteral("branches")));
    const auto &catalog = DocumentKindCatalog::instance();
    for (int i = 0; i < m_documentList->count(); ++i) {
        auto *item = m_documentList->item(i);
        if (const auto *kind = catalog.find(item->data(Qt::UserRole).toString())) {
            item->setText(kind->name());
            item->setToolTip(plainToolTip(kind->description()));
        }
    }
    m_ownRetention->setText(tr("Keep this service's copies for their own time, not the workspace's"));
    m_keepAfterLabel->setText(tr("Days &after processing:"));
    m_maxAgeLabel->setText(tr("At &most, days after arrival:"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateHints();
}

void ServiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ServiceDialog::updateHints()
{
    const Service s = service();
    if (m_branchList->count() == 0)
        m_branchesHint->setText(tr("There are no branches yet. You can save the service now and choose its "
                                   "branches after adding them."));
    else if (s.branchIds.isEmpty())
        m_branchesHint->setText(tr("Not offered at any branch yet: no poster can be printed for it until you "
                                   "tick a branch."));
    else
        m_branchesHint->setText(tr("Offered at %n branch(es).", nullptr, int(s.branchIds.size())));
    if (!s.documentKinds.isEmpty())
        m_documentsError->hide();
}

void ServiceDialog::setRetention(const std::optional<RetentionPolicy> &own, const RetentionPolicy &workspace)
{
    const RetentionPolicy shown = own.value_or(workspace);
    m_keepAfter->setValue(shown.afterProcessedDays);
    m_maxAge->setValue(shown.maxAgeDays);
    m_ownRetention->setChecked(own.has_value());
    m_keepAfter->setEnabled(own.has_value());
    m_maxAge->setEnabled(own.has_value());
    m_retentionBox->setVisible(true);
}

std::optional<RetentionPolicy> ServiceDialog::retention() const
{
    if (!m_ownRetention->isChecked())
        return std::nullopt;
    return RetentionPolicy{m_keepAfter->value(), m_maxAge->value()};
}

Service ServiceDialog::service() const
{
    Service s = m_service;
    s.name = m_name->text();
    s.returnLink = m_returnLink->text();
    s.branchIds.clear();
    for (int i = 0; i < m_branchList->count(); ++i)
        if (m_branchList->item(i)->checkState() == Qt::Checked)
            s.branchIds << m_branchList->item(i)->data(Qt::UserRole).toLongLong();
    // Keep the order the service had; newly ticked documents follow in catalog order.
    QStringList checked;
    for (int i = 0; i < m_documentList->count(); ++i)
        if (m_documentList->item(i)->checkState() == Qt::Checked)
            checked << m_documentList->item(i)->data(Qt::UserRole).toString();
    QStringList ordered;
    for (const auto &code : m_service.documentKinds)
        if (checked.contains(code))
            ordered << code;
    for (const auto &code : checked)
        if (!ordered.contains(code))
            ordered << code;
    s.documentKinds = ordered;
    return s;
}

void ServiceDialog::showErrors(const QList<FieldError> &errors)
{
    const bool nameError = m_name->showErrors(errors);
    const bool linkError = m_returnLink->showErrors(errors);
    QStringList docs, other;
    for (const auto &e : errors) {
        if (e.field == QLatin1String("documentKinds"))
            docs << e.message;
        else if (e.field != QLatin1String("name") && e.field != QLatin1String("returnLink"))
            other << e.message;
    }
    m_documentsError->setText(docs.join(QLatin1Char('\n')));
    m_documentsError->setVisible(!docs.isEmpty());
    m_generalError->setText(other.join(QLatin1Char('\n')));
    m_generalError->setVisible(!other.isEmpty());
    if (nameError)
        m_name->input()->setFocus();
    else if (!docs.isEmpty())
        m_documentList->setFocus();
    else if (linkError)
        m_returnLink->input()->setFocus();
}

void ServiceDialog::accept()
{
    const Service s = Validator::normalized(service());
    const auto errors = Validator::validate(s);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (const auto own = retention())
        if (Status valid = InboxRules::checkRetention(*own); !valid) {
            showErrors({FieldError{QString(), QString(), valid.error().message}});
            return;
        }
    const Status saved = m_save(s);
    if (!saved) {
        const Error &e = saved.error();
        showErrors(e.fields.isEmpty() ? QList<FieldError>{FieldError{QString(), QString(), e.message}} : e.fields);
        return;
    }
    m_service = s;
    QDialog::accept();
}

} // namespace kopii::ui
