#!/usr/bin/env bash
# Installs missing Debian packages, builds Plugboard with its tests and runs
# the whole suite inside a private D-Bus session with its own unlocked
# gnome-keyring and temporary HOME/XDG folders: the user's real keyring and
# settings are never touched. Arguments go to ctest (e.g. -R keyring).
#
# Before the tests, every fuzz target (tests/fuzz, scripts/fuzz.sh) runs for
# PLUGBOARD_FUZZ_SECONDS (default 15) each, built with clang in build-fuzz;
# the run fails when one finds something. With ctest arguments fuzzing is
# skipped unless PLUGBOARD_FUZZ_SECONDS is set; 0 skips it always.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

started=$(date +%s)
install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_TEST_PACKAGES[@]}"
install_real_peers
configure_and_build -DPLUGBOARD_BUILD_TESTS=ON
built=$(date +%s)
log "Set-up and build took $((built - started)) s"

fuzz_seconds=${PLUGBOARD_FUZZ_SECONDS:-}
[ -z "$fuzz_seconds" ] && [ $# -eq 0 ] && fuzz_seconds=15
fuzz_status=0
if [ -n "$fuzz_seconds" ] && [ "$fuzz_seconds" -gt 0 ]; then
    log "Fuzzing every target for $fuzz_seconds s (scripts/fuzz.sh --all $fuzz_seconds)"
    "$PLUGBOARD_SOURCE_DIR/scripts/fuzz.sh" --all "$fuzz_seconds" || fuzz_status=$?
    [ "$fuzz_status" -eq 0 ] || log "Fuzzing failed (a finding, or the fuzz build): see above and build-fuzz/fuzz-work/*/artifacts"
fi

log "Running tests in a private D-Bus session with a private keyring"
status=0
run_suite_in_private_session "$@" || status=$?

# ctest's summary stays the last thing printed.
[ "$status" -ne 0 ] || status=$fuzz_status
exit "$status"
