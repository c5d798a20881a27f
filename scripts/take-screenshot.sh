#!/usr/bin/env bash
# Retakes the README's screenshots under Xvfb, in English and German: the
# main window with accounts in several states (connected, expiring,
# degraded, needs reconnect, needs re-consent, an API key), a platform ready to connect
# and the rest of the catalog; and the first launch, with nothing set up.
# Uses a temporary HOME and a private D-Bus session: nothing real is read
# or touched. Run after building (./scripts/build-and-run.sh builds).
#
# With --settings OUTPUT_DIR: the Settings dialog instead (each tab, and the
# screen), in English and German at 800x600 and 1920x1080:
# OUTPUT_DIR/settings-{en,de}-{800x600,1920x1080}{,-secrets,-network,-screen}.png.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing xvfb x11-apps imagemagick dbus dbus-bin
[ "${1:-}" != --settings ] || install_missing xdotool
binary="$PLUGBOARD_BUILD_DIR/app/gui/plugboard"
[ -x "$binary" ] || { log "Build first: $binary is missing"; exit 1; }

sandbox=$(mktemp -d -t plugboard-shot.XXXXXX)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/data/plugboard" "$sandbox/config/plugboard" "$sandbox/runtime"
chmod 700 "$sandbox/runtime"

iso() { date -u -d "$1" +%Y-%m-%dT%H:%M:%S.000Z; }
cat > "$sandbox/data/plugboard/connections.json" <<JSON
{"version": 1, "connections": [
 {"platform": "github", "account_id": "583231", "account_name": "octocat", "state": "connected",
  "granted_scopes": ["repo", "read:user"], "requested_scopes": ["repo", "read:user"], "refreshable": true,
  "expires_at": "$(iso '+42 min')", "last_checked": "$(iso '-5 min')"},
 {"platform": "google", "account_id": "1138", "account_name": "alex@example.com", "state": "connected",
  "granted_scopes": ["openid", "email", "https://www.googleapis.com/auth/youtube.readonly"],
  "requested_scopes": ["openid", "email", "https://www.googleapis.com/auth/youtube.readonly"],
  "expires_at": "$(iso '+9 min')"},
 {"platform": "slack", "account_id": "T024BE7LD", "account_name": "team-bot", "state": "degraded",
  "granted_scopes": ["chat:write"], "requested_scopes": ["chat:write"], "refreshable": true,
  "expires_at": "$(iso '+3 hours')",
  "last_error": {"code": "network", "message": "Could not reach Slack to refresh the token: Connection timed out. Plugboard will try again.", "language": "en"}},
 {"platform": "spotify", "account_id": "alexmusic", "account_name": "alexmusic", "state": "needs_reconnect",
  "granted_scopes": ["user-read-email"], "requested_scopes": ["user-read-email"],
  "last_error": {"code": "invalid_grant", "message": "Spotify no longer accepts this sign-in. Reconnect to sign in again.", "language": "en"}},
 {"platform": "microsoft", "account_id": "00000000-0000-0000-66f3-3332eca7ea81", "account_name": "alex@contoso.com",
  "state": "connected", "granted_scopes": ["openid", "User.Read"], "requested_scopes": ["openid", "User.Read", "Mail.Read"],
  "refreshable": true, "expires_at": "$(iso '+55 min')"},
 {"platform": "huggingface", "account_id": "64a1f0c2e", "account_name": "alex-ml", "state": "connected",
  "last_checked": "$(iso '-2 min')"}
]}
JSON
# GitLab's app credentials "saved": the key-name index only (no secret).
printf '[secretIndex]\norg.plugboard.Plugboard\\credentials%%252Fgitlab=true\n' > "$sandbox/config/plugboard/plugboard.conf"

# shoot LANGUAGE OUTPUT DATA_HOME [APPSTREAM_NAME]: the window as a person with that language
# sees it, captured after the cards after the first frame are in.
shoot() {
    Xvfb :77 -screen 0 "${PLUGBOARD_SCREEN:-1024x700}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    sleep 1
    # A private session bus that ends with the app: without one the window
    # says other applications cannot reach it.
    env -i PATH="$PATH" HOME="$sandbox" DISPLAY=:77 LANG="$1" LANGUAGE="${1%%_*}" QT_QPA_PLATFORM=xcb \
        XDG_DATA_HOME="$3" XDG_CONFIG_HOME="$sandbox/config" XDG_RUNTIME_DIR="$sandbox/runtime" \
        dbus-run-session -- "$binary" >/dev/null 2>&1 & app=$!
    sleep 2
    xwd -display :77 -name Plugboard -silent | convert xwd:- "$PLUGBOARD_SOURCE_DIR/docs/$2"
    [ -z "${4:-}" ] || cp "$PLUGBOARD_SOURCE_DIR/docs/$2" "$PLUGBOARD_SOURCE_DIR/resources/screenshots/$4"
    kill "$app" "$xvfb" 2>/dev/null || true
    wait "$app" "$xvfb" 2>/dev/null || true
    log "Wrote docs/$2${4:+ and resources/screenshots/$4}"
}

# find_dialog: the id of the mapped window of Plugboard's that is not its
# main window ("Settings — Plugboard"), waiting up to 10 s for it.
find_dialog() {
    local id
    for _ in $(seq 10); do
        for id in $(DISPLAY=:77 xdotool search --class plugboard 2>/dev/null); do
            [ "$(DISPLAY=:77 xdotool getwindowname "$id")" != Plugboard ] || continue
            xwininfo -display :77 -id "$id" | grep IsViewable >/dev/null && { echo "$id"; return; }
        done
        sleep 1
    done
    log "No dialog appeared"
    return 1
}

# shoot_settings LANGUAGE SIZE OUTPUT: the Settings dialog, opened with its
# shortcut, on its General tab, (Alt+E) its Secrets tab and (Alt+N) its
# Network tab, and the screen.
# The dialog is captured by its window: without a window manager, Xvfb's
# root image can miss a centred transient window at large sizes (a
# QMessageBox too).
shoot_settings() {
    Xvfb :77 -screen 0 "${2}x24" -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    sleep 1
    env -i PATH="$PATH" HOME="$sandbox" DISPLAY=:77 LANG="$1" LANGUAGE="${1%%_*}" QT_QPA_PLATFORM=xcb \
        XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
        XDG_RUNTIME_DIR="$sandbox/runtime" dbus-run-session -- "$binary" >/dev/null 2>&1 & app=$!
    sleep 3
    local dialog
    DISPLAY=:77 xdotool search --sync --name '^Plugboard$' windowfocus --sync key ctrl+comma
    dialog=$(find_dialog)
    sleep 2
    xwd -display :77 -id "$dialog" -silent | convert xwd:- "$3.png"
    DISPLAY=:77 xdotool windowfocus --sync "$dialog" key alt+e
    sleep 2
    xwd -display :77 -id "$dialog" -silent | convert xwd:- "$3-secrets.png"
    DISPLAY=:77 xdotool windowfocus --sync "$dialog" key alt+n
    sleep 2
    xwd -display :77 -id "$dialog" -silent | convert xwd:- "$3-network.png"
    xwd -display :77 -root -silent | convert xwd:- "$3-screen.png"
    kill "$app" "$xvfb" 2>/dev/null || true
    wait "$app" "$xvfb" 2>/dev/null || true
    log "Wrote $3.png, $3-secrets.png, $3-network.png and $3-screen.png"
}

if [ "${1:-}" = --settings ]; then
    out=$(realpath "${2:?--settings OUTPUT_DIR}")
    mkdir -p "$out"
    for size in 800x600 1920x1080; do
        shoot_settings C.UTF-8 "$size" "$out/settings-en-$size"
        shoot_settings de_DE.UTF-8 "$size" "$out/settings-de-$size"
    done
    exit 0
fi

# Accounts in every state, in English and German; then the first launch.
mkdir -p "$PLUGBOARD_SOURCE_DIR/resources/screenshots"
shoot C.UTF-8 screenshot.png "$sandbox/data" main-window.png
shoot de_DE.UTF-8 screenshot-de.png "$sandbox/data"
printf '[ui]\ncardView=list\n' >> "$sandbox/config/plugboard/plugboard.conf"
shoot C.UTF-8 screenshot-list.png "$sandbox/data" list-view.png
mkdir -p "$sandbox/empty"
rm -f "$sandbox/config/plugboard/plugboard.conf"
shoot C.UTF-8 screenshot-first-launch.png "$sandbox/empty" first-launch.png
shoot de_DE.UTF-8 screenshot-first-launch-de.png "$sandbox/empty"
