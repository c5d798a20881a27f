#!/usr/bin/env bash
# Installs missing Debian packages, builds Plugboard with its tests and runs
# the whole suite inside a private D-Bus session with its own unlocked
# gnome-keyring and temporary HOME/XDG folders: the user's real keyring and
# settings are never touched. Arguments go to ctest (e.g. -R keyring).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

started=$(date +%s)
install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" "${PLUGBOARD_TEST_PACKAGES[@]}"
install_real_peers
configure_and_build -DPLUGBOARD_BUILD_TESTS=ON
built=$(date +%s)

log "Set-up and build took $((built - started)) s. Running tests in a private D-Bus session with a private keyring"
status=0
run_suite_in_private_session "$@" || status=$?

# ctest's summary stays the last thing printed.
exit "$status"
