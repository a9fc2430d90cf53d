#!/usr/bin/env bash
# with_settings.sh SETTINGS_JSON COMMAND...
# Writes SETTINGS_JSON as the player's saved settings ($XDG_CONFIG_HOME/perfuse/settings.json, the
# file the desktop's Settings panel writes), then runs COMMAND.
set -u
[ -n "${XDG_CONFIG_HOME:-}" ] || { echo "FAIL: XDG_CONFIG_HOME is not set: refusing to touch the real settings"; exit 1; }
mkdir -p "$XDG_CONFIG_HOME/perfuse"
printf '%s\n' "$1" >"$XDG_CONFIG_HOME/perfuse/settings.json"
shift
exec "$@"
