#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs jkurwa from npm into DIR (with the asn1.js fork from ../shared/vendor/npm, which npm
# cannot fetch from its GitHub reference here), beside a copy of jkurwa.js. Idempotent.
#   install.sh DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: $0 DIR}"
tgz="$(cd "$here/../../../../shared/vendor/npm" && pwd)/asn1.js-muromec-4.9.1.tgz"
[ -f "$tgz" ] || { echo "install.sh: $tgz is missing (../shared beside the checkout)" >&2; exit 1; }
mkdir -p "$out"
sed "s#ASN1_TGZ#$tgz#g" "$here/package.json" > "$out/package.json.new"
cp "$here/jkurwa.js" "$out/jkurwa.js"
if [ -d "$out/node_modules/jkurwa" ] && cmp -s "$out/package.json.new" "$out/package.json"; then
    rm "$out/package.json.new"
    exit 0
fi
mv "$out/package.json.new" "$out/package.json"
(cd "$out" && npm install --no-audit --no-fund --prefer-offline --loglevel=error)
