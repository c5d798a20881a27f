#!/usr/bin/env bash
# Builds the Debian package and installs it as a person would, with
# `apt install ./plugboard_VERSION_ARCH.deb`, in a throw-away Debian 12 root:
# only what the package declares comes with it (no Recommends), so a
# missing dependency shows. Then checks that both programs start, that the
# desktop entry is valid and its command and icon are there, and prints a
# PASS/FAIL line per check and a summary; exits non-zero on any FAIL.
#
# Needs root (debootstrap, chroot) and the Debian archive: not part of the
# test command. The minimal root's packages are downloaded once and kept in
# build/try-package/bookworm-minbase.tgz, so a second run only unpacks them
# (and what the package depends on is kept in build/try-package/apt-archives).
# PLUGBOARD_KEEP_ROOT=1 keeps the root for a look around.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${PLUGBOARD_BUILD_PACKAGES[@]}" dpkg-dev debootstrap desktop-file-utils
work="$PLUGBOARD_BUILD_DIR/try-package"
tarball="$work/bookworm-minbase.tgz"
mkdir -p "$work"

# The archive this machine installs from, as the root's mirror.
mirror=$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb \+\(http[^ ]*\/debian\) \+bookworm .*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n1)
mirror_args=()
[ -z "$mirror" ] || mirror_args=("$mirror")

# Only what the package installs: the programs, the man page, the completion.
export CCACHE_DIR=${CCACHE_DIR:-"$PLUGBOARD_SOURCE_DIR/.ccache"}
[ -f "$PLUGBOARD_BUILD_DIR/build.ninja" ] || cmake -S "$PLUGBOARD_SOURCE_DIR" -B "$PLUGBOARD_BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
log "Building the packaged programs"
cmake --build "$PLUGBOARD_BUILD_DIR" --parallel "$(nproc)" \
    --target plugboard plugboard-cli plugboard-cli-full plugboard-cli-docs
log "Building the package (cpack)"
rm -rf "$work/deb"
cpack -G DEB -B "$work/deb" --config "$PLUGBOARD_BUILD_DIR/CPackConfig.cmake" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(find "$work/deb" -maxdepth 1 -name 'plugboard_*.deb' | head -n1)
[ -n "$deb" ] || { log "cpack made no plugboard_*.deb (see $work/cpack.log)"; exit 1; }

if [ ! -s "$tarball" ]; then
    log "Downloading a minimal Debian 12 (once; kept in $tarball)"
    rm -rf "$work/tarball-work"
    debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$work/tarball-work" \
        "${mirror_args[@]}" >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log"; exit 1; }
    mv "$tarball.part" "$tarball"
    rm -rf "$work/tarball-work"
fi

root=$(mktemp -d "$work/root.XXXXXX")
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    # Never delete through a mount that is still there: the cache is behind it.
    if ! umount "$root/var/cache/apt/archives" 2>/dev/null && mountpoint -q "$root/var/cache/apt/archives"; then
        log "Could not unmount $root/var/cache/apt/archives: left $root for you to remove"
    elif [ "${PLUGBOARD_KEEP_ROOT:-0}" = 1 ]; then
        log "Kept $root"
    else
        rm -rf "$root"
    fi
}
trap cleanup EXIT
log "Unpacking a fresh Debian 12 into $root"
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "${mirror_args[@]}" \
    >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log"; exit 1; }
mount -t proc proc "$root/proc"
# The packages apt downloads are kept too, for the next run.
mkdir -p "$work/apt-archives/partial"
mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Updates and security too, as on an installed Debian 12: the same sources as here.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
    rm -f "$root/etc/apt/sources.list"
fi
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

# in_root COMMAND...: runs in the root with a clean environment.
in_root() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        chroot "$root" "$@"
}
log "apt install ./$name in the root"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log"; exit 1; }
install_status=0
in_root sh -c "cd /tmp && apt install -y -q --no-install-recommends -o APT::Keep-Downloaded-Packages=true ./$name" \
    >>"$work/apt.log" 2>&1 || install_status=$?

passed=0 failed=0
# check NAME COMMAND...: PASS when COMMAND succeeds; shows its output.
check() {
    local name=$1 out status=0
    shift
    out=$("$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        printf 'PASS  %s%s\n' "$name" "${out:+: ${out//$'\n'/ | }}"
    else
        failed=$((failed + 1))
        printf 'FAIL  %s (exit %s)%s\n' "$name" "$status" "${out:+: ${out//$'\n'/ | }}"
    fi
}
entry="/usr/share/applications/org.plugboard.Plugboard.desktop"
exec_resolves() {
    local program
    program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root$entry")
    in_root sh -c "command -v '$program'"
}
missing_libraries() {
    local binary missing=""
    for binary in /usr/bin/plugboard /usr/bin/plugboard-cli /usr/libexec/plugboard/plugboard-cli-full; do
        missing+=$(in_root ldd "$binary" | grep 'not found' || true)
    done
    [ -z "$missing" ] || { echo "$missing"; return 1; }
    echo "every library of the three programs found"
}

echo
echo "== $name in a fresh Debian 12 ($(cat "$root/etc/debian_version")) =="
check "apt install ./$name" sh -c "[ $install_status -eq 0 ] && grep -E '^(Setting up plugboard|[0-9]+ upgraded)' '$work/apt.log'"
check "Depends" dpkg-deb -f "$deb" Depends
check "plugboard --version" in_root env QT_QPA_PLATFORM=xcb DISPLAY= plugboard --version
check "plugboard-cli --version" in_root plugboard-cli --version
check "desktop-file-validate $entry" sh -c "desktop-file-validate '$root$entry' && echo valid"
check "Exec= resolves" exec_resolves
check "Icon= installed" in_root ls /usr/share/icons/hicolor/scalable/apps/org.plugboard.Plugboard.svg
check "shared libraries" missing_libraries
check "man page" sh -c "gzip -dc '$root/usr/share/man/man1/plugboard-cli.1.gz' | grep -m1 '^\.TH'"
check "bash completion" in_root bash -c \
    'source /usr/share/bash-completion/completions/plugboard-cli && complete -p plugboard-cli'
# (apt-get's complaint about /dev/pts in a chroot is no failure.)
# shellcheck disable=SC2016 # expanded by the root's shell
check "apt remove plugboard" in_root sh -c \
    'apt-get remove -y -q plugboard >/tmp/remove.log 2>&1; s=$?; grep "^Removing" /tmp/remove.log; [ $s -eq 0 ] && [ ! -e /usr/bin/plugboard ]'
echo "try-package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
