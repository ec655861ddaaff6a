// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GuiApplication.h"
#include "core/Diagnostics.h"
#include "ui/ExternalCopies.h"

#include "demo/DemoWorkspace.h"
#include "ui/WelcomeDialog.h"
#include "ui/ServerDialog.h"
#include "core/PostgresDialect.h"
#include "mail/PasswordVault.h"

#include "core/Language.h"
#include "ui/LoginDialog.h"
#include "ui/Session.h"
#include "crypto/TrustStore.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "core/AccessGuard.h"
#include "ui/SettingsPage.h"
#include "ui/SignatureViewer.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include "core/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>

namespace kopii::ui {

namespace {

const QString kLastServer = QStringLiteral("office/server"); // the address a desk connected to last

// The keychain's entry for a desk's password on an office server (PasswordVault's record 0).
PasswordVault serverVault(const QString &location)
{
    return PasswordVault(
        QStringLiteral("server-")
        + QString::fromLatin1(QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
}

// Connects to the office server at `location`: with the password the keychain keeps for it, else
// (or when that fails) through the dialog, until it works or the person cancels.
std::unique_ptr<Workspace> connectToServer(const QString &location)
{
    QString problem;
    if (!location.isEmpty()) {
        PasswordVault vault = serverVault(location);
        Result<SharedSecret> kept = Error{Error::Code::NotFound, QString(), {}};
        bool answered = false;
        QEventLoop loop;
        vault.read(0, [&](const Result<SharedSecret> &r) {
            kept = r;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (kept) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto opened = Workspace::open(location, *kept);
            QApplication::restoreOverrideCursor();
            if (opened)
                return std::move(opened).value();
            problem = opened.error().message;
        }
    }
    ServerDialog dialog(location, problem);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    QSettings().setValue(kLastServer, dialog.location());
    PasswordVault vault = serverVault(dialog.location());
    if (dialog.rememberPassword()) {
        bool answered = false;
        QEventLoop loop;
        vault.write(0, dialog.password(), [&](bool inKeychain, const QString &) {
            if (!inKeychain)
                MessageBox::warning(nullptr, ServerDialog::tr("Connect to the office server"),
                                    Error{Error::Code::Io,
                                          ServerDialog::tr("No keychain took the password: Kopii will ask for it next time."),
                                          {}});
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
    } else {
        vault.remove(0);
    }
    return dialog.takeWorkspace();
}

class Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)

public:
    static void setupParser(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            tr("Kopii receives copies of citizens' documents sent through Diia.QR and checks their signatures."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(QCommandLineOption(
            QStringLiteral("workspace"),
            tr("Use the workspace in FOLDER (default: $KOPII_WORKSPACE, else %1).").arg(Workspace::defaultPath()), tr("FOLDER")));
        parser.addOption(QCommandLineOption(QStringLiteral("demo"),
                                            tr("Open the demo workspace (made on first use in %1): sample data and a "
                                               "demo key, to try everything without a token or a mail server.")
                                                .arg(QDir::toNativeSeparators(DemoWorkspace::defaultPath()))));
        parser.addOption(QCommandLineOption(QStringLiteral("lang"), tr("Language: uk, en or system."), QStringLiteral("LANG")));
        parser.addOption(QCommandLineOption(QStringLiteral("trust"),
                                            tr("With FILE: also trust the CA certificates and CRLs in this file or "
                                               "folder, for this run (e.g. CACertificates.p7b)."),
                                            tr("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("add-anchor"),
                                            tr("With --trust: also trust the root certificate with this SHA-256 "
                                               "fingerprint in it, for this run (other roots are asked about)."),
                                            QStringLiteral("SHA256")));
        parser.addOption(QCommandLineOption(QStringLiteral("offline"),
                                            tr("With FILE: do not ask certificate issuers over the network whether a "
                                               "certificate was revoked.")));
        parser.addPositionalArgument(QStringLiteral("file"),
                                     tr("A signature (.p7s), a signed PDF or an e-mail (.eml) to check and show, "
                                        "without a workspace or a login."),
                                     tr("[FILE]"));
    }
};

bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-v", "--version", "--help-all"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

// `kopii FILE`: the single-signature viewer. Its trust store lives in a private temporary
// workspace that is gone when the window closes: the bundled anchors plus --trust.
int runViewer(const QString &file, const QStringList &trustPaths, const QStringList &anchors, bool online)
{
    QTemporaryDir scratch;
    auto store = scratch.isValid() ? SqlSession::openSqlite(scratch.filePath(QStringLiteral("viewer.kopii")))
                                   : Result<std::unique_ptr<SqlSession>>(Error{Error::Code::Io, scratch.errorString(), {}});
    if (!store) {
        MessageBox::warning(nullptr, Gui::tr("Kopii"), store.error());
        return 1;
    }
    TrustStore trust(**store);
    if (Status loaded = trust.load(); !loaded)
        MessageBox::warning(nullptr, Gui::tr("Trusted certificates"), loaded.error());
    addViewerTrust(trust, trustPaths, anchors, nullptr);
    SignatureViewer viewer(trust, online);
    viewer.resize(1000, 860);
    viewer.show();
    viewer.open(file);
    const int code = QApplication::exec();
    Startup::finish();
    return code;
}

} // namespace

void addViewerTrust(TrustStore &trust, const QStringList &paths, const QStringList &anchors, QWidget *parent)
{
    // A root in those files is trusted for this run only when its fingerprint was given with
    // --add-anchor, or the user confirms it, fingerprint in view.
    QStringList confirmed;
    for (const QString &typed : anchors)
        confirmed << typed.toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    for (const QString &path : paths) {
        auto added = trust.addPathForThisRun(path, confirmed);
        if (!added) {
            MessageBox::warning(parent, Gui::tr("Trusted certificates"),
                                Gui::tr("%1 was not added to the trusted certificates: %2").arg(path, added.error().message));
            continue;
        }
        QStringList more;
        for (const UnconfirmedRoot &root : std::as_const(added->unconfirmedRoots))
            if (MessageBox::confirmRoot(parent, root.name, root.sha256))
                more << root.sha256;
        if (!more.isEmpty()) {
            confirmed << more;
            if (const auto again = trust.addPathForThisRun(path, confirmed); !again)
                MessageBox::warning(parent, Gui::tr("Trusted certificates"),
                                    Gui::tr("%1 was not added to the trusted certificates: %2").arg(path, again.error().message));
        }
    }
}

int runGui(int argc, char *argv[])
{
    Startup::hardenProcess();

    // --help and --version answer on the terminal, without a display.
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Startup::identify();
        Language::install(QStringLiteral("system"));
        QCommandLineParser parser;
        Gui::setupParser(parser);
        parser.process(app);
        return 0;
    }
    Diagnostics::keepRecentErrors(); // for Help → Diagnostics

    QApplication app(argc, argv);
    Startup::identify();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kopii"));
    QGuiApplication::setDesktopFileName(QStringLiteral("ua.kopii.Kopii"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/kopii/icons/kopii.svg")));
    // Copies opened in another program by a run that crashed go now; this run's go when it quits.
    ExternalCopies::removeStale();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [] { ExternalCopies::clear(); });

    QCommandLineParser parser;
    Gui::setupParser(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    QString language = SettingsPage::savedLanguage();
    if (parser.isSet(QStringLiteral("lang"))) {
        language = parser.value(QStringLiteral("lang"));
        if (!Language::choices().contains(language)) {
            QTextStream(stderr) << "kopii: --lang takes uk, en or system" << Qt::endl;
            return 2;
        }
    }
    Language::install(language);
    QGuiApplication::setApplicationDisplayName(Gui::tr("Kopii"));
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        return runViewer(files.first(), parser.values(QStringLiteral("trust")), parser.values(QStringLiteral("add-anchor")),
                         !parser.isSet(QStringLiteral("offline")));

    QString folder = Workspace::resolvePath(parser.value(QStringLiteral("workspace")));
    // The first start (no workspace yet, none asked for): the user's own KEP, the office's server,
    // or the demo first. A desk that connected to an office server goes there again.
    bool demo = parser.isSet(QStringLiteral("demo"));
    const bool folderAskedFor = parser.isSet(QStringLiteral("workspace")) || qEnvironmentVariableIsSet("KOPII_WORKSPACE");
    bool server = ServerAddress::isServerLocation(folder);
    if (!demo && !folderAskedFor && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("kopii.db")))) {
        const QString lastServer = QSettings().value(kLastServer).toString();
        if (ServerAddress::isServerLocation(lastServer)) {
            folder = lastServer;
            server = true;
        } else {
            WelcomeDialog welcome;
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            demo = welcome.choice() == WelcomeDialog::Choice::Demo;
            if (welcome.choice() == WelcomeDialog::Choice::Server) {
                folder.clear();
                server = true;
            }
        }
    }
    if (demo) {
        folder = DemoWorkspace::defaultPath();
        if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("kopii.db")))) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto created = DemoWorkspace::create(folder);
            QApplication::restoreOverrideCursor();
            if (!created) {
                MessageBox::warning(nullptr, Gui::tr("The demo could not be made"), created.error());
                return 1;
            }
        }
    }
    std::unique_ptr<Workspace> workspace;
    if (server) {
        workspace = connectToServer(folder);
        if (!workspace)
            return 0;
    }
    while (!workspace) {
        auto opened = Workspace::open(folder);
        if (opened) {
            workspace = std::move(opened).value();
            break;
        }
        // Say what is wrong and offer another folder; the failed workspace is left untouched.
        if (!MessageBox::confirm(nullptr, Gui::tr("Kopii cannot open the workspace"),
                                 opened.error().message + QStringLiteral("\n\n")
                                     + Gui::tr("You can open or create a workspace in another folder."),
                                 Gui::tr("Choose another folder…"), false))
            return 1;
        const QString chosen = QFileDialog::getExistingDirectory(nullptr, Gui::tr("Workspace folder"), folder);
        if (chosen.isEmpty())
            return 1;
        folder = chosen;
    }

    // Nobody works without logging in with a KEP (the first login sets the workspace up).
    TrustStore trust(workspace->session());
    if (Status loaded = trust.load(); !loaded)
        MessageBox::warning(nullptr, Gui::tr("Trusted certificates"), loaded.error());
    LoginDialog login(workspace->session(), trust);
    if (DemoWorkspace::isDemo(workspace->session())) {
        const QString keyFile = DemoWorkspace::keyFileIn(workspace->path());
        if (QFileInfo::exists(keyFile))
            login.chooseKeyFile(keyFile);
        login.setNotice(Gui::tr("This is the demo workspace. The demo manager's key file is chosen; its password is "
                                "\"%1\".")
                            .arg(DemoWorkspace::password()));
    }
    if (login.exec() != QDialog::Accepted)
        return 0;
    Session session(login.identity(), login.takeSigner());

    AccessGuard guard(workspace->session(), QStringLiteral("gui"));
    guard.setSession(session.identity().role, session.identity().fullName);
    MainWindow window(*workspace, guard);
    window.setSession(session.identity().fullName, session.identity().role);
    window.attachSession(&session, &trust);
    // The first login set the organisation up from the certificate: check it, then sign the
    // accession application there.
    if (session.identity().createdOrganization)
        window.showArea(MainWindow::Organization);
    window.show();

    QObject::connect(&session, &Session::locked, &window, [&](const QString &reason) {
        window.hide();
        ExternalCopies::clear(); // nothing of a locked session stays open in another program
        LoginDialog again(workspace->session(), trust);
        again.setNotice(reason + QLatin1Char(' ') + Gui::tr("Log in again to go on."));
        if (again.exec() != QDialog::Accepted) {
            QCoreApplication::quit();
            return;
        }
        const Identity who = again.identity();
        session.renew(who, again.takeSigner());
        guard.setSession(who.role, who.fullName);
        window.setSession(who.fullName, who.role);
        window.attachSession(&session, &trust);
        window.show();
    });
    const int code = app.exec();
    Startup::finish();
    return code;
}

} // namespace kopii::ui
