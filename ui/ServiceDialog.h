// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;

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
};

} // namespace kopii::ui
