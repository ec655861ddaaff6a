// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageBox.h"

#include <QCoreApplication>

#include <QPushButton>

namespace kopii::ui {

namespace {
// Message texts carry server answers, file and certificate names: shown as plain text, never
// as HTML (review finding L4).
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                const QString &details = QString())
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    // The technical cause for whoever helps the clerk: behind "Show Details…", untranslated.
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
QString g_lastDetails;
bool g_testMode = false;
} // namespace

bool MessageBox::takeAnswer(QMessageBox::StandardButton *answer, const QString &text, const QString &details)
{
    g_lastText = text;
    g_lastDetails = details;
    if (g_nextAnswer == QMessageBox::NoButton) {
        if (!g_testMode)
            return false;
        *answer = QMessageBox::Cancel;
        return true;
    }
    *answer = g_nextAnswer;
    g_nextAnswer = QMessageBox::NoButton;
    return true;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setTestMode(bool on)
{
    g_testMode = on;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastDetails()
{
    return g_lastDetails;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer, text))
        return answer;
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action, bool destructive)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer, text))
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok;
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(action, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

bool MessageBox::confirmRoot(QWidget *parent, const QString &name, const QString &sha256)
{
    return confirm(
        parent, QCoreApplication::translate("MessageBox", "Trust a new root certificate?"),
        QCoreApplication::translate("MessageBox",
                                    "The file holds the root certificate \"%1\". Whoever holds its key could make any "
                                    "signature look valid, so Kopii trusts a root only when you confirm it.\n\n"
                                    "SHA-256 fingerprint:\n%2\n\nCompare it with the fingerprint the provider publishes "
                                    "(on its website or in its letter). Trust this root only when they are the same.")
            .arg(name, sha256),
        QCoreApplication::translate("MessageBox", "Trust this root"), false);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer, text))
        return;
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const Error &error)
{
    const QString text = error.fullText();
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer, text, error.cause))
        return;
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, error.cause);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer;
    if (takeAnswer(&answer, text))
        return;
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace kopii::ui
