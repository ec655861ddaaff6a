// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MailboxPass.h"

#include "core/platform/Platform.h"
#include "mail/MailLog.h"
#include "mail/MailboxTokens.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSaveFile>

#include <memory>

namespace kopii::cli {

MailboxSync::Report runMailboxPass(SqlSession &session, const Mailbox &mailbox, const SharedSecret &password, bool testOnly,
                                   const Clock &clock, const TrustStore *trust, const QString &tokenFile)
{
    std::unique_ptr<MailboxTokens> tokens;
    if (!mailbox.oauth.isEmpty()) {
        auto made = MailboxTokens::forMailbox(mailbox, password, clock);
        if (!made) {
            MailboxSync::Report report;
            report.error = made.error().fullText();
            return report;
        }
        tokens = std::move(made).value();
        if (!tokenFile.isEmpty())
            QObject::connect(tokens.get(), &MailboxTokens::refreshTokenChanged, [tokenFile](const SharedSecret &refresh) {
                if (Status s = writeTokenFile(tokenFile, refresh); !s)
                    qCWarning(lcMail) << "the new refresh token could not be stored:" << s.error().cause;
            });
    }
    MailboxSync sync(session, mailbox, tokens ? SharedSecret() : password, nullptr, clock);
    sync.signInWith(tokens.get());
    sync.verifyAlongside(trust);
    if (testOnly)
        sync.testOnly();
    QEventLoop loop;
    QObject::connect(&sync, &MailboxSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    return sync.report();
}

Status writeTokenFile(const QString &path, const SharedSecret &token)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("kopii::cli::MailboxCommand", "Cannot write the token file %1: %2.")
                         .arg(path, file.errorString()),
                     {},
                     file.errorString()};
    file.write(token->c_str(), token->size());
    file.write("\n");
    if (!file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("kopii::cli::MailboxCommand", "Cannot write the token file %1: %2.")
                         .arg(path, file.errorString()),
                     {},
                     file.errorString()};
    // New files are the user's only (Startup: umask 077); this makes it so where a file was there
    // before, and on Windows (its ACL).
    platform::makePrivate(path, false);
    return {};
}

} // namespace kopii::cli
