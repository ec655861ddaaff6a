#include "SettingsPage.h"

#include "Language.h"

#include <QComboBox>
#include <QDir>
#include "Widgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
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
