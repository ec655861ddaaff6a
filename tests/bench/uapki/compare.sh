#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kopii against UAPKI (github.com/specinfo-ua/UAPKI, the Ukrainian reference library) on the same
# real DSTU 4145 CAdES-BES signature (../shared/fixtures/ua/cades/bes-attached.p7s), offline, with
# its chain to the ЦЗО root. A benchmark, not a test: CI does not run it (UAPKI's sources are not
# in the repository; fetch them first, e.g. git clone https://github.com/specinfo-ua/UAPKI, last
# compared at commit 12d8ff2).
#
#   bash tests/bench/uapki/compare.sh UAPKI_SOURCE_DIR [KOPII_BUILD_DIR]
#
# Builds UAPKI's library (Release, as its build script does) in $UAPKI_BUILD (default
# /tmp/kopii-uapki-bench), verifies the signature 1000 times through UAPKI's JSON interface
# (validation types STRUCT and CHAIN: the signature, its attributes and, for CHAIN, the chain), runs
# Kopii's bench_dstu from KOPII_BUILD_DIR (default build/dev: a Debug build, which only makes the
# comparison harder for Kopii) and prints how many times faster Kopii is. The issue asks for 5×.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
src="$(cd "$1" && pwd)"
kopii="${2:-$root/build/dev}"
work="${UAPKI_BUILD:-/tmp/kopii-uapki-bench}"
fixtures="${KOPII_FIXTURES:-$root/../shared/fixtures}"
[ -d "$src/library/uapki" ] || { echo "$src is not UAPKI's source tree (no library/uapki)" >&2; exit 2; }
[ -x "$kopii/tests/bench/bench_dstu" ] || { echo "no $kopii/tests/bench/bench_dstu: build Kopii first (cmake --build --preset dev)" >&2; exit 2; }

bash "$root/scripts/ensure-packages.sh" build bench-uapki
cmake -S "$src/library" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DUAPKI_CMAKE_ARCH=x64 > "$work.cmake.log" 2>&1 \
    || { tail -20 "$work.cmake.log" >&2; exit 1; }
cmake --build "$work/build" -j2 --target uapki > "$work.build.log" 2>&1 || { tail -20 "$work.build.log" >&2; exit 1; }
lib="$work/build/uapki:$work/build/uapkif:$work/build/uapkic"
g++ -O2 -std=c++17 -I "$src/library/uapki/include" "$here/uapki_verify.cpp" -L "$work/build/uapki" -luapki \
    -Wl,-rpath-link,"$work/build/uapkif:$work/build/uapkic" -o "$work/uapki_verify"

# UAPKI's certificate cache: the ЦЗО root Kopii bundles and the Diia CA of the fixtures.
rm -rf "$work/certs" && mkdir -p "$work/certs/crls"
cp "$root/resources/trust/czo-2020.cer" "$fixtures/ua/certs/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer" "$work/certs/"
uapki_out="$(LD_LIBRARY_PATH="$lib" "$work/uapki_verify" "$work/certs" "$fixtures/ua/cades/bes-attached.p7s" 1000 STRUCT CHAIN 2>/dev/null)"
echo "$uapki_out"
kopii_out="$(cd "$kopii" && KOPII_SOURCE_DIR="$root" KOPII_FIXTURES="$fixtures" QT_QPA_PLATFORM=offscreen \
    ./tests/bench/bench_dstu 2>/dev/null | grep 'CAdES-BES bes-attached.p7s')"
echo "Kopii $kopii_out"
kopii_rate="$(sed -n 's/.*= \([0-9.]*\) \/s.*/\1/p' <<< "$kopii_out")"
for type in STRUCT CHAIN; do
    rate="$(sed -n "s/^UAPKI VERIFY $type: .*= \([0-9.]*\) \/s.*/\1/p" <<< "$uapki_out")"
    awk -v k="$kopii_rate" -v u="$rate" -v t="$type" 'BEGIN { printf "Kopii / UAPKI (%s): %.1f× faster\n", t, k / u }'
done
