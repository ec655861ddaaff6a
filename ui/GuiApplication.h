#pragma once

namespace kopii::ui {

// Runs the Kopii GUI: arguments, language, workspace, main window. Returns the exit code.
int runGui(int argc, char *argv[]);

} // namespace kopii::ui
