// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QMessageBox>

namespace kopii::ui {

// All of Kopii's message boxes go through here, so that tests can answer them (the way
// KeePassXC's GUI tests do): setNextAnswer() makes the next question return at once.
class MessageBox
{
public:
    // Asks with the given buttons; returns the one pressed (or the test's answer).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    // Asks with one custom action button and Cancel; true when the action was chosen.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action, bool destructive);
    // Asks whether to trust a new root certificate, its SHA-256 fingerprint in view (a root is
    // never trusted without it): true when the user confirms.
    static bool confirmRoot(QWidget *parent, const QString &name, const QString &sha256);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // An error: its sentence, and its technical cause behind "Show Details…".
    static void warning(QWidget *parent, const QString &title, const Error &error);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer for the next question/confirm (Yes/Ok = confirm), and the last text shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static QString lastDetails();
    // Tests: questions without a prepared answer return Cancel instead of blocking.
    static void setTestMode(bool on);

private:
    static bool takeAnswer(QMessageBox::StandardButton *answer, const QString &text, const QString &details = QString());
};

} // namespace kopii::ui
