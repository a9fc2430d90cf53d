#!/usr/bin/env bash
# vr_vignette_test.sh CHECKER OUT_DIR PERFUSE ARGS...
# Runs the same VR session twice with a snap turn on the last frame (PERFUSE_TEST_VR_SNAP_TURN_AT_FRAME
# set by the test), once with the comfort vignette on and once off, writes both eyes of that frame
# (OUT_DIR/on.png, OUT_DIR/off.png) and checks with perfuse-stereo-check --vignette that in each
# eye the edges are much darker with it on while the middle is not, and that the report saw the
# turn at full vignette strength.
set -u
checker=$1 dir=$2
shift 2
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
mkdir -p "$dir"
rm -f "$dir/on.png" "$dir/off.png"
err=$(mktemp) out=$(mktemp)
trap 'rm -f "$err" "$out"' EXIT
for v in on off; do
  timeout 300 "$@" --vr-vignette "$v" --vr-screenshot "$dir/$v.png" >"$out" 2>"$err" ||
    { echo "FAIL: perfuse exited $? (vignette $v)"; tail -n 30 "$err"; exit 1; }
  grep -q '"snap_turns":1' "$out" || { echo "FAIL: no snap turn (vignette $v)"; cat "$out"; exit 1; }
  peak=$(grep -E '^\{"vr":"perfuse"' "$out" | sed -E 's/.*"vignette_peak":([0-9.]+).*/\1/')
  want=$([ "$v" = on ] && echo 1.0 || echo 0.0)
  [ "$peak" = "$want" ] || { echo "FAIL: vignette $v: peak strength $peak, want $want"; exit 1; }
done
"$checker" --vignette "$dir/on.png" "$dir/off.png"
