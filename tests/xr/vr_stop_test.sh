#!/usr/bin/env bash
# vr_stop_test.sh PERFUSE ARGS...
# Starts an open-ended VR session, waits until it is focused and then asks it to stop (SIGINT, as
# Ctrl+C or a service manager would). The app must end the session the OpenXR way (request exit,
# STOPPING, xrEndSession, EXITING) and exit 0 with no validation message.
set -u
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"; [ -n "${pid:-}" ] && kill -KILL "$pid" 2>/dev/null' EXIT
"$@" >"$out" 2>"$err" &
pid=$!
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr (last 30 lines)"; tail -n 30 "$err"; exit 1; }
for _ in $(seq 1 1200); do
  grep -q '^perfuse: VR focused on ' "$out" && break
  kill -0 "$pid" 2>/dev/null || fail "perfuse ended before the session was focused"
  sleep 0.1
done
grep -q '^perfuse: VR focused on ' "$out" || fail "the session was not focused within 120 s"
sleep 1  # a few frames while focused
kill -INT "$pid"
for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "perfuse did not end within 30 s of SIGINT"
wait "$pid"
code=$?
pid=
report=$(grep -E '^\{"vr":"perfuse"' "$out" | tail -n1)
[ "$code" = 0 ] || fail "exit code $code"
echo "$report" | grep -Eq '"states":"[A-Z_ ]*FOCUSED STOPPING EXITING"' || fail "session did not end FOCUSED -> STOPPING -> EXITING"
echo "$report" | grep -Eq '"frames_submitted":[1-9]' || fail "no frames submitted"
echo "ok: $report"
