#pragma once

class QLabel;
class QString;

// Small building blocks that give Kopii's pages one look.
namespace kopii::ui {

// The heading at the top of a page.
QLabel *makeTitleLabel();
// A red, word-wrapped line that explains what is wrong; hidden until it has something to say.
QLabel *makeErrorLabel(const QString &objectName);

} // namespace kopii::ui
