#!/usr/bin/env bash
# Installs what is missing, builds (RelWithDebInfo, separate build folder) and runs every test
# under Xvfb on lavapipe (CPU Vulkan) with the Khronos validation layer: any validation message
# fails the test that caused it.
# Usage: tools/test.sh [--sanitize] [--update-golden] [ctest arguments...]
#   --sanitize       build and test with AddressSanitizer + UndefinedBehaviorSanitizer (build/test-asan)
#   --update-golden  rewrite tests/golden/*.png from this run (look at them before committing)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/test
cmake_extra=()
ctest_extra=()
for arg in "$@"; do
  case "$arg" in
    --sanitize) build=$root/build/test-asan; cmake_extra+=("-DPERFUSE_SANITIZE=address;undefined") ;;
    --update-golden) export PERFUSE_UPDATE_GOLDEN=1 ;;
    *) ctest_extra+=("$arg") ;;
  esac
done

"$root/tools/setup.sh" --test

# The OpenXR runtime the VR tests run against: Monado with a simulated headset and a null compositor,
# built once and cached (shared/xr-runtime). Its manifest reaches only the xr.* tests, as a ctest
# ENVIRONMENT property (tests/xr/CMakeLists.txt); without it those tests are skipped.
xr_runtime_json=""
xr_build=$root/../shared/xr-runtime/build.sh
if [ -x "$xr_build" ]; then
  xr_runtime_json=$("$xr_build" | tail -n1) || { echo "test: the OpenXR test runtime did not build; VR session tests will be skipped" >&2; xr_runtime_json=""; }
else
  echo "test: $xr_build not found; VR session tests will be skipped" >&2
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
# Line tables only (-g1), not full debug info (-g): sanitizer and crash reports still name each function,
# file and line, and a clean build compiles about a third faster (CI's 2 cores spend most of their time
# compiling: a heavy test file took 11 s instead of 16).
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPERFUSE_VALIDATION=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DPERFUSE_XR_RUNTIME_JSON="$xr_runtime_json" "${cmake_extra[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

# Lavapipe only, even where a GPU exists, so results match CI; strict validation everywhere.
icd=$(ls /usr/share/vulkan/icd.d/lvp_icd.*.json 2>/dev/null | head -n1)
[ -n "$icd" ] || { echo "test: lavapipe ICD not found (mesa-vulkan-drivers)" >&2; exit 1; }
export VK_ICD_FILENAMES=$icd VK_DRIVER_FILES=$icd
export PERFUSE_STRICT_VALIDATION=1
export XDG_RUNTIME_DIR=$build/xdg-runtime XDG_CACHE_HOME=$build/xdg-cache XDG_DATA_HOME=$build/xdg-data
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# Mesa/LLVM keep allocations alive until exit; leak reports from them are not ours to fix.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

# -noreset: Xvfb otherwise resets itself whenever its last client leaves, and a test opening its
# window in that moment fails with "cannot open display" (seen once in CI: assembly.window.keyboard).
xvfb-run -a -s "-screen 0 1280x720x24 -noreset" \
  ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600 "${ctest_extra[@]}"
