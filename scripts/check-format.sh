#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ source of Kopii follows .clang-format, and every source and build file names its licence
# (an SPDX-License-Identifier line near the top; the licence is in LICENSE). Prints the files that do
# not, with what clang-format would change; exit 1 when there are any.
# `scripts/check-format.sh --fix` formats them (the licence line is added by hand).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tool=${CLANG_FORMAT:-clang-format}
if ! command -v "$tool" >/dev/null; then
    echo "check-format: $tool is missing (scripts/ensure-packages.sh test installs it)" >&2
    exit 1
fi
mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | grep -v '/fuzz/corpus/' | sort)
if [[ ${1:-} == --fix ]]; then
    "$tool" -i "${files[@]}"
    exit 0
fi
bad=0
for f in "${files[@]}"; do
    if ! diff -u "$f" <("$tool" "$f") >/tmp/check-format.$$ 2>&1; then
        echo "check-format: $f is not formatted; run scripts/check-format.sh --fix" >&2
        head -20 /tmp/check-format.$$ >&2
        bad=1
    fi
done
rm -f /tmp/check-format.$$
mapfile -t sources < <(find app ui tests scripts packaging cmake -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' \
    -o -name '*.cmake' -o -name CMakeLists.txt | grep -v '/fuzz/corpus/' | sort)
sources+=(CMakeLists.txt)
for f in "${sources[@]}"; do
    if ! head -3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "check-format: $f has no 'SPDX-License-Identifier: GPL-3.0-or-later' line at its top" >&2
        bad=1
    fi
done
exit $bad
