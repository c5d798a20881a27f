#!/usr/bin/env bash
# check-completion.sh COMPLETION BIN_DIR [BASH_COMPLETION]
# Loads the generated completion into this bash (after bash-completion's
# own script when given, as in an interactive shell that loads ours from
# /usr/share/bash-completion) and asks it what a person pressing Tab would get, with plugboard-cli from BIN_DIR first on PATH and
# connections in this test's private HOME (run-isolated.sh). Each command
# `plugboard-cli --help` lists must be offered, with every option its own
# --help lists: a new command is completed without editing anything.
set -uo pipefail
completion=$1
export PATH="$2:$PATH"
helpers=${3:-}
failures=0 passes=0

# Three accounts: two GitHub ones, so ids carry the account; google is
# there to be filtered out of "gi".
mkdir -p "$XDG_DATA_HOME/plugboard"
cat > "$XDG_DATA_HOME/plugboard/connections.json" <<'JSON'
{"version": 1, "connections": [
 {"platform": "github", "account_id": "583231", "account_name": "octocat", "state": "connected"},
 {"platform": "github", "account_id": "9919", "account_name": "hubot", "state": "connected"},
 {"platform": "gitlab", "account_id": "42", "account_name": "alex", "state": "connected"},
 {"platform": "google", "account_id": "1138", "account_name": "alex@example.com", "state": "connected"}
]}
JSON

# shellcheck source=/dev/null
[ -z "$helpers" ] || source "$helpers" || { echo "FAIL: sourcing $helpers"; exit 1; }
# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: sourcing $completion"; exit 1; }

# candidates WORD...: what completing the last word offers, sorted. The
# words are split at = and : into words of their own, as bash does.
candidates() {
    local token
    COMP_WORDS=()
    for token in "$@"; do
        [ -n "$token" ] || COMP_WORDS+=("")
        while [[ $token =~ ^([^=:]*)([=:]+)(.*)$ ]]; do
            [ -z "${BASH_REMATCH[1]}" ] || COMP_WORDS+=("${BASH_REMATCH[1]}")
            COMP_WORDS+=("${BASH_REMATCH[2]}")
            token=${BASH_REMATCH[3]}
        done
        [ -z "$token" ] || COMP_WORDS+=("$token")
    done
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _plugboard_cli
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}

# expect "WORDS" EXPECTED...: the candidates for WORDS are exactly EXPECTED.
expect() {
    local words=$1
    shift
    local wanted actual
    wanted=$(printf '%s\n' "$@" | sed '/^$/d' | sort)
    # shellcheck disable=SC2086 # the words are split on purpose; '' is an empty word
    eval "actual=\$(candidates $words)"
    if [ "$actual" = "$wanted" ]; then
        passes=$((passes + 1))
    else
        echo "FAIL: plugboard-cli completes [$words] to [${actual//$'\n'/ }], wanted [${wanted//$'\n'/ }]"
        failures=$((failures + 1))
    fi
}

commands=$(plugboard-cli --help | sed -n '/^Commands:$/,/^$/s/^  \([^ ]\+\).*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 10 ] || { echo "FAIL: read too few commands from --help: $commands"; exit 1; }
# shellcheck disable=SC2086
expect "plugboard-cli ''" $commands
expect "plugboard-cli to" token
expect "plugboard-cli --v" --version
for command in $commands; do
    # shellcheck disable=SC2046
    expect "plugboard-cli $command --" $(plugboard-cli "$command" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
done
expect "plugboard-cli token --" --help --json --min-validity
expect "plugboard-cli token gi" github/583231 github/9919 gitlab/42
expect "plugboard-cli token github/5" github/583231
expect "plugboard-cli token ''" github/583231 github/9919 gitlab/42 google/1138
expect "plugboard-cli token --json go" google/1138
expect "plugboard-cli token --min-validity ''"
expect "plugboard-cli token --min-validity 60 gitl" gitlab/42
expect "plugboard-cli disconnect gitl" gitlab/42
expect "plugboard-cli audit --connection go" google/1138
expect "plugboard-cli audit --connection=go" google/1138
expect "plugboard-cli audit --since 7d ve" verify
expect "plugboard-cli audit --since=7d ve" verify
expect "plugboard-cli grants allow /usr/bin/env gitl" gitlab/42
expect "plugboard-cli credentials ''" set show remove
expect "plugboard-cli credentials set githu" github
expect "plugboard-cli connect githu" github
expect "plugboard-cli providers --client-auth ''" basic post none
expect "plugboard-cli nonsense ''"

echo "${helpers:+with $helpers: }$passes passed, $failures failed"
[ "$failures" -eq 0 ]
