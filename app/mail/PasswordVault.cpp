// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/PasswordVault.h"

#include "mail/MailLog.h"
#include "core/Wipe.h"

#include <qt6keychain/keychain.h>

namespace kopii {

namespace {
bool g_noKeychain = false;
const QString kService = QStringLiteral("Kopii");
} // namespace

PasswordVault::PasswordVault(QString workspaceKey, QObject *parent) : QObject(parent), m_workspaceKey(std::move(workspaceKey)) {}

PasswordVault::~PasswordVault()
{
    forgetSession();
}

void PasswordVault::disableKeychainForTests(bool disabled)
{
    g_noKeychain = disabled;
}

QString PasswordVault::key(RecordId mailboxId) const
{
    return QStringLiteral("%1/mailbox/%2").arg(m_workspaceKey).arg(mailboxId);
}

void PasswordVault::forgetSession()
{
    m_session.clear(); // each Secret is wiped when its last holder (a sync under way) lets go
}

void PasswordVault::read(RecordId mailboxId, Read done)
{
    if (m_session.contains(mailboxId)) {
        done(m_session.value(mailboxId));
        return;
    }
    if (g_noKeychain) {
        done(Error{Error::Code::NotFound, tr("No keychain is available; enter the password for this session."), {}});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in the settings
    job->setKey(key(mailboxId));
    connect(job, &QKeychain::Job::finished, this, [this, job, mailboxId, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcMail) << "keychain has no password for mailbox" << mailboxId << "(" << job->error() << ")";
            done(Error{
                Error::Code::NotFound, tr("The keychain has no password for this mailbox (%1).").arg(job->errorString()), {}});
            return;
        }
        QByteArray data = job->binaryData(); // UTF-8, whether it was written as text or bytes
        const SharedSecret password = share(Secret(data));
        wipe(data);
        m_session.insert(mailboxId, password);
        done(password);
    });
    job->start();
}

void PasswordVault::write(RecordId mailboxId, SharedSecret password, std::function<void(bool, const QString &)> done)
{
    m_session.insert(mailboxId, password);
    if (g_noKeychain) {
        done(false, tr("no keychain is available"));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(mailboxId));
    job->setBinaryData(QByteArray(password->c_str(), password->size()));
    connect(job, &QKeychain::Job::finished, this,
            [job, done](QKeychain::Job *) { done(job->error() == QKeychain::NoError, job->errorString()); });
    job->start();
}

void PasswordVault::remove(RecordId mailboxId)
{
    m_session.remove(mailboxId);
    if (g_noKeychain)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key(mailboxId));
    job->start();
}

} // namespace kopii
