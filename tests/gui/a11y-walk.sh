#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The accessibility walk (a11y_walk.py) in a display and a D-Bus session of its own: Xvfb, a private
# session bus with the AT-SPI bus launcher, Qt's AT-SPI bridge on, a fresh home for the demo.
#   a11y-walk.sh KOPII-BINARY LANG...
set -euo pipefail
kopii=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
if [[ -z "${A11Y_INSIDE:-}" ]]; then
    exec env A11Y_INSIDE=1 xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- "$0" "$kopii" "$@"
fi
home=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
unset QT_QPA_PLATFORMTHEME
/usr/libexec/at-spi-bus-launcher --launch-immediately 2>/dev/null &
# A window manager, so that a new window gets the keyboard as on a desktop.
openbox --sm-disable >/dev/null 2>&1 &
sleep 0.5
status=0
for lang in "$@"; do
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    /usr/bin/python3 "$here/a11y_walk.py" "$lang" "$kopii" || status=1
done
exit $status
