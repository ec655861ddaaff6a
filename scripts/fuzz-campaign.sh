#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long fuzzing campaign: builds the fuzz preset (clang-16, libFuzzer, ASan, UBSan) and runs
# every target (or those named) until it has made EXECS executions (default 10 million), keeping
# what it learns in build/fuzz/tests/fuzz/corpus/NAME. A crash leaves crash-*/leak-*/timeout-* in
# build/fuzz/campaign/NAME: minimise it, fix the cause, and check it in under tests/fuzz/regressions/.
#   scripts/fuzz-campaign.sh [-n EXECS] [-j JOBS] [NAME...]
# Two campaigns over different targets may run at once (say one per core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
execs=10000000
jobs=1
while getopts "n:j:" opt; do
    case "$opt" in
        n) execs="$OPTARG" ;;
        j) jobs="$OPTARG" ;;
        *) echo "usage: $0 [-n EXECS] [-j JOBS] [NAME...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
bash scripts/ensure-packages.sh build test
# Several campaigns may run side by side (one per core): one builds at a time.
mkdir -p build
(
    flock 9
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
) 9>build/.fuzz-campaign.lock
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(imap mime verify der keyfile trustedlist qr render pdfsig)
out="build/fuzz/campaign"
mkdir -p "$out"
for name in "${names[@]}"; do
    dir="$out/$name"
    mkdir -p "$dir" "build/fuzz/tests/fuzz/corpus/$name"
    echo "== $name: $execs executions"
    # One job runs in this process (its output in log.txt); several run as workers, each with its
    # own fuzz-N.log in the same folder.
    parallel=()
    [ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
    (cd "$dir" && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$here/build/fuzz/tests/fuzz/fuzz_$name" -runs="$execs" "${parallel[@]}" \
        -timeout=120 `# wall-clock: a niced campaign starved by a build must not call that a hang` \
        -rss_limit_mb=4096 -print_final_stats=1 \
        "$here/build/fuzz/tests/fuzz/corpus/$name" "$here/build/fuzz/tests/fuzz/seeds/$name" \
        "$here/tests/fuzz/regressions" 2>&1 | tee "$here/$dir/log.txt" | grep -E "^(#[0-9]+.*(DONE|pulse)|stat::|==[0-9]+==ERROR|SUMMARY)" || true)
done
