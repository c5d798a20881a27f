#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz (ASan + UBSan, clang from Debian).
#
#   scripts/fuzz.sh TARGET [SECONDS]   one target (default 60 s)
#   scripts/fuzz.sh --all SECONDS      every target in turn
#   scripts/fuzz.sh --list             the targets' names
#
# Installs what is missing, configures and builds build-fuzz (only the core
# and the targets), then fuzzes with the committed seed corpus
# tests/fuzz/corpus/TARGET, never writing into it: new inputs go to
# build-fuzz/fuzz-work/TARGET/corpus, crashing inputs to
# build-fuzz/fuzz-work/TARGET/artifacts. Prints one summary line per target
# and exits non-zero when a target found something.
# PLUGBOARD_FUZZ_JOBS=N lets libFuzzer use N processes per target (default 1);
# PLUGBOARD_FUZZ_SKIP_BUILD=1 runs what is built (for several runs at once).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# llvm-14 brings llvm-symbolizer, so reports name files and lines.
PLUGBOARD_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)
FUZZ_BUILD_DIR="$PLUGBOARD_SOURCE_DIR/build-fuzz"
FUZZ_SOURCE_DIR="$PLUGBOARD_SOURCE_DIR/tests/fuzz"
# One target per tests/fuzz/fuzz_NAME.cpp (tests/fuzz/CMakeLists.txt lists them).
mapfile -t TARGETS < <(cd "$FUZZ_SOURCE_DIR" && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')

usage() {
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

build_fuzzers() {
    install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_FUZZ_PACKAGES[@]}"
    export CCACHE_DIR=${CCACHE_DIR:-"$PLUGBOARD_SOURCE_DIR/.ccache"}
    if [ ! -f "$FUZZ_BUILD_DIR/build.ninja" ]; then
        log "Configuring the fuzz targets in $FUZZ_BUILD_DIR (clang-14, ASan + UBSan)"
        cmake -S "$PLUGBOARD_SOURCE_DIR" -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER=clang++-14 -DPLUGBOARD_FUZZ=ON >/dev/null
    fi
    log "Building the fuzz targets"
    cmake --build "$FUZZ_BUILD_DIR" --parallel "$(nproc)"
}

# stat NAME LOG: the last value libFuzzer printed for NAME ("cov: 123").
last_stat() {
    grep -oE "$1: [0-9]+" "$2" | tail -1 | grep -oE '[0-9]+' || echo 0
}

# fuzz_one TARGET SECONDS: runs it; prints the summary line; 1 on a finding.
fuzz_one() {
    local name=$1 seconds=$2
    local work="$FUZZ_BUILD_DIR/fuzz-work/$name"
    local binary="$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$name"
    local seeds="$FUZZ_SOURCE_DIR/corpus/$name"
    local dict="$FUZZ_SOURCE_DIR/dictionaries/$name.dict"
    mkdir -p "$work/corpus" "$work/artifacts" "$work/tmp"
    local options=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
                   -max_len=65536 -artifact_prefix="$work/artifacts/")
    [ -f "$dict" ] && options+=(-dict="$dict")
    local jobs=${PLUGBOARD_FUZZ_JOBS:-1}
    [ "$jobs" -gt 1 ] && options+=(-fork="$jobs")
    local log_file="$work/last-run.log"
    local status=0
    # The first corpus folder receives new inputs; the committed seeds are only read.
    TMPDIR="$work/tmp" ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer \
        ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$binary" "${options[@]}" "$work/corpus" "$seeds" >"$log_file" 2>&1 || status=$?
    local execs rate cov ft corpus findings
    execs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log_file" | grep -oE '[0-9]+$' || echo 0)
    rate=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log_file" | grep -oE '[0-9]+$' || echo 0)
    cov=$(last_stat cov "$log_file")
    ft=$(last_stat ft "$log_file")
    # libFuzzer's own count: its folder also keeps inputs it later reduced.
    corpus=$(grep -oE 'corp: [0-9]+' "$log_file" | tail -1 | grep -oE '[0-9]+' || echo 0)
    findings=$(find "$work/artifacts" -type f -newer "$log_file.started" 2>/dev/null | wc -l)
    printf '%-14s %4ss  execs %-10s exec/s %-7s cov %-6s ft %-6s corpus %-6s findings %s\n' \
        "$name" "$seconds" "$execs" "$rate" "$cov" "$ft" "$corpus" "$findings"
    if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
        log "fuzz_$name found something (exit $status): see $log_file and $work/artifacts"
        grep -E '^==[0-9]+==ERROR|runtime error|fuzz check failed|^SUMMARY' "$log_file" | head -5 >&2 || true
        return 1
    fi
}

main() {
    [ $# -ge 1 ] || usage
    local names=() seconds
    case "$1" in
        --list) printf '%s\n' "${TARGETS[@]}"; return 0 ;;
        --all) [ $# -eq 2 ] || usage; names=("${TARGETS[@]}"); seconds=$2 ;;
        -*) usage ;;
        *) names=("$1"); seconds=${2:-60}
           [[ " ${TARGETS[*]} " == *" $1 "* ]] || { log "No fuzz target $1 (see --list)"; exit 2; } ;;
    esac
    [ "${PLUGBOARD_FUZZ_SKIP_BUILD:-0}" = 1 ] || build_fuzzers
    local failed=0 name
    for name in "${names[@]}"; do
        mkdir -p "$FUZZ_BUILD_DIR/fuzz-work/$name"
        touch "$FUZZ_BUILD_DIR/fuzz-work/$name/last-run.log.started"
        fuzz_one "$name" "$seconds" || failed=1
    done
    return "$failed"
}

main "$@"
