// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FormField.h"

#include "ui/Widgets.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>

namespace kopii::ui {

FormField::FormField(QFormLayout *layout, const QString &id, QWidget *input, QObject *parent)
    : QObject(parent), m_id(id), m_input(input), m_label(makeLabel()), m_error(makeErrorLabel(id + QStringLiteral("Error")))
{
    m_label->setBuddy(input);
    m_error->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    input->setObjectName(id);

    // The error line is a row of its own under the input: QFormLayout then sizes the wrapped
    // text correctly, and the row disappears while there is no error.
    layout->addRow(m_label, input);
    layout->addRow(QString(), m_error);
    layout->setRowVisible(m_error, false);
    m_layout = layout;

    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textEdited, this, &FormField::edited);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(input))
        connect(plain, &QPlainTextEdit::textChanged, this, &FormField::edited);
}

void FormField::setLabelText(const QString &text, bool required)
{
    m_label->setText(required ? text + QStringLiteral(" *") : text);
    m_input->setAccessibleName(text);
}

void FormField::setPlaceholder(const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(m_input))
        line->setPlaceholderText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_input))
        plain->setPlaceholderText(text);
}

QString FormField::text() const
{
    if (auto *line = qobject_cast<QLineEdit *>(m_input))
        return line->text();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_input))
        return plain->toPlainText();
    return QString();
}

void FormField::setText(const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(m_input))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_input))
        plain->setPlainText(text);
}

bool FormField::showErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const auto &e : errors)
        if (e.field == m_id)
            messages << e.message;
    if (messages.isEmpty()) {
        clearError();
        return false;
    }
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_layout->setRowVisible(m_error, true);
    growToFit(m_input->window());
    m_input->setAccessibleDescription(m_error->text());
    return true;
}

void FormField::growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void FormField::clearError()
{
    m_error->clear();
    m_layout->setRowVisible(m_error, false);
    m_input->setAccessibleDescription(QString());
}

} // namespace kopii::ui
