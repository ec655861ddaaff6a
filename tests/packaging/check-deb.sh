#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from the build tree and checks its contents and dependencies.
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb="$(ls "$out"/*.deb)"
info="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $info"
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core \
           libgmime-3.0 libqrencode4 libzxing2 libpoppler-qt6-3 libp11-3 libseccomp2; do
    grep -q "$dep" <<<"$info" || { echo "missing dependency $dep" >&2; exit 1; }
done
files="$(dpkg-deb -c "$deb")"
for f in ./usr/bin/kopii ./usr/bin/kopii-cli ./usr/libexec/kopii/kopii-render ./usr/share/applications/ua.kopii.Kopii.desktop \
         ./usr/share/metainfo/ua.kopii.Kopii.metainfo.xml \
         ./usr/share/icons/hicolor/256x256/apps/ua.kopii.Kopii.png \
         ./usr/share/icons/hicolor/scalable/apps/ua.kopii.Kopii.svg \
         ./usr/lib/systemd/user/kopii-watch.service ./usr/lib/systemd/system/kopii-office-watch.service \
         ./usr/share/man/man1/kopii-cli.1 \
         ./usr/share/man/uk/man1/kopii-cli.1; do
    grep -q " $f\$" <<<"$files" || { echo "missing file $f" >&2; exit 1; }
done
# No test programs in the package.
if grep -q 'tst_\|kopii-test-holder\|kopii-test-pkcs11-shim\|bench_' <<<"$files"; then echo "test programs in the package" >&2; exit 1; fi
# The installed helper is found by the installed programs (../libexec/kopii beside bin/) and locks
# itself down there too.
root="$out/root"
dpkg-deb -x "$deb" "$root"
echo secret > "$out/secret"
"$root/usr/libexec/kopii/kopii-render" --sandbox-selftest "$out/secret" >/dev/null \
    || { echo "the packaged kopii-render does not lock itself down" >&2; exit 1; }
echo "ok: $(basename "$deb")"
