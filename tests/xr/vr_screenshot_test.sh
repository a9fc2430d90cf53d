#!/usr/bin/env bash
# vr_screenshot_test.sh CHECKER OUT.png PERFUSE ARGS...
# Renders a few VR frames against the test runtime, writes both eyes of the last one side by side
# (--vr-screenshot OUT.png) and checks them with perfuse-stereo-check: both eyes drawn, and offset
# the right way round. The picture stays in the build folder to look at.
set -u
checker=$1 png=$2
shift 2
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
mkdir -p "$(dirname "$png")"
rm -f "$png"
err=$(mktemp)
trap 'rm -f "$err"' EXIT
timeout 300 "$@" --vr-screenshot "$png" >/dev/null 2>"$err" || { echo "FAIL: perfuse exited $?"; tail -n 30 "$err"; exit 1; }
"$checker" "$png"
