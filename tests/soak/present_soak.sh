#!/usr/bin/env bash
# present_soak.sh PERFUSE MINUTES [CSV] [short]
# Present (kiosk) mode left alone for MINUTES of simulated time at the headless fixed step (60 frames a
# simulated second): the attract loop's tour through the rooms and the bypass set-up, round after round.
# Strict validation (any validation message fails), a clean exit, and resident memory that stops
# growing: once warm (see below) it may grow by at most PERFUSE_SOAK_MAX_GROWTH_MB (32).
# The resident set is sampled every few seconds of wall time into CSV (wall_s,simulated_min,rss_mb; the
# simulated time is estimated from the wall time, frames being of even cost). "short": the kiosk's
# times shortened (loop at once, cards a tenth of their time, 5 s of set-up), as in CI; otherwise the
# real assets/modes/kiosk.json (the loop starts after two idle minutes).
# The hours-long runs are registered only with -DPERFUSE_LONG_TESTS=ON (ctest -L long).
set -uo pipefail
perfuse=$1 minutes=$2 csv=${3:-} timings=${4:-real}
max_growth_mb=${PERFUSE_SOAK_MAX_GROWTH_MB:-32}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/perfuse_present_soak_XXXXXX)
trap 'rm -rf "$tmp"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null' EXIT
if [ "$timings" = short ]; then
  source "$here/../modes/kiosk_assets.sh"
  make_kiosk_assets "$tmp" '{"reset_after_idle_s": 0.05, "attract_after_idle_s": 0.1, "attract_dwell_scale": 0.1,
   "text_scale": 1.0, "attract_procedure": "cpb", "attract_procedure_s": 5, "attract_procedure_scene": "theatre",
   "attract_procedure_camera": "heart_lung_machine"}'
  export PERFUSE_ASSET_DIR="$tmp/assets"
fi
frames=$(echo "$minutes * 3600 / 1" | bc)
[ "$frames" -gt 0 ] || { echo "present_soak: MINUTES must be more than 0 (got '$minutes')"; exit 2; }
[ -n "$csv" ] || csv=$tmp/memory.csv
echo "wall_s,simulated_min,rss_mb" >"$csv"

"$perfuse" --headless --no-audio --strict-validation --mode present --frames "$frames" --size 320x180 2>"$tmp/log" &
pid=$!
start=$(date +%s.%N)
samples=()
while kill -0 "$pid" 2>/dev/null; do
  rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
  [ -n "$rss_kb" ] && {
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    samples+=("$wall $rss_kb")
  }
  sleep 2
done
wait "$pid"
code=$?
pid=""
total=$(echo "$(date +%s.%N) - $start" | bc)
for sample in "${samples[@]}"; do
  read -r wall rss_kb <<<"$sample"
  printf '%.1f,%.2f,%.1f\n' "$wall" "$(echo "$wall / $total * $minutes" | bc -l)" "$(echo "$rss_kb / 1024" | bc -l)" >>"$csv"
done
if [ "$code" != 0 ] || [ -s "$tmp/log" ]; then
  echo "present_soak: perfuse exited with $code after $(printf '%.0f' "$total") s:"; cat "$tmp/log"; exit 1
fi
count=${#samples[@]}
[ "$count" -ge 5 ] || { echo "present_soak: ok, but the run was too short to judge memory ($count samples)"; exit 0; }
# Warm once every room, model and pipeline has been loaded: after a fifth of a long run, or after half
# of a short one (its first round of the loop, with the bypass set-up, ends about a third of a simulated
# minute in). The end is the largest of the last samples.
warm_part=5
[ "$timings" = short ] && warm_part=2
warm_kb=$(printf '%s\n' "${samples[@]}" | awk -v n="$count" -v part="$warm_part" 'NR == int(n / part) + 1 {print $2}')
end_kb=$(printf '%s\n' "${samples[@]}" | awk -v n="$count" 'NR > n - n / 10 - 1 && $2 > m {m = $2} END {print m}')
peak_kb=$(printf '%s\n' "${samples[@]}" | awk '$2 > m {m = $2} END {print m}')
growth_mb=$(( (end_kb - warm_kb) / 1024 ))
summary="$minutes simulated min ($frames frames) in $(printf '%.0f' "$total") s; resident $((warm_kb / 1024)) MB warm, $((end_kb / 1024)) MB at the end, peak $((peak_kb / 1024)) MB"
if [ "$growth_mb" -gt "$max_growth_mb" ]; then
  echo "present_soak: resident memory grew by $growth_mb MB after warm-up (limit $max_growth_mb): $summary"; exit 1
fi
echo "present_soak: ok: $summary; no validation messages"
