#!/bin/sh
# Runs a command on a real X server (Xvfb) with a window manager (openbox) and a private D-Bus
# session whose AT-SPI bus (at-spi-bus-launcher, activated on demand) is the one the app exports
# its accessibility tree to, in a throwaway HOME so the user's settings and bus are never touched.
set -eu
home=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Xvfb picks a free display and writes its number once it accepts connections: no polling, no sleep.
exec 3>"$home/display"
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp -noreset >"$home/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
display=""
for _ in $(seq 1 600); do
    display=$(cat "$home/display" 2>/dev/null || true)
    [ -n "$display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$home/xvfb.log" >&2; exit 1; }
    sleep 0.05
done
[ -n "$display" ] || { echo "with-atspi: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display"
unset WAYLAND_DISPLAY SESSION_MANAGER
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0 GTK_MODULES=

# The window manager and the command share the private session bus; the AT-SPI bus is started
# by D-Bus activation (org.a11y.Bus) when the first of them asks for it. Not exec: the trap above
# still has Xvfb and the temporary HOME to clean up.
dbus-run-session -- sh -c '
  openbox --sm-disable >"$HOME/openbox.log" 2>&1 &
  "$@"
  rc=$?
  kill $! 2>/dev/null
  exit $rc' sh "$@"
