#!/usr/bin/env bash
# window_resize.sh PERFUSE [PRESENT]: opens a real window (Xvfb in tests), resizes it twice while frames are
# being presented, quits with Esc, and expects a clean exit with strict validation: the swapchain (or, with
# PRESENT x11-shm, the shared-memory images) must be rebuilt on OUT_OF_DATE / SUBOPTIMAL / resize without a
# single validation message. PRESENT: perfuse's --present (default swapchain).
set -u
perfuse=$1
present=${2:-swapchain}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$perfuse" --scene placeholder --size 640x360 --frames 100000 --strict-validation --no-ui --present "$present" 2>"$log" &
pid=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --pid "$pid" 2>/dev/null | head -n1)  # this run's window, not another test's
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || { echo "no Perfuse window appeared"; cat "$log"; kill "$pid" 2>/dev/null; exit 1; }
sleep 1
xdotool windowsize "$window" 900 500
sleep 1
xdotool windowsize "$window" 320 240
sleep 1
# Esc quits (no card is open): the run ends by the user's hand, not by a frame count.
xdotool windowfocus --sync "$window"
xdotool key Escape
timeout 60 tail --pid="$pid" -f /dev/null || { echo "perfuse did not quit on Esc"; kill "$pid"; exit 1; }
wait "$pid"
code=$?
if [ "$code" != 0 ]; then echo "perfuse exited with $code"; cat "$log"; exit 1; fi
if [ -s "$log" ]; then echo "unexpected messages:"; cat "$log"; exit 1; fi
echo "ok: resized twice while presenting, clean exit, no validation messages"
