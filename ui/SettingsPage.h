// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kopii {
class AccessGuard;
}

namespace kopii::ui {

// Language, when an unattended session locks, and where the workspace lives.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(const QString &workspacePath, AccessGuard &guard, QWidget *parent = nullptr);
    // Workspace settings (revocation online) can be changed by managers only.
    void setEditable(bool editable);
    void reload();
    QCheckBox *revocationBox() const { return m_revocation; }
    QSpinBox *keepAfterBox() const { return m_keepAfter; }
    QSpinBox *maxAgeBox() const { return m_maxAge; }
    QCheckBox *intakeBox() const { return m_intake; }

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *idleBox() const { return m_idle; }

    // The language choice saved in the settings: "system", "uk" or "en".
    static QString savedLanguage();

Q_SIGNALS:
    // The user chose another idle time before the session locks.
    void idleMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void languageChosen(int index);
    void changeIntake(bool on, const std::optional<QByteArray> &sealCertificate);

    QString m_workspacePath;
    AccessGuard &m_guard;
    QCheckBox *m_revocation;
    QLabel *m_retentionLabel;
    QSpinBox *m_keepAfter;
    QSpinBox *m_maxAge;
    QLabel *m_retentionHint;
    QCheckBox *m_intake;
    QLabel *m_sealLabel;
    QLabel *m_sealedBy;
    QPushButton *m_chooseSeal;
    QPushButton *m_noSeal;
    QLabel *m_intakeHint;
    QLabel *m_revocationHint;
    QLabel *m_title;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_idleLabel;
    QSpinBox *m_idle;
    QLabel *m_idleHint;
    QLabel *m_workspaceLabel;
    QLabel *m_workspace;
    QLabel *m_workspaceHint;
};

} // namespace kopii::ui
