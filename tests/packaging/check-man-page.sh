#!/usr/bin/env bash
# check-man-page.sh GROFF PAGE CLI
# The generated plugboard-cli(1) renders with every groff warning on and
# none printed, its compressed copy (the one installed) is the same page,
# and it has a section for every command `CLI --help` lists, with every
# long option that command's own --help lists.
set -euo pipefail
groff=$1 page=$2 cli=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

warnings=$("$groff" -man -Tutf8 -wall -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns about $page:"$'\n'"$warnings"
gzip -dc "$page.gz" | cmp -s - "$page" || fail "$page.gz is not $page compressed"

# Plain text: no bold or underline sequences to match around.
text=$("$groff" -man -Tutf8 -P-cbou "$page")
commands=$("$cli" --help | sed -n '/^Commands:$/,/^$/s/^  \([^ ]\+\).*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 10 ] || fail "read too few commands from $cli --help: $commands"
checked=0
for command in $commands; do
    grep -qx "   $command" <<<"$text" || fail "no section for $command in:"$'\n'"$text"
    # The command's section: from its heading to the next one.
    section=$(sed -n "/^   $command\$/,/^   [a-z]/p" <<<"$text")
    for option in $("$cli" "$command" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        # An entry of its own (the usage line names most options too).
        grep -Eq -- "^ {14}(-[a-zA-Z], )?$option( |,|\$)" <<<"$section" \
            || fail "$command's options lack $option:"$'\n'"$section"
        checked=$((checked + 1))
    done
done
grep -q '^EXIT STATUS$' <<<"$text" || fail "no EXIT STATUS section"
echo "PASS: $(wc -w <<<"$commands") commands and $checked options in $page, no groff warning"
