// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"
#include "inbox/InboxRules.h"
#include "records/IntakeProtocol.h"
#include "core/WorkspaceSettings.h"

#include "core/Language.h"
#include "ui/MessageBox.h"
#include "core/AccessGuard.h"
#include "ui/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include "ui/Widgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

SettingsPage::SettingsPage(const QString &workspacePath, AccessGuard &guard, QWidget *parent)
    : QWidget(parent), m_workspacePath(workspacePath), m_guard(guard)
{
    setObjectName(QStringLiteral("SettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = makeTitleLabel();
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_languageLabel = makeLabel();
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &choice : Language::choices())
        m_language->addItem(QString(), choice);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_idleLabel = makeLabel();
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idle->setValue(qBound(1, Session::idleMinutes(), 240));
    m_idleLabel->setBuddy(m_idle);
    form->addRow(m_idleLabel, m_idle);
    m_idleHint = makeLabel();
    m_idleHint->setWordWrap(true);
    form->addRow(QString(), m_idleHint);
    m_revocation = new QCheckBox;
    m_revocation->setObjectName(QStringLiteral("revocationOnline"));
    form->addRow(QString(), m_revocation);
    m_revocationHint = makeLabel();
    m_revocationHint->setWordWrap(true);
    form->addRow(QString(), m_revocationHint);
    m_retentionLabel = makeLabel();
    m_keepAfter = new QSpinBox;
    m_keepAfter->setObjectName(QStringLiteral("keepAfterProcessed"));
    m_keepAfter->setRange(0, 3650);
    m_maxAge = new QSpinBox;
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    m_maxAge->setRange(1, 3650);
    auto *retention = new QVBoxLayout;
    retention->addWidget(m_keepAfter);
    retention->addWidget(m_maxAge);
    m_retentionLabel->setBuddy(m_keepAfter);
    form->addRow(m_retentionLabel, retention);
    m_retentionHint = makeLabel();
    m_retentionHint->setWordWrap(true);
    form->addRow(QString(), m_retentionHint);
    // The protocol at intake, and the key that seals it (the manager's choice).
    m_intake = new QCheckBox;
    m_intake->setObjectName(QStringLiteral("intakeProtocol"));
    form->addRow(QString(), m_intake);
    m_sealLabel = makeLabel();
    m_sealedBy = makeLabel();
    m_sealedBy->setObjectName(QStringLiteral("intakeSeal"));
    m_sealedBy->setWordWrap(true);
    m_chooseSeal = new QPushButton;
    m_chooseSeal->setObjectName(QStringLiteral("chooseSeal"));
    m_noSeal = new QPushButton;
    m_noSeal->setObjectName(QStringLiteral("noSeal"));
    m_sealLabel->setBuddy(m_chooseSeal);
    auto *seal = new QHBoxLayout;
    seal->addWidget(m_sealedBy, 1);
    seal->addWidget(m_chooseSeal);
    seal->addWidget(m_noSeal);
    form->addRow(m_sealLabel, seal);
    m_intakeHint = makeLabel();
    m_intakeHint->setWordWrap(true);
    form->addRow(QString(), m_intakeHint);
    m_workspaceLabel = makeLabel();
    m_workspace = makeLabel(QDir::toNativeSeparators(workspacePath));
    m_workspace->setObjectName(QStringLiteral("workspacePath"));
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(m_workspaceLabel, m_workspace);
    m_workspaceHint = makeLabel();
    m_workspaceHint->setWordWrap(true);
    form->addRow(QString(), m_workspaceHint);
    layout->addLayout(form);
    layout->addStretch();

    const int index = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        Session::setIdleMinutes(minutes);
        Q_EMIT idleMinutesChanged(minutes);
    });
    connect(m_intake, &QCheckBox::toggled, this, [this](bool on) { changeIntake(on, std::nullopt); });
    connect(m_chooseSeal, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The certificate of the key that seals"), QString(),
                                                          tr("Certificates (*.cer *.crt *.der *.pem);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            MessageBox::warning(this, tr("Settings"),
                                tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
            return;
        }
        changeIntake(m_intake->isChecked(), f.readAll());
    });
    connect(m_noSeal, &QPushButton::clicked, this, [this] { changeIntake(m_intake->isChecked(), QByteArray()); });
    connect(m_revocation, &QCheckBox::toggled, this, [this](bool online) {
        const auto current = WorkspaceSettings(m_guard).revocationOnline();
        if (current && *current == online)
            return;
        if (Status s = WorkspaceSettings(m_guard).setRevocationOnline(online); !s) {
            MessageBox::warning(this, tr("Settings"), s.error());
            reload();
        }
    });
    for (QSpinBox *box : {m_keepAfter, m_maxAge})
        connect(box, &QSpinBox::editingFinished, this, [this] {
            const RetentionPolicy next{m_keepAfter->value(), m_maxAge->value()};
            const auto current = InboxRules(m_guard).retention();
            if (current && *current == next)
                return;
            if (Status s = InboxRules(m_guard).setRetention(next); !s) {
                MessageBox::warning(this, tr("Settings"), s.error());
                reload();
            }
        });
    retranslateUi();
    reload();
}

void SettingsPage::reload()
{
    const auto online = WorkspaceSettings(m_guard).revocationOnline();
    const QSignalBlocker block(m_revocation);
    m_revocation->setChecked(!online || *online);
    const auto policy = InboxRules(m_guard).retention();
    const RetentionPolicy shown = policy ? *policy : RetentionPolicy{};
    const QSignalBlocker b1(m_keepAfter), b2(m_maxAge);
    m_keepAfter->setValue(shown.afterProcessedDays);
    m_maxAge->setValue(shown.maxAgeDays);
    const auto intake = IntakeProtocol(m_guard).setting();
    const QSignalBlocker b3(m_intake);
    m_intake->setChecked(intake && intake->on);
    const bool sealed = intake && !intake->sealSha256.isEmpty();
    m_sealedBy->setText(sealed ? tr("%1 (certificate SHA-256 %2…)").arg(intake->sealHolder, intake->sealSha256.left(16))
                               : tr("Nobody: the protocols are kept unsealed."));
    m_noSeal->setEnabled(m_chooseSeal->isEnabled() && sealed);
}

void SettingsPage::changeIntake(bool on, const std::optional<QByteArray> &sealCertificate)
{
    if (Status s = IntakeProtocol(m_guard).setSetting(on, sealCertificate); !s)
        MessageBox::warning(this, tr("Settings"), s.error());
    reload();
}

void SettingsPage::setEditable(bool editable)
{
    m_revocation->setEnabled(editable);
    m_keepAfter->setEnabled(editable);
    m_maxAge->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_intake, m_chooseSeal, m_noSeal})
        w->setEnabled(editable);
    reload();
}

QString SettingsPage::savedLanguage()
{
    const QString value = QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
    return Language::choices().contains(value) ? value : QStringLiteral("system");
}

void SettingsPage::languageChosen(int index)
{
    const QString choice = m_language->itemData(index).toString();
    QSettings().setValue(kLanguageKey, choice);
    Language::install(choice); // every window gets a LanguageChange event and retranslates itself
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    // Each language names itself, so that a user who cannot read the current one finds theirs.
    m_language->setItemText(0, tr("As in the system"));
    m_language->setItemText(1, QStringLiteral("Українська"));
    m_language->setItemText(2, QStringLiteral("English"));
    m_idleLabel->setText(tr("Lock &after:"));
    m_idle->setSuffix(tr(" min without activity"));
    m_idleHint->setText(tr("An unattended Kopii locks itself and asks for the KEP again, so that nobody else sees "
                           "the copies. It also locks at once when the token is taken out."));
    m_revocation->setText(tr("Ask certificate issuers &online whether a signer's certificate was revoked"));
    m_revocationHint->setText(tr("Kopii asks the issuer's OCSP service (or downloads its list of revoked certificates) "
                                 "for every new signature. Without it, signatures stay \"valid, with warnings\" unless the "
                                 "trust store holds a current list. Only managers can change this."));
    m_retentionLabel->setText(tr("&Keep copies:"));
    m_keepAfter->setSuffix(tr(" days after they are marked processed"));
    m_maxAge->setSuffix(tr(" days after they arrived, at most"));
    m_keepAfter->setAccessibleName(tr("Keep copies: days after they are marked processed"));
    m_maxAge->setAccessibleName(tr("Keep copies: days after they arrived, at most"));
    m_retentionHint->setText(tr("Received copies hold personal data: Kopii deletes them, with their signatures and the "
                                "e-mail, when they are due, and writes each deletion into the audit log. Only managers "
                                "can change this."));
    m_intake->setText(tr("Keep the verification &protocol of each submission at intake"));
    m_sealLabel->setText(tr("Sealed &by:"));
    m_chooseSeal->setText(tr("Choose the certificate…"));
    m_chooseSeal->setAccessibleName(tr("Choose the certificate of the key that seals the protocols"));
    m_noSeal->setText(tr("No seal"));
    m_intakeHint->setText(tr("Each submission that arrives gets its protocol as soon as its signatures are checked, kept "
                             "as evidence of what was checked and when. The key you choose (the organisation's seal or "
                             "your KEP) seals them: the watcher service started with it seals each at intake, or "
                             "kopii-cli protocol seal later; intake never waits for it. Only managers can change this."));
    m_workspaceLabel->setText(tr("Workspace folder:"));
    m_workspaceHint->setText(tr("The organisation's records are kept here, readable only by your user account. "
                                "To use another folder, start Kopii with --workspace FOLDER."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kopii::ui
