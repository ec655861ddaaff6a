// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QTimer>

class QListWidget;
class QStackedWidget;
class QLabel;

#include "core/Domain.h"

class QSystemTrayIcon;

namespace kopii {
class ServerWatch;
class SubmissionNotices;
class PasswordVault;
class AccessGuard;
class TrustStore;
class Workspace;
} // namespace kopii

namespace kopii::ui {

class BranchesPage;
class EmployeesPage;
class InboxPage;
class MailboxesPage;
class Session;
class OrganizationPage;
class PostersPage;
class ServicesPage;
class SettingsPage;

// The main window: a list of areas on the left, the chosen area on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area { Organization, Branches, Services, Posters, Inbox, Mailboxes, Employees, Settings, AreaCount };

    MainWindow(Workspace &workspace, AccessGuard &guard, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows who is logged in and lets only a manager change the organisation, branches, services
    // and employees.
    void setSession(const QString &who, Role role);
    // The open key and the trust store, for what the person signs (the accession application).
    void attachSession(Session *session, TrustStore *trust);
    // Deletes the submissions the retention policy says are due; how many (-1 on failure).
    int applyRetention();

    void showArea(Area area);
    Area currentArea() const;

    OrganizationPage *organizationPage() const { return m_organization; }
    BranchesPage *branchesPage() const { return m_branches; }
    ServicesPage *servicesPage() const { return m_services; }
    SettingsPage *settingsPage() const { return m_settings; }
    EmployeesPage *employeesPage() const { return m_employees; }
    PostersPage *postersPage() const { return m_posters; }
    MailboxesPage *mailboxesPage() const { return m_mailboxes; }
    InboxPage *inboxPage() const { return m_inbox; }
    // Tells about new submissions: the status bar and, where there is one, the tray.
    void announceSubmissions(int count);
    QListWidget *navigation() const { return m_nav; }
    // A desk of an office server: whether the server still answers; when not, connects again and
    // reads everything anew (notices sent meanwhile are lost). Every 10 s by itself.
    void checkServer();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTitle();
    void showAbout();
    void showDiagnostics();

    Workspace &m_workspace;
    SubmissionNotices *m_notices = nullptr;
    ServerWatch *m_serverWatch = nullptr;
    bool m_serverLost = false;
    AccessGuard &m_guard;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    OrganizationPage *m_organization;
    BranchesPage *m_branches;
    ServicesPage *m_services;
    SettingsPage *m_settings;
    EmployeesPage *m_employees;
    PostersPage *m_posters;
    MailboxesPage *m_mailboxes;
    InboxPage *m_inbox;
    PasswordVault *m_vault;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_workspaceStatus;
    QLabel *m_sessionStatus = nullptr;
    QTimer m_retention;
    QMenu *m_fileMenu;
    QMenu *m_helpMenu;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_diagnosticsAction;
    TrustStore *m_trust = nullptr; // the session's (attachSession), for the diagnostics report
};

} // namespace kopii::ui
