// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace kopii {
class TrustStore;
}

namespace kopii::ui {

// `kopii FILE --trust PATH…`: adds the CA certificates and CRLs at `paths` to `trust` for this
// run. A root certificate in them is trusted only when its SHA-256 fingerprint is in `anchors`
// (--add-anchor) or the user confirms it, fingerprint in view; problems are shown to the user.
void addViewerTrust(TrustStore &trust, const QStringList &paths, const QStringList &anchors, QWidget *parent);

// Runs the Kopii GUI: arguments, language, workspace, main window. Returns the exit code.
int runGui(int argc, char *argv[]);

} // namespace kopii::ui
