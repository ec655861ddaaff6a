// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;

namespace kopii {
class AccessGuard;
}

namespace kopii::ui {

class AccessionPanel;
class FormField;

// The organisation that owns the workspace: name, legal form with its register code, head.
class OrganizationPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationPage(AccessGuard &guard, QWidget *parent = nullptr);

    void reload();
    bool save();

    FormField *nameField() const { return m_name; }
    FormField *codeField() const { return m_code; }
    FormField *headField() const { return m_head; }
    QRadioButton *legalEntityButton() const { return m_legal; }
    QRadioButton *soleProprietorButton() const { return m_sole; }
    QPushButton *saveButton() const { return m_save; }
    AccessionPanel *accessionPanel() const { return m_accession; }
    // Only a manager changes the organisation; others see it read-only.
    void setEditable(bool editable);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCodeField();

    AccessGuard &m_guard;
    bool m_exists = false;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_kindLabel;
    QRadioButton *m_legal;
    QRadioButton *m_sole;
    FormField *m_name;
    FormField *m_code;
    FormField *m_head;
    QLabel *m_status;
    QPushButton *m_save;
    AccessionPanel *m_accession;
};

} // namespace kopii::ui
