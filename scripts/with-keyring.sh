#!/bin/sh
# Usage: scripts/with-keyring.sh <command...>
# Runs <command> inside a private D-Bus session with an unlocked, throwaway GNOME keyring, so that tests use the
# real OS keychain headlessly. Then stops that keyring daemon (it can outlive the session otherwise) and removes
# its files. Nothing is written to $HOME.
# If a session bus already exists, or dbus/gnome-keyring are not installed, it runs <command> as it is
# (keychain tests then skip with a message locally; in CI, where CI=true, a skipped keychain test fails).
if [ -n "$DBUS_SESSION_BUS_ADDRESS" ] || ! command -v dbus-run-session >/dev/null 2>&1 \
   || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec "$@"
fi
set -e
KR_HOME=$(mktemp -d /tmp/keyring-home.XXXXXX)
export XDG_DATA_HOME="$KR_HOME/data" XDG_RUNTIME_DIR="$KR_HOME/run" XDG_CACHE_HOME="$KR_HOME/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" "$XDG_CACHE_HOME"; chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$KR_HOME"' EXIT
dbus-run-session -- sh -c '
  bus() { dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus "$@" 2>/dev/null; }
  echo -n test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # the daemon claims org.freedesktop.secrets asynchronously: wait (max 5 s), then remember its PID
  i=0; until bus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true; do
    i=$((i+1)); [ $i -ge 50 ] && break; sleep 0.1; done
  KPID=$(bus org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "{print \$2}")
  rc=0; "$@" || rc=$?
  if [ -n "$KPID" ]; then kill "$KPID" 2>/dev/null || true; fi
  exit $rc' sh "$@"
