#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders Kopii's main screens offscreen into PNGs, through the GUI tests that drive them: the
# welcome of the first start, the demo workspace (inbox with every verdict, branches, DEMO posters),
# organisation, branches and services, posters, settings, the login dialog, mailboxes, the inbox
# with its verdicts and signature panel, the single-signature viewer, the audit log.
#   bash docs/screenshot-tour.sh [OUTDIR]     (default: build/dev/screenshots)
# Look at every picture after a change to a screen.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="$(realpath -m "${1:-build/dev/screenshots}")"
bash scripts/ensure-packages.sh build test
cmake --preset dev >/dev/null
cmake --build --preset dev
rm -rf "$out"
mkdir -p "$out"
KOPII_SCREENSHOT_DIR="$out" ctest --preset dev -L gui -R "test_pki|tst_gui|tst_e2e_gui" >/dev/null
ls -1 "$out"
echo "screenshots in $out"
