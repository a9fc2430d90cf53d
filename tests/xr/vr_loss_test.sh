#!/usr/bin/env bash
# vr_loss_test.sh REGEX PERFUSE ARGS...
# Runs a VR session with a loss armed (PERFUSE_FAULT_XR_*, see engine/xr/xr_fault_injection.h) and
# checks the app's answer: exit 1, exactly one line from Perfuse on stderr matching REGEX (extended
# grep; the runtime's own log lines, which do not start with "perfuse:", are not counted), no
# report line, and the player's settings saved in $XDG_CONFIG_HOME/perfuse/settings.json.
set -u
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
pattern=$1
shift
settings="${XDG_CONFIG_HOME:?}/perfuse/settings.json"
rm -f "$settings"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout 300 "$@" >"$out" 2>"$err"
code=$?
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr (last 30 lines)"; tail -n 30 "$err"; exit 1; }
ours=$(grep -E '^perfuse: ' "$err")
[ "$code" = 1 ] || fail "expected exit 1, got $code"
[ "$(printf '%s\n' "$ours" | grep -c .)" = 1 ] || fail "expected exactly one line from perfuse on stderr"
printf '%s\n' "$ours" | grep -Eq -- "$pattern" || fail "stderr does not match /$pattern/"
grep -q 'VUID\|Validation' "$err" && fail "validation messages"
grep -q '^{"vr":"perfuse"' "$out" && fail "a report line after a lost session"
[ -s "$settings" ] || fail "the settings were not saved to $settings"
echo "ok: $ours"
