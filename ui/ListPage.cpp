// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ListPage.h"

#include "ui/Widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kopii::ui {

ListPage::ListPage(AccessGuard &guard, QAbstractItemModel *model, const QString &name, QWidget *parent)
    : QWidget(parent), m_guard(guard), m_model(model)
{
    setObjectName(name);
    model->setParent(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    m_title = makeTitleLabel();
    m_description = makeLabel();
    m_description->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_description);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_add = new QPushButton;
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton;
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("remove"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    layout->addLayout(bar);
    m_bar = bar;

    m_empty = makeLabel();
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    layout->addWidget(m_empty, 1); // takes the room of the hidden list: the header stays at the top

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &ListPage::updateState);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_editable)
            addRecord();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const int row = currentSourceRow(); row >= 0 && m_editable)
            editRecord(row);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = currentSourceRow(); row >= 0 && m_editable)
            removeRecord(row);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &) {
        if (const int row = currentSourceRow(); row >= 0 && m_editable)
            editRecord(row);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateState);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence::New, [this] { m_add->click(); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { m_add->click(); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { m_edit->click(); });
    auto *del = new QShortcut(QKeySequence::Delete, m_view, [this] { m_remove->click(); });
    del->setContext(Qt::WidgetShortcut);
}

void ListPage::setTexts(const QString &title, const QString &description, const QString &emptyText, const QString &addText,
                        const QString &searchPlaceholder)
{
    m_title->setText(title);
    m_description->setText(description);
    m_empty->setText(emptyText);
    m_add->setText(addText);
    m_add->setToolTip(tr("Insert or Ctrl+N"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Enter or F2"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Delete"));
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setAccessibleName(searchPlaceholder);
    m_view->setAccessibleName(title);
}

int ListPage::currentSourceRow() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        return -1;
    return m_proxy->mapToSource(index).row();
}

void ListPage::selectSourceRow(int row)
{
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ListPage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
    for (QPushButton *b : std::as_const(m_managerButtons))
        b->setVisible(editable);
    updateState();
}

void ListPage::addManagerButton(QPushButton *button)
{
    m_bar->addWidget(button);
    m_managerButtons << button;
    button->setVisible(m_editable);
}

void ListPage::updateState()
{
    const bool hasRecords = m_model->rowCount() > 0;
    m_empty->setVisible(!hasRecords);
    m_view->setVisible(hasRecords);
    m_search->setEnabled(hasRecords);
    const bool selected = currentSourceRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListPage::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/%1/header").arg(objectName()), m_view->horizontalHeader()->saveState());
}

void ListPage::restoreState(const QList<int> &defaultWidths)
{
    QSettings settings;
    if (m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("ui/%1/header").arg(objectName())).toByteArray()))
        return;
    for (int i = 0; i < defaultWidths.size(); ++i)
        m_view->setColumnWidth(i, defaultWidths.at(i));
}

} // namespace kopii::ui
