#!/bin/sh
# run-isolated.sh DEFAULT_ROOT NAME COMMAND [ARGS...]
# Runs COMMAND with HOME and every XDG folder inside ROOT/NAME, emptied first;
# ROOT is $PLUGBOARD_TEST_ROOT when the suite command sets it, else
# DEFAULT_ROOT. The folders are left behind on purpose: the suite's last test
# scans everything the tests wrote for leaked secrets.
set -eu
root=${PLUGBOARD_TEST_ROOT:-$1}
name=$2
shift 2
dir="$root/$name"
rm -rf "$dir"
mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/cache" "$dir/state" "$dir/runtime"
chmod 700 "$dir/runtime"
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" \
       XDG_CACHE_HOME="$dir/cache" XDG_STATE_HOME="$dir/state" XDG_RUNTIME_DIR="$dir/runtime"
exec "$@"
