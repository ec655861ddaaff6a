// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QLabel>
#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace kopii::ui {

// One input of a form with its label and the line under it that explains what is wrong.
class FormField : public QObject
{
    Q_OBJECT

public:
    // Adds a row to the layout: label, input, and an (initially hidden) error line.
    FormField(QFormLayout *layout, const QString &id, QWidget *input, QObject *parent);

    QString id() const { return m_id; }
    QWidget *input() const { return m_input; }
    QLabel *label() const { return m_label; }
    QLabel *errorLabel() const { return m_error; }

    void setLabelText(const QString &text, bool required);
    void setPlaceholder(const QString &text);
    QString text() const;
    void setText(const QString &text);

    // Shows the messages for this field among `errors` (or hides the error line).
    // Returns true when there was one.
    bool showErrors(const QList<FieldError> &errors);
    void clearError();

    // Makes `window` tall enough for its wrapped error lines at its current width.
    static void growToFit(QWidget *window);

Q_SIGNALS:
    void edited();

private:
    QString m_id;
    QWidget *m_input;
    QLabel *m_label;
    QLabel *m_error;
    QFormLayout *m_layout = nullptr;
};

} // namespace kopii::ui
