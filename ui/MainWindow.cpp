// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ServerWatch.h"
#include "inbox/SubmissionNotices.h"
#include "inbox/InboxRules.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "core/SettingsSql.h"
#include "ui/ExternalCopies.h"
#include "ui/Widgets.h"

#include "ui/AccessionPanel.h"
#include "ui/BranchesPage.h"
#include "ui/ComingPage.h"
#include "ui/DiagnosticsDialog.h"
#include "ui/EmployeesPage.h"
#include "ui/MessageBox.h"
#include "ui/InboxPage.h"
#include "ui/MailboxesPage.h"
#include "ui/OrganizationPage.h"
#include "mail/PasswordVault.h"
#include "ui/PostersPage.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "ui/ServicesPage.h"
#include "core/SqlSession.h"
#include "ui/Session.h"
#include "ui/SettingsPage.h"
#include "core/Workspace.h"

#include <QTimer>
#include <QAction>
#include <QCryptographicHash>
#include <QSystemTrayIcon>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace kopii::ui {

MainWindow::MainWindow(Workspace &workspace, AccessGuard &guard, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_guard(guard)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(180);
    m_nav->setMaximumWidth(260);
    m_stack = new QStackedWidget;

    m_organization = new OrganizationPage(guard);
    m_branches = new BranchesPage(guard);
    m_services = new ServicesPage(guard);
    m_settings = new SettingsPage(workspace.path(), guard);
    connect(&m_retention, &QTimer::timeout, this, [this] { applyRetention(); });
    m_employees = new EmployeesPage(guard);

    m_posters = new PostersPage(guard);
    auto *posters = m_posters;
    m_inbox = new InboxPage(guard, workspace.session());
    auto *inbox = m_inbox;
    m_vault = new PasswordVault(
        QString::fromLatin1(QCryptographicHash::hash(workspace.path().toUtf8(), QCryptographicHash::Sha256).toHex().left(16)),
        this);
    m_mailboxes = new MailboxesPage(guard, workspace.session(), *m_vault);
    m_mailboxes->setStoreOpener(workspace.session().writerOpener());
    auto *mailboxes = m_mailboxes;
    connect(m_mailboxes, &MailboxesPage::newSubmissions, this, &MainWindow::announceSubmissions);
    connect(m_mailboxes, &MailboxesPage::newSubmissions, m_inbox, &InboxPage::reload);
    // A desk of an office server: the watcher service stores the mail; the server tells the desk.
    if (workspace.isServer()) {
        m_notices = new SubmissionNotices(workspace.session(), this);
        connect(m_notices, &SubmissionNotices::arrived, this, [this](const QList<RecordId> &ids) {
            m_inbox->reload();
            announceSubmissions(int(ids.size()));
        });
        // Whether the server answers is asked off the window's thread; the window's own
        // connection is checked (and opened again) only when it does.
        m_serverWatch = new ServerWatch(workspace.session().readerOpener(), 10000, this);
        connect(m_serverWatch, &ServerWatch::answered, this, [this](bool answers, const QString &problem) {
            if (answers) {
                checkServer();
                return;
            }
            m_serverLost = true;
            statusBar()->showMessage(
                tr("The office server does not answer; Kopii tries again every 10 seconds. %1").arg(problem));
        });
    }

    const QList<QWidget *> pages = {m_organization, m_branches, m_services, posters, inbox, mailboxes, m_employees, m_settings};
    const QStyle::StandardPixmap icons[] = {
        QStyle::SP_DirHomeIcon,  QStyle::SP_DirIcon,         QStyle::SP_FileDialogDetailedView, QStyle::SP_FileIcon,
        QStyle::SP_DriveNetIcon, QStyle::SP_DialogYesButton, QStyle::SP_FileDialogContentsView, QStyle::SP_FileDialogInfoView};
    for (int i = 0; i < pages.size(); ++i) {
        m_stack->addWidget(pages.at(i));
        auto *item = new QListWidgetItem(style()->standardIcon(icons[i]), QString(), m_nav);
        item->setSizeHint(QSize(0, 36));
        // Ctrl+1 … Ctrl+8 switch areas.
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showArea(Area(i)); });
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // Records changed on one page: the others showing them read them again.
    connect(m_branches, &ListPage::changed, m_services, &ListPage::reload);
    connect(m_services, &ListPage::changed, m_branches, &ListPage::reload);
    connect(m_branches, &ListPage::changed, m_posters, &PostersPage::reload);
    connect(m_services, &ListPage::changed, m_posters, &PostersPage::reload);
    connect(m_organization, &OrganizationPage::changed, m_posters, &PostersPage::reload);
    connect(m_organization, &OrganizationPage::changed, this, &MainWindow::updateTitle);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_diagnosticsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showDiagnostics);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    m_workspaceStatus = makeRichLabel(); // the folder's name escaped
    statusBar()->addPermanentWidget(m_workspaceStatus);

    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("ui/mainWindow/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("ui/mainWindow/splitter")).toByteArray());
    m_branches->restoreState({170, 210, 320});
    m_services->restoreState({260, 400});
    m_employees->restoreState({300, 120, 160});
    m_mailboxes->restoreState({180, 200, 280});

    // A new workspace starts with the organisation; otherwise where the user left off.
    const auto org = OrganizationRules(guard).organization();
    const bool hasOrg = org && org->has_value();
    const int saved = settings.value(QStringLiteral("ui/mainWindow/area"), int(Branches)).toInt();
    showArea(hasOrg && saved >= 0 && saved < AreaCount ? Area(saved) : Organization);
}

MainWindow::~MainWindow() = default;

void MainWindow::showArea(Area area)
{
    m_nav->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_nav->currentRow());
}

void MainWindow::retranslateUi()
{
    const QStringList names = {tr("Organization"), tr("Branches"),  tr("Services"),  tr("Posters"),
                               tr("Inbox"),        tr("Mailboxes"), tr("Employees"), tr("Settings")};
    for (int i = 0; i < names.size(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        item->setText(names.at(i));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(names.at(i)).arg(i + 1));
    }
    m_nav->setAccessibleName(tr("Areas"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kopii"));
    m_diagnosticsAction->setText(tr("&Diagnostics…"));
    const QString workspace = (m_workspace.isServer() ? tr("Office server: %1").arg(m_workspace.path())
                                                      : tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace.path())))
                                  .toHtmlEscaped();
    // A demo says so in every area, also when the title bar is not seen.
    m_workspaceStatus->setText(
        WorkspaceSettings(m_guard).isDemo()
            ? QStringLiteral("<b style=\"color:%1\">%2</b> &nbsp; %3")
                  .arg(toneName(Tone::Bad), tr("DEMO: sample data, not real documents").toHtmlEscaped(), workspace)
            : workspace);
    updateTitle();
}

void MainWindow::checkServer()
{
    if (!m_workspace.isServer())
        return;
    SqlSession &session = m_workspace.session();
    if (Status alive = session.ping(); alive && !m_serverLost)
        return;
    if (!m_serverLost) {
        m_serverLost = true;
        statusBar()->showMessage(tr("The connection to the office server is lost; Kopii connects again by itself…"));
    }
    if (Status again = session.reconnect(); !again) {
        statusBar()->showMessage(
            tr("The office server does not answer; Kopii tries again every 10 seconds. %1").arg(again.error().message));
        return;
    }
    m_serverLost = false;
    if (m_notices)
        m_notices->listenAgain();
    m_inbox->reload();
    for (ListPage *page : std::initializer_list<ListPage *>{m_branches, m_services, m_employees})
        page->reload();
    m_posters->reload();
    statusBar()->showMessage(tr("Connected to the office server again."), 10000);
}

void MainWindow::updateTitle()
{
    const auto org = OrganizationRules(m_guard).organization();
    QString app = tr("Kopii");
    if (WorkspaceSettings(m_guard).isDemo())
        app = tr("%1 (DEMO: sample data, a demo key)").arg(app);
    if (org && org->has_value())
        setWindowTitle(QStringLiteral("%1 — %2").arg((*org)->name, app));
    else
        setWindowTitle(app);
}

void MainWindow::showDiagnostics()
{
    DiagnosticsDialog dialog(m_workspace, m_trust, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kopii"),
                       tr("<h3>Kopii %1</h3><p>Receives copies of citizens' documents sent through Diia.QR, with "
                          "their signatures checked.</p><p>Workspace: %2</p>")
                           .arg(QStringLiteral(KOPII_VERSION), m_workspace.path().toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("ui/mainWindow/splitter"), findChild<QSplitter *>(QStringLiteral("splitter"))->saveState());
    settings.setValue(QStringLiteral("ui/mainWindow/area"), int(currentArea()));
    m_branches->saveState();
    m_services->saveState();
    m_employees->saveState();
    m_mailboxes->saveState();
    event->accept();
}

void MainWindow::announceSubmissions(int count)
{
    const QString text = tr("%n new submission(s) arrived.", nullptr, count);
    statusBar()->showMessage(text, 15000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Kopii"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
                showArea(Inbox);
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Kopii"), text, QSystemTrayIcon::Information, 10000);
    }
}

void MainWindow::attachSession(Session *session, TrustStore *trust)
{
    m_trust = trust;
    m_organization->accessionPanel()->setSession(session, trust);
    m_inbox->setTrust(trust);
    // The retention policy: now, and every hour while somebody is logged in. On an office server
    // the watcher service keeps it, and watches the mailboxes, for every desk.
    if (session && !m_workspace.isServer()) {
        applyRetention();
        m_retention.start(60 * 60 * 1000);
    } else {
        m_retention.stop();
    }
    // Watch the mailboxes and the drop folder while somebody is logged in (not on a server's desk).
    if (session && !m_workspace.isServer()) {
        const auto configured = SettingsSql(m_workspace.session()).meta(QStringLiteral("dropFolder"));
        const QString drop =
            configured && !configured->isEmpty() ? *configured : QDir(m_workspace.path()).filePath(QStringLiteral("drop"));
        QDir().mkpath(drop);
        m_mailboxes->startWatching(drop);
    } else {
        m_mailboxes->stopWatching();
    }
    disconnect(m_settings, &SettingsPage::idleMinutesChanged, nullptr, nullptr);
    if (session)
        connect(m_settings, &SettingsPage::idleMinutesChanged, session,
                [session](int minutes) { session->setIdleTimeoutMs(minutes * 60 * 1000); });
}

int MainWindow::applyRetention()
{
    const auto purged = InboxRules(m_guard).purgeByPolicy();
    if (!purged) {
        statusBar()->showMessage(tr("Old copies could not be deleted: %1").arg(purged.error().message));
        return -1;
    }
    if (!purged->isEmpty()) {
        ExternalCopies::clear(); // a purged copy opened in another program goes too
        statusBar()->showMessage(tr("Retention: %n submission(s) kept longer than the workspace's policy allows were deleted.",
                                    nullptr, int(purged->size())),
                                 60 * 1000);
        m_inbox->reload();
    }
    return int(purged->size());
}

void MainWindow::setSession(const QString &who, Role role)
{
    const bool manager = role == Role::Manager;
    m_organization->setEditable(manager);
    m_branches->setEditable(manager);
    m_services->setEditable(manager);
    m_employees->setEditable(manager);
    m_posters->setEditable(manager);
    m_mailboxes->setEditable(manager);
    m_settings->setEditable(manager);
    m_inbox->setAllowed(role >= Role::Clerk);
    m_employees->reload();
    if (!m_sessionStatus) {
        m_sessionStatus = makeLabel();
        m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));
        statusBar()->addWidget(m_sessionStatus);
    }
    m_sessionStatus->setText(tr("Logged in: %1, %2").arg(who, AccessGuard::roleName(role)));
}

} // namespace kopii::ui
