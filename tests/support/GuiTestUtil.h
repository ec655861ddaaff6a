// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the GUI tests: typing Cyrillic, screenshots for a person to look at, and answering
// the modal dialog that an action opens.
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace kopii::test {

// QTest::keyClicks aborts on Cyrillic text: one key event per character instead.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void clearAndType(QWidget *widget, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->clear();
    typeText(widget, text);
}

// Saves a picture of the widget into $KOPII_SCREENSHOT_DIR when it is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KOPII_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let layouts settle
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs `work` on the modal dialog that the next action opens.
template <typename Dialog, typename F>
void whenDialogOpens(F work)
{
    QTimer::singleShot(0, [work] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("expected dialog did not open");
            if (auto *w = QApplication::activeModalWidget())
                QMetaObject::invokeMethod(w, "reject");
            return;
        }
        work(dialog);
    });
}

} // namespace kopii::test
