#!/usr/bin/env bash
# attract_loop_test.sh PERFUSE COMPARE GOLDEN_DIR OUT_DIR
# Present mode left alone plays the guided tour by itself, changing rooms: with the kiosk's times
# shortened (a copy of assets/ whose modes/kiosk.json starts the loop after 0.1 s and shows each card
# for a tenth of its time), 640 fixed-step frames reach the limb perfusion stop in the ILP room.
set -euo pipefail
perfuse=$1 compare=$2 golden=$3 out=$4
source "$(cd "$(dirname "$0")" && pwd)/kiosk_assets.sh"
tmp=$(mktemp -d /tmp/perfuse_attract_XXXXXX)
trap 'rm -rf "$tmp"' EXIT
make_kiosk_assets "$tmp" '{"reset_after_idle_s": 0.05, "attract_after_idle_s": 0.1, "attract_dwell_scale": 0.1, "text_scale": 1.0}'
mkdir -p "$out"
PERFUSE_ASSET_DIR="$tmp/assets" "$perfuse" --headless --strict-validation --mode present --frames 640 --size 480x270 \
  --screenshot "$out/modes_attract_loop_ilp.png"
"$compare" "$out/modes_attract_loop_ilp.png" "$golden/modes_attract_loop_ilp.png" "$out/modes_attract_loop_ilp.diff.png"
