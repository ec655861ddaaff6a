// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MailboxesPage.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "ui/Widgets.h"

#include "mail/BackgroundWatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include "ui/MailboxDialog.h"
#include "ui/MessageBox.h"
#include "mail/OAuthClient.h"

#include <QJsonDocument>

#include "mail/PasswordVault.h"
#include "ui/RecordModels.h"
#include "core/AccessGuard.h"
#include "core/SqlSession.h"

#include <QLocale>
#include <QPointer>

#include <memory>

namespace kopii::ui {

MailboxesPage::MailboxesPage(AccessGuard &guard, SqlSession &store, PasswordVault &vault, QWidget *parent)
    : ListPage(guard, new MailboxTableModel, QStringLiteral("MailboxesPage"), parent), m_session(store), m_vault(vault)
{
    m_model = findChild<MailboxTableModel *>();
    m_progressBox = new QWidget;
    m_progressLabel = makeLabel();
    m_progressLabel->setObjectName(QStringLiteral("syncProgressLabel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    m_progressBox->hide();
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->addWidget(m_progressBox);
    retranslateUi();
    reload();
}

MailboxesPage::~MailboxesPage()
{
    stopWatching();
}

void MailboxesPage::retranslateUi()
{
    setTexts(tr("Mailboxes"),
             tr("The branches' e-mail boxes, where Diia delivers the visitors' copies. Kopii watches them while it "
                "runs (and kopii-cli watch does as a service), stores every new message with its documents once, and "
                "never marks a message read."),
             tr("No mailbox yet.\nPress \"Add mailbox\" and enter the IMAP server and the account of a branch's "
                "address."),
             tr("&Add mailbox…"), tr("Search mailboxes by name, server or user"));
}

void MailboxesPage::reload()
{
    const auto list = MailboxRules(m_guard).mailboxes();
    const auto branches = OrganizationRules(m_guard).branches();
    if (!list || !branches)
        return;
    m_model->setMailboxes(*list, *branches, m_status);
}

bool MailboxesPage::saveMailbox(const Mailbox &mailbox, const SharedSecret &password, RecordId *id, Status *result)
{
    if (!password || password->isEmpty()) {
        *result = Error{Error::Code::Validation,
                        mailbox.oauth.isEmpty() ? tr("Enter the mailbox's password.")
                                                : tr("Sign in first: press \"Sign in…\" and allow Kopii to read the mailbox."),
                        {}};
        return false;
    }
    if (mailbox.id) {
        *result = MailboxRules(m_guard).editMailbox(mailbox);
        *id = mailbox.id;
    } else {
        const auto added = MailboxRules(m_guard).addMailbox(mailbox);
        if (!added) {
            *result = added.error();
            return false;
        }
        *id = *added;
        *result = Status();
    }
    if (!*result)
        return false;
    if (password == m_vault.sessionPassword(*id))
        return true; // nothing new typed: the saved password stays as it is
    m_vault.write(*id, password, [this](bool inKeychain, const QString &why) {
        if (!inKeychain)
            MessageBox::information(this, tr("Password"),
                                    tr("The system keychain is not available (%1). Kopii keeps the password only until it "
                                       "closes; you will be asked for it next time.")
                                        .arg(why));
    });
    return true;
}

void MailboxesPage::addRecord()
{
    const auto branches = OrganizationRules(m_guard).branches();
    Mailbox fresh;
    RecordId newId = 0;
    MailboxDialog dialog(
        fresh, branches ? *branches : QList<Branch>(), nullptr, m_session,
        [this, &newId](const Mailbox &m, const SharedSecret &password) {
            Status s;
            saveMailbox(m, password, &newId, &s);
            return s;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
    if (m_watcher)
        startWatching(m_dropFolder);
}

void MailboxesPage::editRecord(int sourceRow)
{
    const Mailbox current = m_model->mailboxAt(sourceRow);
    const auto branches = OrganizationRules(m_guard).branches();
    RecordId id = current.id;
    MailboxDialog dialog(
        current, branches ? *branches : QList<Branch>(), m_vault.sessionPassword(current.id), m_session,
        [this, &id](const Mailbox &m, const SharedSecret &password) {
            Status s;
            saveMailbox(m, password, &id, &s);
            return s;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
    if (m_watcher)
        startWatching(m_dropFolder);
}

void MailboxesPage::removeRecord(int sourceRow)
{
    const Mailbox m = m_model->mailboxAt(sourceRow);
    if (!MessageBox::confirm(this, tr("Remove mailbox"),
                             tr("Stop watching \"%1\" (%2)? The copies already received stay in Kopii; the messages stay "
                                "on the server.")
                                 .arg(m.name, m.user),
                             tr("Remove mailbox"), true))
        return;
    if (Status s = MailboxRules(m_guard).removeMailbox(m.id); !s) {
        MessageBox::warning(this, tr("Remove mailbox"), s.error());
        return;
    }
    // Signed in with a provider: the provider is told to forget Kopii's permission (best effort;
    // the person can always withdraw it in the account's security settings).
    if (const SharedSecret token = m_vault.sessionPassword(m.id); token && !m.oauth.isEmpty())
        if (const auto provider = OAuthProvider::fromText(m.oauth)) {
            auto *client = new OAuthClient(*provider, Clock::system(), this);
            client->revoke(token, [client](const Status &) { client->deleteLater(); });
        }
    m_vault.remove(m.id);
    m_status.remove(m.id);
    reload();
    Q_EMIT changed();
    if (m_watcher)
        startWatching(m_dropFolder);
}

void MailboxesPage::stopWatching()
{
    if (m_watcher) {
        m_watcher->stop();
        delete m_watcher;
        m_watcher = nullptr;
    }
}

void MailboxesPage::showProgress(RecordId mailboxId, int done, int total)
{
    if (total <= 0)
        m_progressOf.remove(mailboxId);
    else
        m_progressOf.insert(mailboxId, {done, total});
    // One bar: the mailbox with the most still to take in (a first sync of a full mailbox).
    RecordId shown = 0;
    int left = 0;
    for (auto it = m_progressOf.cbegin(); it != m_progressOf.cend(); ++it)
        if (it->second >= 5 && it->second - it->first > left) {
            shown = it.key();
            left = it->second - it->first;
        }
    m_progressBox->setVisible(shown != 0);
    if (!shown)
        return;
    const auto [d, t] = m_progressOf.value(shown);
    QString name;
    if (const auto m = MailboxRules(m_guard).findMailbox(QString::number(shown)))
        name = m->name;
    m_progressLabel->setText(tr("Taking in %1: %2 of %3 messages").arg(name).arg(d).arg(t));
    m_progress->setRange(0, t);
    m_progress->setValue(d);
}

void MailboxesPage::startWatching(const QString &dropFolder)
{
    stopWatching();
    m_dropFolder = dropFolder;
    const auto list = MailboxRules(m_guard).mailboxes();
    if (!list)
        return;
    // The watcher works on a thread of its own with its own database connection: a first sync of
    // a full mailbox does not hold up the window. Passwords first (the keychain answers
    // asynchronously), then the connections.
    m_watcher = new BackgroundWatcher(m_openStore, this);
    connect(m_watcher, &BackgroundWatcher::status, this, [this](qint64 id, const QString &text) {
        if (!id)
            return;
        m_status.insert(id, text);
        m_model->setStatus(id, text);
    });
    connect(m_watcher, &BackgroundWatcher::stored, this, [this](qint64, int count) { Q_EMIT newSubmissions(count); });
    connect(m_watcher, &BackgroundWatcher::progress, this, &MailboxesPage::showProgress);
    connect(m_watcher, &BackgroundWatcher::refreshTokenChanged, this, [this](qint64 id, const SharedSecret &refresh) {
        m_vault.write(id, refresh, [](bool, const QString &) {}); // the session keeps it when no keychain does
    });
    auto pending = std::make_shared<int>(int(list->size()));
    auto mailboxes = *list;
    QPointer<BackgroundWatcher> watcher = m_watcher;
    QPointer<MailboxesPage> self = this;
    auto begin = [self, watcher, mailboxes, dropFolder] {
        if (!self || !watcher)
            return;
        QHash<RecordId, SharedSecret> passwords;
        for (const Mailbox &m : mailboxes)
            if (self->m_vault.has(m.id))
                passwords.insert(m.id, self->m_vault.sessionPassword(m.id));
        watcher->start(mailboxes, passwords, dropFolder);
    };
    if (mailboxes.isEmpty()) {
        begin();
        return;
    }
    for (const Mailbox &m : mailboxes)
        m_vault.read(m.id, [pending, begin](const Result<SharedSecret> &) {
            if (--*pending == 0)
                begin();
        });
}

} // namespace kopii::ui
