#!/usr/bin/env bash
# vr_golden_test.sh COMPARE GOLDEN.png OUT_DIR PERFUSE ARGS...
# A stereo golden image from a real VR session: the test fixes both eyes' views
# (PERFUSE_TEST_VR_FIXED_VIEWS=1, the simulated head wobbles otherwise), perfuse writes both eyes of
# the last frame side by side, and perfuse-golden-compare checks it against GOLDEN.png within its
# tolerance (PERFUSE_UPDATE_GOLDEN=1 replaces the golden instead; look at it before committing).
set -u
compare=$1 golden=$2 dir=$3
shift 3
[ -f "${XR_RUNTIME_JSON:-}" ] || { echo "skipped: no OpenXR test runtime (tools/test.sh builds it)"; exit 77; }
mkdir -p "$dir"
name=$(basename "$golden" .png)
rm -f "$dir/$name.png"
err=$(mktemp)
trap 'rm -f "$err"' EXIT
PERFUSE_TEST_VR_FIXED_VIEWS=1 timeout 300 "$@" --vr-screenshot "$dir/$name.png" >/dev/null 2>"$err" ||
  { echo "FAIL: perfuse exited $?"; tail -n 30 "$err"; exit 1; }
"$compare" "$dir/$name.png" "$golden" "$dir/$name.diff.png"
