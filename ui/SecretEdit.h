// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Secret.h"

#include <QWidget>

#include <array>

namespace kopii::ui {

// A field for a PIN or password that keeps what is typed in a fixed buffer of its own, wiped when
// it is taken, cleared or destroyed (review finding L5). QLineEdit cannot be used for this: it
// keeps the text in buffers of its own (and its undo history) that nobody can wipe. The field
// shows one dot per character and never hands the text out except as a Secret through take().
// What Qt's key events carry on their way here is outside Kopii's reach, and short-lived.
class SecretEdit : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCapacity = 256;

    explicit SecretEdit(QWidget *parent = nullptr);
    ~SecretEdit() override;

    // The typed text as UTF-8; the field is empty (and wiped) afterwards.
    Secret take();
    // The typed text as UTF-8, and the field keeps it (a form that may be sent again).
    Secret copy() const;
    void clear();
    bool isEmpty() const { return m_length == 0; }
    int length() const { return m_length; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

Q_SIGNALS:
    void edited(); // a character typed or removed (the text itself is never signalled)
    void returnPressed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void append(const QString &text);
    void wipe();

    std::array<char32_t, kCapacity> m_chars{};
    int m_length = 0;
};

} // namespace kopii::ui
