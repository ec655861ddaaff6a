// SPDX-License-Identifier: GPL-3.0-or-later
// The PIN field (review finding L5): what is typed stays in the field's own buffer and leaves it
// only as a Secret; UTF-8 for any script; Return and Escape go on to the dialog.
#include "ui/SecretEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace kopii;
using namespace kopii::ui;

class TestSecretEdit : public QObject
{
    Q_OBJECT

    static void type(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(w, &press);
        }
    }
    static QByteArray bytes(Secret s) { return QByteArray(s.c_str(), s.size()); }

private Q_SLOTS:
    void typedTextLeavesOnlyAsASecret()
    {
        SecretEdit edit;
        QSignalSpy edited(&edit, &SecretEdit::edited);
        type(&edit, QStringLiteral("Пароль-1ї"));
        QCOMPARE(edit.length(), 9);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.length(), 8);
        QCOMPARE(edited.count(), 10);
        QCOMPARE(bytes(edit.take()), QStringLiteral("Пароль-1").toUtf8());
        QVERIFY(edit.isEmpty());
        QCOMPARE(bytes(edit.take()), QByteArray());
        // Four-byte characters and control characters.
        type(&edit, QStringLiteral("a\tb"));
        QKeyEvent emoji(QEvent::KeyPress, 0, Qt::NoModifier, QString::fromUcs4(U"\U0001F511"));
        QCoreApplication::sendEvent(&edit, &emoji);
        QCOMPARE(bytes(edit.take()), QByteArray("ab\xF0\x9F\x94\x91"));
        // Ctrl+Backspace empties it.
        type(&edit, QStringLiteral("1234"));
        QTest::keyClick(&edit, Qt::Key_Backspace, Qt::ControlModifier);
        QVERIFY(edit.isEmpty());
    }

    void capacityIsKeptNotOverrun()
    {
        SecretEdit edit;
        type(&edit, QString(SecretEdit::kCapacity + 10, QLatin1Char('x')));
        QCOMPARE(edit.length(), SecretEdit::kCapacity);
        QCOMPARE(bytes(edit.take()).size(), SecretEdit::kCapacity);
    }

    void returnAndEscapeGoToTheDialog()
    {
        SecretEdit edit;
        QSignalSpy returned(&edit, &SecretEdit::returnPressed);
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(&edit, &enter);
        QCOMPARE(returned.count(), 1);
        QVERIFY(!enter.isAccepted());
        QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier, QStringLiteral("\x1b"));
        QCoreApplication::sendEvent(&edit, &escape);
        QVERIFY(!escape.isAccepted());
        QVERIFY(edit.isEmpty());
    }

    void pasteAppends()
    {
        QApplication::clipboard()->setText(QStringLiteral("ключ"));
        SecretEdit edit;
        type(&edit, QStringLiteral("1"));
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(bytes(edit.take()), QStringLiteral("1ключ").toUtf8());
    }
};

QTEST_MAIN(TestSecretEdit)
#include "tst_secret_edit.moc"
