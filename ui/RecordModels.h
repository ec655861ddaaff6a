// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/AccessGuard.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kopii::ui {

// Branches as a table: name, e-mail, address, number of services.
class BranchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Address, Services, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setBranches(const QList<Branch> &branches, const QHash<RecordId, int> &serviceCounts);
    const Branch &branchAt(int row) const { return m_branches.at(row); }
    int rowOf(RecordId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Tooltips come from cellData() as plain text, escaped into HTML of their own (see plainToolTip).
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Branch> m_branches;
    QHash<RecordId, int> m_serviceCounts;
};

// Services as a table: name, requested documents, branches.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Documents, Branches, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setServices(const QList<Service> &services, const QList<Branch> &branches);
    const Service &serviceAt(int row) const { return m_services.at(row); }
    int rowOf(RecordId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Tooltips come from cellData() as plain text, escaped into HTML of their own (see plainToolTip).
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString branchNames(const Service &s) const;
    QString documentNames(const Service &s) const;

    QList<Service> m_services;
    QHash<RecordId, QString> m_branchNames;
};

// Employees as a table: name, РНОКПП, role, since when.
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Rnokpp, RoleColumn, Added, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEmployees(const QList<Employee> &employees);
    const Employee &employeeAt(int row) const { return m_employees.at(row); }
    int rowOf(const QString &rnokpp) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Tooltips come from cellData() as plain text, escaped into HTML of their own (see plainToolTip).
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Employee> m_employees;
};

// Mailboxes as a table: name, branch, server and account, live status.
class MailboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, BranchColumn, Server, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMailboxes(const QList<Mailbox> &mailboxes, const QList<Branch> &branches, const QHash<RecordId, QString> &status);
    void setStatus(RecordId id, const QString &text);
    const Mailbox &mailboxAt(int row) const { return m_mailboxes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Tooltips come from cellData() as plain text, escaped into HTML of their own (see plainToolTip).
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Mailbox> m_mailboxes;
    QHash<RecordId, QString> m_branchNames;
    QHash<RecordId, QString> m_status;
};

// Submissions as a table: received, branch, sender, signer, documents, the worst verdict, state.
// The inbox's submissions, straight from the store: the store filters and sorts (SubmissionQuery),
// and the model reads pages of rows as the view shows them, so 100,000 submissions open at once.
class SubmissionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, VerdictColumn, Sender, Signer, Documents, State, BranchColumn, ServiceColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    SubmissionTableModel(AccessGuard &guard, QObject *parent = nullptr);

    // Shows the submissions matching `query` (its sort is replaced by the view's, see sort()).
    void setQuery(const SubmissionQuery &query);
    const SubmissionQuery &query() const { return m_query; }
    // Reads the count and the rows again (after new submissions, verdicts or changes).
    void refresh();
    void setNames(const QList<Branch> &branches, const QList<Service> &services);
    // The row's submission (its documents without bytes); an empty one when it cannot be read.
    Submission submissionAt(int row) const;
    // The row of `id`, or -1 when it is not listed.
    int rowOf(RecordId id) const;
    QString lastError() const { return m_error; }

    static QString verdictText(const QString &verdictId); // translated, with a symbol
    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Tooltips come from cellData() as plain text, escaped into HTML of their own (see plainToolTip).
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant cellData(const QModelIndex &index, int role) const;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void readFailed(const QString &message);

private:
    const QList<Submission> *page(int number) const;

    AccessGuard &m_guard;
    SubmissionQuery m_query;
    int m_count = 0;
    QList<RecordId> m_ids; // of every row, in order
    mutable QHash<int, QList<Submission>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QString m_error;
    QHash<RecordId, QString> m_branchNames;
    QHash<RecordId, QString> m_serviceNames;
};

} // namespace kopii::ui
