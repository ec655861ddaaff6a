#include "RecordModels.h"

#include "DocumentKinds.h"
#include "Registry.h"

#include <QLocale>

#include <QBrush>
#include <QPalette>

namespace kopii::ui {

void BranchTableModel::setBranches(const QList<Branch> &branches, const QHash<RecordId, int> &serviceCounts)
{
    beginResetModel();
    m_branches = branches;
    m_serviceCounts = serviceCounts;
    endResetModel();
}

int BranchTableModel::rowOf(RecordId id) const
{
    for (int i = 0; i < m_branches.size(); ++i)
        if (m_branches.at(i).id == id)
            return i;
    return -1;
}

int BranchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_branches.size());
}

int BranchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_branches.size())
        return {};
    const Branch &b = m_branches.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return b.name;
        case Email: return b.email;
        case Address: return b.displayAddress();
        case Services: {
            const int n = m_serviceCounts.value(b.id);
            if (role == Qt::ToolTipRole)
                return n ? tr("Offers %n service(s)", nullptr, n) : tr("No service is offered here yet");
            return n;
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Services)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BranchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail for copies");
    case Address: return tr("Address");
    case Services: return tr("Services");
    }
    return {};
}

void ServiceTableModel::setServices(const QList<Service> &services, const QList<Branch> &branches)
{
    beginResetModel();
    m_services = services;
    m_branchNames.clear();
    for (const auto &b : branches)
        m_branchNames.insert(b.id, b.name);
    endResetModel();
}

int ServiceTableModel::rowOf(RecordId id) const
{
    for (int i = 0; i < m_services.size(); ++i)
        if (m_services.at(i).id == id)
            return i;
    return -1;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceTableModel::branchNames(const Service &s) const
{
    QStringList names;
    for (RecordId id : s.branchIds)
        names << m_branchNames.value(id);
    return names.join(QStringLiteral(", "));
}

QString ServiceTableModel::documentNames(const Service &s) const
{
    QStringList names;
    for (const auto &code : s.documentKinds) {
        const auto *kind = DocumentKindCatalog::instance().find(code);
        names << (kind ? kind->name() : code);
    }
    return names.join(QStringLiteral("; "));
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service &s = m_services.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return s.name;
        case Documents: return documentNames(s);
        case Branches:
            return s.branchIds.isEmpty() ? tr("not offered at any branch yet") : branchNames(s);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Branches && s.branchIds.isEmpty())
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Service");
    case Documents: return tr("Requested documents");
    case Branches: return tr("Branches");
    }
    return {};
}

void EmployeeTableModel::setEmployees(const QList<Employee> &employees)
{
    beginResetModel();
    m_employees = employees;
    endResetModel();
}

int EmployeeTableModel::rowOf(const QString &rnokpp) const
{
    for (int i = 0; i < m_employees.size(); ++i)
        if (m_employees.at(i).rnokpp == rnokpp)
            return i;
    return -1;
}

int EmployeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_employees.size());
}

int EmployeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_employees.size())
        return {};
    const Employee &e = m_employees.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return e.fullName;
        case Rnokpp: return e.rnokpp;
        case RoleColumn: return Registry::roleName(e.role);
        case Added: return QLocale().toString(e.added.toLocalTime().date(), QLocale::ShortFormat);
        }
    }
    return {};
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Full name");
    case Rnokpp: return tr("RNOKPP");
    case RoleColumn: return tr("Role");
    case Added: return tr("Added");
    }
    return {};
}

void MailboxTableModel::setMailboxes(const QList<Mailbox> &mailboxes, const QList<Branch> &branches,
                                     const QHash<RecordId, QString> &status)
{
    beginResetModel();
    m_mailboxes = mailboxes;
    m_branchNames.clear();
    for (const Branch &b : branches)
        m_branchNames.insert(b.id, b.name);
    m_status = status;
    endResetModel();
}

void MailboxTableModel::setStatus(RecordId id, const QString &text)
{
    m_status.insert(id, text);
    for (int i = 0; i < m_mailboxes.size(); ++i)
        if (m_mailboxes.at(i).id == id)
            Q_EMIT dataChanged(index(i, Status), index(i, Status));
}

int MailboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mailboxes.size());
}

int MailboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mailboxes.size())
        return {};
    const Mailbox &m = m_mailboxes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return m.name;
        case BranchColumn: return m.branchId ? m_branchNames.value(m.branchId) : tr("shared (by recipient)");
        case Server: return QStringLiteral("%1 @ %2:%3").arg(m.user, m.host).arg(m.port);
        case Status: {
            const QString live = m_status.value(m.id);
            if (!live.isEmpty())
                return live;
            if (!m.lastError.isEmpty())
                return tr("error: %1").arg(m.lastError);
            return m.lastSync.isValid() ? tr("last checked %1").arg(QLocale().toString(m.lastSync.toLocalTime(), QLocale::ShortFormat))
                                        : tr("not checked yet");
        }
        }
    }
    return {};
}

QVariant MailboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case BranchColumn: return tr("Branch");
    case Server: return tr("Account");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace kopii::ui
