#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages of kopii-cli (docs/man): each formats without a warning, and names every
# command the program's own help lists in that language, so that a new command cannot go
# undocumented.   check-man.sh KOPII_CLI MAN_DIR
set -euo pipefail
cli="$1"
dir="$2"
failed=0
for lang in en uk; do
    page="$dir/kopii-cli.1"
    header="Commands:"
    if [ "$lang" = uk ]; then
        page="$dir/uk/kopii-cli.1"
        header="Команди:"
    fi
    warnings="$(groff -k -man -ww -z -Tutf8 "$page" 2>&1 || true)"
    if [ -n "$warnings" ]; then
        echo "$page: groff warns:"; echo "$warnings"; failed=1
    fi
    text="$(groff -k -man -Tutf8 -P-cbou "$page" 2>/dev/null)"
    # The command lines of the help: from the header to the blank line after it; each command is
    # the leading words made of lower-case letters and dashes ("audit verify", "cert show").
    mapfile -t commands < <(QT_QPA_PLATFORM=offscreen "$cli" --lang "$lang" --help 2>/dev/null \
        | awk -v h="$header" '$0 == h {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {
              line = substr($0, 3); cut = index(line, "  "); if (cut) line = substr(line, 1, cut - 1)
              n = split(line, w, " "); phrase = ""
              for (i = 1; i <= n && w[i] ~ /^[a-z][a-z-]*$/; ++i) phrase = phrase (phrase ? " " : "") w[i]
              print phrase }')
    if [ "${#commands[@]}" -lt 20 ]; then
        echo "$lang: only ${#commands[@]} commands read from kopii-cli --help"; failed=1
    fi
    for command in "${commands[@]}"; do
        if ! grep -qE "^ {7}${command}( |$)" <<<"$text"; then
            echo "$page: the command \"$command\" (kopii-cli --lang $lang --help) is not described"; failed=1
        fi
    done
    echo "$lang: ${#commands[@]} commands checked in $page"
done
exit $failed
