// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "core/Startup.h"

#include <QGuiApplication>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform asks for the runtime folder, which a server session (ssh, cron, CI)
// often lacks; Qt's warning about it would only confuse the output of a command.
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    kopii::Startup::hardenProcess();
    // QtGui renders documents (the accession application, posters) without a window: the
    // offscreen platform needs no display, on a server or over ssh.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(cliMessageHandler);
    QGuiApplication app(argc, argv);
    kopii::Startup::identify();
    kopii::cli::Cli cli;
    const int code = cli.run(QCoreApplication::arguments());
    kopii::Startup::finish();
    return code;
}
