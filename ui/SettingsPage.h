#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace kopii::ui {

// Language and where the workspace lives.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString &workspacePath, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

    // The language choice saved in the settings: "system", "uk" or "en".
    static QString savedLanguage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void languageChosen(int index);

    QString m_workspacePath;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_workspaceLabel;
    QLabel *m_workspace;
    QLabel *m_workspaceHint;
};

} // namespace kopii::ui
