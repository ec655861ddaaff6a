// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kopii {
class AccessGuard;
}

namespace kopii::ui {

// A page with a searchable table of records and Add / Edit / Remove, all reachable from the
// keyboard: Ctrl+F search, Insert or Ctrl+N add, Enter or F2 edit, Delete remove.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage(AccessGuard &guard, QAbstractItemModel *model, const QString &name, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    // Whether the person logged in may add, edit and remove records here.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // Reads the records again from the workspace.
    virtual void reload() = 0;

    void saveState() const;
    // Restores the saved column layout, or applies `defaultWidths` the first time.
    void restoreState(const QList<int> &defaultWidths);

Q_SIGNALS:
    // Records changed: other pages showing them reload.
    void changed();

protected:
    virtual void addRecord() = 0;
    virtual void editRecord(int sourceRow) = 0;
    virtual void removeRecord(int sourceRow) = 0;
    virtual void retranslateUi() = 0;

    void setTexts(const QString &title, const QString &description, const QString &emptyText, const QString &addText,
                  const QString &searchPlaceholder);
    int currentSourceRow() const;
    void selectSourceRow(int row);
    void updateState();
    void changeEvent(QEvent *event) override;
    // A page's own button at the end of the button bar; shown only to those who may edit.
    void addManagerButton(QPushButton *button);

    AccessGuard &m_guard;

private:
    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_empty;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QList<QPushButton *> m_managerButtons;
    QHBoxLayout *m_bar;
    bool m_editable = true;
};

} // namespace kopii::ui
