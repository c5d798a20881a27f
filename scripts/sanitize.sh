#!/usr/bin/env bash
# sanitize.sh [ctest args...]
# Builds Plugboard and its tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc, in build-asan) and runs the whole suite, keyring and GUI tests included,
# in the same private D-Bus session and keyring as build-and-test.sh. The
# programs the tests start (plugboard-cli, plugboard, helpers) run instrumented
# too. Every report, from a test or from a program it started, is written
# under build-asan/sanitizer-reports; the run fails when any exists, even if
# every test passed (a child's report need not fail the test that started it).
set -euo pipefail
PLUGBOARD_BUILD_DIR=${PLUGBOARD_BUILD_DIR:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build-asan"}
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Sanitized objects never match the normal build's: a cache of their own
# keeps them from pushing the normal build's objects out of the shared one.
export CCACHE_DIR=${PLUGBOARD_SANITIZE_CCACHE_DIR:-"$PLUGBOARD_SOURCE_DIR/.ccache-sanitize"}

started=$(date +%s)
install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_TEST_PACKAGES[@]}"
install_real_peers
# Debug: assert() and Q_ASSERT (also those in Qt's headers) are checked too.
# -O0 -g1 compiles in a third of the time -O2 -g takes with the sanitizers,
# and line tables are all a report needs; the tests spend their time in
# uninstrumented Qt, OpenSSL and the peers, so they hardly run slower.
# Benchmarks measure speed, which an instrumented build does not have.
# Instrumented code runs slower: every test's time limit is scaled rather
# than any test made to wait less.
configure_and_build -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DPLUGBOARD_BUILD_TESTS=ON -DPLUGBOARD_ENABLE_SANITIZERS=ON \
    -DPLUGBOARD_BUILD_BENCHMARKS=OFF -DPLUGBOARD_TEST_TIMEOUT_SCALE=4
built=$(date +%s)

reports="$PLUGBOARD_BUILD_DIR/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
suppressions="$PLUGBOARD_SOURCE_DIR/scripts/sanitize/lsan.supp"
# log_path: each process writes its report to REPORTS/asan.EXE.PID instead
# of its standard error, which a test that starts the CLI may not show.
# Leak reports come from LeakSanitizer inside ASan and go to the same file.
# fast_unwind_on_malloc=0: Qt and the system libraries have no frame
# pointers, so the fast unwinder stops inside them and a leak would show no
# caller; the full stack is what tells Qt's own leaks from ours.
PLUGBOARD_SUITE_ENV=(
    "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:print_stacktrace=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:fast_unwind_on_malloc=0:log_exe_name=1:log_path=$reports/asan"
    "LSAN_OPTIONS=suppressions=$suppressions:print_suppressions=0"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_exe_name=1:log_path=$reports/ubsan"
)

log "Set-up and build took $((built - started)) s. Running the instrumented suite in a private D-Bus session with a private keyring"
status=0
run_suite_in_private_session "$@" || status=$?
finished=$(date +%s)

found=$(find "$reports" -type f | sort)
if [ -n "$found" ]; then
    while IFS= read -r report; do
        log "Sanitizer report $report"
        cat "$report" >&2
    done <<< "$found"
    log "$(wc -l <<< "$found") sanitizer report(s) in $reports: the run fails"
    [ "$status" -ne 0 ] || status=1
else
    log "No sanitizer report (they would be in $reports)"
fi
log "Tests took $((finished - built)) s"
exit "$status"
