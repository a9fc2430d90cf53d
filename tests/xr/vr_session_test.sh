#!/usr/bin/env bash
# vr_session_test.sh MIN_FRAMES [--expect REGEX] PERFUSE ARGS...
# Runs a VR session against the test runtime and checks its report (the JSON line perfuse prints at
# the end): exit 0 (strict validation: no validation message), the session went through FOCUSED and
# ended cleanly (STOPPING, EXITING), at least MIN_FRAMES frames were submitted with both eyes, and
# the GPU timed every one of them; with --expect, the report also matches REGEX (extended grep).
set -u
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
min_frames=$1
shift
expect=""
if [ "${1:-}" = --expect ]; then expect=$2; shift 2; fi
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout 300 "$@" >"$out" 2>"$err"
code=$?
report=$(grep -E '^\{"vr":"perfuse"' "$out" | tail -n1)
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr (last 30 lines)"; tail -n 30 "$err"; exit 1; }
[ "$code" = 0 ] || fail "exit code $code"
[ -n "$report" ] || fail "no VR report line"
grep -q '^perfuse: VR focused on ' "$out" || fail "no 'VR focused' line"
echo "$report" | grep -Eq '"states":"[A-Z_ ]*FOCUSED STOPPING EXITING"' || fail "session did not go FOCUSED -> STOPPING -> EXITING"
frames=$(echo "$report" | sed -E 's/.*"frames_submitted":([0-9]+).*/\1/')
timed=$(echo "$report" | sed -E 's/.*"stereo_gpu_ms":\{"frames":([0-9]+).*/\1/')
[ "$frames" -ge "$min_frames" ] || fail "only $frames frames submitted (want >= $min_frames)"
[ "$timed" = "$frames" ] || fail "$timed frames timed on the GPU for $frames submitted"
[ -z "$expect" ] || echo "$report" | grep -Eq -- "$expect" || fail "report does not match /$expect/"
echo "ok: $report"
