#!/usr/bin/env bash
# Benchmarks on this machine, in one run so the numbers compare: perfuse frame times for each room at
# 1280x720 (mean / p50 / p99 after the warm-up frames, CPU and GPU split; the warm-up on its own),
# headless and then in a window under Xvfb (presenting included, as vkcube),
# vkcube for scale, start-up time to the first frame, peak resident memory, and the flow-model
# benchmark when it is built.
# Usage: tools/bench.sh [--json FILE] [--frames N] [--build DIR] [--no-build] [--lighting full|fast|auto]
#                      [--render-scale S] [--vr-frames N] [--vr-eye-size WxH]
# --no-build: use DIR's perfuse as it is (a build you made yourself), without configuring or building.
# --lighting: passed to perfuse (auto: fast lighting on CPU renderers; full: what GPUs get, for comparison).
# --render-scale: passed to perfuse, 0.25 to 1 (default 1): the 3D scene drawn smaller and stretched to fit.
# VR: when the Monado test runtime is built (../shared/xr-runtime/build.sh caches it; or PERFUSE_XR_RUNTIME_JSON
# names a runtime manifest), also the theatre in both eyes of a simulated headset (null compositor):
# --vr-frames frames (default 120) at --vr-eye-size per eye (default 1024x1024); its stereo GPU time (both
# eyes, timestamp queries: mean / p50 / p99) and the p99 interval between frames (what the runtime paced).
# Uses whatever Vulkan device the loader prefers (set VK_ICD_FILENAMES to force lavapipe).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/release
frames=300
json_out=""
build_it=1
lighting=auto
scale_args=()
vr_frames=120
vr_eye_size=1024x1024
while [ $# -gt 0 ]; do
  case "$1" in
    --json) json_out=$2; shift 2 ;;
    --frames) frames=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --no-build) build_it=0; shift ;;
    --lighting) lighting=$2; shift 2 ;;
    --render-scale) scale_args=(--render-scale "$2"); shift 2 ;;
    --vr-frames) vr_frames=$2; shift 2 ;;
    --vr-eye-size) vr_eye_size=$2; shift 2 ;;
    *) echo "bench: unknown argument '$1' (see the comment at the top of tools/bench.sh)" >&2; exit 2 ;;
  esac
done

if [ "$build_it" = 1 ]; then
  "$root/tools/setup.sh" --test
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --parallel "$(nproc)" >/dev/null
fi
perfuse=$build/content/app/perfuse
[ -x "$perfuse" ] || { echo "bench: no perfuse at $perfuse (build it, or leave out --no-build)" >&2; exit 1; }
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

# One field of a JSON line: a quoted string (commas allowed inside) or a bare number.
field() { grep -oE "\"$2\":(\"[^\"]*\"|[^,}]*)" <<<"$1" | head -n1 | cut -d: -f2- | tr -d '"'; }
results=()
scenes=(theatre icu ilp benchmark)
printf '%-22s %9s %9s %9s %9s %9s %8s %9s %10s %7s %10s %10s\n' "what" "mean ms" "p50 ms" "p99 ms" "cpu ms" "gpu ms" "msaa" \
  "lighting" "scale" "draws" "triangles" "warm-up ms"
for scene in "${scenes[@]}"; do
  line=$("$perfuse" --headless --no-validation --scene "$scene" --size 1280x720 --lighting "$lighting" \
    "${scale_args[@]}" --benchmark "$frames" 2>/dev/null)
  results+=("$line")
  printf '%-22s %9s %9s %9s %9s %9s %8s %9s %10s %7s %10s %10s\n' "perfuse $scene" "$(field "$line" mean_ms)" \
    "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" "$(field "$line" cpu_mean_ms)" "$(field "$line" gpu_mean_ms)" \
    "$(field "$line" msaa)" "$(field "$line" lighting)" "$(field "$line" render_scale)" "$(field "$line" draws)" \
    "$(field "$line" triangles)" "$(field "$line" warmup_ms)"
done
device=$(field "${results[0]}" device)

# The same rooms in a window under a virtual display, as vkcube below runs: what a user sees,
# presenting included (the present column says how frames reached the window).
window_results=()
if command -v xvfb-run >/dev/null; then
  for scene in "${scenes[@]}"; do
    line=$(xvfb-run -a -s "-screen 0 1280x720x24" "$perfuse" --no-validation --scene "$scene" --size 1280x720 \
      --lighting "$lighting" "${scale_args[@]}" --benchmark "$frames" 2>/dev/null | grep '^{"benchmark"' || true)
    [ -n "$line" ] || { echo "window $scene: the windowed run failed"; continue; }
    window_results+=("$line")
    printf '%-22s %9s %9s %9s %9s %9s %8s %9s %10s   present: %s\n' "window $scene" \
      "$(field "$line" mean_ms)" "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" "$(field "$line" cpu_mean_ms)" \
      "$(field "$line" gpu_mean_ms)" "$(field "$line" msaa)" "$(field "$line" lighting)" "$(field "$line" render_scale)" \
      "$(field "$line" present)"
  done
fi

# vkcube renders its spinning cube in a window: time 300 frames under a virtual display.
vkcube_ms=""
if command -v vkcube >/dev/null && command -v xvfb-run >/dev/null; then
  start=$(date +%s.%N)
  if xvfb-run -a -s "-screen 0 1280x720x24" vkcube --c "$frames" --width 1280 --height 720 >/dev/null 2>&1; then
    vkcube_ms=$(echo "($(date +%s.%N) - $start) * 1000 / $frames" | bc -l | xargs printf '%.2f')
    printf '%-22s %9s   (wall time / frames, start-up included)\n' "vkcube" "$vkcube_ms"
    # The goal: each room no slower than 4x vkcube's frame time measured in the same run.
    ratios=""
    for i in "${!scenes[@]}"; do
      ratios+=" ${scenes[$i]} $(echo "$(field "${results[$i]}" mean_ms) / $vkcube_ms" | bc -l | xargs printf '%.1f')x"
    done
    printf '%-22s %s\n' "mean / vkcube" "$ratios"
    if [ "${#window_results[@]}" -gt 0 ]; then
      ratios=""
      for line in "${window_results[@]}"; do
        ratios+=" $(field "$line" scene) $(echo "$(field "$line" mean_ms) / $vkcube_ms" | bc -l | xargs printf '%.1f')x"
      done
      printf '%-22s %s\n' "window mean / vkcube" "$ratios"
    fi
  fi
fi

# VR: the theatre through the simulated headset, both eyes each frame (perfuse's report line at the end).
xr_json=${PERFUSE_XR_RUNTIME_JSON:-}
if [ -z "$xr_json" ]; then
  xr_json=$(ls "${PERFUSE_XR_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/perfuse-xr-runtime}"/*/share/openxr/1/openxr_monado.json \
    2>/dev/null | head -n1 || true)
fi
vr_line=""
if [ -f "$xr_json" ]; then
  vr_line=$(XR_RUNTIME_JSON=$xr_json XRT_COMPOSITOR_NULL=1 SIMULATED_ENABLE=1 XDG_CONFIG_HOME=$(mktemp -d) \
    "$perfuse" --vr-required --no-validation --scene theatre --vr-frames "$vr_frames" --vr-eye-size "$vr_eye_size" \
    2>/dev/null | grep '^{"vr"' || true)
  if [ -n "$vr_line" ]; then
    gpu=$(grep -oE '"stereo_gpu_ms":[{][^}]*[}]' <<<"$vr_line")
    interval=$(grep -oE '"frame_interval_ms":[{][^}]*[}]' <<<"$vr_line")
    printf '%-22s %9.2f %9.2f %9.2f %9s %9s %8s   (stereo GPU ms, both eyes; %s per eye, frame interval p99 %.1f ms)\n' \
      "perfuse VR theatre" "$(field "$gpu" mean)" "$(field "$gpu" p50)" "$(field "$gpu" p99)" "" "" \
      "$(field "$vr_line" msaa)" "$(field "$vr_line" eye_size)" "$(field "$interval" p99)"
  else
    echo "perfuse VR theatre: the VR run failed (run it by hand: perfuse --vr-required --vr-frames 10)"
  fi
fi

# Start-up: process start to the first finished frame, headless, and the peak memory of that run.
timing=$(mktemp)
/usr/bin/time -o "$timing" -f '%e %M' "$perfuse" --headless --no-validation --scene theatre --frames 1 >/dev/null 2>&1
read -r startup_s first_frame_kb <"$timing"
/usr/bin/time -o "$timing" -f '%M' "$perfuse" --headless --no-validation --scene theatre --benchmark "$frames" >/dev/null 2>&1
read -r run_kb <"$timing"
rm -f "$timing"
peak_mb=$(( first_frame_kb / 1024 ))
rss=$run_kb
printf '%-22s %9s s\n' "start-up (theatre)" "$startup_s"
printf '%-22s %9s MB (first frame) / %s MB (after %s frames)\n' "peak resident memory" "$peak_mb" "$(( rss / 1024 ))" "$frames"
echo "device: $device"

physiology=""
if [ -x "$build/tools/bench/perfuse-bench-physiology" ]; then
  echo "flow model (simulated seconds per wall second):"
  physiology=$("$build/tools/bench/perfuse-bench-physiology" --benchmark_format=json 2>/dev/null || true)
  "$build/tools/bench/perfuse-bench-physiology" --benchmark_format=console 2>/dev/null | sed 's/^/  /' || true
fi

if [ -n "$json_out" ]; then
  {
    printf '{"device":"%s","frames":%s,"lighting":"%s","perfuse":[%s],' "$device" "$frames" "$lighting" \
      "$(IFS=,; echo "${results[*]}")"
    printf '"perfuse_window":[%s],' "$(IFS=,; echo "${window_results[*]}")"
    printf '"vkcube_ms":%s,"startup_s":%s,"peak_rss_mb_first_frame":%s,"peak_rss_mb_run":%s,' \
      "${vkcube_ms:-null}" "$startup_s" "$peak_mb" "$(( rss / 1024 ))"
    printf '"vr":%s,' "${vr_line:-null}"
    printf '"physiology":%s}\n' "${physiology:-null}"
  } >"$json_out"
  echo "wrote $json_out"
fi
