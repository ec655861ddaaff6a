// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SecretEdit.h"

#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace kopii::ui {

namespace {

// What a screen reader is told of the field: a password field (AT-SPI "password text") with its
// name, and as its value one bullet per character typed, never the characters.
class SecretEditAccessible : public QAccessibleWidget
{
public:
    explicit SecretEditAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::EditableText) {}

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.passwordEdit = true;
        s.editable = true;
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return QString(static_cast<const SecretEdit *>(widget())->length(), QChar(0x2022));
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *secretEditAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String(SecretEdit::staticMetaObject.className()) && object && object->isWidgetType())
        return new SecretEditAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

SecretEdit::SecretEdit(QWidget *parent) : QWidget(parent)
{
    static const bool accessible = [] {
        QAccessible::installFactory(secretEditAccessible);
        return true;
    }();
    Q_UNUSED(accessible)
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, true);
    setAttribute(Qt::WA_KeyCompression, false);
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

SecretEdit::~SecretEdit()
{
    wipe();
}

void SecretEdit::wipe()
{
    Secret::wipeMemory(m_chars.data(), sizeof m_chars);
    m_length = 0;
}

Secret SecretEdit::take()
{
    Secret text = copy();
    clear();
    return text;
}

Secret SecretEdit::copy() const
{
    QByteArray utf8;
    utf8.reserve(4 * m_length + 1); // one buffer, filled in place: no copy is left behind
    for (int i = 0; i < m_length; ++i) {
        const char32_t c = m_chars[size_t(i)];
        if (c < 0x80) {
            utf8.append(char(c));
        } else if (c < 0x800) {
            utf8.append(char(0xC0 | (c >> 6)));
            utf8.append(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            utf8.append(char(0xE0 | (c >> 12)));
            utf8.append(char(0x80 | ((c >> 6) & 0x3F)));
            utf8.append(char(0x80 | (c & 0x3F)));
        } else {
            utf8.append(char(0xF0 | (c >> 18)));
            utf8.append(char(0x80 | ((c >> 12) & 0x3F)));
            utf8.append(char(0x80 | ((c >> 6) & 0x3F)));
            utf8.append(char(0x80 | (c & 0x3F)));
        }
    }
    return Secret(std::move(utf8));
}

void SecretEdit::clear()
{
    const bool had = m_length > 0;
    wipe();
    update();
    if (had)
        Q_EMIT edited();
}

void SecretEdit::append(const QString &text)
{
    bool changed = false;
    for (const char32_t c : text.toUcs4()) {
        if (m_length >= kCapacity)
            break;
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
            continue; // no control characters in a PIN
        m_chars[size_t(m_length++)] = c;
        changed = true;
    }
    if (changed) {
        update();
        Q_EMIT edited();
    }
}

QSize SecretEdit::sizeHint() const
{
    QStyleOptionFrame option;
    option.initFrom(this);
    const QFontMetrics fm(font());
    const QSize content(fm.horizontalAdvance(QLatin1Char('x')) * 17 + 4, fm.height() + 4);
    return style()->sizeFromContents(QStyle::CT_LineEdit, &option, content, this);
}

QSize SecretEdit::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {hint.width() / 3, hint.height()};
}

QVariant SecretEdit::inputMethodQuery(Qt::InputMethodQuery query) const
{
    switch (query) {
    case Qt::ImEnabled: return isEnabled();
    case Qt::ImHints: return int(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    case Qt::ImCursorRectangle: return rect();
    default: return QWidget::inputMethodQuery(query);
    }
}

void SecretEdit::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QStyleOptionFrame panel;
    panel.initFrom(this);
    panel.lineWidth = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &panel, this);
    panel.midLineWidth = 0;
    panel.state |= QStyle::State_Sunken;
    if (hasFocus())
        panel.state |= QStyle::State_HasFocus;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &panel, &p, this);
    const QRect r = style()->subElementRect(QStyle::SE_LineEditContents, &panel, this).adjusted(4, 0, -4, 0);
    const QChar bullet(style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter, &panel, this));
    const QString dots(m_length, bullet);
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    p.setClipRect(r);
    const QFontMetrics fm(font());
    const int shown = std::min(fm.horizontalAdvance(dots), r.width() - 2);
    p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, dots);
    if (hasFocus() && isEnabled()) {
        const int x = r.left() + shown + 1;
        p.drawLine(x, r.center().y() - fm.height() / 2, x, r.center().y() + fm.height() / 2);
    }
}

void SecretEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT returnPressed();
        event->ignore(); // the dialog's default button takes it
        return;
    }
    if (event->key() == Qt::Key_Backspace) {
        if (m_length > 0) {
            m_chars[size_t(--m_length)] = 0;
            if (event->modifiers() & Qt::ControlModifier)
                wipe();
            update();
            Q_EMIT edited();
        }
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        if (const QClipboard *clipboard = QApplication::clipboard())
            append(clipboard->text());
        return;
    }
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab
        || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        event->ignore();
        return;
    }
    if (!event->text().isEmpty()) {
        append(event->text());
        return;
    }
    event->ignore();
}

void SecretEdit::inputMethodEvent(QInputMethodEvent *event)
{
    append(event->commitString());
    event->accept();
}

void SecretEdit::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void SecretEdit::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void SecretEdit::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void SecretEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace kopii::ui
