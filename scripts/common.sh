# Shared by build-and-run.sh and build-and-test.sh: install what Debian 12
# lacks, then configure and build with Ninja (and ccache when present).
# Sourced, not run.

PLUGBOARD_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLUGBOARD_BUILD_DIR=${PLUGBOARD_BUILD_DIR:-"$PLUGBOARD_SOURCE_DIR/build"}

# Build tools and libraries, then what the app needs at run time (SVG icons,
# Qt's own German strings), then what the tests need (a private keyring and
# session bus, readelf for the linkage test, clang-format for the style check,
# python3 for the code-shape check, zbarimg to read QR codes back).
PLUGBOARD_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache binutils pkgconf
    qt6-base-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libssl-dev libqrencode-dev
    libqt6svg6 qt6-translations-l10n
)
PLUGBOARD_TEST_PACKAGES=(
    dbus dbus-bin libglib2.0-bin gnome-keyring libsecret-tools clang-format file dpkg-dev desktop-file-utils
    chromium curl python3 zbar-tools
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
