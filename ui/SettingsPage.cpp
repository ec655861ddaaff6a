#include "SettingsPage.h"

#include "Language.h"
#include "Session.h"

#include <QComboBox>
#include <QDir>
#include "Widgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

SettingsPage::SettingsPage(const QString &workspacePath, QWidget *parent)
    : QWidget(parent), m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("SettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_title = makeTitleLabel();
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_languageLabel = new QLabel;
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &choice : Language::choices())
        m_language->addItem(QString(), choice);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_idleLabel = new QLabel;
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(1, 240);
    m_idle->setValue(qBound(1, Session::idleMinutes(), 240));
    m_idleLabel->setBuddy(m_idle);
    form->addRow(m_idleLabel, m_idle);
    m_idleHint = new QLabel;
    m_idleHint->setWordWrap(true);
    form->addRow(QString(), m_idleHint);
    m_workspaceLabel = new QLabel;
    m_workspace = new QLabel(QDir::toNativeSeparators(workspacePath));
    m_workspace->setObjectName(QStringLiteral("workspacePath"));
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(m_workspaceLabel, m_workspace);
    m_workspaceHint = new QLabel;
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
    retranslateUi();
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
