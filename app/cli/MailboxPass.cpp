// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MailboxPass.h"

#include <QEventLoop>

namespace kopii::cli {

MailboxSync::Report runMailboxPass(SqlSession &session, const Mailbox &mailbox, const SharedSecret &password, bool testOnly,
                                   const Clock &clock, const TrustStore *trust)
{
    MailboxSync sync(session, mailbox, password, nullptr, clock);
    sync.verifyAlongside(trust);
    if (testOnly)
        sync.testOnly();
    QEventLoop loop;
    QObject::connect(&sync, &MailboxSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    return sync.report();
}

} // namespace kopii::cli
