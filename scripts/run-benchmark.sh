#!/usr/bin/env bash
# Builds and runs one benchmark (e.g. bench_connect) in a private D-Bus
# session with its own unlocked gnome-keyring, like the test suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
name=${1:?usage: run-benchmark.sh NAME (e.g. bench_connect)}
install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_TEST_PACKAGES[@]}"
configure_and_build -DPLUGBOARD_BUILD_TESTS=ON
sandbox=$(mktemp -d -t plugboard-bench.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/runtime" && chmod 700 "$sandbox/runtime"
binary=$(find "$PLUGBOARD_BUILD_DIR/tests/benchmarks" -maxdepth 1 -name "$name" -type f)
env -i PATH="$PATH" LANG=C.UTF-8 HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" \
    XDG_CONFIG_HOME="$sandbox/home/.config" XDG_DATA_HOME="$sandbox/home/.local/share" \
    PLUGBOARD_PRIVATE_KEYRING=1 QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- bash -c 'printf "plugboard-bench" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$1"' _ "$binary"
