#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Kopii with its tests (dev preset: warnings as errors) and runs the whole test suite; then,
# unless ctest arguments narrow the run, the fuzz targets (tests/fuzz: clang-16, libFuzzer, ASan,
# UBSan) over their seeds and regressions plus 30 seconds of new inputs each.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/ensure-packages.sh build test
# ccache hashes paths relative to the checkout, so that a fresh clone elsewhere reuses what an
# earlier build compiled (the debug info then names the first checkout's paths, which tests ignore).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev "$@"
if [ $# -eq 0 ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz
fi
