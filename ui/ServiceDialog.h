// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace kopii::ui {

class FormField;

// Adds or edits a service: its name, the branches that offer it, the documents it requests.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<Status(const Service &)>;

    ServiceDialog(const Service &service, const QList<Branch> &branches, SaveFunction save, QWidget *parent = nullptr);

    Service service() const;
    // The service's own retention (nullopt: the workspace's, shown as `workspace`); shown only when
    // set, for a manager.
    void setRetention(const std::optional<RetentionPolicy> &own, const RetentionPolicy &workspace);
    std::optional<RetentionPolicy> retention() const;
    QCheckBox *ownRetention() const { return m_ownRetention; }
    QListWidget *branchList() const { return m_branchList; }
    QListWidget *documentList() const { return m_documentList; }
    FormField *nameField() const { return m_name; }
    FormField *returnLinkField() const { return m_returnLink; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHints();
    void showErrors(const QList<FieldError> &errors);

    Service m_service;
    SaveFunction m_save;
    FormField *m_name = nullptr;
    FormField *m_returnLink = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_branchesLabel = nullptr;
    QLabel *m_branchesHint = nullptr;
    QLabel *m_documentsLabel = nullptr;
    QLabel *m_documentsError = nullptr;
    QLabel *m_generalError = nullptr;
    QListWidget *m_branchList = nullptr;
    QListWidget *m_documentList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QCheckBox *m_ownRetention = nullptr;
    QLabel *m_keepAfterLabel = nullptr;
    QLabel *m_maxAgeLabel = nullptr;
    QSpinBox *m_keepAfter = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QWidget *m_retentionBox = nullptr;
};

} // namespace kopii::ui
