#include "Cli.h"

#include "platform/Platform.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    kopii::platform::disableCoreDumps();
    kopii::platform::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    // Diagnostics stay quiet on the command line; QT_LOGGING_RULES="kopii.*=true" shows them.
    QLoggingCategory::setFilterRules(QStringLiteral("kopii.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kopii"));
    QCoreApplication::setApplicationName(QStringLiteral("kopii"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOPII_VERSION));
    kopii::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
