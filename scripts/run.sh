#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Kopii (release preset) and starts it. Arguments go to kopii, e.g. --workspace DIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/ensure-packages.sh build
cmake --preset release >/dev/null
cmake --build --preset release --target kopii kopii-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No graphical display found (DISPLAY and WAYLAND_DISPLAY are empty)." >&2
    echo "Start this from a desktop session; the command-line tool is build/release/app/cli/kopii-cli." >&2
    exit 1
fi
exec build/release/app/kopii "$@"
