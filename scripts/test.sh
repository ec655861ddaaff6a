#!/usr/bin/env bash
# Builds Kopii with its tests (dev preset: warnings as errors) and runs the whole test suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/ensure-packages.sh build test
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev "$@"
