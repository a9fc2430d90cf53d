#!/usr/bin/env bash
# attract_soak_test.sh PERFUSE
# Present mode left alone for two full rounds of its attract loop: the tour through all three rooms,
# then the bypass circuit setting itself up on the trolley, then the tour again, so rooms are left
# while the circuit's parts and tubes are on the GPU. Times are shortened (a copy of assets/ whose
# modes/kiosk.json starts the loop at once, shows each card for a tenth of its time and the set-up
# for 5 s). Strict validation: any validation message, crash or non-zero exit fails.
set -euo pipefail
perfuse=$1
source "$(cd "$(dirname "$0")" && pwd)/kiosk_assets.sh"
tmp=$(mktemp -d /tmp/perfuse_attract_soak_XXXXXX)
trap 'rm -rf "$tmp"' EXIT
make_kiosk_assets "$tmp" '{"reset_after_idle_s": 0.05, "attract_after_idle_s": 0.1, "attract_dwell_scale": 0.1,
 "text_scale": 1.0, "attract_procedure": "cpb", "attract_procedure_s": 5, "attract_procedure_scene": "theatre",
 "attract_procedure_camera": "heart_lung_machine"}'
# About 13 s of tour and 5 s of set-up a round at 60 frames a second: 2300 frames is two rounds.
PERFUSE_ASSET_DIR="$tmp/assets" "$perfuse" --headless --no-audio --strict-validation --mode present \
  --frames 2300 --size 320x180
