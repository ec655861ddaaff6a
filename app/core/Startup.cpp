// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Startup.h"

#include "core/Job.h"
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace kopii {

void Startup::hardenProcess()
{
    platform::disableCoreDumps();
    platform::restrictNewFilesToOwner();
}

void Startup::identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kopii"));
    QCoreApplication::setApplicationName(QStringLiteral("kopii"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOPII_VERSION));
    QLoggingCategory::setFilterRules(QStringLiteral("kopii.*.info=false"));
}

bool Startup::finish(int msecs)
{
    return Jobs::waitForAll(msecs);
}

} // namespace kopii
