#!/usr/bin/env bash
# Builds and runs benchmarks in a private D-Bus session with its own unlocked
# gnome-keyring, like the test suite.
#   run-benchmark.sh NAME   one benchmark (e.g. bench_connect), its figures
#   run-benchmark.sh        the speed set side by side in one run, then every
#                           ratio and figure against its goal in one table
# Benchmarks print "RATIO id value goal" and "FIGURE id value goal" lines for
# the table; they never assert.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# The speed set of issue #18: window and tray, then the token paths.
SPEED_SET=(bench_startup bench_idle bench_tokens)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${SPEED_SET[@]}")
# Xvfb gives bench_idle a display with a tray.
install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_TEST_PACKAGES[@]}" xvfb
configure_and_build -DPLUGBOARD_BUILD_TESTS=ON
sandbox=$(mktemp -d -t plugboard-bench.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/runtime" && chmod 700 "$sandbox/runtime"
# PLUGBOARD_BENCH_* settings (rounds, idle seconds, another build) pass through.
passed=()
for variable in $(compgen -v PLUGBOARD_BENCH_ || true); do passed+=("$variable=${!variable}"); done
status=0
for name in "${names[@]}"; do
    binary=$(find "$PLUGBOARD_BUILD_DIR/tests/benchmarks" -maxdepth 1 -name "$name" -type f)
    [ -n "$binary" ] || { log "No benchmark named $name"; exit 2; }
    log "$name"
    # Each benchmark gets a fresh HOME and bus, so none sees another's entries.
    rm -rf "$sandbox/home" && mkdir -p "$sandbox/home"
    env -i PATH="$PATH" LANG=C.UTF-8 HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" \
        XDG_CONFIG_HOME="$sandbox/home/.config" XDG_DATA_HOME="$sandbox/home/.local/share" \
        XDG_STATE_HOME="$sandbox/home/.local/state" \
        PLUGBOARD_PRIVATE_KEYRING=1 QT_QPA_PLATFORM=offscreen "${passed[@]}" \
        dbus-run-session -- bash -c 'printf "plugboard-bench" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$1"' _ "$binary" \
        | tee -a "$sandbox/figures" || status=$?
done
if [ ${#names[@]} -gt 1 ] || grep -qE '^(RATIO|FIGURE) ' "$sandbox/figures"; then
    printf '\n%-46s %10s   %s\n' "Measure" "Value" "Goal"
    grep -E '^(RATIO|FIGURE) ' "$sandbox/figures" | while read -r kind id value goal; do
        [ "$kind" = RATIO ] && value="${value}x"
        printf '%-46s %10s   %s\n' "$id" "$value" "$goal"
    done
fi
exit "$status"
