# Sourced by the Present-mode app tests: make_kiosk_assets DIR KIOSK_JSON makes DIR/assets, a copy of
# assets/ (links, but a real modes/ folder) whose modes/kiosk.json is KIOSK_JSON, so the attract loop's
# times can be shortened without touching the real data.
make_kiosk_assets() {
  local dir=$1 kiosk_json=$2
  local assets
  assets=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../assets" && pwd)
  mkdir -p "$dir/assets"
  for entry in "$assets"/*; do ln -s "$entry" "$dir/assets/$(basename "$entry")"; done
  rm "$dir/assets/modes"
  cp -r "$assets/modes" "$dir/assets/modes"
  printf '%s\n' "$kiosk_json" > "$dir/assets/modes/kiosk.json"
}
