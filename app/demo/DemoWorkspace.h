// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kopii {

class SqlSession;

// The demo workspace: everything Kopii does, without a token or a mail server. Made on this
// computer: a demo CA (trusted by this workspace only) and the manager's key file, an organisation
// with two branches and three services with signed QR codes, and in the drop folder sample
// submissions for every verdict: valid ones, one whose PDF was changed after signing, one signed by
// a certificate nobody trusts, and one that cannot be checked (its PDF did not come). Marked DEMO
// (meta "demo" = "1"): the title bar, posters and exports say so.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    struct Created
    {
        QString folder;
        QString keyFile;    // the manager's key file
        QString password;   // its password (a demo: shown to the user)
        QString dropFolder; // where the sample submissions wait
        int samples = 0;
    };

    static QString defaultPath(); // <app data>/demo
    static QString keyFileIn(const QString &folder);
    static QString password(); // "demo"
    static bool isDemo(SqlSession &store);

    // Makes the demo workspace in `folder`, which must not exist or be empty.
    static Result<Created> create(const QString &folder, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace kopii
