// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordModels.h"
#include "inbox/InboxRules.h"

#include "core/DocumentKinds.h"
#include "core/AccessGuard.h"
#include "ui/Widgets.h"

#include <QLocale>

#include <QBrush>
#include <QFont>
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
    return role == Qt::ToolTipRole ? plainToolTip(cellData(index, role)) : cellData(index, role);
}

QVariant BranchTableModel::cellData(const QModelIndex &index, int role) const
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
    return role == Qt::ToolTipRole ? plainToolTip(cellData(index, role)) : cellData(index, role);
}

QVariant ServiceTableModel::cellData(const QModelIndex &index, int role) const
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
        case Branches: return s.branchIds.isEmpty() ? tr("not offered at any branch yet") : branchNames(s);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Branches && s.branchIds.isEmpty())
        return QBrush(toneColor(Tone::Bad));
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
    return role == Qt::ToolTipRole ? plainToolTip(cellData(index, role)) : cellData(index, role);
}

QVariant EmployeeTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_employees.size())
        return {};
    const Employee &e = m_employees.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return e.fullName;
        case Rnokpp: return e.rnokpp;
        case RoleColumn: return AccessGuard::roleName(e.role);
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
    return role == Qt::ToolTipRole ? plainToolTip(cellData(index, role)) : cellData(index, role);
}

QVariant MailboxTableModel::cellData(const QModelIndex &index, int role) const
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
            return m.lastSync.isValid()
                ? tr("last checked %1").arg(QLocale().toString(m.lastSync.toLocalTime(), QLocale::ShortFormat))
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

SubmissionTableModel::SubmissionTableModel(AccessGuard &guard, QObject *parent) : QAbstractTableModel(parent), m_guard(guard) {}

void SubmissionTableModel::setQuery(const SubmissionQuery &query)
{
    SubmissionQuery next = query;
    next.sort = m_query.sort;
    next.descending = m_query.descending;
    m_query = next;
    refresh();
}

void SubmissionTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    // The ids of every matching row, in order, in one query; the rows themselves page by page.
    const auto ids = InboxRules(m_guard).submissionIds(m_query);
    m_ids = ids ? *ids : QList<RecordId>();
    m_count = int(m_ids.size());
    m_error = ids ? QString() : ids.error().message;
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT readFailed(m_error);
}

void SubmissionTableModel::setNames(const QList<Branch> &branches, const QList<Service> &services)
{
    m_branchNames.clear();
    for (const Branch &b : branches)
        m_branchNames.insert(b.id, b.name);
    m_serviceNames.clear();
    for (const Service &s : services)
        m_serviceNames.insert(s.id, s.name);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, BranchColumn), index(m_count - 1, ServiceColumn));
}

const QList<Submission> *SubmissionTableModel::page(int number) const
{
    if (const auto it = m_pages.constFind(number); it != m_pages.cend()) {
        m_recent.removeOne(number);
        m_recent << number;
        return &*it;
    }
    const auto rows = InboxRules(m_guard).submissionsByIds(m_ids.mid(number * kPageSize, kPageSize));
    if (!rows) {
        m_error = rows.error().message;
        return nullptr;
    }
    // A few pages are enough for what a window shows; the rest is read again when scrolled to.
    while (m_recent.size() >= 16)
        m_pages.remove(m_recent.takeFirst());
    m_recent << number;
    return &*m_pages.insert(number, *rows);
}

Submission SubmissionTableModel::submissionAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const QList<Submission> *rows = page(row / kPageSize);
    const int at = row % kPageSize;
    return rows && at < rows->size() ? rows->at(at) : Submission{};
}

int SubmissionTableModel::rowOf(RecordId id) const
{
    return id ? int(m_ids.indexOf(id)) : -1;
}

void SubmissionTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = SubmissionQuery::Sort;
    static const QHash<int, Sort> keys = {{Received, Sort::Received},   {VerdictColumn, Sort::Verdict}, {Sender, Sort::Sender},
                                          {Signer, Sort::Signer},       {Documents, Sort::Documents},   {State, Sort::State},
                                          {BranchColumn, Sort::Branch}, {ServiceColumn, Sort::Service}};
    m_query.sort = keys.value(column, Sort::Received);
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

QString SubmissionTableModel::verdictText(const QString &v)
{
    if (v == QLatin1String("valid"))
        return tr("✓ Valid");
    if (v == QLatin1String("valid-with-warnings"))
        return tr("⚠ Valid, with warnings");
    if (v == QLatin1String("not-qualified"))
        return tr("⚠ Not qualified");
    if (v == QLatin1String("invalid"))
        return tr("✗ NOT valid");
    if (v == QLatin1String("indeterminate"))
        return tr("? Cannot be checked");
    return tr("… not checked yet");
}

QString SubmissionTableModel::stateText(const QString &state)
{
    if (state == QLatin1String("in-work"))
        return tr("in work");
    if (state == QLatin1String("processed"))
        return tr("processed");
    return tr("new");
}

int SubmissionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int SubmissionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionTableModel::data(const QModelIndex &index, int role) const
{
    return role == Qt::ToolTipRole ? plainToolTip(cellData(index, role)) : cellData(index, role);
}

QVariant SubmissionTableModel::cellData(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != Qt::FontRole)
        return {};
    const QList<Submission> *rows = page(index.row() / kPageSize);
    const int at = index.row() % kPageSize;
    if (!rows || at >= rows->size())
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("(cannot be read)")) : QVariant();
    const Submission &s = rows->at(at);
    const QString verdict = kopii::worstVerdict(s);
    if (role == Qt::ForegroundRole) {
        if (index.column() != VerdictColumn)
            return {};
        if (verdict == QLatin1String("valid"))
            return QBrush(toneColor(Tone::Good));
        if (verdict == QLatin1String("invalid"))
            return QBrush(toneColor(Tone::Bad));
        if (!verdict.isEmpty())
            return QBrush(toneColor(Tone::Caution));
        return {};
    }
    if (role == Qt::FontRole) {
        if (s.state != QLatin1String("new"))
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    QString signer;
    QStringList files;
    for (const DocumentCopy &d : s.documents) {
        if (d.verification && signer.isEmpty())
            signer = d.verification->signerName;
        files << (d.pdfName.isEmpty() ? d.p7sName : d.pdfName);
    }
    switch (index.column()) {
    case Received: return QLocale().toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case BranchColumn: return m_branchNames.value(s.branchId);
    case ServiceColumn: return m_serviceNames.value(s.serviceId);
    case Sender: return s.senderName.isEmpty() ? s.sender : QStringLiteral("%1 <%2>").arg(s.senderName, s.sender);
    case Signer: return signer;
    case Documents: return role == Qt::ToolTipRole ? files.join(QLatin1Char('\n')) : QString::number(s.documents.size());
    case VerdictColumn: return s.status == Submission::Status::Failed ? tr("✗ Not readable") : verdictText(verdict);
    case State: return stateText(s.state);
    }
    return {};
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case BranchColumn: return tr("Branch");
    case ServiceColumn: return tr("Service");
    case Sender: return tr("Sender");
    case Signer: return tr("Signed by");
    case Documents: return tr("Documents");
    case VerdictColumn: return tr("Signatures");
    case State: return tr("State");
    }
    return {};
}

} // namespace kopii::ui
