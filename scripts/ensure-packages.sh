#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages of the given sections of packaging/debian-packages.txt that are
# not installed yet. Idempotent: does nothing (and needs no network) when all are present.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$here/packaging/debian-packages.txt"
[ $# -gt 0 ] || { echo "usage: $0 SECTION..." >&2; exit 2; }

wanted=()
for section in "$@"; do
    mapfile -t pkgs < <(awk -v s="[$section]" '
        /^\[/ { on = ($0 == s); next }
        on && NF && $1 !~ /^#/ { print $1 }' "$list")
    [ ${#pkgs[@]} -gt 0 ] || { echo "no section [$section] in $list" >&2; exit 2; }
    wanted+=("${pkgs[@]}")
done

# A package counts as present when it is installed, or when an installed package provides it
# (e.g. a nodejs from another archive that bundles npm and conflicts with Debian's).
provided="$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' 2>/dev/null | awk '$1 == "ii" { $1 = ""; print }' |
    tr ',' '\n' | sed 's/([^)]*)//g; s/ //g' | sort -u)"
missing=()
for p in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ] || grep -qxF "$p" <<<"$provided" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "These packages are missing and there is no sudo to install them: ${missing[*]}" >&2
    echo "Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}"
