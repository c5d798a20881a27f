# Shared by build-and-run.sh, build-and-test.sh and sanitize.sh: install what
# Debian 12 lacks, configure and build with Ninja (and ccache when present),
# and run the suite in a private session. Sourced, not run.

PLUGBOARD_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLUGBOARD_BUILD_DIR=${PLUGBOARD_BUILD_DIR:-"$PLUGBOARD_SOURCE_DIR/build"}

# Build tools and libraries (python3 writes plugboard-cli's man page and
# completion from its help), then what the app needs at run time (SVG icons,
# Qt's own German strings), then what the tests need (a private keyring and
# session bus, readelf for the linkage test, clang-format for the style check,
# python3 for the code-shape check, zbarimg to read QR codes back; the
# packaging tests' validators, groff to render the man page and
# bash-completion to load the completion as an interactive shell does).
PLUGBOARD_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache binutils pkgconf python3
    qt6-base-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libqrencode-dev
    libqt6svg6 qt6-translations-l10n
)
PLUGBOARD_TEST_PACKAGES=(
    dbus dbus-bin libglib2.0-bin gnome-keyring libsecret-tools clang-format file dpkg-dev desktop-file-utils
    appstream groff-base bash-completion chromium curl python3 zbar-tools tinyproxy openssl
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "Need root to run: $* (install sudo or run as root)"
        return 1
    fi
}

# install_missing PACKAGE... : apt-get installs only what dpkg does not have.
install_missing() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# install_real_peers: Node.js (Debian's, unless the machine has one) and the
# npm packages pinned in tests/realpeers/package-lock.json: the certified
# authorization server and the browser driver the real-peer tests use.
# `npm ci` runs only when the lockfile changed since the last install.
install_real_peers() {
    command -v node >/dev/null 2>&1 || install_missing nodejs npm
    local folder="$PLUGBOARD_SOURCE_DIR/tests/realpeers"
    local stamp="$folder/node_modules/.plugboard-installed"
    local wanted
    wanted=$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        log "Installing the pinned real-peer packages (npm ci)"
        (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
        echo "$wanted" > "$stamp"
    fi
}

# configure_and_build [extra cmake args...]
configure_and_build() {
    export CCACHE_DIR=${CCACHE_DIR:-"$PLUGBOARD_SOURCE_DIR/.ccache"}
    if [ ! -f "$PLUGBOARD_BUILD_DIR/build.ninja" ]; then
        log "Configuring in $PLUGBOARD_BUILD_DIR"
        cmake -S "$PLUGBOARD_SOURCE_DIR" -B "$PLUGBOARD_BUILD_DIR" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    fi
    log "Building"
    cmake --build "$PLUGBOARD_BUILD_DIR" --parallel "$(nproc)"
}

# NAME=VALUE entries the suite's private session gets on top of its own
# (sanitize.sh passes its sanitizer options this way).
PLUGBOARD_SUITE_ENV=()

# run_suite_in_private_session [ctest args...]
# Runs ctest in PLUGBOARD_BUILD_DIR inside a private D-Bus session with its
# own unlocked gnome-keyring and temporary HOME/XDG folders: the user's real
# keyring and settings are never touched. Returns ctest's status.
run_suite_in_private_session() {
    PLUGBOARD_SANDBOX=$(mktemp -d -t plugboard-tests.XXXXXX) || return 1
    trap 'rm -rf "$PLUGBOARD_SANDBOX"' EXIT
    mkdir -p "$PLUGBOARD_SANDBOX/home" "$PLUGBOARD_SANDBOX/runtime" "$PLUGBOARD_SANDBOX/tests" || return 1
    chmod 700 "$PLUGBOARD_SANDBOX/runtime" || return 1
    # env -i drops the caller's DBUS_SESSION_BUS_ADDRESS, DISPLAY and XDG
    # folders; dbus-run-session starts a bus that dies with the run. The keyring
    # daemon creates and unlocks login.keyring under the private HOME, and ctest
    # runs on the same bus so the tests reach only that keyring.
    env -i PATH="$PATH" LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        HOME="$PLUGBOARD_SANDBOX/home" XDG_RUNTIME_DIR="$PLUGBOARD_SANDBOX/runtime" \
        PLUGBOARD_PRIVATE_KEYRING=1 PLUGBOARD_TEST_ROOT="$PLUGBOARD_SANDBOX/tests" \
        "${PLUGBOARD_SUITE_ENV[@]}" \
        dbus-run-session -- bash -c '
            set -euo pipefail
            printf "plugboard-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            cd "$1"
            shift
            exec ctest --output-on-failure --parallel "$(nproc)" "$@"
        ' _ "$PLUGBOARD_BUILD_DIR" "$@"
}
