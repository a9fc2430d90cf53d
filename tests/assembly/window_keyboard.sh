#!/usr/bin/env bash
# window_keyboard.sh PERFUSE: a real window (Xvfb in tests) running the bypass procedure, driven by the
# keyboard alone: Tab to the first part on the trolley (the venous reservoir), Enter takes it, Tab to
# its mount point, Enter mounts it, Esc (a few times: a mode panel steps back first) quits. The report
# must show both actions done, with strict validation and a clean exit.
set -u
perfuse=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$perfuse" --procedure cpb --mode explore --camera circuit_assembly --size 960x540 --frames 100000 --no-audio \
  --strict-validation --report "$dir/report.json" 2>"$dir/log" &
pid=$!
window=""
for _ in $(seq 1 150); do
  window=$(xdotool search --pid "$pid" 2>/dev/null | head -n1)  # this run's window, not another test's
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || { echo "no Perfuse window appeared"; cat "$dir/log"; kill "$pid" 2>/dev/null; exit 1; }
sleep 2
xdotool windowfocus --sync "$window"
for key in Tab Return Tab Return; do
  xdotool key "$key"
  sleep 1.5  # a part takes 0.45 s to move; frames are slow on a CPU renderer
done
# Esc steps back one level at a time (a mode's panel first), then quits.
for _ in 1 2 3 4; do
  kill -0 "$pid" 2>/dev/null || break
  xdotool key Escape
  sleep 1.5
done
timeout 60 tail --pid="$pid" -f /dev/null || { echo "perfuse did not quit on Esc"; kill "$pid"; exit 1; }
wait "$pid"
code=$?
if [ "$code" != 0 ]; then echo "perfuse exited with $code"; cat "$dir/log"; exit 1; fi
python3 - "$dir/report.json" <<'PY' || exit 1
import json, sys
log = json.load(open(sys.argv[1]))["log"]
actions = [e for e in log if e["kind"] == "action"]
said = " | ".join(e["id"] + " " + e["text"] for e in actions)
for word in ("take", "mount"):
    if not any(word in e["id"] and "reservoir" in e["id"] for e in actions):
        sys.exit("no '%s reservoir' action in the report: %s" % (word, said))
print("ok:", said)
PY
