// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialogButtonBox>
#include <QString>

class QLabel;
class QPalette;
class QVariant;

// Small building blocks that give Kopii's pages one look.
namespace kopii::ui {

// Every label of Kopii shows its text as plain text: names in certificates, file names, server
// answers and subjects come from strangers, and Qt's default (AutoText) would render any of them
// that looks like HTML as HTML (review finding L4). tst_gui_plaintext walks every window and
// fails on a label left at AutoText.
QLabel *makeLabel(const QString &text = QString());
// The one exception: a label whose HTML Kopii builds itself, every piece of data in it passed
// through QString::toHtmlEscaped(). Links are not opened.
QLabel *makeRichLabel();

// Qt shows a tooltip as HTML when it looks like HTML: text from data goes in escaped, inside HTML
// of Kopii's own, so it is always shown as the text it is. A non-string value is passed through.
QString plainToolTip(const QString &text);
QVariant plainToolTip(const QVariant &value);

// The heading at the top of a page.
QLabel *makeTitleLabel();
// A red, word-wrapped line that explains what is wrong; hidden until it has something to say.
QLabel *makeErrorLabel(const QString &objectName);

// The colours that say good, bad, take care and by the way (verdicts, errors, notes), readable on
// the palette's window and base: the dark shades on a light desktop, light ones in a dark theme,
// and the palette's own text colour where neither has contrast enough (high contrast themes).
// Every such colour of Kopii's comes from here; tst_gui_themes checks each against WCAG's 4.5:1.
enum class Tone { Good, Bad, Caution, Muted };
QColor toneColor(Tone tone, const QPalette &palette);
QColor toneColor(Tone tone); // of the application's palette
// "#rrggbb", for HTML and style sheets.
QString toneName(Tone tone);
// WCAG 2's contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

// A dialog's row of buttons. Qt 6.4's button box takes the keyboard focus itself on its way to its
// buttons: a screen reader then announces an unnamed "panel", and Tab skips the default button
// (the accessibility walk, tests/gui/a11y_walk.py, found it). The box here never takes focus; its
// buttons do, each in turn.
QDialogButtonBox *makeButtonBox(QDialogButtonBox::StandardButtons buttons);

} // namespace kopii::ui
