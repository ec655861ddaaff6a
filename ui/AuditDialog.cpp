// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditDialog.h"
#include "ui/Widgets.h"

#include "ui/MessageBox.h"
#include "core/AccessGuard.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
constexpr int kShown = 10000; // the newest entries; the CSV export has the same
}

AuditDialog::AuditDialog(AccessGuard &guard, QWidget *parent) : QDialog(parent), m_guard(guard)
{
    setWindowTitle(tr("Audit log"));
    auto *intro = makeLabel(tr("Who changed what in the workspace, and who viewed, saved, opened or deleted which "
                               "received document. Each entry is sealed to the one before it, so an altered log is noticed."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Record")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Audit log entries"));
    m_integrity = makeLabel();
    m_integrity->setWordWrap(true);
    m_check = new QPushButton(tr("&Check integrity"));
    m_export = new QPushButton(tr("&Export CSV…"));
    auto *buttons = makeButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &AuditDialog::checkIntegrity);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("audit.csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty() && exportCsv(path))
            MessageBox::information(this, tr("Export the audit log"),
                                    tr("The audit log is saved in %1.").arg(QDir::toNativeSeparators(path)));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_integrity);
    layout->addWidget(buttons);
    resize(900, 600);
    reload();
    checkIntegrity();
}

QString AuditDialog::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("document.view"), QT_TR_NOOP("viewed a document")},
        {QStringLiteral("document.save"), QT_TR_NOOP("saved a document to a folder")},
        {QStringLiteral("document.open"), QT_TR_NOOP("opened a document in another program")},
        {QStringLiteral("document.print"), QT_TR_NOOP("printed a document")},
        {QStringLiteral("submission.receive"), QT_TR_NOOP("received a submission")},
        {QStringLiteral("submission.fail"), QT_TR_NOOP("received an unreadable message")},
        {QStringLiteral("submission.state"), QT_TR_NOOP("changed the state of a submission")},
        {QStringLiteral("submission.delete"), QT_TR_NOOP("deleted a submission")},
        {QStringLiteral("submission.purge"), QT_TR_NOOP("deleted a submission (retention)")},
        {QStringLiteral("session.login"), QT_TR_NOOP("logged in")},
        {QStringLiteral("branch.add"), QT_TR_NOOP("added a branch")},
        {QStringLiteral("branch.edit"), QT_TR_NOOP("changed a branch")},
        {QStringLiteral("branch.remove"), QT_TR_NOOP("removed a branch")},
        {QStringLiteral("service.add"), QT_TR_NOOP("added a service")},
        {QStringLiteral("service.edit"), QT_TR_NOOP("changed a service")},
        {QStringLiteral("service.remove"), QT_TR_NOOP("removed a service")},
        {QStringLiteral("employee.add"), QT_TR_NOOP("added an employee")},
        {QStringLiteral("employee.edit"), QT_TR_NOOP("changed an employee's role")},
        {QStringLiteral("employee.remove"), QT_TR_NOOP("removed an employee")},
        {QStringLiteral("mailbox.add"), QT_TR_NOOP("added a mailbox")},
        {QStringLiteral("mailbox.edit"), QT_TR_NOOP("changed a mailbox")},
        {QStringLiteral("mailbox.remove"), QT_TR_NOOP("removed a mailbox")},
        {QStringLiteral("organization.set"), QT_TR_NOOP("changed the organisation")},
    };
    const auto it = texts.constFind(action);
    return it == texts.constEnd() ? action : tr(*it);
}

QString AuditDialog::objectText(const QString &type, RecordId id)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("document"), QT_TR_NOOP("document %1")},      {QStringLiteral("submission"), QT_TR_NOOP("submission %1")},
        {QStringLiteral("branch"), QT_TR_NOOP("branch %1")},          {QStringLiteral("service"), QT_TR_NOOP("service %1")},
        {QStringLiteral("mailbox"), QT_TR_NOOP("mailbox %1")},        {QStringLiteral("employee"), QT_TR_NOOP("employee")},
        {QStringLiteral("organization"), QT_TR_NOOP("organisation")}, {QStringLiteral("trust"), QT_TR_NOOP("trust store")},
    };
    const auto it = texts.constFind(type);
    if (it == texts.constEnd())
        return id ? QStringLiteral("%1 %2").arg(type).arg(id) : type;
    const QString text = tr(*it);
    return text.contains(QLatin1String("%1")) ? text.arg(id) : text;
}

void AuditDialog::reload()
{
    const auto log = m_guard.auditLog(kShown);
    if (!log) {
        m_integrity->setText(log.error().message);
        return;
    }
    m_table->setRowCount(int(log->size()));
    for (int row = 0; row < log->size(); ++row) {
        const AuditEntry &e = log->at(row);
        const QStringList cells = {QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat), e.actor, actionText(e.action),
                                   objectText(e.objectType, e.objectId)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

void AuditDialog::checkIntegrity()
{
    const auto check = m_guard.verifyAudit();
    if (!check) {
        m_integrity->setText(check.error().message);
        return;
    }
    if (check->brokenAt == 0) {
        m_integrity->setStyleSheet(QStringLiteral("color:%1").arg(toneName(Tone::Good)));
        m_integrity->setText(tr("✓ The log is intact: %n entries, each sealed to the one before.", nullptr, int(check->entries)));
        return;
    }
    m_integrity->setStyleSheet(QStringLiteral("color:%1; font-weight:bold").arg(toneName(Tone::Bad)));
    m_integrity->setText(tr("✗ The log was altered at entry %1. Keep the workspace as it is and compare it with a backup copy.")
                             .arg(check->brokenAt));
}

bool AuditDialog::exportCsv(const QString &path)
{
    const auto log = m_guard.auditLog(kShown);
    if (!log) {
        MessageBox::warning(this, tr("Export the audit log"), log.error());
        return false;
    }
    const QByteArray csv = auditCsv(QList<AuditEntry>(log->crbegin(), log->crend())).toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        MessageBox::warning(this, tr("Export the audit log"),
                            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    return true;
}

} // namespace kopii::ui
