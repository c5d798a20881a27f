#!/usr/bin/env bash
# Installs missing Debian packages, builds Plugboard and starts it.
# Arguments are passed to plugboard (e.g. --minimized).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}"
configure_and_build -DPLUGBOARD_BUILD_TESTS=OFF

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    log "No display found (DISPLAY and WAYLAND_DISPLAY are empty): start Plugboard from a desktop session."
    exit 1
fi
log "Starting Plugboard"
exec "$PLUGBOARD_BUILD_DIR/app/gui/plugboard" "$@"
